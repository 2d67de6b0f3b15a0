import { describe, expect, it } from 'vitest';
import { penaltyRules } from './index';
import { runRules } from '../../engine/run';
import { JINAN } from '../../engine/profile';
import { makeCase, type CaseInput } from '../../../test/helpers/make-case';

/** The example of docs/case-model.md (the public case contract), copied verbatim. */
const EXAMPLE: CaseInput = {
  schemaVersion: 1,
  id: '济历市监罚〔2025〕12号',
  title: '某超市销售超过保质期食品案',
  actionType: 'penalty',
  procedure: 'general',
  party: { kind: 'legal-person', name: '济南某某超市有限公司', isEnterprise: true },
  officers: [
    { name: '张三', certificateNo: '37010012345', roles: ['handler'] },
    { name: '李四', certificateNo: '37010012346', roles: ['investigator'] },
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
    { kind: 'notice-of-intent', at: '2025-02-20' },
    { kind: 'decision', at: '2025-03-05' },
    { kind: 'delivery', at: '2025-03-07' },
  ],
  status: 'open',
};

/** The same case carried through to the end, with every step our rules look at. */
const COMPLETED: CaseInput = {
  ...EXAMPLE,
  discoveredAt: '2025-01-08',
  source: 'inspection',
  officers: [
    ...(EXAMPLE.officers ?? []),
    { name: '王五', roles: ['approver'] },
    { name: '赵六', certificateNo: '37010012399', roles: ['legal-reviewer'] },
  ],
  evidence: [
    { kind: 'inspection-record', title: '现场检查笔录', collectedAt: '2025-01-08', collectors: ['张三', '李四'] },
    { kind: 'physical', title: '涉案酸奶照片及实物', collectedAt: '2025-01-08', collectors: ['张三', '李四'] },
    { kind: 'party-statement', title: '询问笔录', collectedAt: '2025-01-13', collectors: ['张三', '李四'] },
    { kind: 'documentary', title: '进货票据', collectedAt: '2025-01-13', collectors: ['张三', '李四'] },
  ],
  decision: { kinds: ['fine', 'confiscate-property'], fineAmount: 50000, illegalGains: 0, confiscatedAmount: 96 },
  events: [
    { kind: 'inspection', at: '2025-01-08', officers: ['张三', '李四'] },
    { kind: 'credentials-shown', at: '2025-01-08', officers: ['张三', '李四'] },
    { kind: 'filing-approved', at: '2025-01-10' },
    { kind: 'approval', at: '2025-01-10' },
    { kind: 'evidence-preserved', at: '2025-01-10', officers: ['张三', '李四'] },
    { kind: 'preservation-handled', at: '2025-01-16' },
    { kind: 'inquiry', at: '2025-01-13', officers: ['张三', '李四'] },
    { kind: 'investigation-ended', at: '2025-02-10' },
    { kind: 'notice-of-intent', at: '2025-02-20' },
    { kind: 'hearing-notice', at: '2025-02-20' },
    { kind: 'statement-heard', at: '2025-02-24' },
    { kind: 'hearing-waived', at: '2025-02-25' },
    { kind: 'legal-review', at: '2025-02-27' },
    { kind: 'approval', at: '2025-03-04' },
    { kind: 'decision', at: '2025-03-05' },
    { kind: 'delivery', at: '2025-03-07' },
    { kind: 'disclosure', at: '2025-03-12' },
    { kind: 'payment', at: '2025-03-18' },
    { kind: 'closed', at: '2025-03-25' },
  ],
  status: 'closed',
};

function run(input: CaseInput) {
  return runRules(makeCase(input), penaltyRules, { today: '2026-11-25', profile: JINAN });
}

describe('the clean example case of docs/case-model.md', () => {
  it('gets no violation and no engine error from the penalty rules', () => {
    const report = run(EXAMPLE);
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((finding) => finding.status === 'violation')).toEqual([]);
    // Only the photo's missing collectors deserves a second look.
    expect(report.findings.map((finding) => `${finding.ruleId}:${finding.messageId}`)).toEqual([
      'apl-46-evidence-record:no-collectors',
    ]);
    expect([report.passed, report.notApplicable]).toEqual([6, 5]);
  });

  it('gets no violation once completed (investigation, preservation, notice, delivery, closing)', () => {
    const report = run(COMPLETED);
    expect(report.errors).toEqual([]);
    expect(report.findings.filter((finding) => finding.status === 'violation')).toEqual([]);
    expect(report.findings.map((finding) => `${finding.ruleId}:${finding.messageId}`)).toEqual([]);
    expect([report.passed, report.notApplicable]).toEqual([10, 2]);
  });

  it('is not blind: the same case with an inquiry by one officer and a late preservation decision is reported', () => {
    const events = (COMPLETED.events as { kind: string; at: string; officers?: string[] }[]).map((event) =>
      event.kind === 'inquiry'
        ? { ...event, officers: ['张三'] }
        : event.kind === 'preservation-handled'
          ? { ...event, at: '2025-01-24' }
          : event,
    );
    const report = run({ ...COMPLETED, events } as CaseInput);
    const violations = report.findings.filter((finding) => finding.status === 'violation');
    expect(violations.map((finding) => `${finding.ruleId}:${finding.messageId}`).sort()).toEqual([
      'apl-42-officers:step-one-officer',
      'apl-56-preservation:late',
    ]);
  });
});
