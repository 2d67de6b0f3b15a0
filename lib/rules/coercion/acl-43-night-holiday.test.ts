import rule from './acl-43-night-holiday';
import { testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'coercion' } as const;
const enforce = (at: string, data?: Record<string, unknown>) => ({ kind: 'enforcement' as const, at, data });

testRule(rule, {
  violation: [
    { name: 'enforcement at 23:00', messageId: 'night', case: { ...base, events: [enforce('2025-03-04T23:00')] } },
    { name: 'enforcement at 05:30', messageId: 'night', case: { ...base, events: [enforce('2025-03-04T05:30')] } },
    {
      name: 'started at 20:00, went on past 22:00',
      messageId: 'night',
      case: { ...base, events: [enforce('2025-03-04T20:00', { endAt: '2025-03-04T22:30' })] },
    },
    {
      name: 'on National Day (bare date)',
      messageId: 'holiday',
      case: { ...base, flags: { emergency: false }, events: [enforce('2025-10-02')] },
    },
    {
      name: 'daytime on Spring Festival',
      messageId: 'holiday',
      case: { ...base, events: [enforce('2025-01-29T10:00')] },
    },
  ],
  review: [
    {
      name: 'a year the holiday calendar does not cover',
      messageId: 'uncovered',
      case: { ...base, events: [enforce('2027-03-03T10:00')] },
    },
  ],
  pass: [
    { name: 'weekday daytime', case: { ...base, events: [enforce('2025-03-04T10:00')] } },
    { name: 'bare date on an ordinary day', case: { ...base, events: [enforce('2025-03-04')] } },
    { name: 'at 06:00 exactly', case: { ...base, events: [enforce('2025-03-04T06:00')] } },
    {
      name: 'urgent night enforcement',
      case: { ...base, flags: { emergency: true }, events: [enforce('2025-03-04T23:00')] },
    },
    {
      name: 'national profile uses the same default window',
      profile: 'national',
      case: { ...base, events: [enforce('2025-03-04T21:59')] },
    },
  ],
  notApplicable: [
    { name: 'no enforcement', case: { ...base, events: [{ kind: 'coercion-applied', at: '2025-03-04T23:00' }] } },
    {
      name: 'only an application to the court',
      case: { ...base, events: [enforce('2025-10-02', { by: 'court' })] },
    },
  ],
});
