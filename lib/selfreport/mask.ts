/**
 * Masking of personal numbers in exported text: resident ID numbers, mobile phones, landlines and
 * bank cards, wherever they occur in a string (deep through objects and arrays). Exports mask by
 * default. Masking errs on the side of hiding: a long digit run that might be a card is masked.
 *
 *   18-digit ID      370102199001011234   → 370102********1234   (first 6, last 4)
 *   mobile           13812345678          → 138****5678          (+86 / separators kept)
 *   landline         0531-88881234        → 0531-****1234        (area code and last 4 kept)
 *   bank card        6222021234567890123  → 6222***********0123  (first 4, last 4; separators kept)
 */

const ID_18 = /(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[0-9Xx])(?![0-9A-Za-z])/g;
/** 16–19 digits, bare or in groups of four separated by one space or hyphen. */
const CARD = /(?<![\d*])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1?\d{1,3})?|\d{16,19})(?![\d*])/g;
const MOBILE = /(?<![\d*])((?:\+?86[ -]?)?1[3-9]\d)([ -]?)(\d{4})([ -]?)(\d{4})(?![\d*])/g;
/** Area code 0xx/0xxx, optional brackets or separator, 7–8 digit number, optional extension. */
const LANDLINE = /(?<![\d*])(\(?0\d{2,3}\)?[ -]?)(\d{3,4})([ -]?)(\d{4})(?:(-|转|ext\.?\s?)(\d{1,6}))?(?![\d*])/g;

/**
 * Identifiers that look like digit runs but are not personal numbers and must survive masking
 * intact: UUIDs, long hex strings (hashes) and receipt codes. Masking only touches the text between.
 */
const PROTECTED =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,}|ZG-[0-9A-Z]{4}-[0-9A-Z]{4}/gi;

function stars(text: string): string {
  return text.replace(/\d/g, '*');
}

function maskCard(match: string): string {
  const digits = match.replace(/\D/g, '');
  if (digits.length < 16 || digits.length > 19) return match;
  let seen = 0;
  let out = '';
  for (const ch of match) {
    if (/\d/.test(ch)) {
      seen++;
      out += seen <= 4 || seen > digits.length - 4 ? ch : '*';
    } else out += ch;
  }
  return out;
}

/** Masks the personal numbers in one string (UUIDs, hashes and receipt codes are left intact). */
export function maskText(text: string): string {
  if (!/\d{7}/.test(text.replace(/[ ()\-+]/g, ''))) return text; // fast path: no run of 7+ digits
  let out = '';
  let from = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += maskPlain(text.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return out + maskPlain(text.slice(from));
}

function maskPlain(text: string): string {
  return text
    .replace(ID_18, (_m, head: string, middle: string, tail: string) => `${head}${stars(middle)}${tail}`)
    .replace(CARD, (m: string) => maskCard(m))
    .replace(
      MOBILE,
      (_m, head: string, sep1: string, middle: string, sep2: string, tail: string) =>
        `${head}${sep1}${stars(middle)}${sep2}${tail}`,
    )
    .replace(
      LANDLINE,
      (_m, area: string, first: string, sep: string, last: string, extSep?: string, ext?: string) =>
        `${area}${stars(first)}${sep}${last}${extSep ? `${extSep}${ext ?? ''}` : ''}`,
    );
}

/** A deep copy with every string masked (object keys are kept as they are). */
export function maskDeep<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return maskText(value);
  if (Array.isArray(value)) return value.map(walk);
  if (typeof value === 'object' && value !== null) {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = walk(item);
    return out;
  }
  return value;
}

/** True when masking would change the value. */
export function wouldMask(value: unknown): boolean {
  return JSON.stringify(maskDeep(value)) !== JSON.stringify(value);
}
