/** Chinese numerals (一百二十四, 壹仟贰佰, 二〇二五, 1.5万) to numbers. Pure, no DOM. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  o: 0,
  '0': 0,
  一: 1,
  壹: 1,
  幺: 1,
  '1': 1,
  二: 2,
  两: 2,
  贰: 2,
  貳: 2,
  '2': 2,
  三: 3,
  叁: 3,
  參: 3,
  '3': 3,
  四: 4,
  肆: 4,
  '4': 4,
  五: 5,
  伍: 5,
  '5': 5,
  六: 6,
  陆: 6,
  陸: 6,
  '6': 6,
  七: 7,
  柒: 7,
  '7': 7,
  八: 8,
  捌: 8,
  '8': 8,
  九: 9,
  玖: 9,
  '9': 9,
};

const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that can appear in a Chinese or mixed numeral. */
export const NUMERAL_CHARS = '零〇○Ｏ一壹幺二两贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億';

const ARABIC = /^[0-9０-９]+(?:[.．][0-9０-９]+)?$/;

function halfDigits(text: string): string {
  return text.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/**
 * Parses a Chinese numeral, an Arabic number or a mix of both (一百二十四 → 124, 十 → 10,
 * 二十一 → 21, 〇 → 0, 二〇二五 → 2025, 5万 → 50000, 1.5万 → 15000, 壹仟贰佰 → 1200).
 * Returns undefined when the text is not a number.
 */
export function parseChineseNumeral(input: string): number | undefined {
  const text = halfDigits(input.replace(/\s+/g, ''));
  if (text === '') return undefined;
  if (ARABIC.test(text)) return Number(text);

  const hasUnit = [...text].some((ch) => ch in SMALL_UNITS || ch in BIG_UNITS);
  if (!hasUnit) {
    // A plain digit sequence such as 二〇二五 (years) or 三四.
    let digits = '';
    for (const ch of text) {
      const digit = DIGITS[ch];
      if (digit === undefined) return undefined;
      digits += String(digit);
    }
    return Number(digits);
  }

  let total = 0; // sum of completed 亿/万 groups
  let section = 0; // value inside the current group
  let pending: number | undefined; // the last digit (or Arabic number) not yet given a unit
  let lastUnit = 0;
  let lastWasZero = false;
  let i = 0;
  const chars = [...text];
  while (i < chars.length) {
    const ch = chars[i]!;
    if (/[0-9]/.test(ch)) {
      let run = '';
      while (i < chars.length && /[0-9.]/.test(chars[i]!)) run += chars[i++];
      if (!/^\d+(\.\d+)?$/.test(run)) return undefined;
      pending = Number(run);
      lastWasZero = false;
      continue;
    }
    const digit = DIGITS[ch];
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
      section += (pending ?? (small === 10 ? 1 : 0)) * small;
      if (pending === undefined && small !== 10) return undefined;
      pending = undefined;
      lastUnit = small;
      lastWasZero = false;
      i++;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      section += pending ?? 0;
      if (section === 0 && total === 0) return undefined;
      // 万 multiplies only its own group (一亿二千万); 亿 multiplies everything before it.
      total = big === 1e4 ? total + section * big : (total + section) * big;
      section = 0;
      pending = undefined;
      lastUnit = big;
      lastWasZero = false;
      i++;
      continue;
    }
    return undefined;
  }
  if (pending !== undefined) {
    // 一百二 = 120, 三万五 = 35000: a trailing digit right after a unit is one unit lower.
    if (!lastWasZero && lastUnit >= 100 && Number.isInteger(pending) && pending < 10) {
      section += pending * (lastUnit / 10);
    } else {
      section += pending;
    }
  }
  return total + section;
}

/** Like parseChineseNumeral, but only whole numbers ≥ 0. */
export function parseInteger(input: string): number | undefined {
  const value = parseChineseNumeral(input);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}
