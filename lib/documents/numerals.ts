/** Chinese numerals, money amounts and dates as written in enforcement documents. */

import { DOCUMENT_NUMERALS, NUMERAL_CHARS, parseNumeral } from '../text/numerals';

/** Characters of a Chinese (or Arabic) integer, for building patterns (no 幺). */
export const NUM_CHARS = `${NUMERAL_CHARS.replace('幺', '')}0-9`;

/**
 * 十五 → 15, 二十一 → 21, 一百二十四 → 124, 一千零五 → 1005, 伍万 → 50000, 124 → 124,
 * 二〇二六 → 2026 (digit by digit when no unit is written). Undefined when not a number.
 */
export function parseChineseInt(text: string): number | undefined {
  return parseNumeral(text, DOCUMENT_NUMERALS);
}

/** Characters that may make up an amount written in Chinese (including capitals). */
export const CN_AMOUNT_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億';

/** An amount of money in yuan: 200,000.00元, 5万元, 44.38万元, 人民币伍万元整, 壹拾万零伍佰元伍角. */
export const AMOUNT_SOURCE =
  `(?:人民币|￥|¥)?(?:` +
  `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(万|亿)?元` +
  `|([${CN_AMOUNT_CHARS}]+)[元圆](?:([${CN_AMOUNT_CHARS}])角)?(?:([${CN_AMOUNT_CHARS}])分)?整?` +
  `)`;

/** Yuan from the groups of an AMOUNT_SOURCE match starting at `group` (the Arabic number's group). */
export function amountFromGroups(match: RegExpExecArray, group: number): number | undefined {
  const arabic = match[group];
  if (arabic !== undefined) {
    const value = Number(arabic.replace(/,/g, ''));
    const unit = match[group + 1];
    const scaled = unit === '万' ? value * 10_000 : unit === '亿' ? value * 100_000_000 : value;
    return Math.round(scaled * 100) / 100;
  }
  const chinese = match[group + 2];
  if (chinese === undefined) return undefined;
  const yuan = parseChineseInt(chinese);
  if (yuan === undefined) return undefined;
  const jiao = match[group + 3] ? (parseChineseInt(match[group + 3]!) ?? 0) : 0;
  const fen = match[group + 4] ? (parseChineseInt(match[group + 4]!) ?? 0) : 0;
  return Math.round((yuan + jiao / 10 + fen / 100) * 100) / 100;
}

const AMOUNT_ALONE = new RegExp(`^${AMOUNT_SOURCE}$`);

/** Parses one amount written alone, e.g. '人民币伍万元整' → 50000. */
export function parseAmount(text: string): number | undefined {
  const match = AMOUNT_ALONE.exec(text.replace(/\s+/g, ''));
  return match ? amountFromGroups(match, 1) : undefined;
}

const CN_DATE_DIGITS = '〇○ＯOo零一二三四五六七八九';
/**
 * A full date: 2026年7月16日, 二〇二六年七月十六日, 2026-07-16, 2026.7.16, 2026/7/16.
 * Groups: 1–3 Arabic 年月日; 4–6 Chinese 年月日; 7–9 ISO-like.
 */
export const DATE_SOURCE =
  `(?:(\\d{4})年(\\d{1,2})月(\\d{1,2})日` +
  `|([${CN_DATE_DIGITS}]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日` +
  `|(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?![\\d.]))`;

function validIso(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1949 && year <= 2200 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO date from the groups of a DATE_SOURCE match starting at `group`. */
export function dateFromGroups(match: RegExpExecArray, group: number): string | undefined {
  for (const offset of [0, 3, 6]) {
    const year = match[group + offset];
    if (year === undefined) continue;
    const y = parseChineseInt(year);
    const m = parseChineseInt(match[group + offset + 1]!);
    const d = parseChineseInt(match[group + offset + 2]!);
    if (y === undefined || m === undefined || d === undefined) return undefined;
    return validIso(y, m, d);
  }
  return undefined;
}

const DATE_ALONE = new RegExp(`^${DATE_SOURCE}$`);

/** Parses one date written alone, e.g. '二〇二六年七月十六日' → '2026-07-16'. */
export function parseDate(text: string): string | undefined {
  const match = DATE_ALONE.exec(text.replace(/\s+/g, ''));
  return match ? dateFromGroups(match, 1) : undefined;
}
