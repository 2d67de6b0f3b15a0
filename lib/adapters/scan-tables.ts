/**
 * Tables: header-row lists (evidence, officers, steps), single-row records, and label/value form
 * tables, including value cells that hold further labelled fields.
 */
import { controlValue, isControl, isElement, isTextInput, sectionTitle, selectText, tagOf, textOf } from './dom';
import { matchLabel } from './label-map';
import { classifyGrid, collectFrameworkGrids, ownCells, ownRows, type Grid } from './lists';
import { precedingLabel } from './scan-controls';
import { holdsList, pairOrList, valueOf } from './scan-forms';
import { group, headerRow, labelText, type RootIndex, type Scanner } from './scanner';

/** The title, caption or label a list sits under. */
function listContext(scanner: Scanner, element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const label = scanner.containerLabels.get(node);
    if (label) return label;
    node = node.parentElement;
  }
  const caption = element.querySelector('caption');
  if (caption) return labelText(caption);
  return sectionTitle(element);
}

function addList(scanner: Scanner, grid: Grid): void {
  const context = listContext(scanner, grid.element);
  const classified = classifyGrid(grid.headers, context, grid.rows.length);
  if (classified.kind === 'record' && grid.rows.length === 1) {
    const row = grid.rows[0]!;
    const penalty =
      context && /列表|查询/.test(context) ? 4 : grid.headers.length > 0 && isCaseListHeader(grid.headers) ? 4 : 0;
    grid.headers.forEach((header, index) => {
      const cell = row[index];
      if (!cell) return;
      scanner.addPair({
        label: header,
        labelElement: grid.headerCells[index],
        valueElement: cell,
        value: valueOf(cell),
        source: 'record',
        ...(penalty ? { penalty } : {}),
      });
    });
    return;
  }
  scanner.lists.push({
    grid,
    kind: classified.kind,
    columns: classified.columns,
    order: scanner.order(grid.element),
    ...(classified.step ? { step: classified.step } : {}),
    ...(classified.log ? { log: true } : {}),
  });
  if (classified.kind === 'cases' || classified.kind === 'unknown') scanner.skipped.add(grid.element);
  else scanner.consumed.add(grid.element);
}

function isCaseListHeader(headers: string[]): boolean {
  return classifyGrid(headers, undefined, 2).kind === 'cases';
}

/** Plain tables: header-row lists, single-row records, and label/value form tables. */
export function scanTables(index: RootIndex, scanner: Scanner): void {
  const containers = group(index, 'grid').filter((container) => !scanner.skipped.has(container));
  for (const grid of collectFrameworkGrids(index.root, containers)) {
    for (const table of Array.from(grid.element.querySelectorAll('table'))) scanner.handledTables.add(table);
    addList(scanner, grid);
  }
  const tables = group(index, 'table');
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    if (scanner.handledTables.has(table) || scanner.isConsumed(table)) continue;
    const rows = ownRows(table);
    if (rows.length === 0 || scanStackedTable(rows, scanner)) continue;
    const header = headerRow(rows);
    if (header !== undefined) {
      const headerCells = ownCells(rows[header]!);
      // Labels read already (a vertical descriptions table): not a list's header.
      if (headerCells.every((cell) => scanner.consumed.has(cell))) continue;
      const headers = headerCells.map((cell) => labelText(cell));
      let body = rows
        .slice(header + 1)
        .map(ownCells)
        .filter((cells) => cells.length >= Math.max(2, headers.length - 1));
      if (body.length === 0) {
        // A header-only table followed by a body-only table (fixed headers).
        const partner = bodyPartner(table, tables, t, headers.length);
        if (partner) {
          scanner.handledTables.add(partner);
          body = ownRows(partner)
            .map(ownCells)
            .filter((cells) => cells.length >= Math.max(2, headers.length - 1));
        }
      }
      if (body.length > 0) {
        addList(scanner, { element: table, headers, headerCells, rows: body });
        continue;
      }
    }
    scanFormTable(rows, scanner);
  }
}

/**
 * A table of label rows over value rows (受理编号 | 申请单位 … over their values, then 申请日期 | …
 * over theirs): each label cell pairs with the cell below it. True when the table is one.
 */
function scanStackedTable(rows: Element[], scanner: Scanner): boolean {
  if (rows.length < 4 || rows.length % 2 !== 0) return false;
  for (let r = 0; r < rows.length; r += 2) {
    const labels = ownCells(rows[r]!);
    const values = ownCells(rows[r + 1]!);
    if (labels.length !== values.length || !isLabelRow(labels) || values.every((cell) => tagOf(cell) === 'TH'))
      return false;
  }
  for (let r = 0; r < rows.length; r += 2) {
    const values = ownCells(rows[r + 1]!);
    ownCells(rows[r]!).forEach((label, i) => pairOrList(scanner, label, values[i]!, 'table'));
  }
  return true;
}

/** A row of labels: header (or label-class) cells, most of them known labels, or all known labels. */
function isLabelRow(cells: Element[]): boolean {
  if (cells.some((cell) => cell.querySelector('input, textarea, select'))) return false;
  const texts = cells.map(labelText);
  if (texts.some((text) => text === '' || text.length > 20)) return false;
  const known = texts.filter((text) => matchLabel(text)).length;
  const marked = cells.every((cell) => tagOf(cell) === 'TH' || LABEL_CELL_CLASS.test(cell.getAttribute('class') ?? ''));
  return marked ? known * 2 >= cells.length : known === cells.length;
}

function bodyPartner(table: Element, tables: readonly Element[], index: number, columns: number): Element | undefined {
  const next = tables[index + 1];
  if (!next || table.contains(next)) return undefined;
  const rows = ownRows(next);
  if (rows.length === 0 || rows.some((row) => ownCells(row).some((cell) => tagOf(cell) === 'TH'))) return undefined;
  const first = ownCells(rows[0]!);
  if (Math.abs(first.length - columns) > 1) return undefined;
  // Must be close: sharing a grandparent.
  const a = table.parentElement?.parentElement;
  return a && a.contains(next) ? next : undefined;
}

const LABEL_CELL_CLASS =
  /(^|[\s_-])(label|lbl|lab|title|tit|key|th|name|left|tdl|td-l|field-?name|item-?name|bg|head|tdtitle|tdlabel)([\s_-]|$)/i;

function cellLabel(cell: Element): { text: string; strong: boolean } | undefined {
  if (cell.querySelector('input, textarea, select, table, img')) return undefined;
  const text = labelText(cell);
  if (text === '' || text.length > 30) return undefined;
  const colon = /[：:]$/.test(text);
  if (tagOf(cell) === 'TH') return { text, strong: true };
  if (colon) return { text, strong: true };
  if (LABEL_CELL_CLASS.test(cell.getAttribute('class') ?? '') && text.length <= 20) return { text, strong: false };
  const match = matchLabel(text);
  if (match?.exact) return { text, strong: false };
  return undefined;
}

function scanFormTable(rows: Element[], scanner: Scanner): void {
  // A label cell spanning several rows (当事人 | 名称 | … / 地址 | …) prefixes the labels beside it.
  let group: { text: string; rows: number } | undefined;
  for (const row of rows) {
    const cells = ownCells(row);
    let i = 0;
    let prefix = group && group.rows > 0 ? group.text : undefined;
    if (group) group.rows--;
    while (i < cells.length) {
      const cell = cells[i]!;
      if (scanner.isConsumed(cell)) {
        i++;
        continue;
      }
      const label = cellLabel(cell);
      const value = cells[i + 1];
      if (!label || !value) {
        i++;
        continue;
      }
      const span = Number(cell.getAttribute('rowspan') ?? '1');
      const sub = cellLabel(value);
      if (span > 1 && sub && cells[i + 2]) {
        group = { text: label.text, rows: span - 1 };
        prefix = label.text;
        scanner.consumed.add(cell);
        i++;
        continue;
      }
      if (sub?.strong && !label.strong) {
        i++;
        continue;
      }
      if (sub?.strong && label.strong && tagOf(value) === 'TH') {
        i++;
        continue;
      }
      if (sub?.strong && /[：:]$/.test(sub.text) && matchLabel(sub.text)) {
        // "案号：" followed by "当事人：": the first field is blank.
        scanner.consumed.add(cell);
        i++;
        continue;
      }
      if (scanner.isConsumed(value)) {
        i += 2;
        continue;
      }
      pairCell(scanner, cell, value, prefix ? groupedLabel(prefix, label.text) : undefined);
      i += 2;
    }
  }
}

/** The text and text-like controls of a cell (not radios and checkboxes, which are one field's choices). */
function valueControls(element: Element): Element[] {
  return Array.from(element.querySelectorAll('input, textarea, select')).filter(
    (control) => isControl(control) && (tagOf(control) !== 'INPUT' || isTextInput(control)),
  );
}

/**
 * A value cell that holds further labelled fields after its own value (审批意见 | 同意立案 /
 * 分管负责人：[吴志刚] 签字日期：[2025年1月10日]; 简要案情 | [textarea] 经初步审查，涉嫌违反了[…]的规定):
 * its own value is what comes before the first labelled control.
 */
function splitCompound(cell: Element, scanner: Scanner): { leading: Element[]; leadingText: string } | undefined {
  const controls = valueControls(cell);
  if (controls.length < 2) return undefined;
  for (let i = 0; i < controls.length; i++) {
    const found = precedingLabel(controls[i]!, scanner, cell);
    if (!found || !matchLabel(found.text)) continue;
    if (i === 0 && found.nodes.length === 0) return undefined;
    const stop = found.nodes[found.nodes.length - 1] ?? controls[i]!;
    return { leading: controls.slice(0, i), leadingText: i === 0 ? textUntil(cell, stop) : '' };
  }
  return undefined;
}

/** The text of a subtree up to (not including) a node inside it. */
function textUntil(root: Element, stop: Node): string {
  let text = '';
  let done = false;
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (done) return;
      if (child === stop) {
        done = true;
        return;
      }
      if (isElement(child)) {
        if (child.contains(stop)) walk(child);
        else text += ` ${textOf(child)} `;
      } else if (child.nodeType === 3) text += child.textContent ?? '';
    }
  };
  walk(root);
  return text.replace(/\s+/g, ' ').trim();
}

/** A label cell and its value cell; a value cell with labelled sub-fields keeps them for later. */
function pairCell(scanner: Scanner, labelCell: Element, value: Element, override?: string): void {
  const split = holdsList(value) ? undefined : splitCompound(value, scanner);
  if (!split) return pairOrList(scanner, labelCell, value, 'table', override);
  const label = override ?? labelText(labelCell);
  if (label === '' || label.length > 40) return;
  const { leading, leadingText } = split;
  if (leading.length > 0) {
    const parts = leading
      .map((control) => (tagOf(control) === 'SELECT' ? selectText(control) : controlValue(control)).trim())
      .filter((part) => part !== '');
    scanner.addPair({
      label,
      labelElement: labelCell,
      valueElement: leading[0]!,
      value: parts.join('\n'),
      source: 'table',
    });
    for (const control of leading.slice(1)) scanner.consumed.add(control);
  } else {
    scanner.addPair({ label, labelElement: labelCell, valueElement: value, value: leadingText, source: 'table' }, true);
  }
}

/** 当事人 + 名称 → 当事人名称 when that is a known label, else the sub-label alone. */
function groupedLabel(group: string, sub: string): string {
  const joined = `${group.replace(/[：:]$/, '')}${sub}`;
  const hit = matchLabel(joined);
  if (hit?.exact) return joined;
  const own = matchLabel(sub);
  if (own) return sub;
  return hit ? joined : sub;
}
