import type { CaseEvent } from '../../case/schema';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation } from '../../engine/types';
import { LAW } from '../helpers/laws';
import {
  cite,
  dataString,
  describeTrigger,
  generalDecision,
  hearingTrigger,
  imposesPenalty,
  lastNotAfter,
} from '../helpers/penalty-decision-common';

/** Result words that mean the legal review did not pass. */
const FAILED_RESULTS: ReadonlySet<string> = new Set(['failed', 'fail', 'rejected', 'not-passed', '不通过', '未通过']);

function failed(event: CaseEvent): boolean {
  if (event.data?.passed === false) return true;
  const result = dataString(event, 'result');
  return result !== undefined && FAILED_RESULTS.has(result);
}

const BASE: Citation[] = [
  { law: LAW.penalty, article: 58, paragraph: 1 },
  { law: LAW.shandongSupervision, article: 13, paragraph: 2 },
];
/** 济南市优化营商环境条例 Art. 43 para 2 governs enforcement towards market entities. */
const ENTERPRISE: Citation[] = [...BASE, { law: LAW.jinanBusinessEnvironment, article: 43, paragraph: 2 }];

export default defineRule({
  id: 'apl-58-legal-review',
  title: { zh: '重大执法决定法制审核', en: 'Legal review before major penalty decisions' },
  category: 3,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 58, paragraph: 1 },
    { law: LAW.shandongSupervision, article: 13, paragraph: 2 },
    { law: LAW.jinanBusinessEnvironment, article: 43, paragraph: 2 },
  ],
  fix: {
    zh: '对照本单位重大执法决定法制审核目录，在负责人作出决定前由法制审核人员审核并留存审核意见；未经审核或审核未通过的不得作出决定。已作出的决定请评估是否需要撤销重作。',
    en: 'Check the unit’s list of major decisions needing legal review; have the legal reviewers review the case before the head decides and keep their opinion. No decision may be made without a passed review; assess whether a decision already made must be remade.',
  },
  messages: {
    missing: {
      zh: '本案{reason}，但处罚决定（{decision}）前未见法制审核记录，可能违反第五十八条（未经法制审核不得作出决定），请核实。',
      en: 'This case {reasonEn}, but no legal review is recorded before the decision ({decision}); this may breach Art. 58 (no decision without legal review). Please verify.',
    },
    'after-decision': {
      zh: '本案{reason}，但法制审核（{review}）晚于处罚决定（{decision}），可能先决定后审核，请核实。',
      en: 'This case {reasonEn}, but the legal review ({review}) is dated after the decision ({decision}); the decision may have come first. Please verify.',
    },
    'not-passed': {
      zh: '法制审核（{review}）结果为未通过，但仍作出了处罚决定（{decision}），可能违反第五十八条，请核实是否已按审核意见处理并重新审核。',
      en: 'The legal review ({review}) did not pass, yet the decision was made ({decision}); this may breach Art. 58. Please verify that the review opinion was dealt with and the case reviewed again.',
    },
    unknown: {
      zh: '本案{reason}，但无法读取法制审核记录，请核实决定前是否经法制审核。',
      en: 'This case {reasonEn}, but the legal-review record could not be read; please verify that the case was reviewed before the decision.',
    },
    'maybe-major': {
      zh: '本案{reason}，未标注是否属于重大执法决定，且决定（{decision}）前未见法制审核，请对照本单位重大执法决定法制审核目录核实是否需要法制审核。',
      en: 'This case involves {reasonEn}; it is not marked as major or not, and no legal review is recorded before the decision ({decision}). Please check the unit’s list of decisions needing legal review.',
    },
    'failed-unmarked': {
      zh: '法制审核（{review}）结果为未通过，其后作出了处罚决定（{decision}），请核实审核意见是否已落实。',
      en: 'The legal review ({review}) did not pass and a decision followed ({decision}); please verify that the review opinion was acted on.',
    },
  },
  check(view, context) {
    const decision = generalDecision(view);
    if (!decision || !imposesPenalty(view)) return NOT_APPLICABLE;
    const major = view.flag('major');
    const heard = view.has('hearing-held');
    const citations = view.isEnterprise === true ? ENTERPRISE : BASE;
    const reviews = view.events('legal-review');
    const before = lastNotAfter(reviews, decision.at);
    const fields = ['events.legal-review', 'events.decision', 'flags.major'];

    if (major === true || heard) {
      const reason =
        major === true
          ? { reason: '标注为重大执法决定', reasonEn: 'is marked as a major decision' }
          : { reason: '经过听证程序', reasonEn: 'went through a hearing' };
      if (before) {
        return failed(before)
          ? cite(violation('not-passed', fields, { review: before.at, decision: decision.at }), citations)
          : PASS;
      }
      if (reviews.length > 0) {
        return cite(
          violation('after-decision', fields, { ...reason, review: reviews[0]!.at, decision: decision.at }),
          citations,
        );
      }
      return cite(
        view.knownAbsent('legal-review')
          ? violation('missing', fields, { ...reason, decision: decision.at })
          : review('unknown', fields, reason),
        citations,
      );
    }

    if (before) {
      return failed(before)
        ? cite(review('failed-unmarked', fields, { review: before.at, decision: decision.at }), citations)
        : PASS;
    }
    if (major === undefined) {
      const trigger = hearingTrigger(view, context.profile);
      if (trigger.status !== 'no') {
        const words = describeTrigger(trigger);
        return cite(
          review('maybe-major', fields, { reason: `涉及${words.zh}`, reasonEn: words.en, decision: decision.at }),
          citations,
        );
      }
    }
    return NOT_APPLICABLE;
  },
});
