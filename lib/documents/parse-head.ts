import type { Prepared } from './prepare';
import { TITLE, lines, span } from './parse-shared';
import type { DocumentKind, DocumentNumber, DocumentType, ElementName } from './types';

/** The head of a document (its title and number) and what kind of text it is. */

/** A title line ends with the document's name (and maybe the case name in brackets): no label, no colon. */
const TITLE_LINE = new RegExp(`^[^：:]*${TITLE.source}(?:[（(][^）)]*[)）])?$`);
/** 济市监处罚〔2025〕123号, 济公历（治）行罚决字〔2025〕1234号, （济）应急罚〔2025〕27号, (2025)第12号 on its own line. */
const DOC_NUMBER =
  /((?:[\u4e00-\u9fa5A-Za-z0-9]|[（(][\u4e00-\u9fa5A-Za-z]{1,4}[)）]){0,24}?)[〔[［(（【](\d{4})[〕\]］)）】]第?(\d{1,6})号/g;
const NUMBER_LABEL = /^(?:决定书文号|文书编号|文号|编号|字号|案号)[：:]?/;

const SUMMARY_MARKERS =
  /行政处罚决定书文号|处罚类别|处罚内容|处罚事由|处罚依据[：:]|被处罚单位|被处罚人|作出行政处罚的日期|处罚决定日期|执法部门[：:]|主要违法事实[：:]|行政处罚种类|数据来源|公示期限|违法行为类型|行政相对人名称|信息公示/g;

/** The title line among the first lines of the text. */
export function readTitle(text: string): { text: string; at: number } | undefined {
  for (const line of lines(text).slice(0, 12)) {
    const content = line.text.replace(/^#+/, '');
    if (content.length <= 80 && TITLE_LINE.test(content) && !/^(?:根据|依据|经|我|你)/.test(content)) {
      return { text: content, at: line.start };
    }
  }
  return undefined;
}

export function readNumber(prepared: Prepared, text: string, limit: number): DocumentNumber | undefined {
  DOC_NUMBER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DOC_NUMBER.exec(text)) && match.index < limit) {
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    if (/[》（(]$/.test(before)) continue;
    // Without a prefix, only a number standing at the start of a line (or after its label).
    if (match[1]!.length === 0 && !(before.length === 0 || /\n$|[：:]$/.test(before))) continue;
    let prefix = match[1]!.replace(NUMBER_LABEL, '');
    if (prefix.length === 0) prefix = match[1]!;
    const start = match.index + (match[1]!.length - prefix.length);
    return {
      text: text.slice(start, match.index + match[0].length),
      year: Number(match[2]),
      serial: Number(match[3]),
      span: span(prepared, start, match.index + match[0].length),
    };
  }
  return undefined;
}

export function documentType(title: string | undefined): DocumentType {
  if (!title) return 'unknown';
  if (/不予(?:行政)?处罚决定书/.test(title)) return 'no-penalty-decision';
  // 行政强制 (查封、扣押, 强制执行…) and other measures are no penalty decisions.
  if (/强制|查封|扣押|冻结|催告|责令(?:改正|限期)|整改/.test(title)) return 'other';
  if (/处罚决定书/.test(title)) return 'penalty-decision';
  if (/听证告知书/.test(title)) return 'hearing-notice';
  if (/告知书/.test(title)) return 'prior-notice';
  if (/决定书/.test(title)) return /处理决定书/.test(title) ? 'other' : 'penalty-decision';
  return 'other';
}

/** A decision, a disclosure summary or a fragment, from the title, the summary's labels and the elements found. */
export function documentKind(type: DocumentType, text: string, elements: Record<ElementName, boolean>): DocumentKind {
  SUMMARY_MARKERS.lastIndex = 0;
  let markers = 0;
  while (SUMMARY_MARKERS.exec(text)) markers++;
  if ((type === 'penalty-decision' || type === 'no-penalty-decision') && (elements.remedy || elements.penalty))
    return 'decision';
  if (markers >= 2 && !elements.remedy) return 'summary';
  if (type === 'unknown' && elements.party && elements.penalty && elements.remedy && elements.legalBasis)
    return 'decision';
  if (markers >= 2) return 'summary';
  return 'fragment';
}
