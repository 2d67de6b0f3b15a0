import { expect, it } from 'vitest';
import rule from './acl-24-decision-delivery';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'coercion' } as const;
const applied = { kind: 'coercion-applied', at: '2025-03-03' } as const;
const frozen = { kind: 'coercion-applied', at: '2025-03-03', data: { measure: 'freezing' } } as const;

testRule(rule, {
  violation: [
    {
      name: 'a page shows the delivery field empty',
      messageId: 'freeze-overdue',
      case: {
        ...base,
        status: 'open',
        events: [frozen],
        origin: { adapter: 'generic', emptyFields: ['events.delivery'] },
      },
    },
    {
      name: 'seizure decision delivered the next day',
      messageId: 'late',
      case: { ...base, events: [applied, { kind: 'delivery', at: '2025-03-04' }] },
    },
    {
      name: 'party present, decision delivered the next day',
      messageId: 'late',
      case: { ...base, flags: { partyPresent: true }, events: [applied, { kind: 'delivery', at: '2025-03-04' }] },
    },
    {
      name: 'no delivery in the timeline',
      messageId: 'missing',
      case: { ...base, events: [applied, { kind: 'on-site-record', at: '2025-03-03' }] },
    },
    {
      name: 'freezing decision delivered after three working days',
      messageId: 'freeze-late',
      case: { ...base, events: [frozen, { kind: 'delivery', at: '2025-03-07' }] },
    },
    {
      name: 'freezing decision never delivered, open case',
      messageId: 'freeze-overdue',
      case: { ...base, status: 'open', events: [frozen] },
    },
  ],
  review: [
    {
      name: 'a page shows no delivery of the freezing decision',
      messageId: 'freeze-unknown',
      case: { ...base, status: 'open', events: [frozen], origin: { adapter: 'generic' } },
    },
    {
      name: 'delivery unreadable',
      messageId: 'unknown',
      case: { ...base, events: [applied], origin: { unreadable: ['events.delivery'] } },
    },
    {
      name: 'the only delivery is of the handling decision after the lifting',
      messageId: 'unknown',
      case: {
        ...base,
        events: [applied, { kind: 'coercion-lifted', at: '2025-03-20' }, { kind: 'delivery', at: '2025-03-20' }],
      },
    },
    {
      name: 'freezing decision due tomorrow',
      messageId: 'freeze-approaching',
      today: '2026-11-26',
      case: { ...base, events: [{ ...frozen, at: '2026-11-23' }] },
    },
    {
      name: 'party absent at the seizure (witness signed), decision served two days later',
      messageId: 'party-absent',
      case: {
        ...base,
        flags: { partyPresent: false },
        events: [
          applied,
          { kind: 'on-site-record', at: '2025-03-03', data: { witness: '见证人' } },
          { kind: 'delivery', at: '2025-03-05' },
        ],
      },
    },
    {
      name: 'witness recorded on the measure, decision served the next day',
      messageId: 'party-absent',
      case: {
        ...base,
        events: [
          { ...applied, data: { witness: '见证人' } },
          { kind: 'delivery', at: '2025-03-04' },
        ],
      },
    },
    {
      name: 'freezing closed with no delivery recorded',
      messageId: 'freeze-unknown',
      case: { ...base, status: 'closed', events: [frozen] },
    },
  ],
  pass: [
    {
      name: 'delivered on the spot',
      case: { ...base, events: [applied, { kind: 'delivery', at: '2025-03-03' }] },
    },
    {
      name: 'freezing decision delivered on the third working day',
      case: { ...base, events: [frozen, { kind: 'delivery', at: '2025-03-06' }] },
    },
    {
      name: 'an earlier delivery of another document is ignored',
      case: {
        ...base,
        events: [{ kind: 'delivery', at: '2025-02-20' }, applied, { kind: 'delivery', at: '2025-03-03' }],
      },
    },
  ],
  notApplicable: [
    { name: 'no measure applied', case: { ...base, events: [{ kind: 'delivery', at: '2025-03-03' }] } },
    {
      name: 'restriction of liberty',
      case: { ...base, events: [{ ...applied, data: { measure: 'liberty' } }] },
    },
  ],
});

it('acl-24-decision-delivery cites Art. 31 for a late freezing decision', () => {
  const report = runExample(rule, {
    name: 'freezing',
    case: { ...base, events: [frozen, { kind: 'delivery', at: '2025-03-07' }] },
  });
  expect(report.findings[0]?.citations.map((c) => c.article)).toEqual([31, 69]);
  expect(report.findings[0]?.message).toContain('2025-03-06');
});
