import rule from './apl-44-prior-notice';
import { testRule } from '../../../test/helpers/rule-tester';

const filed = { kind: 'filing-approved', at: '2025-01-10' } as const;

testRule(rule, {
  violation: [
    {
      name: 'decision with no notice in the timeline',
      messageId: 'missing',
      case: { procedure: 'general', events: [filed, { kind: 'decision', at: '2025-03-05' }] },
    },
    {
      name: 'notice the day after the decision',
      messageId: 'after-decision',
      case: {
        events: [filed, { kind: 'notice-of-intent', at: '2025-03-06' }, { kind: 'decision', at: '2025-03-05' }],
      },
    },
    {
      name: 'notice later on the decision day (times given)',
      messageId: 'after-decision',
      case: {
        events: [
          filed,
          { kind: 'notice-of-intent', at: '2025-03-05T16:00' },
          { kind: 'decision', at: '2025-03-05T10:00' },
        ],
      },
    },
  ],
  review: [
    {
      name: 'notice on the decision day, no times: the order is unknown',
      messageId: 'same-day',
      case: {
        events: [filed, { kind: 'notice-of-intent', at: '2025-03-05' }, { kind: 'decision', at: '2025-03-05' }],
      },
    },
    {
      name: 'the notice step could not be read from the page',
      messageId: 'unknown',
      case: { events: [{ kind: 'decision', at: '2025-03-05' }], origin: { unreadable: ['events.notice-of-intent'] } },
    },
  ],
  pass: [
    {
      name: 'notice earlier on the decision day (times given, party waived its statement on the spot)',
      case: {
        events: [
          filed,
          { kind: 'notice-of-intent', at: '2025-03-05T23:00', data: { statementWaived: true } },
          { kind: 'decision', at: '2025-03-05T23:20' },
        ],
      },
    },
    {
      name: 'notice before the decision',
      case: {
        events: [filed, { kind: 'notice-of-intent', at: '2025-02-20' }, { kind: 'decision', at: '2025-03-05' }],
      },
    },
  ],
  notApplicable: [
    { name: 'no decision yet', case: { events: [filed] } },
    { name: 'a licence case', case: { actionType: 'license' } },
    { name: 'simple procedure', case: { procedure: 'simple', events: [{ kind: 'decision', at: '2025-03-05' }] } },
  ],
});
