import { weekday, yearOfDay, daysFromCivil } from './days';
import { decodeHolidayData } from './holidays-codec';
import { HOLIDAY_DATA } from './holidays-data';

/**
 * China's official working-day calendar (statutory holidays and adjusted working days, 调休),
 * derived from chinese-days (lib/calendar/holidays-data.ts). Years the data does not cover are reported as uncovered, never guessed.
 */

const decoded = decodeHolidayData(HOLIDAY_DATA);
const holidays = new Set(decoded.holidays);
const adjustedWorkdays = new Set(decoded.workdays);
const coveredYears = new Set(decoded.holidays.map(yearOfDay));

export const FIRST_COVERED_YEAR = Math.min(...coveredYears);
export const LAST_COVERED_YEAR = Math.max(...coveredYears);
const firstDay = daysFromCivil(FIRST_COVERED_YEAR, 1, 1);
const lastDay = daysFromCivil(LAST_COVERED_YEAR, 12, 31);
const coveredYearsContiguous = coveredYears.size === LAST_COVERED_YEAR - FIRST_COVERED_YEAR + 1;

export function isCoveredDay(day: number): boolean {
  if (day < firstDay || day > lastDay) return false;
  return coveredYearsContiguous || coveredYears.has(yearOfDay(day));
}

/** A working day by the official calendar; outside coverage, by the plain weekday rule. */
export function isWorkingDay(day: number): boolean {
  if (adjustedWorkdays.has(day)) return true;
  if (holidays.has(day)) return false;
  const dow = weekday(day);
  return dow !== 0 && dow !== 6;
}

export function isStatutoryHoliday(day: number): boolean {
  return holidays.has(day);
}

/** workingBefore[i] = working days in [firstDay, firstDay + i). */
const workingBefore = new Int32Array(lastDay - firstDay + 2);
for (let day = firstDay; day <= lastDay; day++) {
  const i = day - firstDay;
  workingBefore[i + 1] = workingBefore[i]! + (isWorkingDay(day) ? 1 : 0);
}

/** Working days in the half-open range (from, to]: the start day is not counted. */
export function workingDaysBetween(from: number, to: number): number {
  if (to <= from) return 0;
  if (from >= firstDay && to <= lastDay) {
    return workingBefore[to - firstDay + 1]! - workingBefore[from - firstDay + 1]!;
  }
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingDay(day)) count++;
  return count;
}

/** The day on which the n-th working day after `from` falls (the start day is not counted). */
export function addWorkingDays(from: number, n: number): number {
  if (n <= 0) return from;
  if (from >= firstDay && from <= lastDay) {
    const target = workingBefore[from - firstDay + 1]! + n;
    const lastIndex = workingBefore.length - 1;
    if (workingBefore[lastIndex]! >= target) {
      // Smallest i with workingBefore[i] >= target; the day is firstDay + i - 1.
      let low = from - firstDay + 1;
      let high = lastIndex;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (workingBefore[mid]! >= target) high = mid;
        else low = mid + 1;
      }
      return firstDay + low - 1;
    }
  }
  let day = from;
  let counted = 0;
  while (counted < n) {
    day++;
    if (isWorkingDay(day)) counted++;
  }
  return day;
}
