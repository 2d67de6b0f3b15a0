import { dayNumber } from '../../calendar/days';
import { statutoryPeriod } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { CaseEvent } from '../../case/schema';
import { assessDeadline } from '../helpers/deadline';
import { LAW } from '../helpers/laws';
import { firstFromDay, generalDecision, imposesPenalty } from '../helpers/penalty-decision-common';

const SEVEN_WORKING_DAYS = statutoryPeriod('penalty', 7);
const PUBLIC_NOTICE_METHODS: ReadonlySet<string> = new Set(['public-notice', 'announcement', '公告', '公告送达']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * For service by public notice (公告送达, 民事诉讼法 Art. 95) the recorded date is usually the day the
 * notice period ends and service is deemed made; the agency's step is publishing the notice. Returns
 * the publication date when the record gives it, `null` for public notice without one, undefined for
 * other methods.
 */
function publicNoticeStart(delivery: CaseEvent): string | null | undefined {
  const method = delivery.data?.method;
  const byNotice =
    (typeof method === 'string' && PUBLIC_NOTICE_METHODS.has(method)) || (delivery.note?.includes('公告送达') ?? false);
  if (!byNotice) return undefined;
  const published = delivery.data?.publishedAt;
  return typeof published === 'string' && ISO_DAY.test(published) ? published : null;
}

export default defineRule({
  id: 'apl-61-service',
  title: { zh: '处罚决定书七日内送达', en: 'Service of the penalty decision within 7 working days' },
  category: 3,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 61, paragraph: 1 },
    { law: LAW.penalty, article: 85 },
  ],
  fix: {
    zh: '处罚决定书应在宣告后当场交付；当事人不在场的，在七个工作日内依照民事诉讼法的规定送达，并留存送达回证。已逾期的，请立即送达并记录原因。',
    en: 'Hand the decision over on the spot after announcing it; if the party is absent, serve it within 7 working days under the Civil Procedure Law and keep the proof of service. If late, serve it now and record why.',
  },
  messages: {
    late: {
      zh: '处罚决定（{decision}）于{delivery}送达，超过七个工作日的送达期限（{due}），可能违反第六十一条第一款，请核实。',
      en: 'The decision ({decision}) was served on {delivery}, after the 7-working-day limit ({due}); this may breach Art. 61 para 1. Please verify.',
    },
    overdue: {
      zh: '处罚决定（{decision}）作出已超过七个工作日（期限{due}），仍未见送达记录，可能违反第六十一条第一款，请立即送达或补充送达记录。',
      en: 'The decision ({decision}) is more than 7 working days old (limit {due}) and no service is recorded; this may breach Art. 61 para 1. Serve it now or add the record of service.',
    },
    missing: {
      zh: '案件已结案，但未见处罚决定书（{decision}）的送达记录，可能未依第六十一条送达，请核实并补充送达回证。',
      en: 'The case is closed but no service of the decision ({decision}) is recorded; it may not have been served under Art. 61. Please verify and add the proof of service.',
    },
    approaching: {
      zh: '处罚决定书送达期限将于{due}届满（剩余{daysLeft}天），尚未见送达记录，请及时送达。',
      en: 'The decision must be served by {due} (days left: {daysLeft}) and no service is recorded yet; please serve it.',
    },
    unknown: {
      zh: '无法读取处罚决定书的送达记录，请核实是否在七个工作日内（{due}前）送达。',
      en: 'The service record could not be read; please verify that the decision was served within 7 working days (by {due}).',
    },
    'public-notice': {
      zh: '处罚决定（{decision}）以公告方式送达，记录的送达日期{delivery}晚于七个工作日的期限（{due}）；公告送达自公告发出之日起经过法定期间视为送达，请核实公告是否在期限内发出、此前是否已穷尽其他送达方式，并补录公告日期（data.publishedAt）。',
      en: 'The decision ({decision}) was served by public notice; the recorded service date {delivery} is after the 7-working-day limit ({due}). Service by public notice is deemed made only after the notice period, so please verify the notice was published in time, other methods were tried first, and record the publication date (data.publishedAt).',
    },
    uncertain: {
      zh: '送达期限（约{due}）涉及节假日数据未覆盖的年份，请人工核对七个工作日期限。',
      en: 'The service limit (about {due}) falls in a year the holiday calendar does not cover; please check the 7 working days by hand.',
    },
  },
  check(view, context) {
    const decision = generalDecision(view);
    if (!decision || !imposesPenalty(view)) return NOT_APPLICABLE;
    const start = dayNumber(decision.at);
    const delivery = firstFromDay(view.events('delivery'), start);
    const notice = delivery ? publicNoticeStart(delivery) : undefined;
    // Public notice: the agency's act is publishing it; the deemed date comes by law afterwards.
    const end = delivery ? dayNumber(typeof notice === 'string' ? notice : delivery.at) : undefined;
    // Fast path: 7 working days never span fewer than 7 calendar days, so these are met or running.
    if (
      end !== undefined
        ? end - start <= 7
        : !view.isClosed && context.todayDay - start < context.profile.yellowFraction * 7
    ) {
      return PASS;
    }
    const state = assessDeadline(start, end, SEVEN_WORKING_DAYS, context, !view.isClosed);
    const fields = ['events.delivery', 'events.decision'];
    switch (state.kind) {
      case 'met':
      case 'running':
        return PASS;
      case 'late':
        if (notice === null) {
          return review(
            'public-notice',
            fields,
            { decision: decision.at, delivery: delivery!.at, due: state.due },
            state.due,
          );
        }
        return violation(
          'late',
          fields,
          { decision: decision.at, delivery: typeof notice === 'string' ? notice : delivery!.at, due: state.due },
          state.due,
        );
      case 'overdue':
        return view.knownAbsent('delivery')
          ? violation('overdue', fields, { decision: decision.at, due: state.due }, state.due)
          : review('unknown', fields, { due: state.due }, state.due);
      case 'missing-end':
        return view.knownAbsent('delivery')
          ? violation('missing', fields, { decision: decision.at }, state.due)
          : review('unknown', fields, { due: state.due }, state.due);
      case 'approaching':
        return review('approaching', fields, { due: state.due, daysLeft: state.daysLeft }, state.due);
      case 'uncertain':
        return review('uncertain', fields, { due: state.due }, state.due);
    }
  },
});
