import { expect, it } from 'vitest';
import rule from './acl-35-reminder';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'coercion' } as const;
const decided = { kind: 'decision', at: '2025-02-10' } as const;
const urge = { kind: 'urge-notice', at: '2025-03-03', data: { deadline: '2025-03-13' } } as const;

testRule(rule, {
  violation: [
    {
      name: 'an emergency alone, with no substitute performance or Art. 52, still needs a reminder',
      messageId: 'missing',
      case: { ...base, flags: { emergency: true }, events: [decided, { kind: 'enforcement', at: '2025-03-20' }] },
    },
    {
      name: 'enforcement with no reminder in the timeline',
      messageId: 'missing',
      case: { ...base, events: [decided, { kind: 'enforcement', at: '2025-03-20', data: { by: 'agency' } }] },
    },
    {
      name: 'reminder on the day of enforcement',
      messageId: 'after',
      case: { ...base, events: [decided, { ...urge, at: '2025-03-20' }, { kind: 'enforcement', at: '2025-03-20' }] },
    },
    {
      name: 'agency enforces before the reminder deadline',
      messageId: 'before-deadline',
      case: { ...base, events: [decided, urge, { kind: 'enforcement', at: '2025-03-10', data: { by: 'agency' } }] },
    },
    {
      name: 'agency enforces on the deadline day itself',
      messageId: 'before-deadline',
      case: { ...base, events: [decided, urge, { kind: 'enforcement', at: '2025-03-13' }] },
    },
    {
      name: 'court application five working days after the reminder',
      messageId: 'court-too-early',
      case: { ...base, events: [decided, urge, { kind: 'enforcement', at: '2025-03-10', data: { by: 'court' } }] },
    },
  ],
  review: [
    {
      name: 'immediate substitute performance under Art. 52 without a recorded emergency',
      messageId: 'immediate-substitute',
      case: {
        ...base,
        legalBasis: [{ role: 'procedure', law: '行政强制法', article: 52 }],
        events: [{ kind: 'enforcement', at: '2025-07-25T23:30', data: { type: 'substitute-performance' } }],
      },
    },
    {
      name: 'immediate substitute performance in an emergency, Art. 52 not cited',
      messageId: 'immediate-substitute',
      case: {
        ...base,
        flags: { emergency: true },
        events: [{ kind: 'enforcement', at: '2025-07-25T23:30', data: { type: 'substitute-performance' } }],
      },
    },
    {
      name: 'reminder unreadable',
      messageId: 'unknown',
      case: {
        ...base,
        events: [decided, { kind: 'enforcement', at: '2025-03-20' }],
        origin: { unreadable: ['events.urge-notice'] },
      },
    },
    {
      name: 'immediate enforcement during the reminder period',
      messageId: 'immediate',
      case: {
        ...base,
        events: [decided, urge, { kind: 'enforcement', at: '2025-03-05', data: { by: 'agency', immediate: true } }],
      },
    },
    {
      name: 'agency enforcement, reminder deadline not recorded',
      messageId: 'deadline-unknown',
      case: {
        ...base,
        events: [
          decided,
          { kind: 'urge-notice', at: '2025-03-03' },
          { kind: 'enforcement', at: '2025-03-31', data: { by: 'agency' } },
        ],
      },
    },
    {
      name: 'unknown mode, no deadline, only a few days after the reminder',
      messageId: 'deadline-unknown',
      case: {
        ...base,
        events: [decided, { kind: 'urge-notice', at: '2025-03-03' }, { kind: 'enforcement', at: '2025-03-07' }],
      },
    },
    {
      name: 'court application across a year the calendar does not cover',
      messageId: 'uncertain',
      case: {
        ...base,
        events: [
          { kind: 'urge-notice', at: '2026-12-28' },
          { kind: 'enforcement', at: '2027-01-05', data: { by: 'court' } },
        ],
      },
    },
  ],
  pass: [
    {
      name: 'immediate removal of a road obstacle in an emergency (Art. 52): no reminder needed',
      case: {
        ...base,
        flags: { emergency: true },
        legalBasis: [{ role: 'procedure', law: '中华人民共和国行政强制法', article: 52 }],
        events: [
          { kind: 'enforcement', at: '2025-07-25T23:30', data: { type: 'substitute-performance' } },
          { kind: 'party-notified', at: '2025-07-26T09:00' },
        ],
      },
    },
    {
      name: 'agency enforces after the reminder deadline',
      case: { ...base, events: [decided, urge, { kind: 'enforcement', at: '2025-03-14', data: { by: 'agency' } }] },
    },
    {
      name: 'court application ten working days after service',
      case: {
        ...base,
        events: [
          decided,
          { kind: 'urge-notice', at: '2025-03-01', data: { servedAt: '2025-03-03' } },
          { kind: 'enforcement', at: '2025-03-17', data: { by: 'court' } },
        ],
      },
    },
    {
      name: 'unknown mode, no deadline, more than ten working days later',
      case: {
        ...base,
        events: [decided, { kind: 'urge-notice', at: '2025-03-03' }, { kind: 'enforcement', at: '2025-04-01' }],
      },
    },
  ],
  notApplicable: [
    { name: 'no enforcement yet', case: { ...base, events: [decided, urge] } },
    { name: 'a licence case', case: { actionType: 'license', events: [{ kind: 'enforcement', at: '2025-03-20' }] } },
  ],
});

it('acl-35-reminder cites Art. 54 for an early court application and names the tenth working day', () => {
  const report = runExample(rule, {
    name: 'court',
    case: { ...base, events: [urge, { kind: 'enforcement', at: '2025-03-10', data: { by: 'court' } }] },
  });
  expect(report.findings[0]?.citations.map((c) => c.article)).toEqual([54, 69]);
  expect(report.findings[0]?.message).toContain('2025-03-17');
});
