import { dayNumber } from '../calendar/days';
import { LAW } from '../rules/helpers/laws';
import { defineCheck, type Collector } from './check-kit';
import type { ParsedDocument } from './types';

/** The order of the dates: the decision not in the future, no step after the decision. */

export const DATE_ORDER = defineCheck({
  id: 'doc-date-order',
  title: { zh: '文书记载的日期先后一致', en: 'Dates in the decision in order' },
  category: 3,
  severity: 'medium',
  citations: [
    { law: LAW.penalty, article: 44 },
    { law: LAW.shandongSupervision, article: 31, paragraph: 1, item: 2 },
  ],
  fix: {
    zh: '核对决定书中调查、告知、听证等步骤的日期与决定日期；日期笔误的请书面补正，步骤确在决定之后的请评估决定的合法性。',
    en: 'Check the dates of the investigation, notice, hearing and other steps against the decision date; correct a slip in writing, and if a step really came after the decision, assess whether the decision stands.',
  },
  messages: {
    'step-after-decision': {
      zh: '决定书记载“{step}”的日期（{date}）晚于决定日期（{decision}），决定之前的步骤不应晚于决定，可能日期有误或程序倒置，请核实。',
      en: 'The decision dates a prior step (“{step}”) on {date}, after the decision date {decision}; the date may be wrong or the order of steps reversed. Please verify.',
    },
    'notice-after-decision': {
      zh: '决定书记载的事先告知日期（{date}）不早于决定日期（{decision}），可能未在作出决定前告知当事人（行政处罚法第四十四条、第六十二条），请核实。',
      en: 'The prior notice is dated {date}, not before the decision ({decision}); the party may not have been told before the decision (Arts. 44, 62). Please verify.',
    },
    'future-decision': {
      zh: '决定日期（{decision}）晚于今日（{today}），可能日期有误，请核实。',
      en: 'The decision date ({decision}) is after today ({today}); it may be wrong. Please verify.',
    },
  },
});

export function checkDates(doc: ParsedDocument, out: Collector, todayDay: number, today: string): void {
  const decision = doc.decisionDate;
  if (!decision || doc.kind === 'summary') return;
  const decisionDay = dayNumber(decision);
  if (decisionDay > todayDay) {
    out.add(DATE_ORDER, 'review', 'future-decision', [doc.dateSpan], ['events.decision'], { decision, today });
  }
  if (doc.priorNotice.date && dayNumber(doc.priorNotice.date) >= decisionDay) {
    out.add(
      DATE_ORDER,
      'violation',
      'notice-after-decision',
      [doc.priorNotice.span, doc.dateSpan],
      ['events.notice-of-intent', 'events.decision'],
      {
        date: doc.priorNotice.date,
        decision,
      },
      [
        { law: LAW.penalty, article: 44 },
        { law: LAW.penalty, article: 62 },
      ],
    );
  }
  const reported = new Set<string>();
  for (const step of doc.steps) {
    if (dayNumber(step.date) <= decisionDay) continue;
    if (step.date === doc.priorNotice.date || reported.has(step.date)) continue;
    reported.add(step.date);
    out.add(DATE_ORDER, 'violation', 'step-after-decision', [step.sentence, doc.dateSpan], ['events.decision'], {
      step: step.text,
      date: step.date,
      decision,
    });
  }
}
