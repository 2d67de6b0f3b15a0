import { dayNumber, isCoveredDay, isStatutoryHoliday, minutesOfDay } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Profile } from '../../engine/profile';
import type { Outcome } from '../../engine/types';
import { dataDate, isCourtEnforcement } from '../helpers/coercion-data';
import { LAW } from '../helpers/laws';

const FIELDS = ['events.enforcement', 'flags.emergency'];

/**
 * 行政强制法 Art. 43(1): no administrative enforcement at night or on statutory holidays unless the
 * situation is urgent; Art. 61(四) names it as a breach. The law does not define "night": the window
 * comes from the profile (a parameter to confirm locally). The rule looks at the agency's own
 * execution; an application to the court is not execution by the agency.
 */
export default defineRule({
  id: 'acl-43-night-holiday',
  title: { zh: '不得在夜间或法定节假日实施强制执行', en: 'No enforcement at night or on statutory holidays' },
  category: 7,
  severity: 'high',
  appliesTo: ['coercion'],
  citations: [
    { law: LAW.coercion, article: 43, paragraph: 1 },
    { law: LAW.coercion, article: 61, item: 4 },
  ],
  fix: {
    zh: '强制执行应安排在工作日白天进行；确属情况紧急需在夜间或法定节假日执行的，应在案卷中记载紧急情况、审批及全程音像记录。请核实并补充说明。',
    en: 'Carry out enforcement in daytime on working days; where an emergency truly required night or holiday enforcement, record the emergency, the approval and the full video. Verify and add an explanation.',
  },
  messages: {
    night: {
      zh: '强制执行时间为 {time}，处于夜间（{window}），案件未记载情况紧急，可能违反行政强制法第四十三条，请核实；如属情况紧急，请补充记载紧急情况。',
      en: 'Enforcement at {time} falls in the night window ({window}) and no emergency is recorded; this may breach Art. 43. Please verify; if it was urgent, record the emergency.',
    },
    holiday: {
      zh: '强制执行日期 {date} 为法定节假日，案件未记载情况紧急，可能违反行政强制法第四十三条，请核实；如属情况紧急，请补充记载紧急情况。',
      en: 'Enforcement on {date}, a statutory holiday, with no emergency recorded; this may breach Art. 43. Please verify; if it was urgent, record the emergency.',
    },
    uncovered: {
      zh: '强制执行日期 {date} 所在年份不在节假日数据范围内，无法判断是否为法定节假日，请人工核实。',
      en: 'The enforcement date {date} is in a year the holiday calendar does not cover; please check by hand whether it was a statutory holiday.',
    },
  },
  check(view, context) {
    const events = view.events('enforcement');
    if (events.length === 0) return NOT_APPLICABLE;
    const window = nightWindow(context.profile);
    const emergency = view.flag('emergency') === true;
    let applicable = false;
    const outcomes: Outcome[] = [];
    for (const event of events) {
      if (isCourtEnforcement(event)) continue;
      applicable = true;
      if (emergency) continue;
      const end = dataDate(event, 'endAt');
      const finding = checkInstant(event.at, window) ?? (end === undefined ? undefined : checkInstant(end, window));
      if (finding) outcomes.push(finding);
    }
    if (!applicable) return NOT_APPLICABLE;
    return outcomes.length > 0 ? outcomes : PASS;
  },
});

/** A finding when an instant of the execution falls at night or on a statutory holiday. */
function checkInstant(at: string, window: Window): Outcome | undefined {
  const minutes = minutesOfDay(at);
  if (minutes !== undefined && inWindow(minutes, window)) {
    return violation('night', FIELDS, { time: at, window: window.label });
  }
  const day = dayNumber(at);
  if (isStatutoryHoliday(day)) return violation('holiday', FIELDS, { date: at.slice(0, 10) });
  if (!isCoveredDay(day)) return review('uncovered', FIELDS, { date: at.slice(0, 10) });
  return undefined;
}

interface Window {
  start: number;
  end: number;
  label: string;
}

const windows = new WeakMap<Profile, Window>();

/** The profile's night window in minutes, parsed once per profile. */
function nightWindow(profile: Profile): Window {
  let window = windows.get(profile);
  if (!window) {
    const { start, end } = profile.nightWindow;
    window = { start: toMinutes(start), end: toMinutes(end), label: `${start}–${end}` };
    windows.set(profile, window);
  }
  return window;
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Inside [start, end), wrapping past midnight when start is later than end. */
function inWindow(minutes: number, window: Window): boolean {
  return window.start > window.end
    ? minutes >= window.start || minutes < window.end
    : minutes >= window.start && minutes < window.end;
}
