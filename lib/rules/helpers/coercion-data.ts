import { elapsedDays, isWorkingDay, type Period } from '../../calendar';
import { dayNumber, epochMinutes, hasTime } from '../../calendar/days';
import type { CaseView } from '../../engine/case-view';
import type { Citation, Outcome, RuleContext } from '../../engine/types';
import type { CaseEvent } from '../../case/schema';

/**
 * Shared reading of coercion and licence cases (groups coercion and license).
 * Cheap: no allocation beyond the view's event index, no regex built per call.
 *
 * Event `data` keys these rules read (all optional; absent means unknown):
 * - `coercion-applied.data.measure`: `sealing` 查封 | `seizure` 扣押 | `freezing` 冻结 |
 *   `liberty` 限制人身自由 | `other` (the Chinese names are accepted too).
 * - `coercion-applied.data.witness`, `on-site-record.data.witness`: the witness (name or `true`).
 * - `on-site-record.data.refusalNoted`: the party's refusal to sign is noted in the record.
 * - `coercion-extended.data.days`, `extension-approved.data.days`: length of the extension.
 * - `expert-opinion.data.days`: testing or appraisal time notified in writing (行政强制法 Art. 25(3)).
 * - `urge-notice.data.deadline`: the deadline the reminder sets (YYYY-MM-DD).
 * - `enforcement.data.by`: `agency` (the agency enforces) | `court` (application to the court);
 *   `enforcement.data.immediate`: immediate enforcement (行政强制法 Art. 37(3));
 *   `enforcement.data.endAt`: when the execution ended (date-time).
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

export function dataValue(event: CaseEvent | undefined, key: string): unknown {
  return event?.data?.[key];
}

export function dataBoolean(event: CaseEvent | undefined, key: string): boolean | undefined {
  const value = event?.data?.[key];
  return typeof value === 'boolean' ? value : undefined;
}

/** A non-negative finite number, or undefined. */
export function dataNumber(event: CaseEvent | undefined, key: string): number | undefined {
  const value = event?.data?.[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function dataString(event: CaseEvent | undefined, key: string): string | undefined {
  const value = event?.data?.[key];
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}

/** A date or date-time value in `data`, checked for shape so that day arithmetic never sees junk. */
export function dataDate(event: CaseEvent | undefined, key: string): string | undefined {
  const value = event?.data?.[key];
  return typeof value === 'string' && ISO_DATE.test(value) ? value : undefined;
}

export type MeasureKind = 'sealing' | 'seizure' | 'freezing' | 'liberty' | 'other';

const MEASURES: ReadonlyMap<string, MeasureKind> = new Map<string, MeasureKind>([
  ['sealing', 'sealing'],
  ['seal', 'sealing'],
  ['查封', 'sealing'],
  ['seizure', 'seizure'],
  ['seize', 'seizure'],
  ['扣押', 'seizure'],
  ['freezing', 'freezing'],
  ['freeze', 'freezing'],
  ['冻结', 'freezing'],
  ['冻结存款、汇款', 'freezing'],
  ['liberty', 'liberty'],
  ['限制人身自由', 'liberty'],
  ['other', 'other'],
]);

/** The kind of the coercive measure an event records, undefined when not stated or not recognised. */
export function measureKind(event: CaseEvent | undefined): MeasureKind | undefined {
  const value = event?.data?.measure;
  return typeof value === 'string' ? MEASURES.get(value) : undefined;
}

/**
 * The measure of the case's first coercion-applied event. An unstated measure is read as
 * 查封/扣押, the common case; a host that records freezing or liberty measures says so.
 */
export function caseMeasure(view: CaseView): MeasureKind | undefined {
  return measureKind(view.first('coercion-applied'));
}

/** 查封、扣押 (stated, or not stated at all). */
export function isSeizureLike(kind: MeasureKind | undefined): boolean {
  return kind === undefined || kind === 'sealing' || kind === 'seizure';
}

/** Application to the court for enforcement (行政强制法 Ch. V), as opposed to the agency's own execution. */
export function isCourtEnforcement(event: CaseEvent): boolean {
  return event.data?.by === 'court';
}

/** `a` is not later than `b`: compared to the minute when both carry a time, otherwise by day. */
export function notLaterThan(a: string, b: string): boolean {
  if (hasTime(a) && hasTime(b)) return epochMinutes(a) <= epochMinutes(b);
  return dayNumber(a) <= dayNumber(b);
}

export type Lag = 'within' | 'over' | 'unclear';

/**
 * Whether `to` falls within `minutes` clock minutes after `from`. With a bare date on either side the
 * answer is certain only when the days alone settle it (same day: within 24 h; two or more days later:
 * over 24 h); otherwise it is unclear.
 */
export function lagWithin(from: string, to: string, minutes: number): Lag {
  if (hasTime(from) && hasTime(to)) return epochMinutes(to) - epochMinutes(from) <= minutes ? 'within' : 'over';
  const days = dayNumber(to) - dayNumber(from);
  if (days < 0) return 'within';
  // Over d calendar days the gap lies between (d - 1) * 1440 + 1 and (d + 1) * 1440 - 1 minutes.
  if ((days + 1) * 1440 - 1 <= minutes) return 'within';
  if ((days - 1) * 1440 + 1 > minutes) return 'over';
  return 'unclear';
}

/** Number of officers recorded on an event, else on the case, else undefined. */
export function officerCount(view: CaseView, event: CaseEvent | undefined): number | undefined {
  if (event?.officers && event.officers.length > 0) return countDistinct(event.officers);
  const officers = view.case.officers;
  if (officers && officers.length > 0) return officers.length;
  return undefined;
}

/** Distinct names in a list of officers. */
export function countDistinct(names: readonly string[]): number {
  if (names.length < 2) return names.length;
  if (names.length === 2) return names[0] === names[1] ? 1 : 2;
  return new Set(names).size;
}

/** The first event of a kind on or after a day. */
export function firstOnOrAfter(events: readonly CaseEvent[], day: number): CaseEvent | undefined {
  for (const event of events) if (dayNumber(event.at) >= day) return event;
  return undefined;
}

/** The last event of a kind on or before a day. */
export function lastOnOrBefore(events: readonly CaseEvent[], day: number): CaseEvent | undefined {
  let found: CaseEvent | undefined;
  for (const event of events) {
    if (dayNumber(event.at) > day) break;
    found = event;
  }
  return found;
}

/** The outcome with narrower citations than the rule's own (a finding cites what it is about). */
export function withCitations(outcome: Outcome, citations: readonly Citation[]): Outcome {
  if (outcome.status === 'pass' || outcome.status === 'not-applicable') return outcome;
  return { ...outcome, citations: citations.slice() };
}

/**
 * A cheap, sufficient test that a period is met or still running, so that rules can skip the full
 * `assessDeadline` (which builds the due date) on the common, clean path. False means "look closer",
 * never "late". The due date of a period of n days is never earlier than start + n calendar days.
 */
export function surelyOnTime(
  start: number,
  end: number | undefined,
  period: Period,
  context: RuleContext,
  caseOpen: boolean,
): boolean {
  if (end !== undefined) {
    if (end - start <= period.length) return true;
    if (period.unit !== 'working-days') return false;
    const elapsed = elapsedDays(start, end, 'working-days');
    if (!elapsed.covered) return false;
    return elapsed.days < period.length || (elapsed.days === period.length && isWorkingDay(end));
  }
  if (!caseOpen) return false;
  return context.todayDay - start < context.profile.yellowFraction * period.length;
}
