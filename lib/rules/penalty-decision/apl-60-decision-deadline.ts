import { dayNumber } from '../../calendar/days';
import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import { assessDeadline } from '../helpers/deadline';
import { LAW } from '../helpers/laws';
import { dataNumber } from '../helpers/penalty-decision-common';

/** Calendar days from `from` to `to` that fall inside [start, end]. */
function overlap(from: number, to: number, start: number, end: number): number {
  const a = Math.max(from, start);
  const b = Math.min(to, end);
  return b > a ? b - a : 0;
}

/**
 * Days within the case that a sector rule may leave out of the period (行政处罚法 Art. 60, second
 * sentence): from a hearing request to the hearing, and from sampling to the test result.
 */
function excludableDays(view: CaseView, start: number, end: number): number {
  let days = 0;
  const requested = view.first('hearing-requested');
  const held = view.first('hearing-held');
  if (requested && held) days += overlap(dayNumber(requested.at), dayNumber(held.at), start, end);
  const result = view.last('expert-opinion');
  if (result) {
    const resultDay = dayNumber(result.at);
    for (const sampling of view.events('sampling')) {
      const day = dayNumber(sampling.at);
      if (day <= resultDay) {
        days += overlap(day, resultDay, start, end);
        break;
      }
    }
  }
  return days;
}

export default defineRule({
  id: 'apl-60-decision-deadline',
  title: { zh: '自立案起九十日内作出处罚决定', en: 'Penalty decision within 90 days of filing' },
  category: 3,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [{ law: LAW.penalty, article: 60 }],
  fix: {
    zh: '在办案期限届满前作出决定；确需延长的，依照法律、法规、规章的规定报批延期并记录延长天数，中止、恢复也应记录日期。已逾期的，请尽快依法作出决定并说明逾期原因。',
    en: 'Decide before the time limit ends; where a law, regulation or rule allows an extension, have it approved and record its length in days, and record the dates of any suspension and resumption. If the limit has passed, decide promptly and record why it was late.',
  },
  messages: {
    'spans-excluded': {
      zh: '立案（{filed}）至处罚决定（{decision}）超过九十日（期限{due}，逾期{daysLate}天），但其间听证或检测、鉴定共约{spans}天；第六十条规定“法律、法规、规章另有规定的，从其规定”，部分领域规章规定听证、检测等期间不计入办案期限，请核实适用的规定及期间是否已书面记录。',
      en: 'From filing ({filed}) to decision ({decision}) took longer than 90 days (due {due}, {daysLate} days late), but a hearing or testing took about {spans} days in between; Art. 60 yields to laws, regulations and rules that provide otherwise, and some sector rules leave such time out. Please verify the rule that applies and that the spans are recorded.',
    },
    late: {
      zh: '立案（{filed}）至处罚决定（{decision}）超过办案期限，期限应于{due}届满，逾期{daysLate}天，可能违反第六十条，请核实是否有法律、法规、规章规定的延期或中止依据。',
      en: 'The decision ({decision}) came after the time limit counted from filing ({filed}); the limit ended on {due}, {daysLate} days earlier. This may breach Art. 60; please verify any extension or suspension allowed by law, regulation or rule.',
    },
    overdue: {
      zh: '案件自立案（{filed}）起已超过办案期限（{due}届满，已逾期{daysLate}天）仍未作出处罚决定，可能违反第六十条，逾期不决还可能构成不履行法定职责，请尽快核实处理。',
      en: 'The case, filed on {filed}, has passed its time limit ({due}, {daysLate} days ago) with no decision; this may breach Art. 60 and may amount to not performing a statutory duty. Please act now.',
    },
    approaching: {
      zh: '办案期限将于{due}届满（剩余{daysLeft}天），尚未作出处罚决定，请抓紧办理或依法报批延期。',
      en: 'The time limit ends on {due} (days left: {daysLeft}) and no decision has been made; please decide soon or have an extension approved as the law allows.',
    },
    'extension-unknown': {
      zh: '案件有延期批准记录但未载明延长天数，无法判断是否在办案期限（不计延期为{due}）内作出决定，请核实延期天数。',
      en: 'An extension was approved but its length is not recorded, so the time limit (without it: {due}) cannot be checked; please record the extension in days.',
    },
    'end-unknown': {
      zh: '案件自立案（{filed}）起的办案期限已于{due}届满，页面未显示处罚决定，请核实是否已在期限内作出决定。',
      en: 'The time limit counted from filing ({filed}) ended on {due}; the page shows no decision. Please verify that one was made in time.',
    },
    'missing-end': {
      zh: '案件已结案，但未见处罚决定日期，无法核对办案期限（{due}），请核实。',
      en: 'The case is closed but no decision date is recorded, so the time limit ({due}) cannot be checked; please verify.',
    },
    uncertain: {
      zh: '办案期限（约{due}）涉及节假日数据未覆盖的年份，请人工核对是否逾期。',
      en: 'The time limit (about {due}) falls in a year the holiday calendar does not cover; please check it by hand.',
    },
  },
  check(view, context) {
    if (view.case.procedure === 'simple') return NOT_APPLICABLE;
    const filing = view.first('filing-approved');
    if (!filing) return NOT_APPLICABLE;
    const start = dayNumber(filing.at);
    const decision = view.first('decision');
    const end = decision ? dayNumber(decision.at) : undefined;

    let length = context.profile.penaltyDecisionDays;
    let unknownExtension = false;
    for (const extension of view.events('extension-approved')) {
      const days = dataNumber(extension, 'days');
      if (days !== undefined && days > 0) length += days;
      else unknownExtension = true;
    }

    // Suspended periods do not count; an open suspension stops the clock on the day it began.
    let stopAt: number | undefined;
    const suspensions = view.events('suspended');
    if (suspensions.length > 0) {
      const resumptions = view.events('resumed');
      let next = 0;
      let coveredUntil = start;
      for (const suspension of suspensions) {
        const from = Math.max(dayNumber(suspension.at), coveredUntil);
        if (end !== undefined && from >= end) break;
        while (next < resumptions.length && dayNumber(resumptions[next]!.at) < dayNumber(suspension.at)) next++;
        if (next < resumptions.length) {
          let to = dayNumber(resumptions[next]!.at);
          next++;
          if (end !== undefined && to > end) to = end;
          if (to > from) {
            length += to - from;
            coveredUntil = to;
          }
        } else if (end !== undefined) {
          length += end - from;
          break;
        } else {
          stopAt = from;
          break;
        }
      }
    }

    // Fast path: a calendar-day period only ever ends later than start + length, so these are met or running.
    if (unknownExtension === false && stopAt === undefined) {
      if (
        end !== undefined
          ? end - start <= length
          : !view.isClosed && context.todayDay - start < context.profile.yellowFraction * length
      ) {
        return PASS;
      }
    }
    const caseOpen = !view.isClosed || stopAt !== undefined;
    const clock = stopAt !== undefined && stopAt < context.todayDay ? { ...context, todayDay: stopAt } : context;
    const state = assessDeadline(start, end, { length, unit: 'calendar-days' }, clock, caseOpen);
    const fields = ['events.filing-approved', 'events.decision', 'events.extension-approved'];
    if (unknownExtension && (state.kind === 'late' || state.kind === 'overdue' || state.kind === 'approaching')) {
      return review('extension-unknown', fields, { due: state.due });
    }
    switch (state.kind) {
      case 'met':
      case 'running':
        return PASS;
      case 'late': {
        // Art. 60 yields to laws, regulations and rules that say otherwise; sector rules commonly leave
        // hearing and testing time out. When those spans cover the delay, ask instead of accusing.
        const spans = excludableDays(view, start, end!);
        if (spans >= state.daysLate) {
          return review(
            'spans-excluded',
            fields,
            { filed: filing.at, decision: decision!.at, due: state.due, daysLate: state.daysLate, spans },
            state.due,
          );
        }
        return violation(
          'late',
          fields,
          { filed: filing.at, decision: decision!.at, due: state.due, daysLate: state.daysLate },
          state.due,
        );
      }
      case 'overdue':
        return view.knownAbsent('decision')
          ? violation('overdue', fields, { filed: filing.at, due: state.due, daysLate: state.daysLate }, state.due)
          : review('end-unknown', fields, { filed: filing.at, due: state.due }, state.due);
      case 'approaching':
        return review('approaching', fields, { due: state.due, daysLeft: state.daysLeft }, state.due);
      case 'missing-end':
        return review('missing-end', fields, { due: state.due }, state.due);
      case 'uncertain':
        return review('uncertain', fields, { due: state.due }, state.due);
    }
  },
});
