/**
 * Dates and times as Chinese case systems print them, to the case model's ISO forms:
 * 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:mm' when the text gives a time. Pure, no DOM.
 */
import { parseInteger } from './numerals';
import { toHalfWidth } from './text';

export interface FoundDate {
  /** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'. */
  value: string;
  /** Offset and length of the match in the searched text. */
  index: number;
  length: number;
}

const PERIOD = '(上午|下午|中午|晚上|晚间|夜间|夜里|凌晨|早上|早晨|傍晚|AM|PM|am|pm)';
// A time needs a marker: HH:mm, or 时/点 (10时30分, 10点, 10时).
const TIME_ARABIC = `(?:\\s*${PERIOD}?\\s*(\\d{1,2})\\s*(?::\\s*(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?|[时点](?:\\s*(\\d{1,2})\\s*分)?(?:\\s*\\d{1,2}\\s*秒)?)(?:\\s*${PERIOD})?)?`;
const ARABIC_DATE = new RegExp(
  `(?<![\\d])(\\d{4})\\s*(?:年|[-/.])\\s*(\\d{1,2})\\s*(?:月|[-/.])\\s*(\\d{1,2})(?![\\d])\\s*(?:日|号)?(?:T(?=\\d))?${TIME_ARABIC}`,
  'g',
);

const CN_DIGIT = '[〇零○OoＯ一二三四五六七八九]';
const CN_SMALL = '[〇零○一二三四五六七八九十两]';
const TIME_CN = `(?:\\s*${PERIOD}?\\s*(${CN_SMALL}{1,3})\\s*[时点](?:\\s*(${CN_SMALL}{1,3}|整)\\s*分?)?)?`;
const CN_DATE = new RegExp(
  `(${CN_DIGIT}{4})\\s*年\\s*(${CN_SMALL}{1,3})\\s*月\\s*(${CN_SMALL}{1,4})\\s*[日号]${TIME_CN}`,
  'g',
);

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1949 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function to24h(hour: number, period: string | undefined): number | undefined {
  let h = hour;
  if (period) {
    const p = period.toLowerCase();
    if (/下午|晚上|晚间|夜间|夜里|傍晚|pm/.test(p) && h < 12) h += 12;
    else if (/中午/.test(p) && h < 11) h += 12;
    else if (/上午|凌晨|早上|早晨|am/.test(p) && h === 12) h = 0;
  }
  return h >= 0 && h <= 23 ? h : undefined;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number | undefined,
  minute: number | undefined,
): string | undefined {
  if (!isRealDay(year, month, day)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined) return date;
  const m = minute ?? 0;
  if (m < 0 || m > 59) return date;
  // 00:00 is what systems print for a date stored as a timestamp: it carries no time of day.
  if (hour === 0 && m === 0) return date;
  return `${date}T${pad(hour)}:${pad(m)}`;
}

/** Every date (with its time, if given) in a text, in order of appearance. */
export function findDates(input: string): FoundDate[] {
  // Full-width digits and punctuation keep their length when made half-width, so offsets hold.
  const text = toHalfWidth(input);
  const found: FoundDate[] = [];
  for (const match of text.matchAll(ARABIC_DATE)) {
    const [, y, mo, d, p1, h, mi1, mi2, p2] = match;
    const hour = h === undefined ? undefined : to24h(Number(h), p1 ?? p2);
    const minute = mi1 !== undefined ? Number(mi1) : mi2 !== undefined ? Number(mi2) : undefined;
    const value = build(Number(y), Number(mo), Number(d), hour, minute);
    if (value) found.push({ value, index: match.index, length: trimmedLength(match[0]) });
  }
  for (const match of text.matchAll(CN_DATE)) {
    const [, y, mo, d, p, h, mi] = match;
    const year = parseInteger(y!);
    const month = parseInteger(mo!);
    const day = parseInteger(d!);
    if (year === undefined || month === undefined || day === undefined) continue;
    const rawHour = h === undefined ? undefined : parseInteger(h);
    const hour = rawHour === undefined ? undefined : to24h(rawHour, p);
    const minute = mi === undefined || mi === '整' ? undefined : parseInteger(mi);
    const value = build(year, month, day, hour, minute);
    if (value) found.push({ value, index: match.index, length: trimmedLength(match[0]) });
  }
  return found.sort((a, b) => a.index - b.index);
}

function trimmedLength(text: string): number {
  return text.replace(/\s+$/, '').length;
}

/**
 * The first date in a field value (2025年4月21日, 2025-04-21, 2025/4/21, 2025.04.21 10时30分,
 * 2025年4月21日 10:30, 二〇二五年四月二十一日, 下午3时). Undefined when there is none.
 */
export function parseDate(text: string): string | undefined {
  return findDates(text)[0]?.value;
}

/** The date part only (for date-only fields such as violationDate). */
export function dateOnly(value: string): string {
  return value.slice(0, 10);
}
