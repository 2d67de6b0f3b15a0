/** Lists of people (执法人员 张三、李四) and their credential numbers. Pure, no DOM. */
import { toHalfWidth } from './text';

const SPLIT = /[、，,；;/|\s]+/;
const CERTIFICATE = /^[A-Z]{0,4}[0-9][0-9A-Z-]{4,24}$/i;
// Words that are not names: signature prompts, placeholders, roles.
const NOT_A_NAME =
  /^(签名|签字|盖章|签章|本人签名|执法人员|承办人|经办人|主办人|协办人|记录人|检查人|调查人|审核人|审批人|无|暂无|等|其他|执法证号|证号|姓名|年|月|日)$/;
const DATE_LIKE = /\d{4}\s*[年\-/.]\s*\d{1,2}(?:\s*[月\-/.]\s*\d{1,2}\s*日?)?/g;

/** Splits a list of names on 、，, ；/ and spaces, dropping empty parts and a trailing 等. */
export function splitNames(input: string): string[] {
  const text = toHalfWidth(input).replace(DATE_LIKE, ' ');
  const names: string[] = [];
  for (const raw of text.split(SPLIT)) {
    const name = raw
      .replace(/^[(（[]?\s*(签名|签字)\s*[)）\]]?/, '')
      .replace(/[(（[]?\s*(签名|签字|盖章)\s*[)）\]]?$/, '')
      .replace(/等$/, '')
      .replace(/^[:：]+|[:：]+$/g, '')
      .trim();
    if (name === '' || NOT_A_NAME.test(name)) continue;
    names.push(name);
  }
  return names;
}

/** True for text that looks like a person's name (2–20 Han or Latin letters, · allowed). */
export function looksLikeName(text: string): boolean {
  return /^[\u4e00-\u9fa5·•A-Za-z]{2,20}$/.test(text) && !NOT_A_NAME.test(text) && !/[年月日号]$/.test(text);
}

export interface OfficerEntry {
  name: string;
  certificateNo?: string;
}

/**
 * Officers with optional credential numbers: 张三（37010012345）、李四(37010012346),
 * 张三 执法证号：37010012345 李四 执法证号：37010012346, 张三 37010012345, 张三、李四.
 * Tokens that are not names and not numbers are dropped.
 */
export function parseOfficerList(input: string): OfficerEntry[] {
  return parseOfficers(input).entries;
}

/** Like parseOfficerList, also returning credential numbers that could not be given to anyone. */
export function parseOfficers(input: string): { entries: OfficerEntry[]; unassigned: string[] } {
  const text = toHalfWidth(input)
    .replace(/(执法证件?号码?|执法证编号|证件号码?|证号|编号)\s*[:：]?/g, ' ')
    .replace(/[()[\]【】]/g, ' ');
  // Tokens in order: names and credential numbers.
  const tokens: Array<{ name?: string; certificate?: string }> = [];
  for (const token of splitNames(text)) {
    if (CERTIFICATE.test(token)) {
      tokens.push({ certificate: token });
      continue;
    }
    // 张三37010012345 written without a space.
    const glued = /^([\u4e00-\u9fa5·]{2,6})([A-Z]{0,4}[0-9][0-9A-Z-]{4,24})$/i.exec(token);
    if (glued) {
      tokens.push({ name: glued[1]! }, { certificate: glued[2]! });
      continue;
    }
    if (looksLikeName(token)) tokens.push({ name: token });
  }
  const entries: OfficerEntry[] = tokens.filter((t) => t.name).map((t) => ({ name: t.name! }));
  const certificates = tokens.filter((t) => t.certificate).map((t) => t.certificate!);
  const firstCertificate = tokens.findIndex((t) => t.certificate);
  const namesFirst = firstCertificate >= 0 && tokens.slice(firstCertificate).every((t) => t.certificate);
  if (namesFirst && certificates.length === entries.length) {
    // 张三、李四（37010012345、37010012346）: the numbers follow the names in the same order.
    entries.forEach((entry, i) => (entry.certificateNo = certificates[i]));
    return { entries, unassigned: [] };
  }
  // Otherwise a number belongs to the one name right before it (张三 3701… 李四 3701…); after
  // several names in a row (张三、李四 3701…) it is not clear whose it is.
  const unassigned: string[] = [];
  let index = -1;
  let run = 0;
  for (const token of tokens) {
    if (token.name) {
      index++;
      run++;
    } else if (token.certificate) {
      if (run === 1 && index >= 0) entries[index]!.certificateNo = token.certificate;
      else unassigned.push(token.certificate);
      run = 0;
    }
  }
  return { entries, unassigned };
}

/** Credential numbers in a value (37010012345、37010012346). */
export function parseCertificateNumbers(input: string): string[] {
  return toHalfWidth(input)
    .split(/[、，,；;/|\s]+/)
    .map((token) => token.trim())
    .filter((token) => CERTIFICATE.test(token));
}
