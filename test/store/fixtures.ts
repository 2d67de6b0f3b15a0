import type { SelfReport } from '../../lib/selfreport/schema';

let counter = 0;

/** A fresh, valid UUID v4 that is deterministic per call order (tests only). */
export function testUuid(): string {
  counter++;
  const hex = counter.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

/**
 * A complete self-report that meets every element of Art. 12(1): found by the unit's legal
 * review, corrected before the act took effect, no harm. Override any part.
 */
export function makeReport(overrides: Partial<SelfReport> = {}): SelfReport {
  return {
    schemaVersion: 1,
    id: testUuid(),
    version: 1,
    caseId: '济历市监罚〔2025〕示例01号',
    ruleId: 'apl-59-decision-contents',
    art7Item: 3,
    citations: [{ law: '中华人民共和国行政处罚法', article: 59, paragraph: 1 }],
    caseSnapshot: { 'events[kind=decision].at': '2025-07-08' },
    discoveredAt: '2025-07-08T01:12:00.000Z',
    discoveredBy: 'legal-review',
    discoverer: { name: '王敏', role: '法制审核人员' },
    description: '决定书落款处漏填作出决定的日期，尚未送达。',
    actTookExternalEffect: false,
    gravity: { changedOutcome: false, rightsAffected: false, partyDeadlineAffected: false, partyObjected: false },
    correction: {
      method: 'supplement',
      description: '书面补正落款日期并重新制作决定书。',
      correctedAt: '2025-07-08',
      approvedBy: '李强',
      partyNotified: true,
      proof: ['补正前后的决定书'],
    },
    harm: {
      partyLoss: false,
      complaintFiled: false,
      reviewOrSuitFiled: false,
      thirdPartyOrPublicEffect: false,
      publishedInfoWithdrawn: false,
    },
    claims: { exemptionGrounds: ['12-1'] },
    officer: { name: '张伟', unit: '济南市历城区市场监督管理局', certificateNo: '37011200000011' },
    status: 'draft',
    ...overrides,
  };
}
