import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-45-statement-defence';

const ev = (kind: EventKind, at: string, data?: Record<string, unknown>, note?: string): CaseEvent => ({
  kind,
  at,
  ...(data ? { data } : {}),
  ...(note ? { note } : {}),
});
const filed = ev('filing-approved', '2025-01-10');
const decided = ev('decision', '2025-03-05');
const fine = { kinds: ['fine' as const], fineAmount: 50_000 };

testRule(rule, {
  violation: [
    {
      name: 'fine higher than the notified proposal',
      messageId: 'heavier',
      case: {
        decision: fine,
        events: [
          filed,
          ev('notice-of-intent', '2025-02-20', { proposedFine: 30_000 }),
          ev('statement-heard', '2025-02-24'),
          decided,
        ],
      },
    },
    {
      name: 'statement recorded only after the decision',
      messageId: 'heard-after',
      case: {
        events: [filed, ev('notice-of-intent', '2025-02-20'), decided, ev('statement-heard', '2025-03-06')],
      },
    },
    {
      name: 'statement later the same day, both timed',
      messageId: 'heard-after',
      case: {
        events: [
          ev('notice-of-intent', '2025-02-20'),
          ev('decision', '2025-03-05T09:00'),
          ev('statement-heard', '2025-03-05T15:30'),
        ],
      },
    },
  ],
  review: [
    {
      name: 'decision the day after the notice, nobody heard',
      messageId: 'too-soon',
      case: { events: [filed, ev('notice-of-intent', '2025-03-04'), decided] },
    },
    {
      name: 'decision on the notice day; a statement taken before the notice does not count',
      messageId: 'too-soon',
      case: {
        events: [filed, ev('statement-heard', '2025-02-01'), ev('notice-of-intent', '2025-03-05'), decided],
      },
    },
  ],
  pass: [
    {
      name: 'statement heard between notice and decision, same fine as proposed',
      case: {
        decision: fine,
        events: [
          filed,
          ev('notice-of-intent', '2025-02-20', { proposedFine: 50_000 }),
          ev('statement-heard', '2025-02-24'),
          decided,
        ],
      },
    },
    {
      name: 'a fresh notice with the higher fine before deciding',
      case: {
        decision: fine,
        events: [
          ev('notice-of-intent', '2025-02-10', { proposedFine: 30_000 }),
          ev('notice-of-intent', '2025-02-20', { proposedFine: 50_000 }),
          decided,
        ],
      },
    },
    {
      name: 'decision the next day after a written waiver',
      case: {
        events: [
          ev('notice-of-intent', '2025-03-04'),
          ev('statement-heard', '2025-03-04', undefined, '当事人书面放弃陈述申辩'),
          decided,
        ],
      },
    },
    {
      name: 'waiver recorded on the notice itself',
      case: { events: [ev('notice-of-intent', '2025-03-04', { statementWaived: true }), decided] },
    },
    {
      name: 'party silent during a two-week window',
      case: { events: [filed, ev('notice-of-intent', '2025-02-20'), decided] },
    },
  ],
  notApplicable: [
    { name: 'no decision yet', case: { events: [filed, ev('notice-of-intent', '2025-02-20')] } },
    { name: 'simple procedure', case: { procedure: 'simple', events: [decided] } },
    {
      name: 'no penalty imposed',
      case: { decision: { kinds: [], outcome: 'no-penalty' }, events: [ev('notice-of-intent', '2025-03-04'), decided] },
    },
    { name: 'no notice and no statement (prior notice is apl-44)', case: { events: [filed, decided] } },
    { name: 'a licence case', case: { actionType: 'license', events: [decided] } },
  ],
});
