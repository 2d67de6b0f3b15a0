import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-64-hearing-procedure';

const ev = (kind: EventKind, at: string, data?: Record<string, unknown>): CaseEvent => ({
  kind,
  at,
  ...(data ? { data } : {}),
});
const told = ev('hearing-notice', '2025-02-20');
const requested = ev('hearing-requested', '2025-02-24');
const officers = [
  { name: '张三', roles: ['handler' as const] },
  { name: '李四', roles: ['investigator' as const] },
  { name: '王五', roles: ['legal-reviewer' as const] },
];

testRule(rule, {
  violation: [
    {
      name: 'right stated in the prior notice’s note; decided two working days later',
      messageId: 'decided-in-window',
      case: {
        procedure: 'general',
        party: { kind: 'legal-person', isEnterprise: true },
        decision: { kinds: ['fine'], fineAmount: 50000 },
        events: [
          { kind: 'notice-of-intent', at: '2025-03-03', note: '告知陈述、申辩和要求听证的权利' },
          ev('decision', '2025-03-05'),
        ],
      },
    },
    {
      // Told Friday 2025-01-24; 5 working days (Spring Festival off, 01-26 a make-up workday) end 2025-02-07.
      name: 'decided on the 4th working day after the hearing notice, no request or waiver',
      messageId: 'decided-in-window',
      case: {
        procedure: 'general',
        party: { kind: 'legal-person', isEnterprise: true },
        decision: { kinds: ['fine'], fineAmount: 50000 },
        events: [ev('hearing-notice', '2025-01-24'), ev('decision', '2025-02-06')],
      },
    },
    {
      name: 'time and place notified 4 working days ahead',
      messageId: 'short-notice',
      case: { events: [told, requested, ev('hearing-scheduled', '2025-03-03'), ev('hearing-held', '2025-03-07')] },
    },
    {
      name: 'notice of time and place dated after the hearing',
      messageId: 'schedule-after',
      case: { events: [told, requested, ev('hearing-held', '2025-03-07'), ev('hearing-scheduled', '2025-03-10')] },
    },
    {
      name: 'hearing held, no notice of time and place in a known timeline',
      messageId: 'no-schedule',
      case: { events: [told, requested, ev('hearing-held', '2025-03-07')] },
    },
    {
      name: 'the investigator presided',
      messageId: 'presider-investigator',
      case: {
        officers,
        events: [
          told,
          requested,
          ev('hearing-scheduled', '2025-02-25'),
          ev('hearing-held', '2025-03-10', { presider: '李四' }),
        ],
      },
    },
  ],
  review: [
    {
      name: 'decided inside the request window, the hearing right only possibly owed',
      messageId: 'decided-in-window',
      case: {
        procedure: 'general',
        party: { kind: 'person' },
        decision: { kinds: ['fine'], fineAmount: 2000 },
        events: [ev('hearing-notice', '2025-03-03'), ev('decision', '2025-03-06')],
      },
    },
    {
      name: 'request 9 working days after the notice and no hearing',
      messageId: 'late-request',
      case: { events: [told, ev('hearing-requested', '2025-03-05')] },
    },
    {
      name: 'notice of time and place unreadable',
      messageId: 'schedule-unknown',
      case: {
        events: [told, requested, ev('hearing-held', '2025-03-07')],
        origin: { unreadable: ['events.hearing-scheduled'] },
      },
    },
    {
      name: 'across a New Year the holiday calendar does not cover',
      messageId: 'schedule-uncertain',
      case: { events: [ev('hearing-scheduled', '2026-12-29'), ev('hearing-held', '2027-01-06')] },
    },
  ],
  pass: [
    {
      name: 'notified exactly 7 working days ahead, presided by a non-investigator',
      case: {
        officers,
        events: [
          told,
          requested,
          ev('hearing-scheduled', '2025-02-20'),
          ev('hearing-held', '2025-03-03', { presider: '王五' }),
        ],
      },
    },
    {
      name: 'timely request, hearing not yet held',
      case: { events: [told, ev('hearing-requested', '2025-02-27')] },
    },
  ],
  notApplicable: [
    {
      name: 'decided the working day after the 5-day request window (2025-02-10)',
      case: {
        procedure: 'general',
        party: { kind: 'legal-person', isEnterprise: true },
        decision: { kinds: ['fine'], fineAmount: 50000 },
        events: [ev('hearing-notice', '2025-01-24'), ev('decision', '2025-02-10')],
      },
    },
    {
      name: 'decided early but the party waived the hearing',
      case: {
        procedure: 'general',
        party: { kind: 'legal-person', isEnterprise: true },
        decision: { kinds: ['fine'], fineAmount: 50000 },
        events: [ev('hearing-notice', '2025-01-24'), ev('hearing-waived', '2025-01-27'), ev('decision', '2025-02-06')],
      },
    },
    {
      name: 'hearing offered for a small fine that does not carry the right',
      case: {
        procedure: 'general',
        party: { kind: 'legal-person', isEnterprise: true },
        decision: { kinds: ['fine'], fineAmount: 500 },
        events: [ev('hearing-notice', '2025-01-24'), ev('decision', '2025-01-27')],
      },
    },
    { name: 'no hearing requested or held', case: { events: [told, ev('decision', '2025-03-05')] } },
    { name: 'an inspection case', case: { actionType: 'inspection', events: [ev('hearing-held', '2025-03-07')] } },
  ],
});
