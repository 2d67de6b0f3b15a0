/**
 * 标签：值 pairs in the free text lines of a page (printable writs, read-only pages, 2008-era
 * tables), and labels on a line of their own whose value is the block beside them (a grid column
 * 案号： next to a column with the number, a label over its value).
 */
import { isHeading, tagOf, textOf, type Line } from './dom';
import { matchLabel } from './label-map';
import { trimValue } from './parse/text';
import { signerOf } from './scan-controls';
import { labelText, type Scanner } from './scanner';

const LINE_LABEL = /([\u4e00-\u9fa5A-Za-z0-9（）()、/*]{2,24})\s*[：:]/g;
/** A line with a label in it (a time such as 09:30 is none). */
const HAS_LINE_LABEL = /[\u4e00-\u9fa5][\u4e00-\u9fa5A-Za-z0-9（）()、/*]{1,23}\s*[：:]/;

/** Labels spaced out to a width (当 事 人：, 送 达 日 期：) closed up: single characters after a space or colon. */
export function closeSpacedLabels(text: string): string {
  return text.replace(
    /(^|[\s：:，,；;。])([\u4e00-\u9fa5](?: [\u4e00-\u9fa5]){1,6})(?= ?[：:])/g,
    (_, before: string, label: string) => before + label.replace(/ /g, ''),
  );
}

/**
 * 标签：值 pairs in free text lines. Returns the lines that were only a label (element → text), to be
 * left out of sentence reading.
 */
export function scanLines(lines: Line[], scanner: Scanner): Map<Element, string> {
  const labelLines = new Map<Element, string>();
  const taken = new Set<number>();
  for (let l = 0; l < lines.length; l++) {
    if (taken.has(l)) continue;
    const line = lines[l]!;
    const text = closeSpacedLabels(line.text);
    const beside = valueBelow(lines, l, text, taken) ?? valueBeside(lines, l, text);
    if (beside) {
      scanner.pairs.push({
        label: beside.label,
        labelElement: line.element,
        valueElement: beside.element,
        value: beside.value,
        order: scanner.order(line.element),
        source: 'line',
      });
      labelLines.set(line.element, line.text);
      l = beside.last;
      continue;
    }
    if (!HAS_LINE_LABEL.test(text)) leadingLabel(line, scanner);
    else readLabelledLine(lines, l, text, scanner);
  }
  return labelLines;
}

const INLINE_LABEL = new Set(['B', 'STRONG', 'LABEL', 'SPAN', 'FONT', 'EM', 'I']);

/**
 * A line opened by a label in an element of its own, with no colon (<b>案号</b> 济…号,
 * <span>当事人</span><span>张三</span>): the label must be a known label as it stands.
 */
function leadingLabel(line: Line, scanner: Scanner): void {
  let first = line.element.firstElementChild;
  // <font><b>案号</b></font>: the innermost element that opens the line.
  while (first && first.childElementCount === 1 && first.firstElementChild === first.firstChild)
    first = first.firstElementChild;
  if (!first || !INLINE_LABEL.has(tagOf(first))) return;
  const label = textOf(first).trim();
  if (label === '' || !line.text.startsWith(label) || !matchLabel(label)?.exact) return;
  const value = trimValue(line.text.slice(label.length));
  if (value === '') return;
  scanner.pairs.push({
    label,
    labelElement: first,
    valueElement: line.element,
    value,
    order: scanner.order(line.element),
    source: 'line',
  });
}

/** The pairs of one line: 案号：… 当事人：… (a label's value runs to the next label). */
function readLabelledLine(lines: Line[], l: number, text: string, scanner: Scanner): void {
  const line = lines[l]!;
  const found: Array<{ label: string; start: number; end: number }> = [];
  for (const match of text.matchAll(LINE_LABEL)) {
    const candidate = match[1]!;
    // Try the longest suffix that is a known label (text may run into the label).
    let label: string | undefined;
    for (let k = 0; k < candidate.length - 1; k++) {
      const suffix = candidate.slice(k);
      const hit = matchLabel(suffix);
      if (!hit || (!hit.exact && k > 0)) continue;
      // A label glued to text before it must follow a value's tail (…12号当事人：), not prose
      // (本局决定对当事人作出如下行政处罚：).
      if (k > 0 && !/[\d号元日)）]$/.test(candidate.slice(0, k))) continue;
      label = suffix;
      break;
    }
    if (!label) continue;
    const start = match.index + match[0].length - label.length - (match[0].length - match[1]!.length);
    found.push({ label, start: Math.max(0, start), end: match.index + match[0].length });
  }
  for (let i = 0; i < found.length; i++) {
    const current = found[i]!;
    const next = found[i + 1];
    let value = trimValue(text.slice(current.end, next ? next.start : undefined));
    if (value === '' && !next) {
      const following = lines[l + 1];
      const target = matchLabel(current.label)?.target.path ?? '';
      if (
        following &&
        /^(facts|legalBasis|decision|evidence|discretion)/.test(target) &&
        !HAS_LINE_LABEL.test(following.text)
      ) {
        value = following.text;
      }
    }
    if (value === '') continue;
    const signer = signerOf(text.slice(0, current.start), line.element, scanner);
    scanner.pairs.push({
      label: current.label,
      valueElement: line.element,
      value,
      order: scanner.order(line.element),
      source: 'line',
      ...(signer ? { signer } : {}),
    });
  }
}

/**
 * A line that is only a label (案号：, 是否重大案件) with its value in the block beside it: the next
 * sibling of the label's block (grid columns), or a block inside it after the label (ExtJS items,
 * a label above its value). The value runs over the following lines inside that block.
 */
function valueBeside(
  lines: Line[],
  l: number,
  text: string,
): { label: string; element: Element; value: string; last: number } | undefined {
  const label = labelOnly(text);
  const labelElement = lines[l]!.element;
  const colon = /[：:]$/.test(text);
  const first = lines[l + 1];
  if (!label || !first || isHeading(labelElement)) return undefined;
  // 案由：<br>…: the value is the one line after the label in the same block (承办部门<br>负责人意见 is one label).
  const container =
    first.element !== labelElement ? besideBlock(labelElement, first.element) : colon ? labelElement : undefined;
  if (!container) return undefined;
  const values: string[] = [];
  let k = l + 1;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (!container.contains(line.element) || HAS_LINE_LABEL.test(line.text)) break;
    values.push(line.text);
    if (container === labelElement) {
      k++;
      break;
    }
  }
  if (values.length === 0) return undefined;
  return { label, element: container, value: values.join('\n'), last: k - 1 };
}

/**
 * A label in a row of labels (a grid of columns, 案号 | 当事人 | 立案日期) over a row of as many
 * values: its value is the column below it. The value's lines are marked taken.
 */
function valueBelow(
  lines: Line[],
  l: number,
  text: string,
  taken: Set<number>,
): { label: string; element: Element; value: string; last: number } | undefined {
  const label = labelOnly(text);
  const column = label ? columnBelow(lines[l]!.element) : undefined;
  if (!label || !column) return undefined;
  const values: string[] = [];
  for (let k = l + 1; k < lines.length && k < l + 40; k++) {
    if (!column.contains(lines[k]!.element)) {
      if (values.length > 0) break;
      continue;
    }
    values.push(lines[k]!.text);
    taken.add(k);
  }
  return values.length > 0 ? { label, element: column, value: values.join('\n'), last: l } : undefined;
}

/**
 * The cell below a label whose row holds only labels, in a next row of as many cells that are not
 * all labels (案件类型 | 行政处罚 over 处罚种类 | 罚款 are two rows of pairs).
 */
function columnBelow(labelElement: Element): Element | undefined {
  const row = labelElement.parentElement;
  const below = row?.nextElementSibling;
  if (!row || !below || row.childElementCount < 2 || row.childElementCount !== below.childElementCount)
    return undefined;
  const cells = Array.from(row.children);
  if (!allLabels(cells) || allLabels(Array.from(below.children))) return undefined;
  return below.children[cells.indexOf(labelElement)];
}

function allLabels(cells: Element[]): boolean {
  return cells.every((cell) => {
    const text = labelText(cell);
    return text.length <= 24 && matchLabel(text)?.exact;
  });
}

/**
 * The label text of a line that holds nothing else (*案由：, 执法人员（执法证号）, 是否重大案件). Not a
 * spaced-out or numbered title (行 政 处 罚 决 定 书, 2.没收违法所得…；), nor, without a colon, a
 * document's name (…决定书).
 */
function labelOnly(text: string): string | undefined {
  // 当 事 人 in a column of its own: single characters spaced out to a width.
  const closed = /^[\u4e00-\u9fa5](?: [\u4e00-\u9fa5]){1,6}$/.test(text) ? text.replace(/ /g, '') : text;
  const match = /^[*＊]?\s*([^：:\s，。；;,!！?？]{2,24}?)\s*([：:])?$/.exec(closed);
  if (!match || /^\d/.test(match[1]!)) return undefined;
  const hit = matchLabel(match[1]!);
  if (!hit || (!match[2] && !hit.exact && /[书表单证录函]$/.test(match[1]!))) return undefined;
  return match[1]!;
}

/**
 * The block that holds a label's value: the next sibling of the label block (or of the column it
 * sits alone in, a few levels up), or a block inside the label's block.
 */
function besideBlock(labelElement: Element, valueElement: Element): Element | undefined {
  for (let node: Element | null = labelElement, level = 0; node && level < 3; level++, node = node.parentElement) {
    const sibling = node.nextElementSibling;
    if (!sibling) continue;
    if (sibling === valueElement || sibling.contains(valueElement)) return sibling;
    break;
  }
  if (valueElement === labelElement || !labelElement.contains(valueElement)) return undefined;
  let inner = valueElement;
  while (inner.parentElement && inner.parentElement !== labelElement) inner = inner.parentElement;
  return inner;
}
