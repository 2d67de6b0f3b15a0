import { dayNumber } from '../../calendar/days';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import { calendarDue, cite, dataNumber, dueIso, firstFromDay } from '../helpers/penalty-decision-common';

const RATE = 0.03;
/** 行政处罚法 Art. 67 para 3: fifteen calendar days to pay. */
const FIFTEEN_DAYS = 15;
const SURCHARGE = [{ law: LAW.penalty, article: 72, paragraph: 1, item: 1 }];
const ACCRUAL = [
  { law: LAW.penalty, article: 72, paragraph: 1, item: 1 },
  { law: LAW.penalty, article: 67, paragraph: 3 },
];

/** 3 % a day, written as a fraction (0.03) or as a percentage (3). */
function isStatutoryRate(rate: number): boolean {
  return Math.abs(rate - RATE) < 1e-9 || Math.abs(rate - RATE * 100) < 1e-9;
}

export default defineRule({
  id: 'apl-72-surcharge',
  title: { zh: '加处罚款的标准与上限', en: 'Late-payment surcharge: rate and cap' },
  category: 2,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [{ law: LAW.penalty, article: 72, paragraph: 1, item: 1 }],
  fix: {
    zh: '加处罚款按罚款数额每日百分之三计算，自缴款期限届满次日起算，总额不得超出罚款数额，行政复议或行政诉讼期间不计算；多收的请依法退还并书面说明。',
    en: 'Charge 3 % of the fine a day from the day after the payment period ends, never more than the fine itself, and not for time spent in administrative review or litigation; refund any excess and explain in writing.',
  },
  messages: {
    'over-cap': {
      zh: '加处罚款{surcharge}元超出罚款数额{fine}元，可能违反第七十二条第一款第（一）项（加处罚款的数额不得超出罚款的数额），请核实并退还多收部分。',
      en: 'The surcharge of {surcharge} yuan exceeds the fine of {fine} yuan; this may breach Art. 72 para 1 item 1 (the surcharge may not exceed the fine). Please verify and refund the excess.',
    },
    rate: {
      zh: '加处罚款按每日{rate}的比例计算，与法定的每日按罚款数额百分之三不符，可能违反第七十二条第一款第（一）项，请核实。',
      en: 'The surcharge was computed at {rate} a day, not the statutory 3 % of the fine a day; this may breach Art. 72 para 1 item 1. Please verify.',
    },
    'fine-unknown': {
      zh: '记录了加处罚款{surcharge}元，但案件未载明罚款数额，无法核对加处罚款上限，请核实。',
      en: 'A surcharge of {surcharge} yuan is recorded but the fine amount is not, so the cap cannot be checked; please verify.',
    },
    'not-late': {
      zh: '罚款于{paid}缴纳，未超过缴款期限（{due}），但记录了加处罚款{surcharge}元，请核实加处罚款的起算日期。',
      en: 'The fine was paid on {paid}, within the payment period ({due}), yet a surcharge of {surcharge} yuan is recorded; please verify from when it was counted.',
    },
    'exceeds-days': {
      zh: '加处罚款{surcharge}元高于按逾期约{days}天、每日百分之三计算的上限（约{max}元），请核实起算日期及是否扣除了行政复议或诉讼期间。',
      en: 'The surcharge of {surcharge} yuan is more than about {days} days late at 3 % a day allows (about {max} yuan); please verify the start date and whether review or litigation time was left out.',
    },
  },
  check(view) {
    const payments = view.events('payment');
    if (payments.length === 0) return NOT_APPLICABLE;
    const fine = view.case.decision?.fineAmount;
    const findings: Outcome[] = [];
    let applied = false;
    let due: number | undefined | null = null;

    for (const payment of payments) {
      const surcharge = dataNumber(payment, 'surcharge');
      const rate = dataNumber(payment, 'surchargeRate');
      if (surcharge === undefined && rate === undefined) continue;
      applied = true;
      const fields = ['events.payment', 'decision.fineAmount'];
      if (rate !== undefined && !isStatutoryRate(rate)) {
        findings.push(
          cite(violation('rate', fields, { rate: rate < 1 ? `${+(rate * 100).toFixed(4)}%` : `${rate}%` }), SURCHARGE),
        );
      }
      if (surcharge === undefined || surcharge <= 0) continue;
      if (fine === undefined) {
        findings.push(cite(review('fine-unknown', fields, { surcharge }), SURCHARGE));
        continue;
      }
      if (surcharge > fine) {
        findings.push(cite(violation('over-cap', fields, { surcharge, fine }), SURCHARGE));
        continue;
      }
      // Surcharge accrues only after the 15-day payment period counted from service.
      if (due === null) {
        const decision = view.first('decision');
        const delivery = decision ? firstFromDay(view.events('delivery'), dayNumber(decision.at)) : undefined;
        due = delivery ? calendarDue(dayNumber(delivery.at), FIFTEEN_DAYS) : undefined;
      }
      if (due === undefined) continue;
      const daysLate = dayNumber(payment.at) - due;
      if (daysLate <= 0) {
        findings.push(
          cite(
            review('not-late', ['events.payment', 'events.delivery'], {
              paid: payment.at,
              due: dueIso(due),
              surcharge,
            }),
            ACCRUAL,
          ),
        );
        continue;
      }
      // One day of leeway for the counting convention.
      const max = Math.min(fine, fine * RATE * (daysLate + 1));
      if (surcharge > max + 1) {
        findings.push(
          cite(
            review('exceeds-days', ['events.payment', 'events.delivery'], {
              surcharge,
              days: daysLate,
              max: Math.round(max * 100) / 100,
            }),
            ACCRUAL,
          ),
        );
      }
    }

    if (findings.length > 0) return findings;
    return applied ? PASS : NOT_APPLICABLE;
  },
});
