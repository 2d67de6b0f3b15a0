import { dayNumber } from './days';

/**
 * Holidays as runs of consecutive days and adjusted working days as single days, each written as
 * base-36 day numbers ("start.length" for runs), comma-separated.
 */
export interface EncodedHolidays {
  holidays: string;
  workdays: string;
}

export function encodeHolidayData(holidayDates: readonly string[], workdayDates: readonly string[]): EncodedHolidays {
  const days = holidayDates.map(dayNumber).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    runs.push(`${days[i]!.toString(36)}.${(j - i + 1).toString(36)}`);
    i = j + 1;
  }
  const workdays = workdayDates
    .map(dayNumber)
    .sort((a, b) => a - b)
    .map((day) => day.toString(36));
  return { holidays: runs.join(','), workdays: workdays.join(',') };
}

export function decodeHolidayData(encoded: EncodedHolidays): { holidays: number[]; workdays: number[] } {
  const holidays: number[] = [];
  for (const run of encoded.holidays.split(',')) {
    const [start, length] = run.split('.');
    const first = parseInt(start!, 36);
    for (let k = 0; k < parseInt(length!, 36); k++) holidays.push(first + k);
  }
  const workdays = encoded.workdays.split(',').map((day) => parseInt(day, 36));
  return { holidays, workdays };
}
