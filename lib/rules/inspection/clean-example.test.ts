import { describe, expect, it } from 'vitest';
import { runRules } from '../../engine/run';
import { JINAN, NATIONAL } from '../../engine/profile';
import { makeCase } from '../../../test/helpers/make-case';
import { inspectionRules } from './index';

const officers = [
  { name: '张三', certificateNo: '37010012345', roles: ['handler' as const] },
  { name: '李四', certificateNo: '37010012346', roles: ['investigator' as const] },
];

/** A routine random check of a company, done by the book and closed. */
const cleanInspection = makeCase({
  id: '济历市监检〔2026〕8号',
  actionType: 'inspection',
  status: 'closed',
  source: 'inspection',
  agency: { name: '济南市历城区市场监督管理局', region: '370112' },
  party: { kind: 'legal-person', name: '济南某某商贸有限公司', isEnterprise: true },
  officers,
  events: [
    { kind: 'inspection-planned', at: '2026-02-20', data: { mode: 'random' } },
    { kind: 'random-selection', at: '2026-03-02', ref: 'SJ-2026-031' },
    { kind: 'credentials-shown', at: '2026-03-10', officers: ['张三', '李四'] },
    { kind: 'inspection', at: '2026-03-10', officers: ['张三', '李四'] },
    { kind: 'inspection', at: '2026-03-24', officers: ['张三', '李四'], note: '整改复查' },
    { kind: 'results-published', at: '2026-03-30' },
    { kind: 'closed', at: '2026-04-01' },
  ],
});

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
  discretion: { level: 'normal', standard: '山东省市场监督管理行政处罚裁量基准' },
  flags: { criminalSuspected: false, minorViolation: false },
  events: [
    { kind: 'credentials-shown', at: '2026-01-08', officers: ['张三', '李四'] },
    { kind: 'inspection', at: '2026-01-08', officers: ['张三', '李四'] },
    { kind: 'filing-approved', at: '2026-01-10' },
    { kind: 'inquiry', at: '2026-01-15', officers: ['张三', '李四'] },
    { kind: 'notice-of-intent', at: '2026-02-20' },
    { kind: 'decision', at: '2026-03-05', data: { reviewDays: 60, suitMonths: 6 } },
    { kind: 'delivery', at: '2026-03-06' },
    { kind: 'disclosure', at: '2026-03-10' },
    { kind: 'payment', at: '2026-03-16' },
    { kind: 'closed', at: '2026-03-20' },
  ],
});

describe('inspection rules on clean, complete cases', () => {
  for (const profile of [JINAN, NATIONAL]) {
    it(`a clean inspection case gets no finding (${profile.id})`, () => {
      const report = runRules(cleanInspection, inspectionRules, { today: '2026-11-25', profile });
      expect(report.errors).toEqual([]);
      expect(report.findings, JSON.stringify(report.findings)).toEqual([]);
      expect(report.passed).toBe(inspectionRules.length);
    });
    it(`a clean penalty case gets no finding (${profile.id})`, () => {
      const report = runRules(cleanPenalty, inspectionRules, { today: '2026-11-25', profile });
      expect(report.errors).toEqual([]);
      expect(report.findings, JSON.stringify(report.findings)).toEqual([]);
      expect(report.passed).toBeGreaterThan(0);
    });
  }

  it('the same inspection without its random draw is flagged, so the clean result means something', () => {
    const withoutDraw = makeCase({
      ...cleanInspection,
      events: cleanInspection.events!.filter((event) => event.kind !== 'random-selection'),
    });
    const report = runRules(withoutDraw, inspectionRules, { today: '2026-11-25', profile: JINAN });
    expect(report.findings.map((finding) => finding.ruleId)).toContain('biz-random-inspection');
  });
});
