import { dayNumber, deadline, type Period } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { CaseView } from '../../engine/case-view';
import type { CaseEvent } from '../../case/schema';
import type { Citation, Outcome } from '../../engine/types';
import { dataNumber, measureKind, surelyOnTime, withCitations } from '../helpers/coercion-data';
import { assessDeadline } from '../helpers/deadline';
import { LAW } from '../helpers/laws';

/** 行政强制法 Arts. 25, 32: thirty days, calendar days (Art. 69 makes only periods of ten days or less working days). */
const TERM_DAYS = 30;
const MAX_EXTENSION_DAYS = 30;
const FIELDS = [
  'events.coercion-applied',
  'events.coercion-extended',
  'events.coercion-lifted',
  'events.items-handled',
];
const FREEZE_CITATIONS: Citation[] = [
  { law: LAW.coercion, article: 32, paragraph: 1 },
  { law: LAW.coercion, article: 62, item: 4 },
];

/**
 * 行政强制法 Art. 25: sealing or seizure lasts at most 30 days, extendable with the head's approval by
 * at most 30 days; testing time notified in writing is not counted. Art. 27: the handling decision is
 * made within that term. Art. 32 sets the same term for freezing. Art. 62(三)(四): failing to decide
 * or release within the term is a breach.
 */
export default defineRule({
  id: 'acl-25-seizure-term',
  title: { zh: '查封扣押（冻结）期限', en: 'Term of a sealing, seizure or freezing' },
  category: 5,
  severity: 'high',
  appliesTo: ['coercion'],
  citations: [
    { law: LAW.coercion, article: 25, paragraph: 1 },
    { law: LAW.coercion, article: 27 },
    { law: LAW.coercion, article: 62, item: 3 },
  ],
  fix: {
    zh: '在期限届满前作出处理决定（没收、销毁或解除）；情况复杂需延长的，届满前经负责人批准延长（不超过三十日）并及时书面告知当事人理由；期限已过的立即作出处理或解除决定并退还财物。',
    en: 'Make the handling decision (confiscate, destroy or lift) before the term ends; in complex cases extend it before expiry, with the head’s approval, by at most 30 days and tell the party in writing why; if the term has passed, decide or lift at once and return the property.',
  },
  messages: {
    late: {
      zh: '强制措施自 {applied} 起，期限至 {due}，但解除或处理记录在 {end}，超期 {daysLate} 日，可能违反行政强制法第二十五条、第二十七条（法律、行政法规另有规定的除外），请核实。',
      en: 'The measure began on {applied} and its term ended on {due}, but it was lifted or handled only on {end}, {daysLate} day(s) late (Arts. 25 and 27, unless a law or administrative regulation provides otherwise). Please verify.',
    },
    overdue: {
      zh: '强制措施自 {applied} 起，期限已于 {due} 届满（超期 {daysLate} 日），未见处理决定或解除记录，可能构成在法定期间不作出处理决定（行政强制法第六十二条），请立即处理并核实。',
      en: 'The measure began on {applied} and its term ended on {due} ({daysLate} day(s) ago) with no handling decision or lifting recorded; this may be a failure to decide within the term (Art. 62). Act now and verify.',
    },
    approaching: {
      zh: '强制措施期限将于 {due} 届满（剩余 {daysLeft} 日），请在届满前作出处理决定、解除或依法批准延长。',
      en: 'The measure’s term ends on {due} ({daysLeft} day(s) left); decide, lift or lawfully extend it before then.',
    },
    'end-unknown': {
      zh: '强制措施自 {applied} 起，期限已于 {due} 届满，页面未显示处理决定或解除记录，请核实是否已在期限内依法处理。',
      en: 'The measure began on {applied} and its term ended on {due}; the page shows no handling decision or lifting. Please verify that it was dealt with in time.',
    },
    'missing-end': {
      zh: '案件已结案，但未见强制措施（{applied} 起，期限至 {due}）的解除或财物处理记录，请核实是否已依法处理。',
      en: 'The case is closed but no lifting or handling of the measure (from {applied}, term ending {due}) is recorded; please verify it was dealt with.',
    },
    uncertain: {
      zh: '强制措施期限（至 {due}）涉及节假日数据未覆盖的年份，无法准确判断是否超期，请人工核实。',
      en: 'The term (ending {due}) runs into a year the holiday calendar does not cover; please check by hand.',
    },
    'testing-unclear': {
      zh: '强制措施可能已超过期限（不计检测期间为 {due}），案件记录了检测、鉴定但未载明其期间，请核实检测期间是否已书面告知当事人并据此扣除。',
      en: 'The measure may have run past its term ({due} before any testing time); testing or appraisal is recorded without its length. Please verify the testing period was notified in writing and deduct it.',
    },
    'extension-too-long': {
      zh: '强制措施延长合计 {days} 日，超过行政强制法第二十五条规定的三十日上限，请核实。',
      en: 'The extensions total {days} days, more than the 30 days allowed by Art. 25. Please verify.',
    },
    'extension-unclear': {
      zh: '强制措施有多次延长记录但未载明延长天数，请核实延长合计是否超过三十日。',
      en: 'Several extensions are recorded without their lengths; please verify they total no more than 30 days.',
    },
    'extended-after-expiry': {
      zh: '延长决定（{extended}）晚于原期限届满日（{due}），期限届满后不能再延长，可能超期实施强制措施，请核实。',
      en: 'The extension ({extended}) came after the original term ended ({due}); an expired term cannot be extended. Please verify.',
    },
  },
  check(view, context) {
    const applied = view.first('coercion-applied');
    if (!applied) return NOT_APPLICABLE;
    const kind = measureKind(applied);
    if (kind === 'liberty' || kind === 'other') return NOT_APPLICABLE;
    const citations = kind === 'freezing' ? FREEZE_CITATIONS : undefined;
    const appliedDay = dayNumber(applied.at);

    // Testing or appraisal time notified in writing does not count (Art. 25(3)).
    let testingDays = 0;
    let unquantifiedTesting = false;
    for (const event of view.events('expert-opinion')) {
      if (dayNumber(event.at) < appliedDay) continue;
      const days = dataNumber(event, 'days');
      if (days === undefined) unquantifiedTesting = true;
      else testingDays += Math.floor(days);
    }

    const outcomes: Outcome[] = [];
    let extensionDays = 0;
    let unquantifiedExtension = false;
    const extensions = extensionEvents(view, appliedDay);
    for (const event of extensions) {
      // An extension must be decided while the term (as already lawfully extended) is still running.
      const current = deadline(
        appliedDay,
        calendarDays(TERM_DAYS + testingDays + Math.min(extensionDays, MAX_EXTENSION_DAYS)),
      );
      if (dayNumber(event.at) > current.due) {
        outcomes.push(
          violation('extended-after-expiry', FIELDS, { extended: event.at, due: current.dueIso }, current.dueIso),
        );
        continue;
      }
      const days = dataNumber(event, 'days');
      if (days === undefined) {
        unquantifiedExtension = true;
        extensionDays += MAX_EXTENSION_DAYS;
      } else extensionDays += Math.ceil(days);
    }
    if (extensionDays > MAX_EXTENSION_DAYS) {
      outcomes.push(
        unquantifiedExtension
          ? review('extension-unclear', FIELDS)
          : violation('extension-too-long', FIELDS, { days: extensionDays }),
      );
      extensionDays = MAX_EXTENSION_DAYS;
    }

    const lifted = view.firstDay('coercion-lifted');
    const handled = view.firstDay('items-handled');
    const end = lifted === undefined ? handled : handled === undefined ? lifted : Math.min(lifted, handled);
    const period = calendarDays(TERM_DAYS + testingDays + extensionDays);
    if (outcomes.length === 0 && surelyOnTime(appliedDay, end, period, context, !view.isClosed)) return PASS;
    const state = assessDeadline(appliedDay, end, period, context, !view.isClosed);
    const data = { applied: applied.at, due: state.due, end: end === undefined ? '' : isoOf(view, end) };
    switch (state.kind) {
      case 'met':
      case 'running':
        break;
      case 'late':
      case 'overdue':
        if (unquantifiedTesting) outcomes.push(review('testing-unclear', FIELDS, data, state.due));
        else if (
          state.kind === 'overdue' &&
          !(view.knownAbsent('coercion-lifted') && view.knownAbsent('items-handled'))
        )
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

/**
 * The extensions of the measure: its `coercion-extended` events, or, when a host records the extension
 * only as the head's approval (延期批准), the `extension-approved` events while the measure lasts. Both kinds
 * often describe the same extension (approval, then the notice to the party), so they are not added up.
 */
function extensionEvents(view: CaseView, appliedDay: number): readonly CaseEvent[] {
  const extended = view.events('coercion-extended');
  if (extended.length > 0) return extended;
  const approved = view.events('extension-approved');
  if (approved.length === 0) return approved;
  // A 延期 approved after the measure ended (say, of a payment) is not an extension of the measure.
  const lifted = view.firstDay('coercion-lifted');
  const handled = view.firstDay('items-handled');
  const end = Math.min(lifted ?? Infinity, handled ?? Infinity);
  return approved.filter((event) => {
    const day = dayNumber(event.at);
    return day >= appliedDay && day < end;
  });
}

function calendarDays(length: number): Period {
  return { length, unit: 'calendar-days' };
}

/** The recorded date string of the lifting or handling step that ended the measure. */
function isoOf(view: CaseView, day: number): string {
  const lifted = view.first('coercion-lifted');
  if (lifted && dayNumber(lifted.at) === day) return lifted.at;
  return view.first('items-handled')?.at ?? '';
}
