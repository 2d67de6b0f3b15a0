/**
 * Chinese and Arabic numerals (一百二十四, 壹仟贰佰, 二〇二六, 1.5万) to numbers: the one parser
 * behind lib/adapters and lib/documents. Pure, no DOM.
 */

/** Digit characters (ASCII digits are handled apart, see NumeralOptions.arabic). */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  o: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  两: 2,
  贰: 2,
  貳: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/**
 * Every non-Arabic character a numeral may contain (digits, including the Latin and full-width
 * letter O written for 〇, and units), for building regular-expression character classes.
 */
export const NUMERAL_CHARS = '零〇○ＯOo一壹幺二两贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億';

export interface NumeralOptions {
  /** Drop whitespace and read full-width digits and point (１２．５) as ASCII first. Default true. */
  normalize?: boolean;
  /**
   * Read Arabic numbers with a decimal point and Arabic digits among Chinese ones (5万, 1.5万,
   * 2〇2五). Default true. When false only an all-Arabic whole number is read as such, ASCII 0 is
   * one more zero digit (二0二六) and any other Arabic digit next to a Chinese one is refused.
   */
  arabic?: boolean;
  /** Read 幺 as 1. Default true. */
  yao?: boolean;
  /**
   * Default true: 百/千 and 万/亿 need a number before them (十 alone is 10; 百 and 万 alone are
   * refused), and 万 multiplies only its own group (一亿二千万 = 120000000). When false a bare unit
   * counts as one of it (百 = 100), a bare 万/亿 multiplies nothing (万 = 0), and every 万/亿
   * multiplies all that comes before it (一亿二千万 = 1000020000000).
   */
  strictUnits?: boolean;
  /** A trailing digit after 百/千/万/亿 is one unit lower: 一百二 = 120, 三万五 = 35000. Default true; when false 一百二 = 102. */
  abbreviated?: boolean;
  /**
   * How a digit-by-digit number (二〇二六) is computed: 'string' (default) reads the digits as one
   * decimal string, 'accumulate' as repeated ×10 + digit. They differ only past 2^53 (16+ digits).
   */
  digitSequence?: 'string' | 'accumulate';
}

/** The reading lib/documents has always used: whole numbers, text as written, lenient units. */
export const DOCUMENT_NUMERALS: Readonly<NumeralOptions> = Object.freeze({
  normalize: false,
  arabic: false,
  yao: false,
  strictUnits: false,
  abbreviated: false,
  digitSequence: 'accumulate',
});

const ARABIC = /^[0-9]+(?:\.[0-9]+)?$/;
const WHOLE = /^[0-9]+$/;

function halfDigits(text: string): string {
  return text.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/**
 * Parses a Chinese numeral, an Arabic number or a mix of both (一百二十四 → 124, 十 → 10,
 * 二十一 → 21, 一千零五 → 1005, 〇 → 0, 二〇二六 → 2026, 5万 → 50000, 1.5万 → 15000,
 * 壹仟贰佰 → 1200). Returns undefined when the text is not a number. See NumeralOptions for the
 * readings that can be switched.
 */
export function parseNumeral(input: string, options: NumeralOptions = {}): number | undefined {
  const {
    normalize = true,
    arabic = true,
    yao = true,
    strictUnits = true,
    abbreviated = true,
    digitSequence = 'string',
  } = options;
  const text = normalize ? halfDigits(input.replace(/\s+/g, '')) : input;
  if (text === '') return undefined;
  if ((arabic ? ARABIC : WHOLE).test(text)) return Number(text);

  const digitOf = (ch: string): number | undefined => {
    if (/^[0-9]$/.test(ch)) return arabic || ch === '0' ? Number(ch) : undefined;
    if (ch === '幺' && !yao) return undefined;
    return DIGITS[ch];
  };

  const chars = [...text];
  const hasUnit = chars.some((ch) => ch in SMALL_UNITS || ch in BIG_UNITS);
  if (!hasUnit) {
    // A plain digit sequence such as 二〇二六 (years) or 三四.
    let digits = '';
    let value = 0;
    for (const ch of chars) {
      const digit = digitOf(ch);
      if (digit === undefined) return undefined;
      digits += String(digit);
      value = value * 10 + digit;
    }
    return digitSequence === 'accumulate' ? value : Number(digits);
  }

  let total = 0; // sum of completed 亿/万 groups
  let section = 0; // value inside the current group
  let pending: number | undefined; // the last digit (or Arabic number) not yet given a unit
  let lastUnit = 0;
  let lastWasZero = false;
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (arabic && /[0-9]/.test(ch)) {
      let run = '';
      while (i < chars.length && /[0-9.]/.test(chars[i]!)) run += chars[i++];
      if (!/^\d+(\.\d+)?$/.test(run)) return undefined;
      pending = Number(run);
      lastWasZero = false;
      continue;
    }
    const digit = digitOf(ch);
    if (digit !== undefined) {
      if (digit === 0) {
        lastWasZero = true;
        pending = undefined;
      } else {
        pending = digit;
      }
      i++;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (pending === undefined && strictUnits && small !== 10) return undefined;
      section += (pending ?? 1) * small;
      pending = undefined;
      lastUnit = small;
      lastWasZero = false;
      i++;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      if (strictUnits) {
        section += pending ?? 0;
        if (section === 0 && total === 0) return undefined;
        // 万 multiplies only its own group (一亿二千万); 亿 multiplies everything before it.
        total = big === 1e4 ? total + section * big : (total + section) * big;
      } else {
        total = (total + section + (pending ?? 0)) * big;
      }
      section = 0;
      pending = undefined;
      lastUnit = big;
      lastWasZero = false;
      i++;
      continue;
    }
    return undefined;
  }
  let last = pending ?? 0;
  // 一百二 = 120, 三万五 = 35000: a trailing digit right after a unit is one unit lower.
  if (
    abbreviated &&
    pending !== undefined &&
    !lastWasZero &&
    lastUnit >= 100 &&
    Number.isInteger(pending) &&
    pending < 10
  ) {
    last = pending * (lastUnit / 10);
  }
  return strictUnits ? total + (section + last) : total + section + last;
}
