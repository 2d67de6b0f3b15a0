import type { Citation, Locale } from './types';

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 21 → 二十一, 104 → 一百零四, 124 → 一百二十四 (articles stay below 10,000). */
export function chineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 10_000) return String(value);
  if (value < 10) return DIGITS[value]!;
  const units = ['', '十', '百', '千'];
  const digits = String(value).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    const unit = units[digits.length - 1 - index]!;
    if (digit === 0) {
      pendingZero = out.length > 0;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[digit]! + unit;
  });
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** 《中华人民共和国行政处罚法》第四十四条第一款第（五）项, or "Administrative Penalty Law, Art. 44(1)(v)" style. */
export function formatCitation(citation: Citation, locale: Locale = 'zh-CN'): string {
  if (locale === 'en') {
    let out = `${citation.law} Art. ${citation.article}`;
    if (citation.paragraph) out += ` para. ${citation.paragraph}`;
    if (citation.item) out += ` item ${citation.item}`;
    return out;
  }
  let out = `《${citation.law}》第${chineseNumber(citation.article)}条`;
  if (citation.paragraph) out += `第${chineseNumber(citation.paragraph)}款`;
  if (citation.item) out += `第（${chineseNumber(citation.item)}）项`;
  return out;
}

const ITEM_NAMES_ZH = ['一', '二', '三', '四', '五', '六', '七', '八'];

export const ART7_ITEMS: Record<number, { zh: string; en: string }> = {
  1: { zh: '认定事实不清，证据不足', en: 'Facts unclear or evidence insufficient' },
  2: { zh: '适用依据错误', en: 'Wrong legal basis applied' },
  3: { zh: '违反法定程序', en: 'Statutory procedure violated' },
  4: { zh: '不当行使职权或者行政行为明显不当', en: 'Improper use of power or clearly unreasonable act' },
  5: { zh: '不履行法定职责', en: 'Statutory duty not performed' },
  6: { zh: '违反优化营商环境、规范涉市场主体行政执法规定', en: 'Business-environment rules broken' },
  7: { zh: '违反严格规范公正文明执法要求', en: 'Strict, fair and civil enforcement rules broken' },
  8: { zh: '其他行政执法过错情形', en: 'Other enforcement faults' },
};

/** "第七条第（三）项 违反法定程序" heading for an Art. 7 item of Jinan Order 294. */
export function art7Heading(item: number, locale: Locale = 'zh-CN'): string {
  const names = ART7_ITEMS[item];
  if (!names) return String(item);
  return locale === 'en' ? `Art. 7(${item}) ${names.en}` : `第七条第（${ITEM_NAMES_ZH[item - 1]}）项 ${names.zh}`;
}
