/** Chinese numerals (一百二十四, 壹仟贰佰, 二〇二五, 1.5万) to numbers: wrappers over lib/text/numerals. */

import { NUMERAL_CHARS as ALL_NUMERAL_CHARS, parseNumeral } from '../../text/numerals';

/** Characters that can appear in a Chinese or mixed numeral (not the Latin letters O/o). */
export const NUMERAL_CHARS = ALL_NUMERAL_CHARS.replace(/[Oo]/g, '');

/**
 * Parses a Chinese numeral, an Arabic number or a mix of both (一百二十四 → 124, 十 → 10,
 * 二十一 → 21, 〇 → 0, 二〇二五 → 2025, 5万 → 50000, 1.5万 → 15000, 壹仟贰佰 → 1200).
 * Returns undefined when the text is not a number.
 */
export function parseChineseNumeral(input: string): number | undefined {
  return parseNumeral(input);
}

/** Like parseChineseNumeral, but only whole numbers ≥ 0. */
export function parseInteger(input: string): number | undefined {
  const value = parseChineseNumeral(input);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}
