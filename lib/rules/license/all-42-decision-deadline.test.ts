import { expect, it } from 'vitest';
import rule from './all-42-decision-deadline';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'license' } as const;
const accepted = { kind: 'application-accepted', at: '2025-03-03' } as const;
const decided = (at: string) => ({ kind: 'license-decision' as const, at });

testRule(rule, {
  violation: [
    {
      name: 'hearing time left out, still late after it',
      messageId: 'late',
      case: {
        ...base,
        events: [
          { kind: 'application-accepted', at: '2026-09-14' },
          { kind: 'hearing-requested', at: '2026-09-24' },
          { kind: 'hearing-held', at: '2026-10-20' },
          decided('2026-11-20'),
        ],
      },
    },
    {
      name: 'decided after 20 working days, no extension',
      messageId: 'late',
      case: { ...base, events: [accepted, decided('2025-04-01')] },
    },
    {
      name: 'open and past the period',
      messageId: 'overdue',
      case: { ...base, status: 'open', events: [{ ...accepted, at: '2026-09-01' }] },
    },
    {
      name: 'late correction notice: the period runs from receipt',
      messageId: 'late',
      case: {
        ...base,
        events: [
          { kind: 'application-received', at: '2025-03-03' },
          { kind: 'correction-requested', at: '2025-03-12' },
          { kind: 'application-accepted', at: '2025-03-20' },
          decided('2025-04-10'),
        ],
      },
    },
    {
      name: 'extension approved after the period had run out',
      messageId: 'extension-late',
      case: {
        ...base,
        events: [accepted, { kind: 'extension-approved', at: '2025-04-02', data: { days: 10 } }, decided('2025-04-10')],
      },
    },
    {
      name: 'joint processing beyond 45 + 15 working days',
      messageId: 'late',
      case: {
        ...base,
        events: [{ ...accepted, data: { joint: true } }, decided('2025-06-10')],
      },
    },
  ],
  review: [
    {
      name: 'a page past the period shows no decision',
      messageId: 'end-unknown',
      case: { ...base, status: 'open', events: [{ ...accepted, at: '2026-09-01' }], origin: { adapter: 'generic' } },
    },
    {
      name: 'two working days left',
      messageId: 'approaching',
      case: { ...base, status: 'open', events: [{ ...accepted, at: '2026-10-30' }] },
    },
    {
      name: 'closed with no decision recorded',
      messageId: 'missing-end',
      case: { ...base, status: 'closed', events: [accepted] },
    },
    {
      name: 'extension longer than ten days',
      messageId: 'extension-too-long',
      case: {
        ...base,
        events: [accepted, { kind: 'extension-approved', at: '2025-03-25', data: { days: 15 } }, decided('2025-04-10')],
      },
    },
    {
      name: 'period runs into an uncovered year',
      messageId: 'uncertain',
      today: '2027-02-01',
      case: { ...base, status: 'open', events: [{ ...accepted, at: '2026-12-10' }] },
    },
  ],
  pass: [
    {
      // Accepted 2026-09-14: 20 working days end 2026-10-16; the hearing (requested 09-24, held 10-20) is not counted.
      name: 'hearing time left out of the 20 working days (Art. 45)',
      case: {
        ...base,
        events: [
          { kind: 'application-accepted', at: '2026-09-14' },
          { kind: 'hearing-requested', at: '2026-09-24' },
          { kind: 'hearing-held', at: '2026-10-20' },
          decided('2026-10-23'),
        ],
      },
    },
    { name: 'decided on the 20th working day', case: { ...base, events: [accepted, decided('2025-03-31')] } },
    {
      name: 'extended by ten working days and decided within them',
      case: {
        ...base,
        events: [accepted, { kind: 'extension-approved', at: '2025-03-28', data: { days: 10 } }, decided('2025-04-14')],
      },
    },
    {
      name: 'expert review time notified and left out',
      case: {
        ...base,
        events: [
          accepted,
          { kind: 'suspended', at: '2025-03-10' },
          { kind: 'resumed', at: '2025-03-24' },
          decided('2025-04-10'),
        ],
      },
    },
    {
      name: 'a longer period set by another law',
      case: { ...base, events: [{ ...accepted, data: { periodDays: 30 } }, decided('2025-04-10')] },
    },
    {
      name: 'open and still suspended',
      case: {
        ...base,
        status: 'open',
        events: [
          { ...accepted, at: '2026-09-01' },
          { kind: 'suspended', at: '2026-09-10' },
        ],
      },
    },
    {
      name: 'a generic decision event is read too',
      case: { ...base, events: [accepted, { kind: 'decision', at: '2025-03-20' }] },
    },
  ],
  notApplicable: [
    { name: 'not accepted yet', case: { ...base, events: [{ kind: 'application-received', at: '2025-03-03' }] } },
    {
      name: 'closed after the applicant withdrew the application (no decision due)',
      case: {
        ...base,
        status: 'closed',
        decision: { kinds: [], outcome: 'withdrawn' },
        events: [
          { kind: 'application-accepted', at: '2026-08-04' },
          { kind: 'closed', at: '2026-08-14' },
        ],
      },
    },
    {
      name: 'rejected',
      case: {
        ...base,
        events: [
          { kind: 'application-received', at: '2025-03-03' },
          { kind: 'application-rejected', at: '2025-03-03' },
        ],
      },
    },
  ],
});

it('all-42-decision-deadline counts from receipt after a late correction notice and says so', () => {
  const report = runExample(rule, {
    name: 'deemed',
    case: {
      ...base,
      events: [
        { kind: 'application-received', at: '2025-03-03' },
        { kind: 'correction-requested', at: '2025-03-12' },
        { kind: 'application-accepted', at: '2025-03-20' },
        decided('2025-04-10'),
      ],
    },
  });
  expect(report.findings[0]?.message).toContain('视为受理');
  expect(report.findings[0]?.due).toBe('2025-03-31');
});
