import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-60-decision-deadline';

const ev = (kind: EventKind, at: string, data?: Record<string, unknown>): CaseEvent => ({
  kind,
  at,
  ...(data ? { data } : {}),
});
// Filed 2025-01-10: 90 calendar days end on 2025-04-10 (a Thursday).
const filed = ev('filing-approved', '2025-01-10');

testRule(rule, {
  violation: [
    {
      name: 'late by more than the hearing took',
      messageId: 'late',
      case: {
        events: [
          filed,
          ev('hearing-requested', '2025-03-20'),
          ev('hearing-held', '2025-03-28'),
          ev('decision', '2025-04-25'),
        ],
      },
    },
    {
      name: 'a page shows the decision field empty',
      messageId: 'overdue',
      today: '2025-04-20',
      case: { status: 'open', events: [filed], origin: { adapter: 'generic', emptyFields: ['events.decision'] } },
    },
    {
      name: 'decision on day 95',
      messageId: 'late',
      case: { events: [filed, ev('decision', '2025-04-15')] },
    },
    {
      name: 'open case past the limit with no decision',
      messageId: 'overdue',
      today: '2025-04-20',
      case: { status: 'open', events: [filed] },
    },
    {
      name: 'a 10-day suspension does not cover a decision 30 days late',
      messageId: 'late',
      case: {
        events: [filed, ev('suspended', '2025-02-01'), ev('resumed', '2025-02-11'), ev('decision', '2025-05-10')],
      },
    },
    {
      name: 'suspended (never resumed) only after the limit had passed',
      messageId: 'overdue',
      today: '2025-06-01',
      case: { status: 'open', events: [filed, ev('suspended', '2025-04-20')] },
    },
  ],
  review: [
    {
      // Filed 01-10, 90 days end 2025-04-10; decided 04-25 (15 days late) after a hearing that took 20 days.
      name: 'late by less than the hearing took: a sector rule may leave it out (Art. 60, 2nd sentence)',
      messageId: 'spans-excluded',
      case: {
        events: [
          filed,
          ev('hearing-requested', '2025-03-20'),
          ev('hearing-held', '2025-04-09'),
          ev('decision', '2025-04-25'),
        ],
      },
    },
    {
      name: 'a page past the limit shows no decision',
      messageId: 'end-unknown',
      today: '2025-04-20',
      case: { status: 'open', events: [filed], origin: { adapter: 'generic' } },
    },
    {
      name: 'open case on day 79 of 90',
      messageId: 'approaching',
      today: '2025-03-30',
      case: { status: 'open', events: [filed] },
    },
    {
      name: 'an extension of unknown length, decision after the 90 days',
      messageId: 'extension-unknown',
      case: { events: [filed, ev('extension-approved', '2025-04-01'), ev('decision', '2025-04-20')] },
    },
    {
      name: 'closed with no decision date',
      messageId: 'missing-end',
      case: { status: 'closed', events: [filed, ev('closed', '2025-03-20')] },
    },
    {
      name: 'limit falls in a year the holiday calendar does not cover',
      messageId: 'uncertain',
      case: { events: [ev('filing-approved', '2026-11-01'), ev('decision', '2027-02-10')] },
    },
  ],
  pass: [
    { name: 'decision on day 54', case: { events: [filed, ev('decision', '2025-03-05')] } },
    {
      name: 'a 30-day extension covers a decision on day 110',
      case: { events: [filed, ev('extension-approved', '2025-04-01', { days: 30 }), ev('decision', '2025-04-30')] },
    },
    {
      name: 'a 20-day suspension covers a decision on day 105',
      case: {
        events: [filed, ev('suspended', '2025-02-01'), ev('resumed', '2025-02-21'), ev('decision', '2025-04-25')],
      },
    },
    {
      name: 'open case suspended on day 50, clock stopped',
      today: '2025-09-01',
      case: { status: 'open', events: [filed, ev('suspended', '2025-03-01')] },
    },
    { name: 'open case on day 22', today: '2025-02-01', case: { status: 'open', events: [filed] } },
  ],
  notApplicable: [
    { name: 'no filing date', case: { events: [ev('decision', '2025-03-05')] } },
    { name: 'simple procedure', case: { procedure: 'simple', events: [filed, ev('decision', '2025-06-05')] } },
    { name: 'a licence case', case: { actionType: 'license', events: [filed] } },
  ],
});
