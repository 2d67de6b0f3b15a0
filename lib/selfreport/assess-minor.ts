import { formatCitation } from '../engine/citation';
import type { Bilingual } from '../engine/types';
import { type ReportLike } from './schema';
import type { AssessOptions, ElementAssessment } from './assess-types';
import { ELEMENT_TITLES, bi } from './assess-shared';

/** Art. 12(1) element: the fault is plainly minor (情节显著轻微). */

export function assessMinor(report: ReportLike, options: Required<AssessOptions>): ElementAssessment {
  const reasons: Bilingual[] = [];
  const missing: Bilingual[] = [];
  let notMet = false;
  let unknown = false;
  const voidHits = (report.citations ?? []).filter((citation) =>
    options.voidCitations.some(
      (v) =>
        v.law === citation.law &&
        v.article === citation.article &&
        (v.paragraph === undefined || v.paragraph === citation.paragraph),
    ),
  );
  if (report.voidDefect === true || (voidHits.length > 0 && report.voidDefect !== false)) {
    notMet = true;
    const cited = voidHits.map((c) => formatCitation(c)).join('、');
    reasons.push(
      bi(
        `缺陷可能导致行政行为无效（没有法定依据、实施主体不具有行政主体资格或者重大且明显违反法定程序${cited ? `，见${cited}` : ''}），不属于情节显著轻微`,
        `the defect may make the act void (no legal basis, no competent subject, or a gross and obvious procedural breach${voidHits.length ? `; see ${voidHits.map((c) => formatCitation(c, 'en')).join(', ')}` : ''}), which is never plainly minor`,
      ),
    );
  } else if (report.ruleId && options.voidRuleIds.includes(report.ruleId) && report.voidDefect !== false) {
    unknown = true;
    reasons.push(
      bi(
        `规则 ${report.ruleId} 可能提示导致行为无效的缺陷（如没有法定依据），请确认本次缺陷是否属于此类`,
        `rule ${report.ruleId} can flag a defect that makes the act void (e.g. no legal basis); confirm whether this one does`,
      ),
    );
    missing.push(
      bi('法制审核对缺陷是否导致行为无效的意见', "the legal reviewer's view on whether the defect makes the act void"),
    );
  }
  const gravity = report.gravity ?? {};
  const questions: [boolean | undefined, Bilingual, Bilingual][] = [
    [
      gravity.changedOutcome,
      bi(
        '缺陷改变了处理结果（处罚种类、数额或者准予与否）',
        'the defect changed the outcome (kind or amount of penalty, grant or refusal)',
      ),
      bi('缺陷是否改变了处理结果', 'whether the defect changed the outcome'),
    ],
    [
      gravity.rightsAffected,
      bi(
        '缺陷影响了当事人陈述、申辩、听证或者救济等权利',
        "the defect affected the party's rights (statement, defence, hearing, remedies)",
      ),
      bi('缺陷是否影响当事人的陈述、申辩、听证、救济等权利', "whether the defect affected the party's rights"),
    ],
    [
      gravity.partyDeadlineAffected,
      bi('缺陷影响了当事人的期限', "the defect affected one of the party's deadlines"),
      bi('缺陷是否影响当事人的期限', "whether the defect affected the party's deadlines"),
    ],
  ];
  for (const [answer, yes, question] of questions) {
    if (answer === true) {
      notMet = true;
      reasons.push(yes);
    } else if (answer === undefined) {
      unknown = true;
      missing.push(question);
    }
  }
  if (gravity.partyObjected === true && !notMet) {
    unknown = true;
    reasons.push(
      bi(
        '当事人对缺陷提出异议，是否属于情节显著轻微需由单位判断',
        'the party objected to the defect; whether it is plainly minor is for the unit to judge',
      ),
    );
  }
  if (notMet)
    return { element: 'minor', title: ELEMENT_TITLES.minor, status: 'not-met', reasons, missingEvidence: missing };
  if (unknown) {
    if (missing.length > 0 && reasons.length === 0)
      reasons.push(bi('缺少判断情节轻重所需的情况', 'facts needed to weigh the gravity are missing'));
    return { element: 'minor', title: ELEMENT_TITLES.minor, status: 'unknown', reasons, missingEvidence: missing };
  }
  reasons.push(
    bi(
      '据所填情况，缺陷未改变处理结果，未影响当事人权利和期限，且未见导致行为无效的情形；是否“情节显著轻微”由单位认定',
      "as entered, the defect did not change the outcome or affect the party's rights or deadlines, and nothing suggests it makes the act void; whether it is plainly minor is for the unit to decide",
    ),
  );
  if (typeof gravity.amountInvolved === 'number') {
    reasons.push(bi(`涉及金额 ${gravity.amountInvolved} 元`, `amount involved: ¥${gravity.amountInvolved}`));
  }
  return { element: 'minor', title: ELEMENT_TITLES.minor, status: 'met', reasons, missingEvidence: missing };
}
