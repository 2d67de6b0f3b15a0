import { describe, expect, it } from 'vitest';
import { caseSchema, type EnforcementCase } from '../../case/schema';
import { PROFILES } from '../../engine/profile';
import { runRules } from '../../engine/run';
import { penaltyDecisionRules } from './index';

/**
 * The example case of docs/case-model.md (the 酸奶 case), completed with the steps a clean general-procedure
 * file has: legal review, head approval, prior notice with the hearing right (the 50,000 yuan fine reaches
 * Jinan's 较大数额 for a business organisation), statement heard, decision approved, served two days later.
 */
const yoghurt: EnforcementCase = caseSchema.parse({
  schemaVersion: 1,
  id: '济历市监罚〔2025〕12号',
  title: '某超市销售超过保质期食品案',
  actionType: 'penalty',
  procedure: 'general',
  party: { kind: 'legal-person', name: '济南某某超市有限公司', isEnterprise: true },
  officers: [
    { name: '张三', certificateNo: '37010012345', roles: ['handler'] },
    { name: '李四', certificateNo: '37010012346', roles: ['investigator'] },
    { name: '王五', roles: ['legal-reviewer'] },
    { name: '赵六', roles: ['approver'] },
  ],
  facts: '当事人于2025年1月8日销售超过保质期的酸奶12盒……',
  violationDate: '2025-01-08',
  evidence: [
    { kind: 'inspection-record', title: '现场检查笔录', collectedAt: '2025-01-08', collectors: ['张三', '李四'] },
    { kind: 'physical', title: '涉案酸奶照片及实物', collectedAt: '2025-01-08' },
  ],
  legalBasis: [
    { role: 'violated', law: '中华人民共和国食品安全法', article: 34, item: 10 },
    { role: 'penalty', law: '中华人民共和国食品安全法', article: 124, paragraph: 1 },
  ],
  decision: { kinds: ['fine', 'confiscate-property'], fineAmount: 50000 },
  discretion: { level: 'normal', standard: '山东省市场监督管理行政处罚裁量基准' },
  events: [
    { kind: 'inspection', at: '2025-01-08', officers: ['张三', '李四'] },
    { kind: 'filing-approved', at: '2025-01-10' },
    { kind: 'investigation-ended', at: '2025-02-12' },
    { kind: 'legal-review', at: '2025-02-14', officers: ['王五'], data: { result: 'passed' } },
    { kind: 'approval', at: '2025-02-18', officers: ['赵六'], note: '拟处罚审批' },
    { kind: 'notice-of-intent', at: '2025-02-20', data: { proposedFine: 50000, hearingRight: true } },
    { kind: 'hearing-notice', at: '2025-02-20' },
    { kind: 'statement-heard', at: '2025-02-24' },
    { kind: 'approval', at: '2025-03-04', officers: ['赵六'], note: '处罚决定审批' },
    { kind: 'decision', at: '2025-03-05', data: { dueDays: 15 } },
    { kind: 'delivery', at: '2025-03-07' },
  ],
  status: 'open',
});

describe('penalty decision rules on the clean example case', () => {
  for (const [id, profile] of Object.entries(PROFILES)) {
    it(`finds nothing to report (profile ${id}, today 2025-03-20)`, () => {
      const report = runRules(yoghurt, penaltyDecisionRules, { today: '2025-03-20', profile });
      expect(report.errors).toEqual([]);
      expect(report.findings.filter((finding) => finding.status === 'violation')).toEqual([]);
      expect(report.findings, JSON.stringify(report.findings)).toEqual([]);
      expect(report.passed + report.notApplicable).toBe(penaltyDecisionRules.length);
    });
  }

  it('passes the rules the case is subject to, under the Jinan profile', () => {
    const report = runRules(yoghurt, penaltyDecisionRules, { today: '2025-03-20', profile: PROFILES.jinan });
    // Statement, head review, legal review, contents, deadline, service, hearing right, payment period.
    expect(report.passed).toBe(8);
  });

  it('still reports a defect once one is introduced (the test can fail)', () => {
    const late = { ...yoghurt, events: yoghurt.events!.filter((event) => event.kind !== 'delivery') };
    const report = runRules(late, penaltyDecisionRules, { today: '2025-03-20', profile: PROFILES.jinan });
    expect(report.findings.map((finding) => `${finding.ruleId}:${finding.status}`)).toEqual([
      'apl-61-service:violation',
    ]);
  });
});
