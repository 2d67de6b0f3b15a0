import { DATE_SOURCE, dateFromGroups } from './numerals';
import type { Prepared, Span } from './prepare';
import { TITLE, lines, span } from './parse-shared';

/** The deciding authority and the date of the decision, from labels, the signature block or the head. */

const DATE_GROUPS = 9;

const AGENCY_END =
  /(局|委员会|委|厅|部|办公室|人民政府|政府|中心|大队|支队|总队|分局|管理处|管委会|执法局|所|站|署|院|办)(?:（[^）]{1,20}）)?$/;
const GENERIC_AGENCY = /^(?:税务机关|行政机关|执法机关|处罚机关|本机关|机关)(?:（(?:印章|公章|盖章|章)）)?$/;
const AGENCY_LABEL =
  /(?:\*\*)?(?:执法部门|处罚机关|决定机关|实施机关|作出(?:行政)?处罚(?:决定)?的?机关)(?:\*\*)?[：:](?:\*\*)?([^\n*]{2,40})/;
const SELF_NAMED = /我(?:局|部|委|厅|队|办|署|院|站|所|中心)（([^）]{2,30})）/;
const ISSUED = new RegExp(`^(.{2,30}?)(?:办公厅|办公室)?${DATE_SOURCE}印发$`);
const SEAL = /（(?:印章|公章|盖章|章)）$/;
const DATE_LABEL = new RegExp(
  `(?:\\*\\*)?(?:作出(?:行政)?处罚(?:决定)?的?日期|处罚决定日期|决定日期|处罚日期)(?:\\*\\*)?[：:](?:\\*\\*)?${DATE_SOURCE}`,
);

const DATE_LINE = new RegExp(`^(.{0,40}?)${DATE_SOURCE}(.{0,12})$`);

export interface Signature {
  authority?: { name: string; span: Span };
  date?: string;
  dateSpan?: Span;
  dateAt?: number;
}

export function readSignature(
  prepared: Prepared,
  text: string,
  title: { text: string; at: number } | undefined,
  from: number,
): Signature {
  const found: Signature = {};
  const all = lines(text);
  const labelled = AGENCY_LABEL.exec(text);
  if (labelled) {
    const at = labelled.index + labelled[0].length - labelled[1]!.length;
    found.authority = { name: labelled[1]!.trim(), span: span(prepared, at, at + labelled[1]!.length) };
  }
  const dateLabel = DATE_LABEL.exec(text);
  if (dateLabel) {
    const date = dateFromGroups(dateLabel, 1);
    if (date) {
      found.date = date;
      found.dateAt = dateLabel.index;
      found.dateSpan = span(prepared, dateLabel.index, dateLabel.index + dateLabel[0].length);
    }
  }
  // Signature block: from the end, a line that is a date (maybe with the agency), and agency lines above it.
  for (let i = all.length - 1; i >= 0 && !found.date; i--) {
    const line = all[i]!;
    if (line.start < from) break;
    const match = DATE_LINE.exec(line.text);
    if (!match) continue;
    const date = dateFromGroups(match, 2);
    const head = match[1]!.replace(SEAL, '');
    const tail = match[2 + DATE_GROUPS]!;
    if (!date || /印发|生成|抓取|发布|公示/.test(tail + head) || (head.length > 0 && !AGENCY_END.test(head))) continue;
    found.date = date;
    found.dateAt = line.start;
    found.dateSpan = span(prepared, line.start, line.start + line.text.length);
    if (!found.authority && head.length >= 2 && !GENERIC_AGENCY.test(head)) {
      found.authority = { name: head, span: span(prepared, line.start, line.start + head.length) };
    }
    for (let j = i - 1; j >= 0 && j >= i - 3 && !found.authority; j--) {
      const above = all[j]!.text.replace(SEAL, '');
      if (above.length >= 3 && above.length <= 40 && AGENCY_END.test(above) && !GENERIC_AGENCY.test(all[j]!.text)) {
        found.authority = { name: above, span: span(prepared, all[j]!.start, all[j]!.start + above.length) };
      }
    }
  }
  if (!found.authority) {
    // Header: the agency's name on the line(s) above the title, or the title's own head.
    for (const line of all.slice(0, 6)) {
      if (title && line.start >= title.at) {
        const head = line.text
          .replace(/^#+/, '')
          .split(TITLE)[0]!
          .replace(/(?:税务|核安全|行政)+$/, '');
        if (head.length >= 3 && AGENCY_END.test(head))
          found.authority = { name: head, span: span(prepared, line.start, line.start + head.length) };
        break;
      }
      const text = line.text.replace(/^#+/, '');
      if (text.length >= 3 && text.length <= 40 && AGENCY_END.test(text) && !TITLE.test(text) && !/[：:]/.test(text)) {
        found.authority = { name: text, span: span(prepared, line.start, line.start + text.length) };
        break;
      }
    }
  }
  if (!found.authority) {
    const self = SELF_NAMED.exec(text);
    if (self) found.authority = { name: self[1]!, span: span(prepared, self.index, self.index + self[0].length) };
  }
  for (let i = all.length - 1; i >= 0 && i >= all.length - 8; i--) {
    const match = ISSUED.exec(all[i]!.text);
    if (!match) continue;
    if (!found.authority) {
      found.authority = { name: match[1]!, span: span(prepared, all[i]!.start, all[i]!.start + match[1]!.length) };
    }
    if (!found.date) {
      const date = dateFromGroups(match, 2);
      if (date) {
        found.date = date;
        found.dateAt = all[i]!.start;
        found.dateSpan = span(prepared, all[i]!.start, all[i]!.start + all[i]!.text.length);
      }
    }
  }
  return found;
}
