import { dayNumber, elapsedDays, isoFromDay, statutoryPeriod, workingDaysBetween } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { firstOnOrAfter, lastOnOrBefore, surelyOnTime, withCitations } from '../helpers/coercion-data';
import { assessDeadline } from '../helpers/deadline';
import { LAW } from '../helpers/laws';
import { licenseDecision } from '../helpers/license-period';

const FIELDS = ['events.hearing-requested', 'events.hearing-held'];
const NOTICE_FIELDS = ['events.hearing-scheduled', 'events.hearing-held'];
const HOLD_PERIOD = statutoryPeriod('license', 20);
const NOTICE_DAYS = 7;
const NOTICE_CITATIONS = [
  { law: LAW.license, article: 48, paragraph: 1, item: 1 },
  { law: LAW.license, article: 82 },
];
const NOT_HELD_CITATIONS = [
  { law: LAW.license, article: 47, paragraph: 1 },
  { law: LAW.license, article: 72, item: 8 },
];

/**
 * 行政许可法 Art. 47(1): on a timely request the agency organises the hearing within 20 days;
 * Art. 48(1)(一): the applicant and interested parties are told the time and place seven days before;
 * Art. 72(八): not holding a hearing that is due is a breach. Art. 82: working days.
 */
export default defineRule({
  id: 'all-47-hearing',
  title: { zh: '许可听证的组织期限和通知', en: 'Licence hearing: timing and notice' },
  category: 3,
  severity: 'medium',
  appliesTo: ['license'],
  citations: [
    { law: LAW.license, article: 47, paragraph: 1 },
    { law: LAW.license, article: 48, paragraph: 1, item: 1 },
    { law: LAW.license, article: 82 },
  ],
  fix: {
    zh: '申请人、利害关系人依法申请听证的，自申请之日起二十个工作日内组织听证，并于举行听证七个工作日前将时间、地点通知申请人、利害关系人；根据听证笔录作出许可决定。',
    en: 'When a hearing is duly requested, hold it within 20 working days, tell the applicant and interested parties its time and place seven working days before, and decide on the hearing record.',
  },
  messages: {
    late: {
      zh: '听证申请于 {requested}，听证举行于 {held}，超过二十个工作日（截止 {due}），可能违反行政许可法第四十七条，请核实。',
      en: 'The hearing was requested on {requested} and held on {held}, after the 20 working days (due {due}); this may breach Art. 47. Please verify.',
    },
    overdue: {
      zh: '听证申请于 {requested}，组织听证的期限已于 {due} 届满，仍未举行听证，可能违反行政许可法第四十七条，请立即组织并核实。',
      en: 'The hearing requested on {requested} was due by {due} and has not been held; this may breach Art. 47. Organise it now and verify.',
    },
    approaching: {
      zh: '听证应于 {due} 前举行（剩余 {daysLeft} 日），请注意提前七个工作日通知。',
      en: 'The hearing must be held by {due} ({daysLeft} day(s) left); remember the seven working days’ notice.',
    },
    'not-held': {
      zh: '申请人或利害关系人于 {requested} 申请听证，但案件中未见举行听证即作出许可决定（{decided}），可能构成依法应当举行听证而不举行（行政许可法第七十二条第八项），请核实。',
      en: 'A hearing was requested on {requested}, but the decision ({decided}) was made with no hearing on record; this may be a failure to hold a due hearing (Art. 72(8)). Please verify.',
    },
    'end-unknown': {
      zh: '听证申请于 {requested}，组织听证的期限已于 {due} 届满，页面未显示听证记录，请核实是否已按期举行听证。',
      en: 'A hearing was requested on {requested} and the period to hold it ended on {due}; the page shows no hearing. Please verify that it was held in time.',
    },
    'missing-end': {
      zh: '听证申请于 {requested}，案件已结案但无法确认是否举行听证，请核实。',
      en: 'A hearing was requested on {requested}; the case is closed but whether it was held cannot be confirmed. Please verify.',
    },
    'short-notice': {
      zh: '听证通知于 {notified}，听证举行于 {held}，不足七个工作日（应不晚于 {latest} 通知），可能违反行政许可法第四十八条第一款第一项，请核实。',
      en: 'Notice was given on {notified} for a hearing on {held}, less than seven working days before (notice due by {latest}); this may breach Art. 48(1)(1). Please verify.',
    },
    'no-notice': {
      zh: '听证于 {held} 举行，但案件中未见听证时间、地点的通知记录，可能违反行政许可法第四十八条第一款第一项，请核实。',
      en: 'The hearing was held on {held} but no notice of its time and place is recorded; this may breach Art. 48(1)(1). Please verify.',
    },
    'notice-unknown': {
      zh: '听证于 {held} 举行，无法读取听证通知记录，请核实是否提前七个工作日通知。',
      en: 'The hearing was held on {held} but the notice record could not be read; please verify seven working days’ notice.',
    },
    uncertain: {
      zh: '听证期限涉及节假日数据未覆盖的年份，请人工核实。',
      en: 'The hearing periods run into a year the holiday calendar does not cover; please check by hand.',
    },
  },
  check(view, context) {
    const requested = view.first('hearing-requested');
    if (!requested) return NOT_APPLICABLE;
    const requestDay = dayNumber(requested.at);
    if (firstOnOrAfter(view.events('hearing-waived'), requestDay)) return NOT_APPLICABLE;
    const held = firstOnOrAfter(view.events('hearing-held'), requestDay);
    const outcomes: Outcome[] = [];

    if (!held) {
      const decision = licenseDecision(view);
      // Art. 47(1) asks for the hearing before the licence decision: an application the applicant withdrew
      // before any decision (and before the hearing) needs neither.
      if (!decision && view.case.decision?.outcome === 'withdrawn') return NOT_APPLICABLE;
      if (decision && dayNumber(decision.at) >= requestDay) {
        const data = { requested: requested.at, decided: decision.at };
        return view.knownAbsent('hearing-held')
          ? withCitations(violation('not-held', FIELDS, data), NOT_HELD_CITATIONS)
          : withCitations(review('missing-end', FIELDS, data), NOT_HELD_CITATIONS);
      }
    }

    const heldDay = held ? dayNumber(held.at) : undefined;
    if (!surelyOnTime(requestDay, heldDay, HOLD_PERIOD, context, !view.isClosed)) {
      const state = assessDeadline(requestDay, heldDay, HOLD_PERIOD, context, !view.isClosed);
      const data = { requested: requested.at, held: held?.at ?? '', due: state.due };
      switch (state.kind) {
        case 'late':
          outcomes.push(violation(state.kind, FIELDS, data, state.due));
          break;
        case 'overdue':
          outcomes.push(
            view.knownAbsent('hearing-held')
              ? violation(state.kind, FIELDS, data, state.due)
              : review('end-unknown', FIELDS, data, state.due),
          );
          break;
        case 'approaching':
          outcomes.push(review('approaching', FIELDS, { ...data, daysLeft: state.daysLeft }, state.due));
          break;
        case 'missing-end':
          outcomes.push(review('missing-end', FIELDS, data, state.due));
          break;
        case 'uncertain':
          outcomes.push(review('uncertain', FIELDS));
          break;
        default:
          break;
      }
    }

    if (held && heldDay !== undefined) {
      const notice = lastOnOrBefore(view.events('hearing-scheduled'), heldDay);
      if (!notice) {
        outcomes.push(
          withCitations(
            view.knownAbsent('hearing-scheduled')
              ? violation('no-notice', NOTICE_FIELDS, { held: held.at })
              : review('notice-unknown', NOTICE_FIELDS, { held: held.at }),
            NOTICE_CITATIONS,
          ),
        );
      } else {
        const gap = elapsedDays(notice.at, heldDay, 'working-days');
        if (gap.days < NOTICE_DAYS) {
          if (!gap.covered) outcomes.push(withCitations(review('uncertain', NOTICE_FIELDS), NOTICE_CITATIONS));
          else {
            const latest = latestNoticeDay(heldDay);
            outcomes.push(
              withCitations(
                violation('short-notice', NOTICE_FIELDS, { notified: notice.at, held: held.at, latest }),
                NOTICE_CITATIONS,
              ),
            );
          }
        }
      }
    }
    return outcomes.length > 0 ? outcomes : PASS;
  },
});

/** The last day on which notice still leaves seven working days before the hearing. */
function latestNoticeDay(heldDay: number): string {
  let day = heldDay - NOTICE_DAYS;
  while (workingDaysBetween(day, heldDay) < NOTICE_DAYS) day--;
  return isoFromDay(day);
}
