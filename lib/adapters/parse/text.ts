/** Small text helpers shared by the value parsers. Pure functions, no DOM. */

/** Full-width ASCII (！-～) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Collapses runs of horizontal white space (including nbsp) and trims each line. */
export function cleanText(text: string): string {
  return text
    .replace(/[\u00a0\u2002-\u200b\u3000\t\f\v ]+/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n')
    .trim();
}

/** Values that mean "nothing filled in". */
const EMPTY_VALUES = new Set([
  '',
  '-',
  '--',
  '—',
  '——',
  '/',
  '\\',
  '无',
  '暂无',
  '空',
  'null',
  'undefined',
  'N/A',
  'n/a',
  '请选择',
  '请输入',
  '未填写',
  '未填',
  '待定',
  '（空）',
  '(空)',
]);

/** True when a host field shows nothing (blank, a dash, 请选择, 暂无 …). */
export function isEmptyValue(text: string | undefined): boolean {
  if (text === undefined) return true;
  const value = text.replace(/\s+/g, '');
  if (EMPTY_VALUES.has(value)) return true;
  if (/^_+$/.test(value) || /^[-—_/\\.。…]+$/.test(value)) return true;
  return /^请(选择|输入|填写)/.test(value);
}

/** Removes unbalanced opening/closing brackets and separators left at the ends of a cut value. */
export function trimValue(text: string): string {
  let value = text
    .trim()
    .replace(/^[：:，,；;、。\s]+/, '')
    .replace(/[，,；;、\s]+$/, '');
  for (let i = 0; i < 3; i++) {
    const before = value;
    if (/[（(【[]$/.test(value)) value = value.slice(0, -1).trim();
    if (/^[）)】\]]/.test(value)) value = value.slice(1).trim();
    if (/[）)]$/.test(value) && count(value, /[（(]/g) < count(value, /[）)]/g)) value = value.slice(0, -1).trim();
    if (/^[（(]/.test(value) && count(value, /[（(]/g) > count(value, /[）)]/g)) value = value.slice(1).trim();
    value = value.replace(/[，,；;、]+$/, '').trim();
    if (value === before) break;
  }
  return value;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** FNV-1a 32-bit hash as 8 hex digits (stable ids for pages without a case number). */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
