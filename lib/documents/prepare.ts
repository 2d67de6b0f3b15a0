/**
 * Text preparation: documents come from PDFs, Word files and web pages with hard line wraps,
 * letter-spaced titles, page footers and full-width digits. The parser works on a compact copy
 * (no spaces, wrapped lines joined, one '\n' between paragraphs) and maps every position back to
 * the original text for highlighting.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Prepared {
  original: string;
  /** The compact text the parser reads. */
  text: string;
  /** Original offset of each compact character. */
  map: Int32Array;
  /** Compact offsets where each sentence starts (sentences end at 。！？；, a colon before a break, or a paragraph break). */
  sentenceStarts: number[];
  /** Compact spans of quoted text (“…”). */
  quotes: Span[];
}

const SPACE = /[ \t\u3000\u00a0\u200b\ufeff\r\f\v]/;
const PAGE_FOOTER = /^(?:共\d+页第\d+页|第\d+页(?:共\d+页)?|-\d+-|—\d+—|\d+\/\d+)$/;
/** A line that begins a new item: 一、 （一） (1) 1. 1、 证据1 附件. */
const LIST_START =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d)|证据\d|附件|第[一二三四五六七八九十]+[条章节]|#)/;
/** A 'label：value' line of a form or disclosure table (当事人：…, 处罚类别：…). */
const FIELD_LINE = /^[#*]*[\u4e00-\u9fa5（）()]{2,14}[#*]*[：:]/;
const ENDS_SENTENCE = /[。！？；;：:」”）)】]$/;
const SOFT_END = /[，,、（(“]$/;
const FULL_DIGIT = /[０-９]/;

/** Joins wrapped lines: short lines (headings, signatures) and lines ending a sentence keep their break. */
export function prepare(original: string): Prepared {
  const lines = original.split('\n');
  const running = runningHeaders(lines);
  const chars: string[] = [];
  const offsets: number[] = [];
  let position = 0;
  let previous = '';
  let pendingBreak = false;
  /** After a page footer or running header: the blank lines around it are no paragraph break. */
  let pageBreak = false;
  for (const [lineIndex, line] of lines.entries()) {
    const lineStart = position;
    position += line.length + 1;
    if (running.has(lineIndex)) {
      pageBreak = true;
      pendingBreak = false;
      continue;
    }
    let compact = '';
    const lineOffsets: number[] = [];
    for (let i = 0; i < line.length; i++) {
      let char = line[i]!;
      if (SPACE.test(char)) continue;
      if (FULL_DIGIT.test(char)) char = String.fromCharCode(char.charCodeAt(0) - 0xfee0);
      compact += char;
      lineOffsets.push(lineStart + i);
    }
    if (compact.length === 0) {
      if (chars.length > 0 && !pageBreak) pendingBreak = true;
      continue;
    }
    if (PAGE_FOOTER.test(compact)) {
      pageBreak = true;
      pendingBreak = false;
      continue;
    }
    const crossedPage = pageBreak;
    pageBreak = false;
    if (chars.length > 0) {
      const soft =
        !pendingBreak &&
        !LIST_START.test(compact) &&
        !FIELD_LINE.test(compact) &&
        !ENDS_SENTENCE.test(previous) &&
        (SOFT_END.test(previous) || previous.length >= 20 || (crossedPage && !LIST_START.test(previous)));
      if (!soft) {
        chars.push('\n');
        offsets.push(lineStart - 1);
      }
    }
    pendingBreak = false;
    for (let i = 0; i < compact.length; i++) {
      chars.push(compact[i]!);
      offsets.push(lineOffsets[i]!);
    }
    previous = compact;
  }
  const text = chars.join('');
  const quoted = quotes(text);
  return {
    original,
    text,
    map: Int32Array.from(offsets),
    sentenceStarts: sentenceStarts(text, quoted),
    quotes: quoted,
  };
}

/** A signature's date or seal line: the letterhead before it is the signature, not a running header. */
const SIGNATURE_NEXT = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年|^[（(]?(?:印章|盖章|公章|签章|章)[)）]?$/;

/** A line with its spaces removed and full-width digits made ASCII. */
function compactLine(line: string): string {
  let out = '';
  for (const char of line) {
    if (SPACE.test(char)) continue;
    out += FULL_DIGIT.test(char) ? String.fromCharCode(char.charCodeAt(0) - 0xfee0) : char;
  }
  return out;
}

/**
 * The lines of a running page header: the letterhead (the first line) repeated at the top of a later
 * page, i.e. right after a page footer, or inside a sentence broken across pages. The same line as the
 * signature (after a finished sentence, before the date, or the last line) is kept.
 */
function runningHeaders(lines: readonly string[]): Set<number> {
  const compact = lines.map(compactLine);
  const found = new Set<number>();
  const first = compact.findIndex((line) => line.length > 0);
  if (first < 0) return found;
  const letterhead = compact[first]!;
  if (letterhead.length > 30 || PAGE_FOOTER.test(letterhead)) return found;
  const neighbour = (from: number, step: number): string | undefined => {
    for (let i = from + step; i >= 0 && i < compact.length; i += step) if (compact[i]!.length > 0) return compact[i];
    return undefined;
  };
  for (let i = first + 1; i < compact.length; i++) {
    if (compact[i] !== letterhead) continue;
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    if (after === undefined || SIGNATURE_NEXT.test(after) || PAGE_FOOTER.test(after)) continue;
    const afterFooter = before !== undefined && PAGE_FOOTER.test(before);
    const insideSentence =
      before !== undefined && !ENDS_SENTENCE.test(before) && !FIELD_LINE.test(before) && before.length >= 20;
    if (afterFooter || insideSentence) found.add(i);
  }
  return found;
}

/** Sentence starts; terminators inside quoted text (a quoted article) do not end the sentence. */
function sentenceStarts(text: string, quoted: readonly Span[]): number[] {
  const starts = [0];
  let q = 0;
  for (let i = 0; i < text.length; i++) {
    while (q < quoted.length && quoted[q]!.end <= i) q++;
    const quote = quoted[q];
    if (quote && quote.start < i && i < quote.end - 1 && text[i] !== '\n') continue;
    const char = text[i];
    if (char === '。' || char === '！' || char === '？' || char === '；' || char === ';' || char === '\n') {
      if (i + 1 < text.length) starts.push(i + 1);
    }
  }
  return starts;
}

const QUOTE_LIMIT = 1500;

function quotes(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('“', from);
    if (open < 0) break;
    const close = text.indexOf('”', open + 1);
    if (close < 0 || close - open > QUOTE_LIMIT) {
      from = open + 1;
      continue;
    }
    spans.push({ start: open, end: close + 1 });
    from = close + 1;
  }
  return spans;
}

/** The compact sentence that contains a position. */
export function sentenceAt(prepared: Prepared, at: number): Span {
  const starts = prepared.sentenceStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  const start = starts[lo]!;
  const end = lo + 1 < starts.length ? starts[lo + 1]! : prepared.text.length;
  return { start, end };
}

/** The quote that contains a position, if any. */
export function quoteAt(prepared: Prepared, at: number): Span | undefined {
  for (const quote of prepared.quotes) {
    if (quote.start > at) return undefined;
    if (at < quote.end) return quote;
  }
  return undefined;
}

/** Compact span → original offsets (end exclusive). */
export function toOriginal(prepared: Prepared, span: Span): Span {
  const { map } = prepared;
  if (map.length === 0) return { start: 0, end: 0 };
  const start = map[Math.min(span.start, map.length - 1)]!;
  const end = span.end > span.start ? map[Math.min(span.end - 1, map.length - 1)]! + 1 : start;
  return { start, end };
}

/** The compact text with quoted passages blanked out (same length), for searches that must skip quoted law text. */
export function withoutQuotes(prepared: Prepared): string {
  if (prepared.quotes.length === 0) return prepared.text;
  let out = '';
  let from = 0;
  for (const quote of prepared.quotes) {
    out +=
      prepared.text.slice(from, quote.start) + '“' + '\u2027'.repeat(Math.max(0, quote.end - quote.start - 2)) + '”';
    from = quote.end;
  }
  return out + prepared.text.slice(from);
}
