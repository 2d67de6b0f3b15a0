import { dayNumber, statutoryPeriod } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import { firstOnOrAfter, surelyOnTime } from '../helpers/coercion-data';
import { assessDeadline } from '../helpers/deadline';
import { LAW } from '../helpers/laws';
import { licenseDecision, licenseOutcome } from '../helpers/license-period';

const FIELDS = ['events.license-decision', 'events.delivery'];
const PERIOD = statutoryPeriod('license', 10);

/**
 * 行政许可法 Art. 44: after granting a licence the agency issues and delivers the licence document
 * within ten days of the decision (working days, Art. 82).
 */
export default defineRule({
  id: 'all-44-certificate',
  title: { zh: '准予许可后十日内颁发、送达许可证件', en: 'Licence document issued within ten days' },
  category: 3,
  severity: 'medium',
  appliesTo: ['license'],
  citations: [
    { law: LAW.license, article: 44 },
    { law: LAW.license, article: 82 },
  ],
  fix: {
    zh: '作出准予行政许可决定后，自决定之日起十个工作日内向申请人颁发、送达许可证件（或加贴标签、加盖检验检测检疫印章），并保留送达凭证。已超期的请立即送达并说明原因。',
    en: 'Issue and deliver the licence document (or affix the label or stamp) within ten working days of the decision and keep proof of delivery; if late, deliver now and record why.',
  },
  messages: {
    late: {
      zh: '准予许可决定于 {decided} 作出，许可证件送达于 {delivered}，超过十个工作日（截止 {due}），可能违反行政许可法第四十四条，请核实。',
      en: 'The licence was granted on {decided} and the document delivered on {delivered}, after the ten working days (due {due}); this may breach Art. 44. Please verify.',
    },
    overdue: {
      zh: '准予许可决定于 {decided} 作出，颁发送达许可证件的期限已于 {due} 届满（超期 {daysLate} 日），未见送达记录，请立即送达并核实。',
      en: 'The licence was granted on {decided}; the ten working days to deliver the document ended on {due} ({daysLate} day(s) ago) and no delivery is recorded. Deliver it now and verify.',
    },
    approaching: {
      zh: '许可证件应于 {due} 前颁发送达（剩余 {daysLeft} 日），请及时送达。',
      en: 'The licence document must be delivered by {due} ({daysLeft} day(s) left).',
    },
    'end-unknown': {
      zh: '准予许可决定于 {decided} 作出，颁发送达许可证件的期限已于 {due} 届满，页面未显示送达记录，请核实是否已按期颁发送达。',
      en: 'The licence was granted on {decided} and the period to issue and serve it ended on {due}; the page shows no service. Please verify that it was served in time.',
    },
    'missing-end': {
      zh: '案件已结案，但未见许可证件的颁发送达记录（期限截止 {due}），请核实。',
      en: 'The case is closed but no delivery of the licence document is recorded (due {due}); please verify.',
    },
    'outcome-unknown': {
      zh: '许可决定（{decided}）后送达在 {due} 之后，但未记录决定是否准予许可，请核实；如为准予许可，可能超过行政许可法第四十四条规定的十个工作日。',
      en: 'Delivery after the decision ({decided}) came after {due}, but the decision’s outcome is not recorded; if the licence was granted this may exceed the ten working days of Art. 44. Please verify.',
    },
    uncertain: {
      zh: '证件送达期限（截止 {due}）涉及节假日数据未覆盖的年份，请人工核实。',
      en: 'The delivery period (ending {due}) runs into a year the holiday calendar does not cover; please check by hand.',
    },
  },
  check(view, context) {
    const decision = licenseDecision(view);
    if (!decision) return NOT_APPLICABLE;
    const outcome = licenseOutcome(view, decision);
    if (outcome === 'refused' || outcome === 'other') return NOT_APPLICABLE;
    const decidedDay = dayNumber(decision.at);
    const delivery = firstOnOrAfter(view.events('delivery'), decidedDay);
    const deliveredDay = delivery ? dayNumber(delivery.at) : undefined;
    if (surelyOnTime(decidedDay, deliveredDay, PERIOD, context, !view.isClosed)) return PASS;
    const state = assessDeadline(decidedDay, deliveredDay, PERIOD, context, !view.isClosed);
    const data = { decided: decision.at, delivered: delivery?.at ?? '', due: state.due };
    switch (state.kind) {
      case 'met':
      case 'running':
        return PASS;
      case 'late':
      case 'overdue':
        if (outcome === undefined) return review('outcome-unknown', FIELDS, data, state.due);
        if (state.kind === 'overdue' && !view.knownAbsent('delivery'))
          return review('end-unknown', FIELDS, data, state.due);
        return violation(state.kind, FIELDS, { ...data, daysLate: state.daysLate }, state.due);
      case 'approaching':
        return review('approaching', FIELDS, { ...data, daysLeft: state.daysLeft }, state.due);
      case 'missing-end':
        return review('missing-end', FIELDS, data, state.due);
      case 'uncertain':
        return review('uncertain', FIELDS, data, state.due);
    }
  },
});
