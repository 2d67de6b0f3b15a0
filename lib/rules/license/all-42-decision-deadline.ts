import { dayNumber, deadline, workingDaysBetween } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import { dataBoolean, dataNumber, surelyOnTime, withCitations } from '../helpers/coercion-data';
import { assessDeadline } from '../helpers/deadline';
import { LAW } from '../helpers/laws';
import { acceptanceStart, licenseDecision } from '../helpers/license-period';

const FIELDS = ['events.application-accepted', 'events.license-decision', 'events.extension-approved'];
const JOINT_CITATIONS: Citation[] = [
  { law: LAW.license, article: 42, paragraph: 2 },
  { law: LAW.license, article: 82 },
];

/**
 * 行政许可法 Art. 42(1): decide within 20 days of acceptance, extendable by 10 days with the head's
 * approval (reasons told to the applicant); Art. 42(2): 45 + 15 days for unified, joint or centralised
 * processing; Art. 45: hearing, testing, appraisal and expert time notified in writing is not counted;
 * Art. 82: working days. Art. 74(二): not deciding within the statutory period is a breach.
 */
export default defineRule({
  id: 'all-42-decision-deadline',
  title: { zh: '行政许可决定期限', en: 'Licence decision period' },
  category: 3,
  severity: 'high',
  appliesTo: ['license'],
  citations: [
    { law: LAW.license, article: 42, paragraph: 1 },
    { law: LAW.license, article: 74, item: 2 },
    { law: LAW.license, article: 82 },
  ],
  fix: {
    zh: '自受理之日起二十个工作日内作出许可决定；不能按期作出的，在期限届满前经本机关负责人批准延长十个工作日，并将延长理由告知申请人；听证、检验检测、鉴定、专家评审等时间应书面告知申请人方可不计入期限。已超期的请立即作出决定并说明情况。',
    en: 'Decide within 20 working days of acceptance; if that is not possible, extend by 10 working days with the head’s approval before the period ends and tell the applicant why; time for hearings, testing, appraisal or expert review is left out only when the applicant is told in writing. If the period has passed, decide now and record why.',
  },
  messages: {
    late: {
      zh: '自{basis} {start} 起应于 {due} 前作出许可决定（{days} 个工作日），实际决定于 {decided}，超期 {daysLate} 日，可能违反行政许可法第四十二条，请核实。',
      en: 'Counting from {start} ({basisEn}) the decision was due by {due} ({days} working days) but was made on {decided}, {daysLate} day(s) late; this may breach Art. 42. Please verify.',
    },
    overdue: {
      zh: '自{basis} {start} 起的许可决定期限（{days} 个工作日）已于 {due} 届满，仍未作出决定，可能构成不在法定期限内作出许可决定（行政许可法第七十四条第二项），请立即处理并核实。',
      en: 'The decision period from {start} ({basisEn}, {days} working days) ended on {due} and no decision is recorded; this may be a failure to decide in time (Art. 74(2)). Act now and verify.',
    },
    approaching: {
      zh: '许可决定期限将于 {due} 届满（剩余 {daysLeft} 日），请及时作出决定，或在届满前依法批准延长并告知申请人理由。',
      en: 'The decision period ends on {due} ({daysLeft} day(s) left); decide in time, or lawfully extend before it ends and tell the applicant why.',
    },
    'end-unknown': {
      zh: '自{basis} {start} 起的许可决定期限（{days} 个工作日）已于 {due} 届满，页面未显示许可决定，请核实是否已在期限内作出决定。',
      en: 'The decision period from {start} ({basisEn}, {days} working days) ended on {due}; the page shows no decision. Please verify that one was made in time.',
    },
    'missing-end': {
      zh: '案件已结案，但未见许可决定记录（期限截止 {due}），请核实是否已作出决定。',
      en: 'The case is closed but no licence decision is recorded (period ended {due}); please verify a decision was made.',
    },
    uncertain: {
      zh: '许可决定期限（截止 {due}）涉及节假日数据未覆盖的年份，无法准确判断，请人工核实。',
      en: 'The decision period (ending {due}) runs into a year the holiday calendar does not cover; please check by hand.',
    },
    'extension-late': {
      zh: '延期批准（{extended}）晚于原期限届满日（{due}），期限届满后的延长可能无效，请核实。',
      en: 'The extension ({extended}) was approved after the original period ended ({due}); it may not count. Please verify.',
    },
    'extension-too-long': {
      zh: '许可决定期限延长合计 {days} 个工作日，超过法定的 {max} 个工作日，请核实是否有法律、法规另行规定。',
      en: 'The extensions total {days} working days, more than the {max} allowed; please verify whether another law or regulation provides for it.',
    },
  },
  check(view, context) {
    const start = acceptanceStart(view);
    if (!start) return NOT_APPLICABLE;
    const accepted = view.first('application-accepted');
    const joint = dataBoolean(accepted, 'joint') === true;
    const special = dataNumber(accepted, 'periodDays');
    const baseDays = special !== undefined && special > 0 ? Math.floor(special) : joint ? 45 : 20;
    const maxExtension = joint ? 15 : 10;
    const citations = joint && special === undefined ? JOINT_CITATIONS : undefined;
    const outcomes: Outcome[] = [];

    const decision = licenseDecision(view);
    // An application the applicant withdrew needs no decision: the procedure ends with the withdrawal.
    if (!decision && view.case.decision?.outcome === 'withdrawn') return NOT_APPLICABLE;
    const decidedDay = decision ? dayNumber(decision.at) : undefined;

    // Art. 45: time notified in writing (suspended → resumed) is left out.
    let excluded = 0;
    for (const suspended of view.events('suspended')) {
      const from = dayNumber(suspended.at);
      if (from < start.day) continue;
      let to: number | undefined;
      for (const resumed of view.events('resumed')) {
        const day = dayNumber(resumed.at);
        if (day >= from) {
          to = day;
          break;
        }
      }
      if (to === undefined) {
        // Still suspended: the clock stands still until it resumes (or until the decision).
        if (decidedDay === undefined && !view.isClosed) return PASS;
        to = decidedDay ?? from;
      }
      excluded += workingDaysBetween(from, to);
    }

    // Art. 45: the time a hearing needs is not counted either, from the request to the hearing (or to the
    // withdrawal of the request).
    const requested = view.events('hearing-requested').find((event) => dayNumber(event.at) >= start.day);
    if (requested) {
      const from = dayNumber(requested.at);
      const ends = [view.events('hearing-held'), view.events('hearing-waived')];
      let to: number | undefined;
      for (const list of ends) {
        for (const event of list) {
          const day = dayNumber(event.at);
          if (day >= from && (to === undefined || day < to)) to = day;
        }
      }
      if (to === undefined) {
        // A hearing still to come: the clock stands still until it is held (or until the decision).
        if (decidedDay === undefined && !view.isClosed) return PASS;
        to = decidedDay ?? from;
      }
      if (decidedDay !== undefined && to > decidedDay) to = decidedDay;
      excluded += workingDaysBetween(from, to);
    }

    let extension = 0;
    const extensions = view.events('extension-approved');
    const original =
      extensions.length > 0 ? deadline(start.day, { length: baseDays + excluded, unit: 'working-days' }) : undefined;
    for (const event of extensions) {
      if (original && dayNumber(event.at) > original.due) {
        outcomes.push(violation('extension-late', FIELDS, { extended: event.at, due: original.dueIso }));
        continue;
      }
      extension += Math.ceil(dataNumber(event, 'days') ?? maxExtension);
    }
    if (extension > maxExtension) {
      outcomes.push(review('extension-too-long', FIELDS, { days: extension, max: maxExtension }));
      extension = maxExtension;
    }

    const days = baseDays + extension;
    const period = { length: days + excluded, unit: 'working-days' } as const;
    if (outcomes.length === 0 && surelyOnTime(start.day, decidedDay, period, context, !view.isClosed)) return PASS;
    const state = assessDeadline(start.day, decidedDay, period, context, !view.isClosed);
    const data = {
      start: start.at,
      basis: start.deemed ? '收到申请材料（逾期未告知补正，视为受理）' : '受理',
      basisEn: start.deemed ? 'receipt; the late correction notice makes it the acceptance' : 'acceptance',
      days,
      due: state.due,
      decided: decision?.at ?? '',
    };
    switch (state.kind) {
      case 'met':
      case 'running':
        break;
      case 'late':
      case 'overdue':
        if (state.kind === 'overdue' && !view.knownAbsent('license-decision') && !view.knownAbsent('decision'))
          outcomes.push(review('end-unknown', FIELDS, data, state.due));
        else outcomes.push(violation(state.kind, FIELDS, { ...data, daysLate: state.daysLate }, state.due));
        break;
      case 'approaching':
        outcomes.push(review('approaching', FIELDS, { ...data, daysLeft: state.daysLeft }, state.due));
        break;
      case 'missing-end':
        outcomes.push(review('missing-end', FIELDS, data, state.due));
        break;
      case 'uncertain':
        outcomes.push(review('uncertain', FIELDS, data, state.due));
        break;
    }
    if (outcomes.length === 0) return PASS;
    if (citations) for (let i = 0; i < outcomes.length; i++) outcomes[i] = withCitations(outcomes[i]!, citations);
    return outcomes;
  },
});
