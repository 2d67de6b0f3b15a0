import { describe, expect, it } from 'vitest';
import { runRules } from '../../engine/run';
import { JINAN, NATIONAL } from '../../engine/profile';
import { makeCase } from '../../../test/helpers/make-case';
import { generalRules } from './index';

const officers = [
  { name: '张三', certificateNo: '37010012345', roles: ['handler' as const] },
  { name: '李四', certificateNo: '37010012346', roles: ['investigator' as const] },
];

/** A general-procedure penalty case with every step recorded. */
const cleanPenalty = makeCase({
  id: '济历市监罚〔2026〕12号',
  actionType: 'penalty',
  procedure: 'general',
  status: 'closed',
  source: 'inspection',
  party: { kind: 'legal-person', name: '济南某某超市有限公司', isEnterprise: true },
  officers,
  decision: { kinds: ['fine', 'confiscate-property'], fineAmount: 50000 },
  discretion: { level: 'heavier', standard: '山东省市场监督管理行政处罚裁量基准', reason: '两年内第三次同类违法' },
  flags: { criminalSuspected: false, minorViolation: false, firstViolation: false },
  events: [
    { kind: 'credentials-shown', at: '2026-01-08', officers: ['张三', '李四'] },
    { kind: 'inspection', at: '2026-01-08', officers: ['张三', '李四'] },
    { kind: 'filing-approved', at: '2026-01-10' },
    { kind: 'notice-of-intent', at: '2026-02-20' },
    { kind: 'decision', at: '2026-03-05', data: { reviewDays: 60, suitMonths: 6 } },
    { kind: 'delivery', at: '2026-03-06' },
    { kind: 'disclosure', at: '2026-03-10' },
    { kind: 'payment', at: '2026-03-16' },
    { kind: 'closed', at: '2026-03-20' },
  ],
});

/** A no-penalty decision for a minor, corrected first violation, with education recorded. */
const cleanNoPenalty = makeCase({
  id: '济历市监不罚〔2026〕3号',
  actionType: 'penalty',
  procedure: 'general',
  status: 'closed',
  officers,
  decision: {
    kinds: [],
    outcome: 'no-penalty',
    summary: '违法行为轻微并及时改正，没有造成危害后果，不予行政处罚，并对当事人进行批评教育',
  },
  discretion: { level: 'exempt' },
  flags: { minorViolation: true, correctedInTime: true, noHarm: true },
  events: [
    { kind: 'filing-approved', at: '2026-04-01' },
    { kind: 'decision', at: '2026-04-20', data: { reviewDays: 60, suitMonths: 6 } },
    { kind: 'delivery', at: '2026-04-21' },
    { kind: 'closed', at: '2026-04-22' },
  ],
});

/** A clean inspection case and a granted licence. */
const cleanInspection = makeCase({
  actionType: 'inspection',
  status: 'closed',
  officers,
  events: [
    { kind: 'inspection', at: '2026-03-10', officers: ['张三', '李四'] },
    { kind: 'results-published', at: '2026-03-30' },
  ],
});
const cleanLicence = makeCase({
  actionType: 'license',
  status: 'closed',
  officers,
  decision: { kinds: [], outcome: 'granted' },
  events: [
    { kind: 'application-received', at: '2026-06-01' },
    { kind: 'application-accepted', at: '2026-06-02' },
    { kind: 'license-decision', at: '2026-06-15', data: { reviewDays: 60, suitMonths: 6 } },
    { kind: 'disclosure', at: '2026-06-17' },
  ],
});

describe('general rules on clean, complete cases', () => {
  const cases = { cleanPenalty, cleanNoPenalty, cleanInspection, cleanLicence };
  for (const profile of [JINAN, NATIONAL]) {
    for (const [name, enforcementCase] of Object.entries(cases)) {
      it(`${name} gets no finding (${profile.id})`, () => {
        const report = runRules(enforcementCase, generalRules, { today: '2026-11-25', profile });
        expect(report.errors).toEqual([]);
        expect(report.findings, JSON.stringify(report.findings)).toEqual([]);
        expect(report.passed).toBeGreaterThan(0);
      });
    }
  }

  it('the clean penalty case passes the rules that concern it', () => {
    const report = runRules(cleanPenalty, generalRules, { today: '2026-11-25', profile: JINAN });
    // apl-33-no-penalty, apl-34-heavier-discretion, 3s-publication, rem-remedy-period.
    expect(report.passed).toBe(4);
  });

  it('the same penalty case published late is flagged, so the clean result means something', () => {
    const late = makeCase({
      ...cleanPenalty,
      events: cleanPenalty.events!.map((event) =>
        event.kind === 'disclosure' ? { ...event, at: '2026-04-30' } : event,
      ),
    });
    const report = runRules(late, generalRules, { today: '2026-11-25', profile: JINAN });
    expect(report.findings.map((finding) => `${finding.ruleId}:${finding.status}`)).toEqual([
      '3s-publication:violation',
    ]);
  });
});
