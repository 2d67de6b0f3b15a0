import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-67-payment-period';

const ev = (kind: EventKind, at: string, data?: Record<string, unknown>): CaseEvent => ({
  kind,
  at,
  ...(data ? { data } : {}),
});
const fine = { kinds: ['fine' as const], fineAmount: 5000 };
const decided = ev('decision', '2025-03-05');
// Served Friday 2025-03-07: 15 days end on Saturday 03-22, so the period runs to Monday 2025-03-24.
const served = ev('delivery', '2025-03-07');

testRule(rule, {
  violation: [
    {
      name: 'the decision gives 10 days to pay',
      messageId: 'short-period',
      case: { decision: fine, events: [ev('decision', '2025-03-05', { dueDays: 10 }), served] },
    },
  ],
  review: [
    {
      name: 'paid on 2025-04-02 with no reminder, surcharge or deferral on record',
      messageId: 'late-payment',
      case: { decision: fine, events: [decided, served, ev('payment', '2025-04-02')] },
    },
    {
      name: 'simple procedure: the period runs from the on-the-spot decision',
      messageId: 'late-payment',
      case: {
        procedure: 'simple',
        decision: { kinds: ['fine'], fineAmount: 200 },
        events: [decided, ev('payment', '2025-04-02')],
      },
    },
  ],
  pass: [
    {
      name: 'decision revoked and made anew: the period runs from service of the new decision',
      case: {
        decision: fine,
        events: [
          decided,
          served,
          ev('decision', '2025-04-15'),
          ev('delivery', '2025-04-16'),
          ev('payment', '2025-04-25'),
        ],
      },
    },
    {
      name: '15 days given and paid in time',
      case: {
        decision: fine,
        events: [ev('decision', '2025-03-05', { dueDays: 15 }), served, ev('payment', '2025-03-24')],
      },
    },
    {
      name: 'late payment after a reminder',
      case: {
        decision: fine,
        events: [decided, served, ev('urge-notice', '2025-03-26'), ev('payment', '2025-04-02')],
      },
    },
    {
      name: 'late payment under approved instalments',
      case: { decision: fine, events: [decided, served, ev('payment', '2025-04-02', { instalment: true })] },
    },
  ],
  notApplicable: [
    { name: 'warning only', case: { decision: { kinds: ['warning'] }, events: [decided, served] } },
    { name: 'fine decided, nothing to check yet', case: { decision: fine, events: [decided, served] } },
    { name: 'no decision', case: { decision: fine, events: [ev('filing-approved', '2025-01-10')] } },
  ],
});
