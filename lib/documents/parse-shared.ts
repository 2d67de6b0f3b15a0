import { parseChineseInt } from './numerals';
import { sentenceAt, toOriginal, type Prepared, type Span } from './prepare';

/** Helpers shared by the readers of parse.ts: spans, first matches, lines and rates. */

export const TITLE =
  /(不予(?:行政)?处罚决定书|(?:行政)?处罚决定书|处理决定书|听证告知书|事先告知书|告知书|决定书|通知书)/;

export function span(prepared: Prepared, start: number, end: number): Span {
  return toOriginal(prepared, { start, end });
}

export function sentenceSpan(prepared: Prepared, at: number): Span {
  return toOriginal(prepared, sentenceAt(prepared, at));
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

export function firstIndex(
  pattern: RegExp,
  text: string,
  from = 0,
): { index: number; match: RegExpExecArray } | undefined {
  let re = GLOBAL.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    GLOBAL.set(pattern, re);
  }
  re.lastIndex = from;
  const match = re.exec(text);
  return match ? { index: match.index, match } : undefined;
}

export function lines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ text: line, start });
    start += line.length + 1;
  }
  return out;
}

export function rateOf(text: string): number | undefined {
  const percent = /^百分之(.+)$/.exec(text);
  if (percent) {
    const [whole, fraction] = percent[1]!.split('点');
    const value = parseChineseInt(whole!);
    if (value === undefined) return undefined;
    const decimals = fraction ? Number(`0.${[...fraction].map((c) => parseChineseInt(c) ?? 0).join('')}`) : 0;
    return (value + decimals) / 100;
  }
  const perMille = /^千分之(.+)$/.exec(text);
  if (perMille) return (parseChineseInt(perMille[1]!) ?? NaN) / 1000;
  const perTenThousand = /^万分之(.+)$/.exec(text);
  if (perTenThousand) return (parseChineseInt(perTenThousand[1]!) ?? NaN) / 10000;
  const numeric = /^(\d+(?:\.\d+)?)([%％‰倍])$/.exec(text);
  if (numeric) {
    const value = Number(numeric[1]);
    return numeric[2] === '‰' ? value / 1000 : numeric[2] === '倍' ? value : value / 100;
  }
  const times = /^(.+)倍$/.exec(text);
  if (times) return parseChineseInt(times[1]!);
  return undefined;
}

/** Compact offset of an original offset (first compact character at or after it). */
export function compactOf(prepared: Prepared, original: number): number {
  const map = prepared.map;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
