import { describe, expect, it } from 'vitest';
import type { EnforcementCase } from '../../case/schema';
import rule from './apl-36-limitation';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

const fined: NonNullable<EnforcementCase['decision']> = { kinds: ['fine'], fineAmount: 5000 };
const decided = { kind: 'decision', at: '2024-06-03' } as const;

testRule(rule, {
  violation: [
    {
      name: 'discovered more than five years after the act, and fined',
      messageId: 'beyond-five-years',
      case: { violationDate: '2018-03-01', discoveredAt: '2024-03-05', decision: fined, events: [decided] },
    },
    {
      name: 'five-year period extended over the National Day holiday, discovered after the extension',
      messageId: 'beyond-five-years',
      case: { violationDate: '2019-10-01', discoveredAt: '2024-10-09', decision: fined },
    },
  ],
  review: [
    {
      name: 'discovered between two and five years after the act (the five-year case cannot be ruled out)',
      messageId: 'beyond-two-years',
      case: { violationDate: '2021-01-04', discoveredAt: '2023-06-01', decision: fined, events: [decided] },
    },
    {
      name: 'the day after the two-year anniversary',
      messageId: 'beyond-two-years',
      case: { violationDate: '2023-03-06', discoveredAt: '2025-03-07', decision: fined },
    },
    {
      name: 'five-year anniversary on a holiday: discovered within the extension is not a violation',
      messageId: 'beyond-two-years',
      case: { violationDate: '2019-10-01', discoveredAt: '2024-10-05', decision: fined },
    },
    {
      name: 'more than five years but no penalty decided yet',
      messageId: 'beyond-five-years-pending',
      case: {
        violationDate: '2018-03-01',
        discoveredAt: '2024-03-05',
        events: [{ kind: 'filing-approved', at: '2024-03-08' }],
      },
    },
    {
      name: 'no discovery date: a late inspection is only a proxy, never a violation',
      messageId: 'proxy-beyond-two-years',
      case: {
        violationDate: '2015-01-05',
        decision: fined,
        events: [{ kind: 'inspection', at: '2024-01-02' }, decided],
      },
    },
    {
      name: 'decided with no violation date',
      messageId: 'dates-missing',
      case: { discoveredAt: '2024-03-05', decision: fined, events: [decided] },
    },
    {
      name: 'the period ends in a year the holiday calendar does not cover',
      messageId: 'uncertain-calendar',
      case: { violationDate: '2025-01-10', discoveredAt: '2027-01-12', decision: fined },
    },
  ],
  pass: [
    {
      name: 'discovered the same day',
      case: { violationDate: '2025-01-08', discoveredAt: '2025-01-08', decision: fined, events: [decided] },
    },
    {
      name: 'discovered exactly two years later',
      case: { violationDate: '2023-03-06', discoveredAt: '2025-03-06', decision: fined },
    },
    {
      name: 'continuing conduct that ended after discovery',
      case: { violationDate: '2025-05-01', discoveredAt: '2025-03-01', decision: fined },
    },
    {
      name: 'no discovery date, but the first inspection is within two years',
      case: { violationDate: '2025-01-08', events: [{ kind: 'inspection', at: '2025-01-08' }, decided] },
    },
  ],
  notApplicable: [
    { name: 'no dates and no decision', case: { events: [{ kind: 'filing-approved', at: '2024-03-08' }] } },
    {
      name: 'decided not to penalise',
      case: {
        violationDate: '2018-03-01',
        discoveredAt: '2024-03-05',
        decision: { kinds: [], outcome: 'no-penalty' },
      },
    },
    {
      name: 'a licence case',
      case: { actionType: 'license', violationDate: '2018-03-01', discoveredAt: '2024-03-05' },
    },
  ],
});

describe('apl-36-limitation details', () => {
  it('says the limit date in the message', () => {
    const report = runExample(rule, {
      name: 'over five years',
      case: { violationDate: '2018-03-01', discoveredAt: '2024-03-05', decision: fined },
    });
    expect(report.findings[0]?.message).toContain('2023-03-01');
    expect(report.findings[0]?.message).toContain('2018-03-01');
  });
});
