import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-72-surcharge';

const ev = (kind: EventKind, at: string, data?: Record<string, unknown>): CaseEvent => ({
  kind,
  at,
  ...(data ? { data } : {}),
});
const fine = { kinds: ['fine' as const], fineAmount: 5000 };
const decided = ev('decision', '2025-03-05');
// Served 2025-03-07: the payment period ends on Monday 2025-03-24.
const served = ev('delivery', '2025-03-07');

testRule(rule, {
  violation: [
    {
      name: 'surcharge above the fine',
      messageId: 'over-cap',
      case: { decision: fine, events: [decided, served, ev('payment', '2025-06-30', { surcharge: 6000 })] },
    },
    {
      name: 'surcharge at 5 % a day',
      messageId: 'rate',
      case: {
        decision: fine,
        events: [decided, served, ev('payment', '2025-04-03', { surcharge: 2500, surchargeRate: 0.05 })],
      },
    },
  ],
  review: [
    {
      name: 'surcharge with no fine amount on record',
      messageId: 'fine-unknown',
      case: {
        decision: { kinds: ['fine'] },
        events: [decided, served, ev('payment', '2025-04-03', { surcharge: 1500 })],
      },
    },
    {
      name: 'surcharge although paid within the period',
      messageId: 'not-late',
      case: { decision: fine, events: [decided, served, ev('payment', '2025-03-20', { surcharge: 300 })] },
    },
    {
      name: 'surcharge for more days than the payment was late',
      messageId: 'exceeds-days',
      // Paid 2025-03-27, three days late: at most about 4 × 150 = 600 yuan.
      case: { decision: fine, events: [decided, served, ev('payment', '2025-03-27', { surcharge: 2000 })] },
    },
  ],
  pass: [
    {
      name: 'ten days late at 3 % a day',
      case: {
        decision: fine,
        events: [decided, served, ev('payment', '2025-04-03', { surcharge: 1500, surchargeRate: 0.03 })],
      },
    },
    {
      name: 'surcharge capped at the fine, rate given as a percentage',
      case: {
        decision: fine,
        events: [decided, served, ev('payment', '2025-06-30', { surcharge: 5000, surchargeRate: 3 })],
      },
    },
  ],
  notApplicable: [
    { name: 'no payment yet', case: { decision: fine, events: [decided, served] } },
    {
      name: 'payment without surcharge',
      case: { decision: fine, events: [decided, served, ev('payment', '2025-03-20')] },
    },
  ],
});
