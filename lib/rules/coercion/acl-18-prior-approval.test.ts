import rule from './acl-18-prior-approval';
import { testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'coercion' } as const;
const inspected = { kind: 'inspection', at: '2025-03-03' } as const;

testRule(rule, {
  violation: [
    {
      name: 'measure with no approval in the timeline',
      messageId: 'missing',
      case: { ...base, events: [inspected, { kind: 'coercion-applied', at: '2025-03-03' }] },
    },
    {
      name: 'approval the day after, not an emergency',
      messageId: 'approved-after',
      case: {
        ...base,
        flags: { emergency: false },
        events: [
          { kind: 'coercion-applied', at: '2025-03-03' },
          { kind: 'coercion-approved', at: '2025-03-04' },
        ],
      },
    },
    {
      name: 'approval an hour after, emergency not recorded',
      messageId: 'approved-after',
      case: {
        ...base,
        events: [
          { kind: 'coercion-applied', at: '2025-03-03T10:00' },
          { kind: 'coercion-approved', at: '2025-03-03T11:00' },
        ],
      },
    },
    {
      name: 'emergency reported 25 hours after the measure',
      messageId: 'emergency-late',
      case: {
        ...base,
        flags: { emergency: true },
        events: [
          { kind: 'coercion-applied', at: '2025-03-03T10:00' },
          { kind: 'emergency-report', at: '2025-03-04T11:00' },
          { kind: 'coercion-approved', at: '2025-03-04T15:00' },
        ],
      },
    },
    {
      name: 'emergency approval two days later (bare dates)',
      messageId: 'emergency-late',
      case: {
        ...base,
        flags: { emergency: true },
        events: [
          { kind: 'coercion-applied', at: '2025-03-03' },
          { kind: 'coercion-approved', at: '2025-03-05' },
        ],
      },
    },
    {
      name: 'emergency and nothing reported for days',
      messageId: 'emergency-missing',
      case: {
        ...base,
        flags: { emergency: true },
        events: [inspected, { kind: 'coercion-applied', at: '2025-03-03' }],
      },
    },
  ],
  review: [
    {
      name: 'approval step unreadable',
      messageId: 'unknown',
      case: {
        ...base,
        events: [{ kind: 'coercion-applied', at: '2025-03-03' }],
        origin: { unreadable: ['events.coercion-approved'] },
      },
    },
    {
      name: 'emergency, approval the next day without clock times',
      messageId: 'emergency-unclear',
      case: {
        ...base,
        flags: { emergency: true },
        events: [
          { kind: 'coercion-applied', at: '2025-03-03' },
          { kind: 'coercion-approved', at: '2025-03-04' },
        ],
      },
    },
    {
      name: 'emergency reported in time but approval never completed',
      messageId: 'emergency-no-approval',
      case: {
        ...base,
        flags: { emergency: true },
        events: [
          { kind: 'coercion-applied', at: '2025-03-03T10:00' },
          { kind: 'emergency-report', at: '2025-03-03T18:00' },
        ],
      },
    },
  ],
  pass: [
    {
      name: 'approved the day before',
      case: {
        ...base,
        events: [
          { kind: 'coercion-approved', at: '2025-03-02' },
          { kind: 'coercion-applied', at: '2025-03-03' },
        ],
      },
    },
    {
      name: 'approved the same day (no clock times)',
      case: {
        ...base,
        events: [
          { kind: 'coercion-applied', at: '2025-03-03' },
          { kind: 'coercion-approved', at: '2025-03-03' },
        ],
      },
    },
    {
      name: 'emergency, reported within 24 hours and approved',
      case: {
        ...base,
        flags: { emergency: true },
        events: [
          { kind: 'coercion-applied', at: '2025-03-03T22:00' },
          { kind: 'emergency-report', at: '2025-03-04T09:00' },
          { kind: 'coercion-approved', at: '2025-03-05T09:00' },
        ],
      },
    },
    {
      name: 'emergency report event implies the emergency; approval 23 hours later',
      case: {
        ...base,
        events: [
          { kind: 'coercion-applied', at: '2025-03-03T10:00' },
          { kind: 'emergency-report', at: '2025-03-04T09:00' },
          { kind: 'coercion-approved', at: '2025-03-04T09:30' },
        ],
      },
    },
    {
      name: 'emergency, head disagreed and the measure was lifted',
      case: {
        ...base,
        flags: { emergency: true },
        events: [
          { kind: 'coercion-applied', at: '2025-03-03T10:00' },
          { kind: 'emergency-report', at: '2025-03-03T12:00' },
          { kind: 'coercion-lifted', at: '2025-03-03T15:00' },
        ],
      },
    },
  ],
  notApplicable: [
    { name: 'no measure applied', case: { ...base, events: [inspected] } },
    { name: 'a penalty case', case: { events: [{ kind: 'coercion-applied', at: '2025-03-03' }] } },
  ],
});
