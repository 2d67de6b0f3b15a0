import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-61-service';

const ev = (kind: EventKind, at: string): CaseEvent => ({ kind, at });
// Decided Wednesday 2025-03-05: the 7th working day after it is Friday 2025-03-14.
const decided = ev('decision', '2025-03-05');

testRule(rule, {
  violation: [
    {
      name: 'public notice itself published after the 7 working days',
      messageId: 'late',
      case: {
        events: [
          decided,
          { kind: 'delivery', at: '2025-04-30', data: { method: 'public-notice', publishedAt: '2025-03-20' } },
        ],
      },
    },
    {
      name: 'served on 2025-03-17, after 7 working days',
      messageId: 'late',
      case: { events: [decided, ev('delivery', '2025-03-17')] },
    },
    {
      name: 'open case, no service recorded, limit passed',
      messageId: 'overdue',
      today: '2025-03-25',
      case: { status: 'open', events: [ev('notice-of-intent', '2025-02-20'), decided] },
    },
    {
      name: 'closed case with no service recorded',
      messageId: 'missing',
      case: { status: 'closed', events: [decided, ev('closed', '2025-04-01')] },
    },
  ],
  review: [
    {
      name: 'public notice, only the deemed service date recorded',
      messageId: 'public-notice',
      case: { events: [decided, { kind: 'delivery', at: '2025-04-20', note: '公告送达，公告期满视为送达' }] },
    },
    {
      name: 'one working day left',
      messageId: 'approaching',
      today: '2025-03-13',
      case: { status: 'open', events: [decided] },
    },
    {
      name: 'service step unreadable in a closed case',
      messageId: 'unknown',
      case: { status: 'closed', events: [decided], origin: { unreadable: ['events.delivery'] } },
    },
    {
      name: 'limit in a year the holiday calendar does not cover',
      messageId: 'uncertain',
      case: { events: [ev('decision', '2026-12-28'), ev('delivery', '2027-01-11')] },
    },
  ],
  pass: [
    { name: 'served two days later', case: { events: [decided, ev('delivery', '2025-03-07')] } },
    {
      name: 'public notice published in time, deemed served 30 days later',
      case: {
        events: [
          decided,
          { kind: 'delivery', at: '2025-04-10', data: { method: 'public-notice', publishedAt: '2025-03-11' } },
        ],
      },
    },
    { name: 'served on the 7th working day', case: { events: [decided, ev('delivery', '2025-03-14')] } },
    { name: 'open, the day after the decision', today: '2025-03-06', case: { status: 'open', events: [decided] } },
  ],
  notApplicable: [
    { name: 'no decision', case: { events: [ev('filing-approved', '2025-01-10')] } },
    { name: 'simple procedure (handed over on the spot)', case: { procedure: 'simple', events: [decided] } },
    {
      name: 'no penalty imposed',
      case: { decision: { kinds: [], outcome: 'no-penalty' }, status: 'closed', events: [decided] },
    },
  ],
});
