import { dayNumber, isoFromDay, todayInChina } from '../calendar/days';
import { formatCitation } from '../engine/citation';
import type { Bilingual, Citation } from '../engine/types';
import { ART_10, ART_11, ART_12, ART_13, ORDER_294, type Provision } from './order294';
import {
  DISCOVERY_LABELS,
  EXTERNAL_CHANNELS,
  INTERNAL_CHANNELS,
  type ExemptionGround,
  type ReportLike,
} from './schema';

/**
 * An aid for the officer, not a legal conclusion: which elements of the exemption in Art. 12(1) of
 * Order 294 the facts in a self-report appear to meet, what is missing, what else the officer
 * claims, and the mitigating (Art. 11) and aggravating (Art. 10) context. Whether a fault is
 * 情节显著轻微 or corrected 及时 is for the unit and the supervision body to judge; the law does not
 * quantify either, so the tool only sorts the stated facts and says what it assumed.
 */

export type ElementId = 'minor' | 'self-discovered-in-time' | 'corrected-in-time' | 'no-harm';
export type ElementStatus = 'met' | 'not-met' | 'unknown';
export type Verdict = 'likely-eligible' | 'not-eligible' | 'incomplete';

export interface ElementAssessment {
  element: ElementId;
  title: Bilingual;
  status: ElementStatus;
  reasons: Bilingual[];
  missingEvidence: Bilingual[];
}

export interface ClaimedGround {
  ground: Exclude<ExemptionGround, '12-1'>;
  citation: Citation;
  title: Bilingual;
  status: 'claimed-needs-unit-confirmation';
  statusLabel: Bilingual;
  evidenceNeeded: Bilingual[];
}

/** A mitigating or aggravating circumstance that may apply. */
export interface Factor {
  id: '10-1' | '10-2' | '11-1' | '11-2' | '11-3';
  citation: Citation;
  title: Bilingual;
  reason: Bilingual;
  evidence: Bilingual[];
}

export interface ExemptionAssessment {
  reportId?: string;
  version?: number;
  caseId?: string;
  verdict: Verdict;
  summary: Bilingual;
  elements: ElementAssessment[];
  otherGrounds: ClaimedGround[];
  mitigation: Factor[];
  aggravation: Factor[];
  parameters: { today: string; timelyDays: number; sameYearWindowDays: number };
  disclaimer: Bilingual;
}

export interface AssessLedger {
  faults: { at: string; art7Item: number; ruleId?: string; reportId?: string; pursued?: boolean }[];
  corrections?: { noticeAt: string; dueAt: string; doneAt?: string; refused?: boolean; source?: string }[];
}

export interface AssessOptions {
  now: Date | string;
  /** Days after discovery within which a correction counts as timely (a policy setting; default 30). */
  timelyDays?: number;
  /** The "一年内" window of Art. 10(2), in days (default 365). */
  sameYearWindowDays?: number;
  /** Rules that can report a defect making the act void; default apl-38-legal-basis. */
  voidRuleIds?: readonly string[];
  /** Citations naming void acts; default 行政处罚法 Art. 38, 山东省行政执法监督条例 Art. 34, 行政诉讼法 Art. 75. */
  voidCitations?: readonly { law: string; article: number; paragraph?: number }[];
}

export const DEFAULT_TIMELY_DAYS = 30;
export const DEFAULT_SAME_YEAR_WINDOW_DAYS = 365;
export const DEFAULT_VOID_RULE_IDS: readonly string[] = ['apl-38-legal-basis'];
export const DEFAULT_VOID_CITATIONS: readonly { law: string; article: number; paragraph?: number }[] = [
  { law: '中华人民共和国行政处罚法', article: 38 },
  { law: '山东省行政执法监督条例', article: 34 },
  { law: '中华人民共和国行政诉讼法', article: 75 },
];

export const DISCLAIMER: Bilingual = {
  zh: '本结果是根据所填信息作出的辅助提示，不是法律结论；是否免于追究，最终以行政执法监督机构认定为准。',
  en: 'This is an aid based on the information entered, not a legal conclusion; whether liability is exempted is for the enforcement supervision body to decide.',
};

const ELEMENT_TITLES: Record<ElementId, Bilingual> = {
  minor: { zh: '情节显著轻微', en: 'Plainly minor' },
  'self-discovered-in-time': {
    zh: '由本单位及其工作人员及时发现',
    en: 'Found in time by the unit or its staff',
  },
  'corrected-in-time': { zh: '及时纠正', en: 'Corrected in time' },
  'no-harm': { zh: '未造成危害后果', en: 'No harmful consequence' },
};

const CLAIM_EVIDENCE: Record<Exclude<ExemptionGround, '12-1'>, Bilingual[]> = {
  '12-2': [
    { zh: '所依据的法定鉴定、评估等结论', en: 'the statutory appraisal or assessment relied on' },
    {
      zh: '证明该结论错误的材料（如重新鉴定意见）',
      en: 'proof that the conclusion was wrong (e.g. a new appraisal)',
    },
    { zh: '结论错误直接导致过错的说明', en: 'how the wrong conclusion directly caused the fault' },
  ],
  '12-3': [
    { zh: '不可抗力等事件的证明', en: 'proof of the force-majeure or similar event' },
    { zh: '该事件导致违法行为发生的说明', en: 'how the event caused the unlawful act' },
  ],
  '12-4': [
    {
      zh: '对事实或证据存在不同认识的记录（如集体讨论、法制审核意见）',
      en: 'records of the differing views (e.g. collective discussion, legal review)',
    },
    {
      zh: '承办人员不存在故意或明显过失的说明（本项的除外情形）',
      en: 'why the officer was neither intentional nor obviously negligent (the exception in this item)',
    },
  ],
  '12-5': [
    { zh: '当事人或第三人提出的新证据及提出时间', en: 'the new evidence and when it was produced' },
    {
      zh: '承办人员证明过错非其主观原因造成的材料',
      en: "proof from the officer that the fault was not the officer's subjective fault",
    },
  ],
  '12-6': [
    {
      zh: '当事人隐瞒情况或提供虚假材料的证明',
      en: 'proof that the party concealed facts or supplied false material',
    },
    { zh: '已依法依规履行审查职责的记录', en: 'records that the review duty was performed as required' },
  ],
  '12-7': [
    {
      zh: '所依据的法律、法规、规章的具体条款',
      en: 'the specific provision of law, regulation or rule relied on',
    },
  ],
  '13': [
    {
      zh: '该执法活动属于探索性、试验性、创新性执法的依据（如批准的改革试点文件）',
      en: 'why the enforcement was exploratory, experimental or innovative (e.g. an approved pilot)',
    },
  ],
};

const CLAIM_PROVISIONS: Record<Exclude<ExemptionGround, '12-1'>, Provision> = {
  '12-2': ART_12['12-2'],
  '12-3': ART_12['12-3'],
  '12-4': ART_12['12-4'],
  '12-5': ART_12['12-5'],
  '12-6': ART_12['12-6'],
  '12-7': ART_12['12-7'],
  '13': ART_13,
};

// ---------------------------------------------------------------- dates

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The China Standard Time day of a date or an instant. */
function dayOf(value: string): number {
  return DATE_ONLY.test(value) ? dayNumber(value) : dayNumber(todayInChina(new Date(value)));
}

function isoDayOf(value: string): string {
  return isoFromDay(dayOf(value));
}

/** a before b, after b, or on the same day with no times to tell which came first. */
function order(a: string, b: string): 'before' | 'after' | 'same-day' {
  if (!DATE_ONLY.test(a) && !DATE_ONLY.test(b)) {
    const ta = Date.parse(a);
    const tb = Date.parse(b);
    return ta < tb ? 'before' : ta > tb ? 'after' : 'same-day';
  }
  const da = dayOf(a);
  const db = dayOf(b);
  return da < db ? 'before' : da > db ? 'after' : 'same-day';
}

const bi = (zh: string, en: string): Bilingual => ({ zh, en });

// ---------------------------------------------------------------- elements

function assessMinor(report: ReportLike, options: Required<AssessOptions>): ElementAssessment {
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

function externalRaisedQuestion(report: ReportLike): boolean {
  return (
    report.externalRaisedAt === undefined &&
    (report.harm?.complaintFiled === true || report.harm?.reviewOrSuitFiled === true)
  );
}

function assessDiscovery(report: ReportLike): ElementAssessment {
  const element: ElementId = 'self-discovered-in-time';
  const title = ELEMENT_TITLES[element];
  const reasons: Bilingual[] = [];
  const missing: Bilingual[] = [];
  const channel = report.discoveredBy;
  if (channel === undefined) {
    missing.push(bi('发现途径', 'how the fault was found'));
    return {
      element,
      title,
      status: 'unknown',
      reasons: [bi('未填写发现途径', 'the discovery channel is missing')],
      missingEvidence: missing,
    };
  }
  const label = DISCOVERY_LABELS[channel];
  if (EXTERNAL_CHANNELS.includes(channel)) {
    reasons.push(
      bi(
        `过错经“${label.zh}”发现，不属于行政执法单位及其工作人员自行发现`,
        `the fault was raised through "${label.en}", not found by the unit or its staff`,
      ),
    );
    return { element, title, status: 'not-met', reasons, missingEvidence: missing };
  }
  if (!INTERNAL_CHANNELS.includes(channel)) {
    reasons.push(
      bi(
        '发现途径为“其他”，请说明是否由本单位及其工作人员自行发现',
        'the channel is "other"; explain whether the unit or its staff found it',
      ),
    );
    missing.push(bi('发现途径的具体说明', 'details of how the fault was found'));
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  if (!report.discoveredAt) {
    missing.push(bi('发现时间', 'when the fault was found'));
    return {
      element,
      title,
      status: 'unknown',
      reasons: [bi('缺少发现时间', 'the discovery time is missing')],
      missingEvidence: missing,
    };
  }
  const found = isoDayOf(report.discoveredAt);
  if (report.externalRaisedAt !== undefined) {
    const raised = isoDayOf(report.externalRaisedAt);
    const when = order(report.discoveredAt, report.externalRaisedAt);
    if (when === 'after') {
      reasons.push(
        bi(
          `外部渠道已于 ${raised} 提出该问题，早于本单位发现（${found}）`,
          `an external channel raised it on ${raised}, before the unit found it (${found})`,
        ),
      );
      return { element, title, status: 'not-met', reasons, missingEvidence: missing };
    }
    if (when === 'same-day') {
      reasons.push(
        bi(
          `本单位发现与外部渠道提出同在 ${found}，无法判断先后`,
          `the unit found it on the same day an external channel raised it (${found}); the order is unclear`,
        ),
      );
      missing.push(bi('外部渠道提出的具体时间（时、分）', 'the time of day the external channel raised it'));
      return { element, title, status: 'unknown', reasons, missingEvidence: missing };
    }
  } else if (externalRaisedQuestion(report)) {
    reasons.push(
      bi(
        '已有投诉、复议或诉讼，需证明本单位发现在先',
        'a complaint, review or suit exists; it must be shown the unit found the fault first',
      ),
    );
    missing.push(bi('外部渠道首次提出该问题的日期', 'the date an external channel first raised the fault'));
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  reasons.push(
    bi(
      `由“${label.zh}”于 ${found} 发现，未见外部渠道先行提出`,
      `found through "${label.en}" on ${found}, with no earlier external report`,
    ),
  );
  return { element, title, status: 'met', reasons, missingEvidence: missing };
}

function assessCorrection(report: ReportLike, options: Required<AssessOptions>, today: number): ElementAssessment {
  const element: ElementId = 'corrected-in-time';
  const title = ELEMENT_TITLES[element];
  const reasons: Bilingual[] = [];
  const missing: Bilingual[] = [];
  const correction = report.correction ?? {};
  const limit = options.timelyDays;

  // Supporting evidence: listed whatever the status.
  if (!correction.method) missing.push(bi('纠正方式', 'how the fault was corrected'));
  if (!correction.description) missing.push(bi('纠正情况的说明', 'a description of the correction'));
  if (!correction.approvedBy) missing.push(bi('书面纠正的审批负责人', 'the head who approved the written correction'));
  if (!correction.proof || correction.proof.length === 0)
    missing.push(bi('纠正前后的文书、送达回证等证明材料', 'proof: documents before and after, service receipts'));
  if (report.actTookExternalEffect === true && correction.partyNotified !== true)
    missing.push(bi('已告知当事人纠正情况的证明', 'proof the party was told of the correction'));

  const discoveredAt = report.discoveredAt;
  if (!discoveredAt) {
    missing.unshift(bi('发现时间', 'when the fault was found'));
    return {
      element,
      title,
      status: 'unknown',
      reasons: [bi('缺少发现时间，无法计算纠正是否及时', 'no discovery time to measure timeliness from')],
      missingEvidence: missing,
    };
  }
  const found = dayOf(discoveredAt);
  const correctedAt = correction.correctedAt;
  if (!correctedAt) {
    missing.unshift(bi('纠正完成的日期', 'the date the correction was completed'));
    const elapsed = today - found;
    if (elapsed > limit && report.actTookExternalEffect !== false) {
      reasons.push(
        bi(
          `发现后已过 ${elapsed} 日，仍未记录纠正完成（参考期限 ${limit} 日）`,
          `${elapsed} days since discovery and no completed correction is recorded (reference period ${limit} days)`,
        ),
      );
      return { element, title, status: 'not-met', reasons, missingEvidence: missing };
    }
    reasons.push(
      report.actTookExternalEffect === false
        ? bi(
            '尚未纠正；行为尚未对外生效，请在生效前纠正',
            'not corrected yet; the act has not taken effect — correct it before it does',
          )
        : bi(
            `尚未纠正；请于 ${isoFromDay(found + limit)} 前完成（发现后 ${limit} 日，参考期限）`,
            `not corrected yet; complete it by ${isoFromDay(found + limit)} (${limit} days after discovery, reference period)`,
          ),
    );
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  const corrected = dayOf(correctedAt);
  if (corrected < found) {
    reasons.push(
      bi('纠正日期早于发现日期，请核对', 'the correction date is before the discovery date; check the dates'),
    );
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }

  // Before any external channel raised it.
  if (report.externalRaisedAt !== undefined) {
    const raised = isoDayOf(report.externalRaisedAt);
    const when = order(correctedAt, report.externalRaisedAt);
    if (when === 'after') {
      reasons.push(
        bi(
          `纠正（${isoFromDay(corrected)}）晚于外部渠道提出（${raised}）`,
          `corrected (${isoFromDay(corrected)}) after an external channel raised it (${raised})`,
        ),
      );
      return { element, title, status: 'not-met', reasons, missingEvidence: missing };
    }
    if (when === 'same-day') {
      reasons.push(
        bi(
          `纠正与外部渠道提出同在 ${raised}，无法判断先后`,
          `corrected on the day an external channel raised it (${raised}); the order is unclear`,
        ),
      );
      missing.push(
        bi('纠正完成和外部提出的具体时间（时、分）', 'the times of day of the correction and the external report'),
      );
      return { element, title, status: 'unknown', reasons, missingEvidence: missing };
    }
  } else if (externalRaisedQuestion(report)) {
    reasons.push(
      bi(
        '已有投诉、复议或诉讼，需证明纠正在其之前',
        'a complaint, review or suit exists; the correction must be shown to precede it',
      ),
    );
    missing.push(bi('外部渠道首次提出该问题的日期', 'the date an external channel first raised the fault'));
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }

  const lag = corrected - found;
  if (report.actTookExternalEffect === false) {
    reasons.push(
      bi(
        `在行为对外生效前纠正（发现后 ${lag} 日）`,
        `corrected before the act took external effect (${lag} days after discovery)`,
      ),
    );
    return { element, title, status: 'met', reasons, missingEvidence: missing };
  }
  if (lag <= limit) {
    reasons.push(
      bi(
        `发现后 ${lag} 日内纠正，在参考期限 ${limit} 日之内（“及时”由单位认定，法规未量化）`,
        `corrected ${lag} days after discovery, within the reference period of ${limit} days (the law does not quantify "in time")`,
      ),
    );
    return { element, title, status: 'met', reasons, missingEvidence: missing };
  }
  if (report.actTookExternalEffect === undefined) {
    reasons.push(
      bi(
        `发现后 ${lag} 日才纠正，超过参考期限 ${limit} 日；如纠正时行为尚未对外生效，请注明`,
        `corrected ${lag} days after discovery, beyond the reference period of ${limit} days; say whether the act had taken effect by then`,
      ),
    );
    missing.push(
      bi('纠正时行为是否已对外生效（如决定书是否已送达）', 'whether the act had taken external effect when corrected'),
    );
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  reasons.push(
    bi(
      `行为已对外生效，且发现后 ${lag} 日才纠正，超过参考期限 ${limit} 日`,
      `the act had taken effect and was corrected ${lag} days after discovery, beyond the reference period of ${limit} days`,
    ),
  );
  return { element, title, status: 'not-met', reasons, missingEvidence: missing };
}

function assessHarm(report: ReportLike): ElementAssessment {
  const element: ElementId = 'no-harm';
  const title = ELEMENT_TITLES[element];
  const harm = report.harm ?? {};
  const reasons: Bilingual[] = [];
  const missing: Bilingual[] = [];
  const definite: [boolean | undefined, Bilingual, Bilingual][] = [
    [
      harm.partyLoss,
      bi('造成当事人损失', 'the party suffered a loss'),
      bi(
        '是否造成当事人损失（金钱、时间、停业等）',
        'whether the party suffered a loss (money, time, business interruption)',
      ),
    ],
    [
      harm.thirdPartyOrPublicEffect,
      bi('影响第三人或者公共利益', 'third parties or the public interest were affected'),
      bi('是否影响第三人或者公共利益、引发舆情', 'whether third parties or the public interest were affected'),
    ],
  ];
  const judged: [boolean | undefined, Bilingual, Bilingual][] = [
    [
      harm.complaintFiled,
      bi('当事人或他人已投诉、举报', 'a complaint was filed'),
      bi('是否有投诉、举报', 'whether a complaint was filed'),
    ],
    [
      harm.reviewOrSuitFiled,
      bi('已申请行政复议或者提起行政诉讼', 'administrative review or a suit was filed'),
      bi('是否已申请行政复议或提起诉讼', 'whether review or a suit was filed'),
    ],
    [
      harm.publishedInfoWithdrawn,
      bi('已公开的信息需要撤回', 'published information had to be withdrawn'),
      bi('已公开的信息是否需要撤回', 'whether published information had to be withdrawn'),
    ],
  ];
  let notMet = false;
  let unknown = false;
  for (const [answer, yes, question] of definite) {
    if (answer === true) {
      notMet = true;
      reasons.push(yes);
    } else if (answer === undefined) {
      unknown = true;
      missing.push(question);
    }
  }
  const needsJudgement: Bilingual[] = [];
  for (const [answer, yes, question] of judged) {
    if (answer === true) needsJudgement.push(yes);
    else if (answer === undefined) {
      unknown = true;
      missing.push(question);
    }
  }
  if (notMet) {
    reasons.push(...needsJudgement);
    return { element, title, status: 'not-met', reasons, missingEvidence: missing };
  }
  if (needsJudgement.length > 0) {
    reasons.push(...needsJudgement);
    reasons.push(
      bi(
        '是否造成危害后果需结合投诉、复议、诉讼或撤回信息的处理结果由单位判断',
        'whether this is a harmful consequence depends on how the complaint, review, suit or withdrawal was resolved',
      ),
    );
    missing.push(
      bi('投诉、复议、诉讼或信息撤回的处理结果', 'the outcome of the complaint, review, suit or withdrawal'),
    );
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  if (unknown) {
    reasons.push(bi('有关危害后果的情况未填写完整', 'the questions on harm are not all answered'));
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  reasons.push(
    bi(
      '据所填情况，未造成当事人损失，未引发投诉、复议或诉讼，未影响第三人或公共利益，无需撤回已公开信息',
      'as entered: no loss to the party, no complaint, review or suit, no effect on third parties or the public, no published information withdrawn',
    ),
  );
  return { element, title, status: 'met', reasons, missingEvidence: missing };
}

// ---------------------------------------------------------------- Arts. 10, 11, 12(2)–(7), 13

function claimedGrounds(report: ReportLike): ClaimedGround[] {
  const grounds = report.claims?.exemptionGrounds ?? [];
  const out: ClaimedGround[] = [];
  for (const ground of new Set(grounds)) {
    if (ground === '12-1') continue;
    const provision = CLAIM_PROVISIONS[ground];
    out.push({
      ground,
      citation: provision.citation,
      title: { zh: provision.zh, en: provision.en },
      status: 'claimed-needs-unit-confirmation',
      statusLabel: { zh: '已主张，需单位确认', en: 'claimed — needs unit confirmation' },
      evidenceNeeded: CLAIM_EVIDENCE[ground],
    });
  }
  return out;
}

function mitigation(report: ReportLike, minor: ElementAssessment): Factor[] {
  const out: Factor[] = [];
  if (minor.status === 'met') {
    out.push({
      id: '11-1',
      citation: ART_11['11-1'].citation,
      title: { zh: ART_11['11-1'].zh, en: ART_11['11-1'].en },
      reason: bi(
        '如不能免于追究，情节轻微可作为从轻或者减轻的情形',
        'if not exempted, a minor fault may be dealt with more lightly',
      ),
      evidence: [],
    });
  }
  if (report.claims?.exemptionGrounds?.includes('12-6')) {
    out.push({
      id: '11-2',
      citation: ART_11['11-2'].citation,
      title: { zh: ART_11['11-2'].zh, en: ART_11['11-2'].en },
      reason: bi(
        '您主张当事人隐瞒情况或提供虚假材料；如其故意伪造或隐瞒重要证据致使危害后果加重，可从轻或者减轻',
        'you claim the party concealed facts or gave false material; if the party deliberately forged or hid key evidence and so aggravated the harm, liability may be lighter',
      ),
      evidence: [bi('当事人故意伪造或隐瞒重要证据的证明', 'proof the party deliberately forged or hid key evidence')],
    });
  }
  if (report.correction?.correctedAt) {
    out.push({
      id: '11-3',
      citation: ART_11['11-3'].citation,
      title: { zh: ART_11['11-3'].zh, en: ART_11['11-3'].en },
      reason: bi(
        `已于 ${isoDayOf(report.correction.correctedAt)} 采取纠正措施；如有效减轻或防止了危害后果，可从轻或者减轻。主动自查报告本身不是第十一条单列的情形，但其封存时间可作为主动补救的佐证`,
        `corrective action was taken on ${isoDayOf(report.correction.correctedAt)}; if it effectively reduced or contained the harm, liability may be lighter. Self-reporting is not itself an Art. 11 item, but the sealing time evidences the prompt remedy`,
      ),
      evidence: [
        bi('补救措施及其效果的材料', 'records of the remedial measures and their effect'),
        bi('本自查报告的封存回执', "this self-report's sealing receipt"),
      ],
    });
  }
  return out;
}

function aggravation(
  report: ReportLike,
  ledger: AssessLedger,
  options: Required<AssessOptions>,
  today: number,
): Factor[] {
  const out: Factor[] = [];
  const reference = report.discoveredAt ? dayOf(report.discoveredAt) : today;
  const window = options.sameYearWindowDays;
  const others = ledger.faults
    .filter((fault) => fault.pursued !== false && !(report.id && fault.reportId === report.id))
    .map((fault) => dayOf(fault.at))
    .filter((day) => Math.abs(day - reference) < window)
    .sort((a, b) => a - b);
  if (others.length > 0) {
    const dates = others.map(isoFromDay).join('、');
    out.push({
      id: '10-2',
      citation: ART_10['10-2'].citation,
      title: { zh: ART_10['10-2'].zh, en: ART_10['10-2'].en },
      reason: bi(
        `台账显示本次过错前后一年（${window} 日）内另有 ${others.length} 次过错记录（${dates}），连同本次可能达到“一年内出现两次以上”；只有应予追究的过错才计入，需单位核实`,
        `the ledger shows ${others.length} other fault(s) within a year (${window} days) of this one (${others.map(isoFromDay).join(', ')}); with this one that may reach "two or more within a year" — only faults calling for liability count, so the unit must confirm`,
      ),
      evidence: [
        bi('上述过错的处理结果（是否已追究责任）', 'how those faults were dealt with (whether liability was pursued)'),
      ],
    });
  }
  const problems: string[] = [];
  const problemsEn: string[] = [];
  for (const correction of ledger.corrections ?? []) {
    const due = dayOf(correction.dueAt);
    const source = correction.source ? `（${correction.source}）` : '';
    if (correction.refused === true) {
      problems.push(`${isoDayOf(correction.noticeAt)} 通知的纠正被拒绝${source}`);
      problemsEn.push(`correction notified on ${isoDayOf(correction.noticeAt)} was refused`);
    } else if (correction.doneAt ? dayOf(correction.doneAt) > due : today > due) {
      problems.push(
        correction.doneAt
          ? `${isoDayOf(correction.noticeAt)} 通知的纠正期限为 ${isoFromDay(due)}，于 ${isoDayOf(correction.doneAt)} 才完成${source}`
          : `${isoDayOf(correction.noticeAt)} 通知的纠正期限 ${isoFromDay(due)} 已过，尚未完成${source}`,
      );
      problemsEn.push(
        correction.doneAt
          ? `correction notified on ${isoDayOf(correction.noticeAt)}, due ${isoFromDay(due)}, done only on ${isoDayOf(correction.doneAt)}`
          : `correction notified on ${isoDayOf(correction.noticeAt)} was due ${isoFromDay(due)} and is still not done`,
      );
    }
  }
  if (problems.length > 0) {
    out.push({
      id: '10-1',
      citation: ART_10['10-1'].citation,
      title: { zh: ART_10['10-1'].zh, en: ART_10['10-1'].en },
      reason: bi(
        `台账中的纠正要求：${problems.join('；')}。拒绝或逾期不纠正可能被认定为“拒不纠正”`,
        `correction notices in the ledger: ${problemsEn.join('; ')}. Refusing or failing to correct may count as "refusing to correct"`,
      ),
      evidence: [bi('纠正通知、完成纠正的时间和材料', 'the notices and the dates and records of the corrections')],
    });
  }
  return out;
}

// ---------------------------------------------------------------- the whole assessment

function cite12(locale: 'zh' | 'en'): string {
  return locale === 'zh'
    ? `《${ORDER_294}》第十二条第（一）项`
    : `Art. 12(1) of the ${ORDER_294} (Jinan Order No. 294)`;
}

function summarise(verdict: Verdict, elements: ElementAssessment[], others: ClaimedGround[]): Bilingual {
  const pick = (status: ElementStatus): ElementAssessment[] => elements.filter((e) => e.status === status);
  const missing = elements.flatMap((e) => e.missingEvidence);
  const otherZh = others.length
    ? `您主张的${others.map((g) => formatCitation(g.citation).replace(`《${ORDER_294}》`, '')).join('、')}情形需由单位确认。`
    : '';
  const otherEn = others.length
    ? ` The other grounds you claim (${others.map((g) => formatCitation(g.citation, 'en').replace(`${ORDER_294} `, '')).join(', ')}) need the unit's confirmation.`
    : '';
  if (verdict === 'likely-eligible') {
    const more = missing.length ? `请补充：${missing.map((m) => m.zh).join('；')}。` : '';
    const moreEn = missing.length ? ` Please add: ${missing.map((m) => m.en).join('; ')}.` : '';
    return {
      zh: `根据所填信息，本次过错可能符合${cite12('zh')}免于追究的情形（情节显著轻微，及时发现并纠正，未造成危害后果），最终以行政执法监督机构认定为准。${more}`,
      en: `As entered, this fault may qualify for the exemption in ${cite12('en')} (plainly minor, found and corrected in time, no harm); the supervision body decides.${moreEn}`,
    };
  }
  if (verdict === 'not-eligible') {
    const failed = pick('not-met');
    return {
      zh: `根据所填信息，本次过错可能不符合${cite12('zh')}免于追究的情形：${failed.map((e) => `“${e.title.zh}”未满足（${e.reasons[0]?.zh ?? ''}）`).join('；')}。${otherZh}本结果仅为辅助提示，最终以行政执法监督机构认定为准。`,
      en: `As entered, this fault may not qualify for the exemption in ${cite12('en')}: ${failed.map((e) => `"${e.title.en}" not met (${e.reasons[0]?.en ?? ''})`).join('; ')}.${otherEn} This is an aid only; the supervision body decides.`,
    };
  }
  const open = pick('unknown');
  return {
    zh: `信息尚不完整，暂无法判断是否符合${cite12('zh')}免于追究的情形：${open.map((e) => `“${e.title.zh}”`).join('、')}有待补充或确认。${otherZh}最终以行政执法监督机构认定为准。`,
    en: `The information is incomplete; it cannot yet be said whether ${cite12('en')} applies: ${open.map((e) => `"${e.title.en}"`).join(', ')} still to be completed or confirmed.${otherEn} The supervision body decides.`,
  };
}

export function assessExemption(
  report: ReportLike,
  ledger: AssessLedger = { faults: [] },
  options: AssessOptions,
): ExemptionAssessment {
  const resolved: Required<AssessOptions> = {
    now: options.now,
    timelyDays: options.timelyDays ?? DEFAULT_TIMELY_DAYS,
    sameYearWindowDays: options.sameYearWindowDays ?? DEFAULT_SAME_YEAR_WINDOW_DAYS,
    voidRuleIds: options.voidRuleIds ?? DEFAULT_VOID_RULE_IDS,
    voidCitations: options.voidCitations ?? DEFAULT_VOID_CITATIONS,
  };
  const todayIso = typeof options.now === 'string' ? isoDayOf(options.now) : todayInChina(options.now);
  const today = dayNumber(todayIso);
  const minor = assessMinor(report, resolved);
  const elements = [minor, assessDiscovery(report), assessCorrection(report, resolved, today), assessHarm(report)];
  const verdict: Verdict = elements.some((e) => e.status === 'not-met')
    ? 'not-eligible'
    : elements.every((e) => e.status === 'met')
      ? 'likely-eligible'
      : 'incomplete';
  const otherGrounds = claimedGrounds(report);
  return {
    ...(report.id ? { reportId: report.id } : {}),
    ...(report.version ? { version: report.version } : {}),
    ...(report.caseId ? { caseId: report.caseId } : {}),
    verdict,
    summary: summarise(verdict, elements, otherGrounds),
    elements,
    otherGrounds,
    mitigation: mitigation(report, minor),
    aggravation: aggravation(report, ledger, resolved, today),
    parameters: { today: todayIso, timelyDays: resolved.timelyDays, sameYearWindowDays: resolved.sameYearWindowDays },
    disclaimer: DISCLAIMER,
  };
}

/** The assessment's ledger from stored ledger entries. */
export function ledgerForAssessment(
  entries: readonly (
    | { kind: 'fault'; at: string; art7Item: number; ruleId?: string; reportId?: string; pursued?: boolean }
    | {
        kind: 'correction-notice';
        noticeAt: string;
        dueAt: string;
        doneAt?: string;
        refused?: boolean;
        source?: string;
      }
  )[],
): AssessLedger {
  const ledger: AssessLedger = { faults: [], corrections: [] };
  for (const entry of entries) {
    if (entry.kind === 'fault') ledger.faults.push(entry);
    else ledger.corrections!.push(entry);
  }
  return ledger;
}
