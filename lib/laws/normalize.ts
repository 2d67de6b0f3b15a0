/**
 * Title normalisation: the many ways a decision writes one law
 * (《中华人民共和国食品安全法》, 食品安全法, 《食品安全法》（2021年修正）…) come to one key.
 */

/** What a parenthesised suffix after a title says about the version cited. */
export interface VersionHint {
  /** The suffix as written, without its brackets, e.g. 2021年修订 or 国务院令第764号修订. */
  text: string;
  /** The year of the revision or amendment named, if any. */
  year?: number;
  /** The issuing order named, e.g. 国务院令第764号. */
  order?: string;
}

export interface NormalizedTitle {
  /** The title as cited, without brackets, whitespace or version suffix (中华人民共和国食品安全法). */
  display: string;
  /** The lookup key: no brackets, no 中华人民共和国 anywhere, ASCII digits (食品安全法). */
  key: string;
  /** The key with any parenthesised suffix kept (宪法修正案（1988年）): tried first. */
  fullKey: string;
  hint?: VersionHint;
}

const SPACE = /[\s\u3000\u00a0\u200b\ufeff]+/g;
const PRC = /中华人民共和国/g;
const QUOTES = /[《》〈〉<>＜＞「」『』"“”]/g;
const FULL_DIGIT = /[０-９]/g;
/** A bracketed suffix that names a version rather than being part of the title. */
const VERSION_SUFFIX = /\d{4}年|令第|修订|修正|修改|公布|发布|施行|年版|\d{4}版|号/;
const ORDER = /([\u4e00-\u9fa5]{0,12}?令)第(\d+)号/g;
/** The year of a version: 2021年修正, also 2021修正, 2021版, 2021.4.29修正. */
const YEAR = /((?:19|20)\d{2})(?:年|(?=修|版|[.．\-/]\d{1,2}))/g;

function toAsciiDigits(text: string): string {
  return text.replace(FULL_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** Unifies brackets and digits and drops whitespace; keeps inner 《》 (written as 〈〉 in some titles). */
export function cleanTitle(raw: string): string {
  return toAsciiDigits(raw.replace(SPACE, ''))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[〈<＜]/g, '《')
    .replace(/[〉>＞]/g, '》');
}

/** Index of the 《 matching the 》 that ends at `end`, or of the （ matching the ） there. */
function matchingOpen(text: string, end: number, open: string, close: string): number {
  let depth = 0;
  for (let i = end; i >= 0; i--) {
    const char = text[i];
    if (char === close) depth++;
    else if (char === open && --depth === 0) return i;
  }
  return -1;
}

export function parseVersionHint(text: string): VersionHint {
  const hint: VersionHint = { text };
  let order: string | undefined;
  for (const match of text.matchAll(ORDER)) {
    const name = `${match[1]}第${match[2]}号`;
    // 财政部令第6号发布，国务院令第764号修订: the amending order is the version.
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 2);
    if (!order || /修订|修正|修改/.test(after)) order = name.replace(/^中华人民共和国/, '');
  }
  if (order) hint.order = order;
  let year: number | undefined;
  for (const match of text.matchAll(YEAR)) year = Number(match[1]);
  if (year !== undefined) hint.year = year;
  return hint;
}

/** The lookup key of a clean title: no quotes, no 中华人民共和国. */
export function titleKey(title: string): string {
  return cleanTitle(title).replace(QUOTES, '').replace(PRC, '');
}

export function normalizeTitle(raw: string): NormalizedTitle {
  let text = cleanTitle(raw);
  let suffix = '';
  // 《title》（suffix）: the outer brackets tell where the title ends.
  if (text.startsWith('《')) {
    let depth = 0;
    let close = -1;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '《') depth++;
      else if (text[i] === '》' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close > 0) {
      suffix = text.slice(close + 1);
      text = text.slice(1, close);
    }
  }
  text += suffix;
  const fullKey = titleKey(text);
  let hint: VersionHint | undefined;
  // Trailing （…）suffixes that name a version: （2021年修订）, （国务院令第709号修订）.
  while (text.endsWith('）')) {
    const open = matchingOpen(text, text.length - 1, '（', '）');
    if (open <= 0) break;
    const inner = text.slice(open + 1, -1);
    if (!VERSION_SUFFIX.test(inner)) break;
    if (!hint) hint = parseVersionHint(inner);
    text = text.slice(0, open);
  }
  const display = text.replace(/^《|》$/g, '');
  const result: NormalizedTitle = { display, key: titleKey(display), fullKey };
  if (hint) result.hint = hint;
  return result;
}
