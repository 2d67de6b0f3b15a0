import { addMonths, dayNumber, isoFromDay } from './days';
import { addWorkingDays, isCoveredDay, isWorkingDay, workingDaysBetween } from './workdays';

export * from './days';
export {
  addWorkingDays,
  isCoveredDay,
  isWorkingDay,
  isStatutoryHoliday,
  workingDaysBetween,
  FIRST_COVERED_YEAR,
  LAST_COVERED_YEAR,
} from './workdays';

export type PeriodUnit = 'calendar-days' | 'working-days' | 'months' | 'years';

export interface Period {
  length: number;
  unit: PeriodUnit;
}

export interface Deadline {
  /** Last day of the period (inclusive), as a day number. */
  due: number;
  /** ISO date of the last day. */
  dueIso: string;
  /** False when the computation touched a year the holiday data does not cover. */
  covered: boolean;
}

/** The law whose counting convention applies to a period. */
export type CountingLaw = 'penalty' | 'coercion' | 'license' | 'other';

/**
 * Which days a statutory period of `days` days counts, by the law's own clause:
 * 行政处罚法 Art. 85 (periods of 2, 3, 5, 7 days are working days), 行政强制法 Art. 69 (ten days or
 * less are working days), 行政许可法 Art. 82 (all the agency's periods are working days).
 */
export function dayUnitFor(law: CountingLaw, days: number): 'calendar-days' | 'working-days' {
  switch (law) {
    case 'penalty':
      return days === 2 || days === 3 || days === 5 || days === 7 ? 'working-days' : 'calendar-days';
    case 'coercion':
      return days <= 10 ? 'working-days' : 'calendar-days';
    case 'license':
      return 'working-days';
    default:
      return 'calendar-days';
  }
}

export function statutoryPeriod(law: CountingLaw, days: number): Period {
  return { length: days, unit: dayUnitFor(law, days) };
}

/**
 * The last day of a period that starts on `start`. The start day is not counted; a period whose
 * last day is a rest day (statutory holiday or weekend) ends on the next working day
 * (民法典 Arts. 201, 203; 民事诉讼法 Art. 85).
 */
export function deadline(start: string | number, period: Period): Deadline {
  const startDay = typeof start === 'number' ? start : dayNumber(start);
  let covered = isCoveredDay(startDay);
  let due: number;
  if (period.unit === 'working-days') {
    due = addWorkingDays(startDay, period.length);
  } else {
    due =
      period.unit === 'calendar-days'
        ? startDay + period.length
        : addMonths(startDay, period.unit === 'months' ? period.length : period.length * 12);
    while (!isWorkingDay(due)) due++;
  }
  if (!isCoveredDay(due)) covered = false;
  return { due, dueIso: isoFromDay(due), covered };
}

export interface Elapsed {
  days: number;
  covered: boolean;
}

/** Days elapsed after `from` up to and including `to`, in the period's unit of days. */
export function elapsedDays(
  from: string | number,
  to: string | number,
  unit: 'calendar-days' | 'working-days',
): Elapsed {
  const a = typeof from === 'number' ? from : dayNumber(from);
  const b = typeof to === 'number' ? to : dayNumber(to);
  if (unit === 'calendar-days') return { days: b - a, covered: true };
  return { days: workingDaysBetween(a, b), covered: isCoveredDay(a) && isCoveredDay(b) };
}
