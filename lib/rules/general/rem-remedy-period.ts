import { ACTION_TYPES, type CaseEvent } from '../../case/schema';
import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import { dataNumber, withCitations } from '../helpers/general-records';
import { LAW } from '../helpers/laws';

const REVIEW_DAYS = 60;
const SUIT_MONTHS = 6;

const REVIEW: Citation[] = [{ law: LAW.reconsideration, article: 20, paragraph: 1 }];
const SUIT: Citation[] = [{ law: LAW.litigation, article: 46, paragraph: 1 }];
const UNREADABLE: Citation[] = [...REVIEW, ...SUIT];

/** The decision documents of a case: 'decision', and for licences 'license-decision'. */
function decisionEvents(view: CaseView): readonly CaseEvent[] {
  const decisions = view.events('decision');
  if (view.actionType !== 'license') return decisions;
  const licence = view.events('license-decision');
  return decisions.length === 0 ? licence : licence.length === 0 ? decisions : [...licence, ...decisions];
}

export default defineRule({
  id: 'rem-remedy-period',
  title: { zh: '决定书告知的复议、诉讼期限准确', en: 'Correct review and litigation periods in the decision' },
  category: 3,
  severity: 'medium',
  appliesTo: ACTION_TYPES,
  citations: [...REVIEW, ...SUIT, { law: LAW.penalty, article: 59, paragraph: 1, item: 5 }],
  fix: {
    zh: '按现行法律告知救济途径和期限：自知道或者应当知道该行政行为之日起六十日内申请行政复议（法律规定超过六十日的从其规定），或自知道或者应当知道之日起六个月内直接提起行政诉讼（法律另有规定的除外）。期限告知错误的，请书面补正并重新送达当事人。',
    en: 'State the remedies under the current laws: administrative review within 60 days of knowing of the act (longer only where a law says so), or a suit within 6 months of knowing of it (unless a law provides otherwise). If the periods were wrong, correct them in writing and serve the party again.',
  },
  messages: {
    'review-short': {
      zh: '决定书（{at}）告知的行政复议申请期限为{value}日，短于《行政复议法》规定的六十日，可能告知错误、影响当事人救济权利，请核实并书面补正。',
      en: 'The decision of {at} gives {value} days to apply for administrative review, less than the 60 days of the Administrative Reconsideration Law; this may curtail the party’s remedy. Please verify and correct in writing.',
    },
    'review-long': {
      zh: '决定书（{at}）告知的行政复议申请期限为{value}日，与一般的六十日不同；仅在法律规定的期限超过六十日时适用，请核实所依据的法律规定。',
      en: 'The decision of {at} gives {value} days for administrative review rather than the general 60; that is right only where a law sets a longer period. Please verify the provision relied on.',
    },
    'suit-differs': {
      zh: '决定书（{at}）告知的直接起诉期限为{value}个月，与《行政诉讼法》规定的六个月不同（如沿用旧法“三个月”），可能告知错误；除法律另有规定外，请核实并书面补正。',
      en: 'The decision of {at} gives {value} months to sue rather than the 6 months of the Administrative Litigation Law (perhaps the old 3 months); unless a law provides otherwise, please verify and correct in writing.',
    },
    unreadable: {
      zh: '无法识别决定书（{at}）告知的救济期限（{value}），请核实复议期限（六十日）和起诉期限（六个月）告知是否准确。',
      en: 'The remedy period stated in the decision of {at} could not be read ({value}); please verify the review (60 days) and litigation (6 months) periods.',
    },
  },
  check(view) {
    const outcomes: Outcome[] = [];
    let checked = false;
    for (const event of decisionEvents(view)) {
      const fields = [`events.${event.kind}`];
      const reviewDays = dataNumber(event, 'reviewDays');
      if (reviewDays !== undefined) {
        checked = true;
        const data = { at: event.at, value: reviewDays === 'invalid' ? String(event.data?.reviewDays) : reviewDays };
        if (reviewDays === 'invalid') outcomes.push(withCitations(review('unreadable', fields, data), UNREADABLE));
        // 行政复议法 Art. 20(1): 60 days is a floor; only a law may set a longer period.
        else if (reviewDays < REVIEW_DAYS)
          outcomes.push(withCitations(violation('review-short', fields, data), REVIEW));
        else if (reviewDays > REVIEW_DAYS) outcomes.push(withCitations(review('review-long', fields, data), REVIEW));
      }
      const suitMonths = dataNumber(event, 'suitMonths');
      if (suitMonths !== undefined) {
        checked = true;
        const data = { at: event.at, value: suitMonths === 'invalid' ? String(event.data?.suitMonths) : suitMonths };
        if (suitMonths === 'invalid') outcomes.push(withCitations(review('unreadable', fields, data), UNREADABLE));
        // 行政诉讼法 Art. 46(1) yields to any law that provides otherwise, in either direction: a person looks.
        else if (suitMonths !== SUIT_MONTHS) outcomes.push(withCitations(review('suit-differs', fields, data), SUIT));
      }
    }
    if (outcomes.length > 0) return outcomes;
    return checked ? PASS : NOT_APPLICABLE;
  },
});
