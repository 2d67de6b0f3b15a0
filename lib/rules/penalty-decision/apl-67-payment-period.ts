import { dayNumber } from '../../calendar/days';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import {
  calendarDue,
  cite,
  dataNumber,
  dueIso,
  firstFromDay,
  lastNotAfter,
  imposesPenalty,
} from '../helpers/penalty-decision-common';

/** 行政处罚法 Art. 67 para 3: fifteen days, calendar days (Art. 85 covers only 2, 3, 5 and 7 days). */
const FIFTEEN_DAYS = 15;
const PERIOD = [{ law: LAW.penalty, article: 67, paragraph: 3 }];
const LATE = [
  { law: LAW.penalty, article: 66, paragraph: 2 },
  { law: LAW.penalty, article: 67, paragraph: 3 },
  { law: LAW.penalty, article: 72, paragraph: 1, item: 1 },
];

export default defineRule({
  id: 'apl-67-payment-period',
  title: {
    zh: '罚款缴纳期限（收到决定书之日起十五日）',
    en: 'Fine payment period (15 days from receiving the decision)',
  },
  category: 3,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 67, paragraph: 3 },
    { law: LAW.penalty, article: 66 },
  ],
  fix: {
    zh: '处罚决定书应载明自收到之日起十五日内到指定银行或通过电子支付系统缴纳罚款；期限写短的，请书面更正并告知当事人。逾期缴纳的，核实是否经批准暂缓或分期缴纳，否则依第七十二条处理并留存催告记录。',
    en: 'The decision must give the party 15 days from receipt to pay at the designated bank or by e-payment; if a shorter period was written, correct it in writing and tell the party. For late payment, check for an approved deferral or instalments; otherwise act under Art. 72 and keep the reminder on file.',
  },
  messages: {
    'short-period': {
      zh: '处罚决定载明的缴款期限为{days}日，短于法定的收到决定书之日起十五日，可能违反第六十七条第三款，请核实并书面更正。',
      en: 'The decision gives {days} days to pay, less than the statutory 15 days from receipt; this may breach Art. 67 para 3. Please verify and correct it in writing.',
    },
    'late-payment': {
      zh: '罚款于{paid}缴纳，晚于送达（{served}）后十五日的缴款期限（{due}），未见催告或加处罚款记录；请核实是否经批准暂缓或分期缴纳，或是否依第七十二条处理逾期。',
      en: 'The fine was paid on {paid}, after the 15-day period from service ({served}) ended on {due}, and no reminder or surcharge is recorded; please verify an approved deferral or instalments, or how the late payment was dealt with under Art. 72.',
    },
  },
  check(view) {
    const decision = view.first('decision');
    const decided = view.case.decision;
    if (!decision || !decided || !imposesPenalty(view)) return NOT_APPLICABLE;
    if (!decided.kinds.includes('fine') && !(decided.fineAmount !== undefined && decided.fineAmount > 0)) {
      return NOT_APPLICABLE;
    }
    const findings: Outcome[] = [];
    let applied = false;

    const days = dataNumber(decision, 'dueDays');
    if (days !== undefined) {
      applied = true;
      if (days < 15) findings.push(cite(violation('short-period', ['events.decision'], { days }), PERIOD));
    }

    const decisionDay = dayNumber(decision.at);
    const payment = firstFromDay(view.events('payment'), decisionDay);
    // A decision revoked and made anew: the payment answers the latest decision made before it.
    const owing = (payment && lastNotAfter(view.events('decision'), payment.at)) || decision;
    const delivery = firstFromDay(view.events('delivery'), dayNumber(owing.at));
    const served = delivery?.at ?? (view.case.procedure === 'simple' ? owing.at : undefined);
    if (payment && served) {
      applied = true;
      const due = calendarDue(dayNumber(served), FIFTEEN_DAYS);
      const paidDay = dayNumber(payment.at);
      const excused =
        view.has('urge-notice') ||
        payment.data?.surcharge !== undefined ||
        payment.data?.deferred === true ||
        payment.data?.instalment === true;
      if (paidDay > due && !excused) {
        findings.push(
          cite(
            review('late-payment', ['events.payment', 'events.delivery'], {
              paid: payment.at,
              served,
              due: dueIso(due),
            }),
            LATE,
          ),
        );
      }
    }

    if (findings.length > 0) return findings;
    return applied ? PASS : NOT_APPLICABLE;
  },
});
