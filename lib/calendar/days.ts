/** Day numbers: whole days since 1970-01-01, from ISO strings in China Standard Time. */

const MS_PER_DAY = 86_400_000;

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm' → day number. */
export function dayNumber(iso: string): number {
  const year =
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    (iso.charCodeAt(3) - 48);
  const month = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const day = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  return daysFromCivil(year, month, day);
}

/** Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Howard Hinnant's civil_from_days: day number → [year, month, day]. */
export function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

export function isoFromDay(day: number): string {
  const [year, month, date] = civilFromDays(day);
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

export function yearOfDay(day: number): number {
  return civilFromDays(day)[0];
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Minutes since midnight for a 'YYYY-MM-DDTHH:mm' value, or undefined for a bare date. */
export function minutesOfDay(iso: string): number | undefined {
  if (iso.length < 16) return undefined;
  return Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16));
}

/** Minutes since the epoch for a date or date-time (a bare date counts as 00:00). */
export function epochMinutes(iso: string): number {
  return dayNumber(iso) * 1440 + (minutesOfDay(iso) ?? 0);
}

export function hasTime(iso: string): boolean {
  return iso.length >= 16;
}

/** Adds whole calendar months, clamping to the month's last day (e.g. 08-31 + 6 months → 02-28). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return daysFromCivil(year, month, Math.min(date.getUTCDate(), lastDay));
}

/** Today's date in China Standard Time (UTC+8), whatever the machine's zone. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
