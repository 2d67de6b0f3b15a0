import rule from './apl-54-file-first';
import { testRule } from '../../../test/helpers/rule-tester';

const filed = { kind: 'filing-approved', at: '2025-01-10' } as const;

testRule(rule, {
  violation: [
    {
      name: 'inquiry before filing',
      messageId: 'before-filing',
      case: { procedure: 'general', events: [{ kind: 'inquiry', at: '2025-01-09' }, filed] },
    },
    {
      name: 'registration-preservation before filing',
      messageId: 'before-filing',
      case: { events: [{ kind: 'evidence-preserved', at: '2025-01-08' }, filed] },
    },
    {
      name: 'preservation days after the inspection, still before filing',
      messageId: 'before-filing',
      case: {
        events: [{ kind: 'inspection', at: '2025-01-06' }, { kind: 'evidence-preserved', at: '2025-01-08' }, filed],
      },
    },
    {
      name: 'inquiry earlier on the filing day (times given)',
      messageId: 'before-filing',
      case: {
        events: [
          { kind: 'inquiry', at: '2025-01-10T09:00' },
          { kind: 'filing-approved', at: '2025-01-10T15:00' },
        ],
      },
    },
    {
      name: 'investigated and decided with no filing in the timeline',
      messageId: 'no-filing',
      case: {
        events: [
          { kind: 'inquiry', at: '2025-01-09' },
          { kind: 'decision', at: '2025-03-05' },
        ],
      },
    },
  ],
  review: [
    {
      name: 'evidence preserved at the scene on the day of the inspection, filed two days later',
      messageId: 'preserved-on-site',
      case: {
        events: [
          { kind: 'inspection', at: '2025-01-08T20:30' },
          { kind: 'evidence-preserved', at: '2025-01-08T20:45' },
          filed,
        ],
      },
    },
    {
      name: 'sampling before filing may be routine monitoring',
      messageId: 'routine-before-filing',
      case: { events: [{ kind: 'sampling', at: '2024-12-20' }, { kind: 'expert-opinion', at: '2025-01-06' }, filed] },
    },
    {
      name: 'filing step unreadable',
      messageId: 'filing-unknown',
      case: {
        events: [
          { kind: 'inquiry', at: '2025-01-09' },
          { kind: 'decision', at: '2025-03-05' },
        ],
        origin: { unreadable: ['events.filing-approved'] },
      },
    },
    {
      name: 'open case: inquiry taken, no filing yet',
      messageId: 'filing-unknown',
      case: { events: [{ kind: 'inquiry', at: '2025-01-09' }] },
    },
  ],
  pass: [
    {
      name: 'inspection before filing, inquiry after',
      case: { events: [{ kind: 'inspection', at: '2025-01-08' }, filed, { kind: 'inquiry', at: '2025-01-12' }] },
    },
    {
      name: 'inquiry on the filing day without times',
      case: { events: [filed, { kind: 'inquiry', at: '2025-01-10' }] },
    },
    {
      name: 'sampling after filing',
      case: { events: [filed, { kind: 'sampling', at: '2025-01-11' }] },
    },
  ],
  notApplicable: [
    { name: 'only an inspection and a filing', case: { events: [{ kind: 'inspection', at: '2025-01-08' }, filed] } },
    { name: 'simple procedure', case: { procedure: 'simple', events: [{ kind: 'inquiry', at: '2025-01-09' }] } },
    { name: 'a licence case', case: { actionType: 'license', events: [{ kind: 'inquiry', at: '2025-01-09' }, filed] } },
  ],
});
