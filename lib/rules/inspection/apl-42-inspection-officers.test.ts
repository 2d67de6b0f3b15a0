import rule from './apl-42-inspection-officers';
import { testRule } from '../../../test/helpers/rule-tester';
import type { CaseEvent } from '../../case/schema';

const two = { kind: 'inspection', at: '2026-03-10', officers: ['张三', '李四'] } satisfies CaseEvent;
const one = { kind: 'inspection', at: '2026-03-18', officers: ['张三'] } satisfies CaseEvent;
const filed = { kind: 'filing-approved', at: '2026-03-20' } as const;

testRule(rule, {
  violation: [
    {
      name: 'one officer at an inspection that led to a penalty filing',
      messageId: 'one-officer',
      case: { actionType: 'inspection', events: [two, one, filed] },
    },
    {
      name: 'one officer (listed twice) and a sanction decided',
      messageId: 'one-officer',
      case: {
        actionType: 'inspection',
        decision: { kinds: ['fine'], fineAmount: 2000 },
        events: [{ ...one, officers: ['张三', ' 张三 '] }],
      },
    },
  ],
  review: [
    {
      name: 'one officer at a plain inspection',
      messageId: 'one-officer-check',
      case: { actionType: 'inspection', events: [one] },
    },
    {
      name: 'inspection names nobody and the case lists one officer',
      messageId: 'few-on-case',
      case: {
        actionType: 'inspection',
        officers: [{ name: '张三', certificateNo: '37010012345', roles: ['handler'] }],
        events: [{ kind: 'inspection', at: '2026-03-10' }],
      },
    },
    {
      name: 'no officers recorded anywhere',
      messageId: 'unknown',
      case: { actionType: 'inspection', events: [{ kind: 'inspection', at: '2026-03-10' }] },
    },
  ],
  pass: [
    { name: 'two officers at each inspection', case: { actionType: 'inspection', events: [two, filed] } },
    {
      name: 'inspection names nobody, the case lists two officers',
      case: {
        actionType: 'inspection',
        officers: [
          { name: '张三', roles: ['handler'] },
          { name: '李四', roles: ['investigator'] },
        ],
        events: [{ kind: 'inspection', at: '2026-03-10' }],
      },
    },
  ],
  notApplicable: [
    {
      name: 'no inspection yet',
      case: { actionType: 'inspection', events: [{ kind: 'inspection-planned', at: '2026-03-01' }] },
    },
    { name: 'penalty cases belong to apl-42-officers', case: { actionType: 'penalty', events: [one] } },
  ],
});
