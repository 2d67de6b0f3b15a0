import rule from './apl-34-heavier-discretion';
import { testRule } from '../../../test/helpers/rule-tester';
import type { CaseInput } from '../../../test/helpers/make-case';

type Decision = NonNullable<CaseInput['decision']>;

const decided = { kind: 'decision', at: '2026-05-06' } as const;
const fine = { kinds: ['fine'], fineAmount: 80000 } satisfies Decision;
const standard = '山东省市场监督管理行政处罚裁量基准';

testRule(rule, {
  violation: [
    {
      name: 'a page shows the reason field empty',
      messageId: 'no-reason',
      case: {
        decision: fine,
        discretion: { level: 'heavier', standard },
        events: [decided],
        origin: { adapter: 'generic', emptyFields: ['discretion.reason'] },
      },
    },
    {
      name: 'heavier penalty with no reason',
      messageId: 'no-reason',
      case: { decision: fine, discretion: { level: 'heavier', standard }, events: [decided] },
    },
    {
      name: 'heavier, blank reason and no standard',
      messageId: 'no-reason',
      case: { decision: fine, discretion: { level: 'heavier', reason: '  ' }, events: [decided] },
    },
  ],
  review: [
    {
      name: 'a page does not show the reasons for the heavier penalty',
      messageId: 'reason-unknown',
      case: {
        decision: fine,
        discretion: { level: 'heavier', standard },
        events: [decided],
        origin: { adapter: 'generic' },
      },
    },
    {
      name: 'heavier with a reason but no benchmark named',
      messageId: 'no-standard',
      case: { decision: fine, discretion: { level: 'heavier', reason: '两年内第三次违法' }, events: [decided] },
    },
    {
      name: 'reason could not be read',
      messageId: 'reason-unknown',
      case: {
        decision: fine,
        discretion: { level: 'heavier', standard },
        events: [decided],
        origin: { unreadable: ['discretion.reason'] },
      },
    },
  ],
  pass: [
    {
      name: 'heavier with reason and benchmark',
      case: {
        decision: fine,
        discretion: { level: 'heavier', standard, reason: '两年内第三次违法' },
        events: [decided],
      },
    },
    {
      name: 'proposed at the notice stage with reason and benchmark',
      case: {
        discretion: { level: 'heavier', standard, reason: '拒不整改' },
        events: [{ kind: 'notice-of-intent', at: '2026-04-20' }],
      },
    },
  ],
  notApplicable: [
    { name: 'normal level', case: { decision: fine, discretion: { level: 'normal', standard }, events: [decided] } },
    { name: 'no discretion recorded', case: { decision: fine, events: [decided] } },
    {
      name: 'heavier noted before any proposal or decision',
      case: { discretion: { level: 'heavier' }, events: [{ kind: 'filing-approved', at: '2026-04-01' }] },
    },
    { name: 'a licence case', case: { actionType: 'license', discretion: { level: 'heavier' } } },
  ],
});
