/**
 * Money amounts in yuan: 伍万元整（¥50,000.00）, 50000元, 5万元, ￥1,234.50, 人民币壹仟贰佰元整,
 * 罚款二万元, 壹仟贰佰叁拾肆元伍角. Pure, no DOM.
 */
import { NUMERAL_CHARS, parseChineseNumeral } from './numerals';
import { toHalfWidth } from './text';

export interface FoundAmount {
  value: number;
  index: number;
  length: number;
}

const CN = `[${NUMERAL_CHARS}]`;
// Arabic: optional currency sign, digits with thousands separators, optional 万/千, optional 元.
const ARABIC_AMOUNT =
  /(?:(¥|￥|RMB|CNY|人民币)\s*)?(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![\d,])\s*(万|千)?\s*(元|圆|块)?/g;
const CN_AMOUNT = new RegExp(
  `(?:人民币)?(${CN}+|\\d+(?:\\.\\d+)?${CN}*)\\s*[元圆](?:\\s*(${CN})角)?(?:\\s*(${CN})分)?(?:整|正)?`,
  'g',
);

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Every amount in a text that is marked as money (元, ¥, 人民币, 万元), in order. */
export function findAmounts(input: string): FoundAmount[] {
  const text = toHalfWidth(input).replace(/[¥￥]/g, '¥');
  const found: FoundAmount[] = [];
  const taken: Array<[number, number]> = [];
  for (const match of text.matchAll(ARABIC_AMOUNT)) {
    const [whole, sign, int, frac, scale, unit] = match;
    if (!sign && !unit) continue; // a bare number is not money unless marked
    let value = Number(int!.replace(/,/g, '') + (frac ? `.${frac}` : ''));
    if (scale === '万') value *= 1e4;
    else if (scale === '千') value *= 1e3;
    const length = whole.replace(/\s+$/, '').length;
    found.push({ value: round2(value), index: match.index, length });
    taken.push([match.index, match.index + length]);
  }
  for (const match of text.matchAll(CN_AMOUNT)) {
    const start = match.index;
    if (taken.some(([a, b]) => start < b && a < start + match[0].length)) continue;
    const [whole, int, jiao, fen] = match;
    if (/^\d+(\.\d+)?$/.test(int!)) continue; // plain Arabic amounts were handled above
    const base = parseChineseNumeral(int!);
    if (base === undefined) continue;
    const j = jiao ? (parseChineseNumeral(jiao) ?? 0) : 0;
    const f = fen ? (parseChineseNumeral(fen) ?? 0) : 0;
    found.push({ value: round2(base + j / 10 + f / 100), index: start, length: whole.length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The amount a field value states, in yuan. When the value gives it twice (capital numerals plus
 * an Arabic figure in brackets) the Arabic figure wins. A bare number counts as yuan because the
 * field is labelled as an amount; `scale` multiplies it for labels such as 罚款（万元）.
 */
export function parseAmount(input: string, scale = 1): number | undefined {
  const text = toHalfWidth(input).trim();
  if (text === '') return undefined;
  const bare = text.replace(/[\s,]/g, '');
  if (/^\d+(\.\d+)?$/.test(bare)) return round2(Number(bare) * scale);
  const amounts = findAmounts(text);
  if (amounts.length === 0) {
    // Capital numerals with no 元 (叁仟) or a bare Chinese number in an amount field.
    const numeral = parseChineseNumeral(bare.replace(/^人民币/, '').replace(/(元)?(整|正)$/, ''));
    return numeral === undefined ? undefined : round2(numeral * scale);
  }
  const marked = amounts.find((amount) => /[¥]|\d/.test(text.slice(amount.index, amount.index + amount.length)));
  return (marked ?? amounts[0]!).value;
}
