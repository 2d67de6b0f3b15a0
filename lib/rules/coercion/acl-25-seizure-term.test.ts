import { expect, it } from 'vitest';
import rule from './acl-25-seizure-term';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'coercion' } as const;
const applied = { kind: 'coercion-applied', at: '2025-03-03' } as const;

testRule(rule, {
  violation: [
    {
      name: 'lifted 48 days after the seizure, no extension',
      messageId: 'late',
      case: { ...base, status: 'closed', events: [applied, { kind: 'coercion-lifted', at: '2025-04-20' }] },
    },
    {
      name: 'open seizure past its term',
      messageId: 'overdue',
      case: { ...base, status: 'open', events: [{ ...applied, at: '2026-09-01' }] },
    },
    {
      name: 'extension longer than 30 days',
      messageId: 'extension-too-long',
      case: {
        ...base,
        events: [
          applied,
          { kind: 'coercion-extended', at: '2025-03-30', data: { days: 40 } },
          { kind: 'items-handled', at: '2025-04-25' },
        ],
      },
    },
    {
      name: 'extended after the term had run out',
      messageId: 'extended-after-expiry',
      case: {
        ...base,
        events: [
          applied,
          { kind: 'coercion-extended', at: '2025-04-10', data: { days: 30 } },
          { kind: 'items-handled', at: '2025-04-25' },
        ],
      },
    },
    {
      name: 'second extension decided after the first extended term had run out',
      messageId: 'extended-after-expiry',
      case: {
        ...base,
        status: 'closed',
        events: [
          applied,
          { kind: 'coercion-extended', at: '2025-03-31', data: { days: 10 } },
          { kind: 'coercion-extended', at: '2025-04-20', data: { days: 10 } },
          { kind: 'coercion-lifted', at: '2025-04-25' },
        ],
      },
    },
    {
      name: 'freezing handled after 30 days',
      messageId: 'late',
      case: {
        ...base,
        events: [
          { ...applied, data: { measure: 'freezing' } },
          { kind: 'coercion-lifted', at: '2025-04-10' },
        ],
      },
    },
  ],
  review: [
    {
      name: 'a page shows no lifting or handling after the term',
      messageId: 'end-unknown',
      case: { ...base, status: 'open', events: [{ ...applied, at: '2026-09-01' }], origin: { adapter: 'generic' } },
    },
    {
      name: 'open seizure with six days left',
      messageId: 'approaching',
      case: { ...base, status: 'open', events: [{ ...applied, at: '2026-11-01' }] },
    },
    {
      name: 'closed with no lifting or handling recorded',
      messageId: 'missing-end',
      case: { ...base, status: 'closed', events: [applied] },
    },
    {
      name: 'testing recorded without its length',
      messageId: 'testing-unclear',
      case: {
        ...base,
        events: [applied, { kind: 'expert-opinion', at: '2025-03-10' }, { kind: 'items-handled', at: '2025-04-20' }],
      },
    },
    {
      name: 'several extensions without lengths',
      messageId: 'extension-unclear',
      case: {
        ...base,
        events: [
          applied,
          { kind: 'coercion-extended', at: '2025-03-25' },
          { kind: 'coercion-extended', at: '2025-03-30' },
          { kind: 'items-handled', at: '2025-04-20' },
        ],
      },
    },
    {
      name: 'term runs into a year the calendar does not cover',
      messageId: 'uncertain',
      today: '2027-03-01',
      case: { ...base, status: 'open', events: [{ ...applied, at: '2027-01-05' }] },
    },
  ],
  pass: [
    {
      name: 'extension recorded only as the head’s approval (extension-approved), lifted within 60 days',
      case: {
        ...base,
        status: 'closed',
        events: [
          applied,
          { kind: 'extension-approved', at: '2025-03-31', data: { days: 30 } },
          { kind: 'coercion-lifted', at: '2025-04-25' },
        ],
      },
    },
    {
      name: 'a 延期 approved after the seizure was lifted is not an extension of it',
      case: {
        ...base,
        status: 'closed',
        events: [
          applied,
          { kind: 'coercion-lifted', at: '2025-03-20' },
          { kind: 'extension-approved', at: '2025-05-10', data: { days: 30 } },
        ],
      },
    },
    {
      name: 'approval and extension notice of one extension are not added up',
      case: {
        ...base,
        status: 'closed',
        events: [
          applied,
          { kind: 'extension-approved', at: '2025-03-31', data: { days: 30 } },
          { kind: 'coercion-extended', at: '2025-03-31', data: { days: 30 } },
          { kind: 'coercion-lifted', at: '2025-04-25' },
        ],
      },
    },
    {
      name: 'second extension decided while the first extension was still running (15 + 15 days)',
      case: {
        ...base,
        status: 'closed',
        events: [
          applied,
          { kind: 'coercion-extended', at: '2025-03-31', data: { days: 15 } },
          { kind: 'coercion-extended', at: '2025-04-15', data: { days: 15 } },
          { kind: 'coercion-lifted', at: '2025-04-30' },
        ],
      },
    },
    {
      name: 'handled on the 30th day',
      case: { ...base, events: [applied, { kind: 'items-handled', at: '2025-04-02' }] },
    },
    {
      name: 'extended by 30 days and lifted on day 55',
      case: {
        ...base,
        events: [
          applied,
          { kind: 'coercion-extended', at: '2025-03-28', data: { days: 30 } },
          { kind: 'coercion-lifted', at: '2025-04-27' },
        ],
      },
    },
    {
      name: 'notified testing time of 15 days is not counted',
      case: {
        ...base,
        events: [
          applied,
          { kind: 'expert-opinion', at: '2025-03-05', data: { days: 15 } },
          { kind: 'items-handled', at: '2025-04-15' },
        ],
      },
    },
    {
      name: 'open and well within the term',
      case: { ...base, status: 'open', events: [{ ...applied, at: '2026-11-20' }] },
    },
  ],
  notApplicable: [
    { name: 'no measure applied', case: { ...base, events: [{ kind: 'inspection', at: '2025-03-03' }] } },
    { name: 'restriction of liberty', case: { ...base, events: [{ ...applied, data: { measure: 'liberty' } }] } },
  ],
});

it('acl-25-seizure-term cites Art. 32 and Art. 62(4) for freezing', () => {
  const report = runExample(rule, {
    name: 'freezing',
    case: {
      ...base,
      events: [
        { ...applied, data: { measure: 'freezing' } },
        { kind: 'coercion-lifted', at: '2025-04-10' },
      ],
    },
  });
  expect(report.findings.map((f) => f.citations.map((c) => c.article))).toEqual([[32, 62]]);
  expect(report.findings[0]?.message).toContain('2025-04-02');
});
