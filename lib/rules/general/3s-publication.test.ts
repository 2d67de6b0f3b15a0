import { describe, expect, it } from 'vitest';
import rule from './3s-publication';
import { JINAN } from '../../engine/profile';
import { runRules } from '../../engine/run';
import { makeCase } from '../../../test/helpers/make-case';
import { testRule } from '../../../test/helpers/rule-tester';
import type { CaseInput } from '../../../test/helpers/make-case';

type Decision = NonNullable<CaseInput['decision']>;

// Today is 2026-11-25 in these examples; the Jinan profile gives 7 working days.
const fine = { kinds: ['fine'], fineAmount: 20000 } satisfies Decision;
const general = { procedure: 'general', decision: fine } satisfies CaseInput;

testRule(rule, {
  violation: [
    {
      name: 'market regulator: published after its own 20 working days (decision 03-02, due 03-30)',
      messageId: 'late',
      case: {
        ...general,
        agency: { name: '济南市市场监督管理局' },
        events: [
          { kind: 'decision', at: '2026-03-02' },
          { kind: 'disclosure', at: '2026-04-08' },
        ],
      },
    },
    {
      name: 'open case, decision of 2026-11-12, nothing published by 2026-11-25 (due 11-23)',
      messageId: 'overdue',
      case: { ...general, status: 'open', events: [{ kind: 'decision', at: '2026-11-12' }] },
    },
    {
      name: 'published after the period (decision 03-02, due 03-11, published 03-20)',
      messageId: 'late',
      case: {
        ...general,
        events: [
          { kind: 'decision', at: '2026-03-02' },
          { kind: 'disclosure', at: '2026-03-20' },
        ],
      },
    },
    {
      name: 'published on the Saturday after a Friday due date (decision 03-04, due 03-13)',
      messageId: 'late',
      case: {
        ...general,
        events: [
          { kind: 'decision', at: '2026-03-04' },
          { kind: 'disclosure', at: '2026-03-14' },
        ],
      },
    },
    {
      name: 'licence granted, not published in time',
      messageId: 'overdue',
      case: {
        actionType: 'license',
        decision: { kinds: [], outcome: 'granted' },
        events: [{ kind: 'license-decision', at: '2026-11-12' }],
      },
    },
  ],
  review: [
    {
      name: 'market regulator: after the unit’s 7 but within the 20 working days of its own rule',
      messageId: 'sector-late',
      case: {
        ...general,
        agency: { name: '济南市天桥区市场监督管理局' },
        events: [
          { kind: 'decision', at: '2026-09-01' },
          { kind: 'disclosure', at: '2026-09-25' },
        ],
      },
    },
    {
      name: 'a private person (no market entity) fined: social impact unknown, late publication only reviewed',
      messageId: 'late',
      case: {
        ...general,
        agency: { name: '济南市自然资源和规划局' },
        party: { kind: 'person', isEnterprise: false },
        events: [
          { kind: 'decision', at: '2026-03-02' },
          { kind: 'disclosure', at: '2026-03-20' },
        ],
      },
    },
    {
      name: 'approaching: decision 2026-11-17, due 11-26',
      messageId: 'approaching',
      case: { ...general, events: [{ kind: 'decision', at: '2026-11-17' }] },
    },
    {
      name: 'closed case with no publication record',
      messageId: 'missing',
      case: {
        ...general,
        events: [
          { kind: 'decision', at: '2026-03-02' },
          { kind: 'closed', at: '2026-04-10' },
        ],
      },
    },
    {
      name: 'publication record unreadable and the period is over',
      messageId: 'unknown',
      case: {
        ...general,
        events: [{ kind: 'decision', at: '2026-11-12' }],
        origin: { unreadable: ['events.disclosure'] },
      },
    },
    {
      name: 'sanctions not recorded: overdue is only a review',
      messageId: 'overdue',
      case: { procedure: 'general', events: [{ kind: 'decision', at: '2026-11-12' }] },
    },
    {
      name: 'a year the holiday calendar does not cover',
      messageId: 'uncertain',
      today: '2027-06-01',
      case: {
        ...general,
        events: [
          { kind: 'decision', at: '2027-03-02' },
          { kind: 'disclosure', at: '2027-04-30' },
        ],
      },
    },
  ],
  pass: [
    {
      name: 'published within 7 working days',
      case: {
        ...general,
        events: [
          { kind: 'decision', at: '2026-03-02' },
          { kind: 'disclosure', at: '2026-03-06' },
        ],
      },
    },
    {
      name: 'published on the Friday due date',
      case: {
        ...general,
        events: [
          { kind: 'decision', at: '2026-03-04' },
          { kind: 'disclosure', at: '2026-03-13' },
        ],
      },
    },
    { name: 'still within the period', case: { ...general, events: [{ kind: 'decision', at: '2026-11-24' }] } },
    {
      name: 'published on the last day of the period (due 03-11)',
      profile: 'national',
      case: {
        ...general,
        events: [
          { kind: 'decision', at: '2026-03-02' },
          { kind: 'disclosure', at: '2026-03-11' },
        ],
      },
    },
  ],
  notApplicable: [
    { name: 'no decision yet', case: { ...general, events: [{ kind: 'filing-approved', at: '2026-03-02' }] } },
    {
      name: 'a warning alone',
      case: {
        procedure: 'general',
        decision: { kinds: ['warning'] },
        events: [{ kind: 'decision', at: '2026-11-12' }],
      },
    },
    {
      name: 'on-the-spot procedure',
      case: { procedure: 'simple', decision: fine, events: [{ kind: 'decision', at: '2026-11-12' }] },
    },
    {
      name: 'no penalty imposed',
      case: { decision: { kinds: [], outcome: 'no-penalty' }, events: [{ kind: 'decision', at: '2026-11-12' }] },
    },
    {
      name: 'licence refused',
      case: {
        actionType: 'license',
        decision: { kinds: [], outcome: 'refused' },
        events: [{ kind: 'license-decision', at: '2026-11-12' }],
      },
    },
    {
      name: 'an inspection case',
      case: { actionType: 'inspection', events: [{ kind: 'decision', at: '2026-11-12' }] },
    },
  ],
});

describe('3s-publication period comes from the profile', () => {
  const published18 = makeCase({
    procedure: 'general',
    decision: { kinds: ['fine'], fineAmount: 20000 },
    events: [
      { kind: 'decision', at: '2026-03-02' },
      { kind: 'disclosure', at: '2026-03-20' },
    ],
  });
  it('is late under 7 working days', () => {
    const report = runRules(published18, [rule], { today: '2026-11-25', profile: JINAN });
    expect(report.findings.map((finding) => [finding.status, finding.messageId])).toEqual([['violation', 'late']]);
    expect(report.findings[0]!.due).toBe('2026-03-11');
  });
  it('is in time under 20 working days (市场监督管理行政处罚信息公示规定 Art. 9)', () => {
    const samr = { ...JINAN, id: 'samr', publicationWorkingDays: 20 };
    const report = runRules(published18, [rule], { today: '2026-11-25', profile: samr });
    expect(report.findings).toEqual([]);
    expect(report.passed).toBe(1);
  });
  it('says the dates in the message', () => {
    const report = runRules(published18, [rule], { today: '2026-11-25', profile: JINAN });
    expect(report.findings[0]!.message).toContain('2026-03-02');
    expect(report.findings[0]!.message).toContain('2026-03-20');
    expect(report.findings[0]!.message).toContain('7个工作日');
  });
});
