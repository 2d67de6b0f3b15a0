import { describe, expect, it } from 'vitest';
import rule from './apl-56-preservation';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

// 2025-03-03 is a Monday: seven working days end on Wednesday 2025-03-12.
const approved = { kind: 'approval', at: '2025-03-03' } as const;
const preserved = { kind: 'evidence-preserved', at: '2025-03-03' } as const;
const handledOn = (at: string) => ({ kind: 'preservation-handled', at }) as const;

testRule(rule, {
  violation: [
    {
      name: 'handled on the eighth working day',
      messageId: 'late',
      case: { events: [approved, preserved, handledOn('2025-03-13')] },
    },
    {
      name: 'open case, still not handled after the period',
      messageId: 'overdue',
      today: '2025-03-14',
      case: { status: 'open', events: [approved, preserved] },
    },
  ],
  review: [
    {
      name: 'a page shows no handling decision after the period',
      messageId: 'handling-missing',
      today: '2025-03-14',
      case: { status: 'open', events: [approved, preserved], origin: { adapter: 'generic' } },
    },
    {
      name: 'no approval recorded',
      messageId: 'approval-not-found',
      case: { events: [preserved, handledOn('2025-03-05')] },
    },
    {
      name: 'approval only after the preservation',
      messageId: 'approval-not-found',
      case: { events: [preserved, { kind: 'approval', at: '2025-03-04' }, handledOn('2025-03-05')] },
    },
    {
      name: 'open, one working day left (yellow warning)',
      messageId: 'approaching',
      today: '2025-03-11',
      case: { status: 'open', events: [approved, preserved] },
    },
    {
      name: 'closed with no handling decision recorded',
      messageId: 'handling-missing',
      case: { status: 'closed', events: [approved, preserved, { kind: 'closed', at: '2025-04-01' }] },
    },
    {
      name: 'period runs into a year the holiday calendar does not cover',
      messageId: 'uncertain',
      case: {
        events: [
          { kind: 'approval', at: '2026-12-28' },
          { kind: 'evidence-preserved', at: '2026-12-28' },
          handledOn('2027-01-08'),
        ],
      },
    },
  ],
  pass: [
    { name: 'handled on the last day', case: { events: [approved, preserved, handledOn('2025-03-12')] } },
    {
      name: 'open and well within the period',
      today: '2025-03-05',
      case: { status: 'open', events: [approved, preserved] },
    },
    {
      name: 'approval earlier in the day (times given)',
      case: {
        events: [
          { kind: 'approval', at: '2025-03-03T09:00' },
          { kind: 'evidence-preserved', at: '2025-03-03T10:30' },
          handledOn('2025-03-07'),
        ],
      },
    },
  ],
  notApplicable: [
    { name: 'no preservation', case: { events: [approved, { kind: 'inspection', at: '2025-03-03' }] } },
    { name: 'a licence case', case: { actionType: 'license', events: [preserved] } },
  ],
});

describe('apl-56-preservation details', () => {
  it('pairs each preservation with the first handling on or after it', () => {
    const report = runExample(rule, {
      name: 'two preservations',
      case: {
        events: [
          approved,
          preserved,
          handledOn('2025-03-05'),
          { kind: 'evidence-preserved', at: '2025-03-20' },
          handledOn('2025-04-01'),
        ],
      },
    });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ messageId: 'late', status: 'violation', due: '2025-03-31' });
    expect(report.findings[0]!.message).toContain('2025-04-01');
  });

  it('counts working days across a holiday (Qingming 2025)', () => {
    // 2025-04-01 (Tue) + 7 working days, with 04-04 a holiday: 04-02, 03, 07, 08, 09, 10, 11.
    const report = runExample(rule, {
      name: 'holiday',
      case: {
        events: [
          { kind: 'approval', at: '2025-04-01' },
          { kind: 'evidence-preserved', at: '2025-04-01' },
          handledOn('2025-04-11'),
        ],
      },
    });
    expect(report.findings).toEqual([]);
    expect(report.passed).toBe(1);
  });
});
