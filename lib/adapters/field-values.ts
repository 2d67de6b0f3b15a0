/** Cleaning and picking apart the text of a labelled field before it becomes a case value. */
import type { LegalRef } from '../case/schema';
import { parseAmount } from './parse/amounts';
import { trimValue } from './parse/text';
import type { LegalRole } from './sentences';

/**
 * Whether the rights a notice lists include the hearing: 陈述、申辩及要求听证的权利 → true,
 * 陈述、申辩 → false; undefined when the text names no right at all.
 */
export function hearingRightIn(text: string): boolean | undefined {
  const value = text.replace(/\s+/g, '');
  if (/(未|没有|不含|不包括|无)(告知|享有|包括|包含|含)?(当事人)?(要求|申请)?(举行)?听证/.test(value)) return false;
  if (/听证/.test(value)) return true;
  if (/陈述|申辩/.test(value)) return false;
  return undefined;
}

/** An agency name as signed: seal notes (（印章）) and the signature date after it removed. */
export function agencyText(text: string): string {
  return oneLine(text)
    .replace(/[（(]\s*(印章|盖章|公章|章|签章)\s*[)）]/g, ' ')
    .replace(
      /\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}\s*年[〇零○一二三四五六七八九十]{1,3}\s*月[〇零○一二三四五六七八九十]{1,4}\s*日|\d{4}-\d{1,2}-\d{1,2})\s*$/,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

export function idText(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/[\s\u3000]+/g, '').replace(/^[:：]/, '');
}

export function oneLine(text: string): string {
  return trimValue(text.replace(/\s*\n\s*/g, ' '));
}

export function fineFromText(text: string): number | undefined {
  const match =
    /罚款[^，。；;]{0,4}?((?:人民币)?[^，。；;]{1,24}?元)/.exec(text) ??
    /(?:处以?|并处)((?:人民币)?[^，。；;]{1,24}?元)(?:的)?罚款/.exec(text);
  return match ? parseAmount(match[1]!) : undefined;
}

export function toLegalRef(
  role: LegalRole,
  ref: { law?: string; article?: number; paragraph?: number; item?: number; subArticle?: number; text: string },
): LegalRef {
  const out: Record<string, unknown> = { role, law: ref.law ?? '' };
  if (ref.article !== undefined) out.article = ref.article;
  if (ref.paragraph !== undefined) out.paragraph = ref.paragraph;
  if (ref.item !== undefined) out.item = ref.item;
  if (ref.subArticle !== undefined) out.subArticle = ref.subArticle;
  out.text = ref.text;
  return out as LegalRef;
}

/** Pulls name, identity number and address out of a 当事人基本情况 paragraph. */
export function parsePartyInfo(text: string): { name?: string; idNumber?: string; address?: string } {
  const out: { name?: string; idNumber?: string; address?: string } = {};
  const flat = text.replace(/\s+/g, ' ');
  const name = /^(?:当事人[：:]\s*)?([^，,；;。:：(（\s]{2,40})/.exec(flat);
  if (name && !/代码|证号|地址|住所/.test(name[1]!)) out.name = name[1]!;
  const code =
    /(?:统一社会信用代码|信用代码|身份证(?:件)?号(?:码)?|注册号|证件号(?:码)?)[：:\s]*([0-9A-Za-z*]{15,18})/.exec(flat);
  if (code) out.idNumber = code[1]!.toUpperCase();
  const address = /(?:住所|地址|住址|经营场所)(?:地)?[：:\s]*([^，,；;。]{4,80})/.exec(flat);
  if (address) out.address = address[1]!.trim();
  return out;
}
