import { dayNumber } from '../../calendar/days';
import { addWorkingDays, elapsedDays, isCoveredDay, isoFromDay, workingDaysBetween } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome, RuleContext } from '../../engine/types';
import type { CaseView } from '../../engine/case-view';
import { LAW } from '../helpers/laws';
import {
  cite,
  generalDecision,
  hearingRightNotice,
  hearingTrigger,
  imposesPenalty,
  lastNotAfter,
} from '../helpers/penalty-decision-common';

const REQUEST = [
  { law: LAW.penalty, article: 64, paragraph: 1, item: 1 },
  { law: LAW.penalty, article: 85 },
];
const SCHEDULE = [
  { law: LAW.penalty, article: 64, paragraph: 1, item: 2 },
  { law: LAW.penalty, article: 85 },
];
const PRESIDER = [{ law: LAW.penalty, article: 64, paragraph: 1, item: 4 }];

/** A waiver of the hearing recorded on a notice or a statement (`data.hearingWaived`). */
function waiverNoted(view: CaseView): boolean {
  for (const kind of ['notice-of-intent', 'statement-heard'] as const) {
    for (const event of view.events(kind)) if (event.data?.hearingWaived === true) return true;
  }
  return false;
}

/**
 * Art. 64(1)(i) gives the party five (working, Art. 85) days after being told of the hearing right to
 * ask for one. A decision taken inside that window, with no request and no waiver, cuts the right off.
 */
function decidedInWindow(view: CaseView, context: RuleContext): Outcome | undefined {
  const decision = generalDecision(view);
  if (!decision || !imposesPenalty(view)) return undefined;
  if (view.has('hearing-requested') || view.has('hearing-held') || view.has('hearing-waived')) return undefined;
  if (waiverNoted(view)) return undefined;
  const notice = hearingRightNotice(view, decision.at);
  if (!notice) return undefined;
  const noticeDay = dayNumber(notice.at);
  const decisionDay = dayNumber(decision.at);
  const due = addWorkingDays(noticeDay, 5);
  if (decisionDay > due) return undefined;
  const trigger = hearingTrigger(view, context.profile);
  if (trigger.status === 'no') return undefined; // the hearing was offered, not owed
  const fields = ['events.decision', 'events.hearing-notice', 'events.hearing-waived'];
  const data = { notice: notice.at, decision: decision.at, due: isoFromDay(due) };
  const sure = isCoveredDay(noticeDay) && isCoveredDay(due);
  const known = view.knownAbsent('hearing-waived') && view.knownAbsent('hearing-requested');
  return cite(
    sure && known && trigger.status === 'yes'
      ? violation('decided-in-window', fields, data, data.due)
      : review('decided-in-window', fields, data, data.due),
    REQUEST,
  );
}

function presiders(value: unknown): readonly string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((name): name is string => typeof name === 'string');
  return [];
}

export default defineRule({
  id: 'apl-64-hearing-procedure',
  title: {
    zh: '听证程序：申请期限、提前通知与主持人',
    en: 'Hearing procedure: request period, advance notice and presider',
  },
  category: 3,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 64, paragraph: 1 },
    { law: LAW.penalty, article: 85 },
  ],
  fix: {
    zh: '在举行听证七个工作日前书面通知当事人及有关人员听证的时间、地点；由非本案调查人员主持听证；对逾期提出的听证申请，核实告知送达日期和五个工作日的计算后再作处理，并书面说明理由。',
    en: 'Notify the party and others of the hearing’s time and place at least 7 working days before it; have it presided over by someone who did not investigate the case; before treating a request as late, check the notice date and the 5-working-day count, and give reasons in writing.',
  },
  messages: {
    'short-notice': {
      zh: '听证通知（{scheduled}）距举行听证（{held}）仅{days}个工作日，少于七日，可能违反第六十四条第一款第（二）项，请核实。',
      en: 'The hearing notice ({scheduled}) came only {days} working days before the hearing ({held}), fewer than 7; this may breach Art. 64 para 1 item 2. Please verify.',
    },
    'schedule-after': {
      zh: '听证通知（{scheduled}）晚于举行听证（{held}），可能未提前七日通知听证的时间、地点，请核实。',
      en: 'The hearing notice ({scheduled}) is dated after the hearing ({held}); the time and place may not have been notified 7 days ahead. Please verify.',
    },
    'no-schedule': {
      zh: '已举行听证（{held}），但时间线中未见听证通知（时间、地点），可能未在七日前通知，请核实并补充通知记录。',
      en: 'A hearing was held ({held}) but the timeline shows no notice of its time and place; it may not have been given 7 days ahead. Please verify and add the record.',
    },
    'schedule-unknown': {
      zh: '已举行听证（{held}），但无法读取听证通知记录，请核实是否在七个工作日前通知了听证的时间、地点。',
      en: 'A hearing was held ({held}) but the notice of its time and place could not be read; please verify that it was given 7 working days ahead.',
    },
    'schedule-uncertain': {
      zh: '听证通知（{scheduled}）至举行听证（{held}）涉及节假日数据未覆盖的年份，请人工核对是否提前七个工作日通知。',
      en: 'The period from the hearing notice ({scheduled}) to the hearing ({held}) falls in a year the holiday calendar does not cover; please check the 7 working days by hand.',
    },
    'late-request': {
      zh: '当事人于{requested}申请听证，距告知（{notice}）已{days}个工作日，超过五日，且未见举行听证；请核实告知送达日期与期限计算，当事人可能逾期，不予听证应有书面理由。',
      en: 'The party asked for a hearing on {requested}, {days} working days after being told ({notice}), more than 5, and no hearing is recorded. Please verify the date of service and the count; the request may be late, and a refusal needs written reasons.',
    },
    'decided-in-window': {
      zh: '听证权利告知（{notice}）后五个工作日内（至{due}）当事人仍可要求听证，但处罚决定已于{decision}作出，且未见当事人放弃听证的记录，可能剥夺了当事人要求听证的权利，请核实。',
      en: 'After being told of the hearing right ({notice}) the party could ask for a hearing until {due} (5 working days), but the decision was made on {decision} and no waiver is recorded; the right may have been cut off. Please verify.',
    },
    'presider-investigator': {
      zh: '听证主持人{presider}同时是本案调查人员，可能违反第六十四条第一款第（四）项（由非本案调查人员主持），请核实。',
      en: 'The hearing presider {presider} is also an investigator in this case; this may breach Art. 64 para 1 item 4 (presided by a non-investigator). Please verify.',
    },
  },
  check(view, context) {
    const held = view.first('hearing-held');
    const requested = view.first('hearing-requested');
    if (!held && !requested) {
      const early = decidedInWindow(view, context);
      return early ?? NOT_APPLICABLE;
    }
    const findings: Outcome[] = [];

    if (held) {
      const heldDay = dayNumber(held.at);
      const schedules = view.events('hearing-scheduled');
      const scheduled = lastNotAfter(schedules, held.at);
      const fields = ['events.hearing-scheduled', 'events.hearing-held'];
      if (scheduled) {
        const scheduledDay = dayNumber(scheduled.at);
        const elapsed = elapsedDays(scheduledDay, heldDay, 'working-days');
        if (elapsed.days < 7) {
          findings.push(
            cite(
              elapsed.covered || heldDay - scheduledDay < 7
                ? violation('short-notice', fields, { scheduled: scheduled.at, held: held.at, days: elapsed.days })
                : review('schedule-uncertain', fields, { scheduled: scheduled.at, held: held.at }),
              SCHEDULE,
            ),
          );
        }
      } else if (schedules.length > 0) {
        findings.push(
          cite(violation('schedule-after', fields, { scheduled: schedules[0]!.at, held: held.at }), SCHEDULE),
        );
      } else if (view.knownAbsent('hearing-scheduled')) {
        findings.push(cite(violation('no-schedule', fields, { held: held.at }), SCHEDULE));
      } else {
        findings.push(cite(review('schedule-unknown', fields, { held: held.at }), SCHEDULE));
      }

      const names = presiders(held.data?.presider);
      if (names.length > 0) {
        for (const officer of view.officersWithRole('investigator')) {
          const name = officer.name.trim();
          if (names.some((presider) => presider.trim() === name)) {
            findings.push(
              cite(
                violation('presider-investigator', ['events.hearing-held', 'officers'], { presider: name }),
                PRESIDER,
              ),
            );
            break;
          }
        }
      }
    } else if (requested) {
      const requestDay = dayNumber(requested.at);
      const notice = hearingRightNotice(view, requested.at);
      const withdrawn = view.events('hearing-waived').some((waiver) => dayNumber(waiver.at) >= requestDay);
      if (notice && !withdrawn) {
        const days = workingDaysBetween(dayNumber(notice.at), requestDay);
        if (days > 5) {
          findings.push(
            cite(
              review('late-request', ['events.hearing-requested', 'events.hearing-notice'], {
                requested: requested.at,
                notice: notice.at,
                days,
              }),
              REQUEST,
            ),
          );
        }
      }
    }

    return findings.length > 0 ? findings : PASS;
  },
});
