import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-65-decide-after-hearing';

const ev = (kind: EventKind, at: string): CaseEvent => ({ kind, at });
const requested = ev('hearing-requested', '2025-02-24');

testRule(rule, {
  violation: [
    {
      name: 'decision days before the hearing',
      messageId: 'before-hearing',
      case: { events: [requested, ev('decision', '2025-03-05'), ev('hearing-held', '2025-03-10')] },
    },
    {
      name: 'decision in the morning, hearing in the afternoon',
      messageId: 'before-hearing',
      case: { events: [requested, ev('decision', '2025-03-10T09:00'), ev('hearing-held', '2025-03-10T14:00')] },
    },
    {
      name: 'decision between a first and a continued hearing',
      messageId: 'before-hearing',
      case: {
        events: [
          requested,
          ev('hearing-held', '2025-03-03'),
          ev('decision', '2025-03-05'),
          ev('hearing-held', '2025-03-10'),
        ],
      },
    },
  ],
  review: [
    {
      name: 'decision and hearing on the same day, no times',
      messageId: 'same-day',
      case: { events: [requested, ev('hearing-held', '2025-03-10'), ev('decision', '2025-03-10')] },
    },
  ],
  pass: [
    {
      name: 'decision a week after the hearing',
      case: { events: [requested, ev('hearing-held', '2025-03-03'), ev('decision', '2025-03-10')] },
    },
    {
      name: 'same day, decision after the hearing by the clock',
      case: { events: [ev('hearing-held', '2025-03-10T09:00'), ev('decision', '2025-03-10T16:00')] },
    },
  ],
  notApplicable: [
    { name: 'no hearing', case: { events: [ev('decision', '2025-03-05')] } },
    { name: 'hearing held, not decided yet', case: { events: [ev('hearing-held', '2025-03-03')] } },
  ],
});
