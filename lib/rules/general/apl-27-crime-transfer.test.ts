import rule from './apl-27-crime-transfer';
import { testRule } from '../../../test/helpers/rule-tester';
import type { CaseInput } from '../../../test/helpers/make-case';

type Decision = NonNullable<CaseInput['decision']>;

const suspected = { criminalSuspected: true } as const;
const fine = { kinds: ['fine'], fineAmount: 50000 } satisfies Decision;
const filed = { kind: 'filing-approved', at: '2026-03-02' } as const;
const decided = { kind: 'decision', at: '2026-05-06' } as const;

testRule(rule, {
  violation: [
    {
      name: 'suspected crime, fined, no transfer in the timeline',
      messageId: 'not-transferred',
      case: { flags: suspected, decision: fine, events: [filed, decided] },
    },
    {
      name: 'the lead came by transfer from the police, but nothing was transferred out',
      messageId: 'not-transferred',
      case: {
        flags: suspected,
        decision: fine,
        events: [{ kind: 'lead-received', at: '2026-02-20', note: '公安机关移送线索' }, filed, decided],
      },
    },
  ],
  review: [
    {
      name: 'a page shows no transfer: it may simply not show it',
      messageId: 'unknown',
      case: { flags: suspected, decision: fine, events: [filed, decided], origin: { adapter: 'generic' } },
    },
    {
      name: 'the record says not transferred: were the reasons recorded?',
      messageId: 'declined',
      case: {
        flags: suspected,
        decision: fine,
        events: [
          filed,
          { kind: 'approval', at: '2026-04-20', note: '负责人决定不予移送，理由：未达追诉标准' },
          decided,
        ],
      },
    },
    {
      name: 'data.transfer false',
      messageId: 'declined',
      case: { flags: suspected, decision: fine, events: [filed, { ...decided, data: { transfer: false } }] },
    },
    {
      name: 'no timeline at all',
      messageId: 'unknown',
      case: { flags: suspected, decision: fine },
    },
    {
      name: 'the transfer record could not be read',
      messageId: 'unknown',
      case: { flags: suspected, decision: fine, events: [decided], origin: { unreadable: ['events.transfer'] } },
    },
    {
      name: 'timeline unreadable',
      messageId: 'unknown',
      case: { flags: suspected, decision: fine, events: [decided], origin: { unreadable: ['events'] } },
    },
  ],
  pass: [
    {
      name: 'transferred to the police (note)',
      case: {
        flags: suspected,
        decision: fine,
        events: [filed, { kind: 'approval', at: '2026-04-10', note: '批准移送公安机关' }, decided],
      },
    },
    {
      name: 'transferred (data.transfer) and police declined; penalty after',
      case: {
        flags: suspected,
        decision: fine,
        events: [filed, { kind: 'investigation-ended', at: '2026-03-20', data: { transfer: true } }, decided],
      },
    },
    {
      name: 'decision of outcome other: transferred',
      case: {
        flags: suspected,
        decision: { kinds: [], outcome: 'other', summary: '涉嫌犯罪，移送公安机关' },
        events: [filed, decided],
      },
    },
  ],
  notApplicable: [
    { name: 'no crime suspected', case: { flags: { criminalSuspected: false }, decision: fine, events: [decided] } },
    { name: 'flag unknown', case: { decision: fine, events: [decided] } },
    { name: 'no decision yet', case: { flags: suspected, events: [filed] } },
    { name: 'a licence case', case: { actionType: 'license', flags: suspected, events: [decided] } },
  ],
});
