import type { Citation } from '../engine/types';
import { LAW } from '../rules/helpers/laws';
import { ART59, defineCheck, type Collector } from './check-kit';
import type { ParsedDocument } from './types';

/** The notice of the routes and periods for administrative review and suit. */

export const REMEDY = defineCheck({
  id: 'doc-remedy-notice',
  title: { zh: '救济途径和期限告知准确', en: 'Remedy routes and periods stated correctly' },
  category: 3,
  severity: 'medium',
  citations: [
    { law: LAW.reconsideration, article: 20, paragraph: 1 },
    { law: LAW.litigation, article: 46, paragraph: 1 },
    ART59(5),
  ],
  fix: {
    zh: '告知当事人：可自收到（知道）决定之日起六十日内向复议机关申请行政复议，或六个月内向人民法院提起行政诉讼（法律另有规定的从其规定）。告知有误的请书面补正并重新送达。',
    en: 'Tell the party they may apply for administrative review within 60 days of learning of the decision or sue within 6 months (unless a law provides otherwise). Correct a wrong notice in writing and serve it again.',
  },
  messages: {
    'no-review-route': {
      zh: '决定书告知了诉讼途径，但未告知申请行政复议的途径和期限，可能不符合第五十九条第一款第（五）项，请核实。',
      en: 'The decision mentions a suit but not administrative review and its period (Art. 59 para 1 item 5). Please verify.',
    },
    'no-suit-route': {
      zh: '决定书只告知了行政复议，未告知提起行政诉讼的途径和期限；除复议前置的情形（行政复议法第二十三条）外，可能告知不全，请核实。',
      en: 'The decision mentions administrative review only, not a suit; unless review must come first (Administrative Reconsideration Law Art. 23) the notice may be incomplete. Please verify.',
    },
    'no-review-period': {
      zh: '决定书告知了行政复议，但未写明申请期限（六十日），可能不符合第五十九条第一款第（五）项，请核实。',
      en: 'The decision mentions administrative review without its period (60 days) (Art. 59 para 1 item 5). Please verify.',
    },
    'no-suit-period': {
      zh: '决定书告知了行政诉讼，但未写明起诉期限（六个月），可能不符合第五十九条第一款第（五）项，请核实。',
      en: 'The decision mentions a suit without its period (6 months) (Art. 59 para 1 item 5). Please verify.',
    },
    'review-short': {
      zh: '决定书告知的行政复议申请期限为“{period}”，短于行政复议法第二十条规定的六十日，可能告知错误、影响当事人救济权利，请核实并书面补正。',
      en: 'The decision gives “{period}” to apply for review, less than the 60 days of Art. 20 of the Administrative Reconsideration Law; please verify and correct in writing.',
    },
    'review-long': {
      zh: '决定书告知的行政复议申请期限为“{period}”，与一般的六十日不同；仅在法律规定的期限超过六十日时适用，请核实所依据的法律规定。',
      en: 'The decision gives “{period}” for review rather than 60 days; that is right only where a law sets a longer period. Please verify.',
    },
    'suit-short': {
      zh: '决定书告知的起诉期限为“{period}”，短于行政诉讼法第四十六条规定的六个月，可能告知错误（如沿用旧法的三个月），请核实并书面补正。',
      en: 'The decision gives “{period}” to sue, less than the 6 months of Art. 46 of the Administrative Litigation Law (perhaps the old 3 months); please verify and correct in writing.',
    },
    'suit-differs': {
      zh: '决定书告知的起诉期限为“{period}”，与行政诉讼法第四十六条规定的六个月不同；仅在法律另有规定时适用，请核实所依据的规定。',
      en: 'The decision gives “{period}” to sue rather than 6 months; that is right only where a law provides otherwise. Please verify.',
    },
  },
});

const REVIEW_CITATION: Citation[] = [{ law: LAW.reconsideration, article: 20, paragraph: 1 }, ART59(5)];
const SUIT_CITATION: Citation[] = [{ law: LAW.litigation, article: 46, paragraph: 1 }, ART59(5)];

export function checkRemedy(doc: ParsedDocument, out: Collector): void {
  const remedy = doc.remedy;
  if (!remedy || doc.kind === 'summary') return;
  const fields = ['events.decision'];
  const { review, suit } = remedy;
  if (!review && suit)
    out.add(REMEDY, 'violation', 'no-review-route', [remedy.span], fields, undefined, REVIEW_CITATION);
  if (review && !suit) {
    out.add(REMEDY, 'review', 'no-suit-route', [remedy.span], fields, undefined, [
      ...SUIT_CITATION,
      { law: LAW.reconsideration, article: 23 },
    ]);
  }
  if (review) {
    if (review.days === undefined && review.months === undefined) {
      out.add(REMEDY, 'violation', 'no-review-period', [review.span], fields, undefined, REVIEW_CITATION);
    } else {
      const days = review.days ?? (review.months === 2 ? undefined : review.months! * 30);
      const data = { period: review.periodText ?? '' };
      // 两个月 is 59–62 days: not the statutory wording, ask.
      if (days === undefined) out.add(REMEDY, 'review', 'review-long', [review.span], fields, data, REVIEW_CITATION);
      else if (days < 60) out.add(REMEDY, 'violation', 'review-short', [review.span], fields, data, REVIEW_CITATION);
      else if (days > 60) out.add(REMEDY, 'review', 'review-long', [review.span], fields, data, REVIEW_CITATION);
    }
  }
  if (suit) {
    if (suit.days === undefined && suit.months === undefined) {
      out.add(REMEDY, 'violation', 'no-suit-period', [suit.span], fields, undefined, SUIT_CITATION);
    } else {
      const months = suit.months ?? suit.days! / 30;
      const data = { period: suit.periodText ?? '' };
      if (months < 6) {
        // A law named beside the period may set a special one (行政诉讼法 Art. 46: 法律另有规定的除外).
        out.add(
          REMEDY,
          remedy.citesOtherLaw ? 'review' : 'violation',
          remedy.citesOtherLaw ? 'suit-differs' : 'suit-short',
          [suit.span],
          fields,
          data,
          SUIT_CITATION,
        );
      } else if (months > 6) out.add(REMEDY, 'review', 'suit-differs', [suit.span], fields, data, SUIT_CITATION);
    }
  }
}
