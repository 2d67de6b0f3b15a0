/**
 * The generic extractor: reads the case on display from any case page, with no adapter, by
 * pairing labels with values (tables, dl, Element-UI, Ant Design, layui, <label for>, 标签：值
 * lines), reading evidence/officer/step lists, and reading the sentences of printable writs.
 * Hidden tabs and same-origin frames are read too; lists of other cases are skipped.
 */
import type { EnforcementCase, EventKind } from '../case/schema';
import { CaseBuilder, toLegalRef, type BuildResult } from './builder';
import {
  choiceText,
  collectLineSets,
  controlValue,
  rootElement,
  SKIP_TAGS,
  withPageCache,
  hasClass,
  isChecked,
  isControl,
  isElement,
  isTextInput,
  sectionTitle,
  selectText,
  tagOf,
  textOf,
  type Line,
} from './dom';
import { matchLabel, type LabelMatch } from './label-map';
import {
  classifyGrid,
  collectFrameworkGrids,
  eventRows,
  evidenceRows,
  GRID_CONTAINERS,
  gridHeaders,
  officerRows,
  ownCells,
  ownRows,
  type Grid,
} from './lists';
import { parseEventKind } from './parse/enums';
import { cleanText, trimValue } from './parse/text';
import {
  agencyLine,
  classifyLegalText,
  documentNumber,
  findDocumentTitles,
  findEvidenceList,
  findFacts,
  findProcedure,
  findTextDecision,
  findTextEvents,
  isDocumentHeading,
  standaloneDate,
} from './sentences';

export interface ExtractOptions {
  /** The page address, recorded as origin.url (the extractor never reads location). */
  url?: string;
  /** Recorded as origin.extractedAt. */
  extractedAt?: string;
  /** Recorded as origin.system. */
  system?: string;
}

export interface ExtractResult {
  /** The case on display; valid under caseSchema. */
  case: EnforcementCase;
  /** Case path (party.name, events.decision, legalBasis …) → the element that shows it, for highlighting. */
  fields: Map<string, Element>;
  /** Paths the page labels but whose values could not be parsed (also in case.origin.unreadable). */
  unreadable: string[];
  /** 0–1: how much of a case the page gave. */
  confidence: number;
  /**
   * Case paths the page shows a field or statement for, filled or blank (送达日期 with an empty
   * input is seen; a step the page never mentions is not). A reader can use it to tell "not done"
   * from "not on this page".
   */
  seen: string[];
}

/** A label and the element showing its value. */
export interface Pair {
  label: string;
  labelElement?: Element;
  valueElement: Element;
  value: string;
  order: number;
  source: 'form' | 'table' | 'record' | 'control' | 'line';
  /** Lower the label's priority by this much (a single-row list of cases). */
  penalty?: number;
  /**
   * Who signs beside a bare date (分管负责人：… 签字日期：…, or the row 审批意见): the labels before
   * it on its line and the label of its table row.
   */
  signer?: string;
}

export interface ListRead {
  grid: Grid;
  kind: ReturnType<typeof classifyGrid>['kind'];
  columns: Map<string, number>;
  order: number;
  /** The one step every row records (补正告知记录). */
  step?: EventKind;
}

/** Everything read from a page before it is turned into a case. */
export interface PageScan {
  roots: Element[];
  pairs: Pair[];
  lists: ListRead[];
  /** All text lines outside lists of other cases, for sentence reading. */
  lines: Line[];
  /** Elements that show a labelled value: a document name there (送达文书：行政处罚决定书) is not a title. */
  values: ReadonlySet<Element>;
  order: (element: Element) => number;
}

// ── scanning ───────────────────────────────────────────────────────────────
class Scanner {
  readonly pairs: Pair[] = [];
  readonly lists: ListRead[] = [];
  readonly consumed = new Set<Element>();
  /** Label elements of pairs: left out of sentence reading (a label 处罚依据 is not a sentence). */
  readonly labels = new Set<Element>();
  readonly consumedText = new Set<Node>();
  readonly skipped = new Set<Element>();
  readonly handledTables = new Set<Element>();
  /** Value elements of pairs, with their label: context for lists inside them. */
  readonly containerLabels = new Map<Element, string>();
  private orderMap = new Map<Element, number>();
  private base = 0;

  /**
   * One walk over a root: every element's document order, and the elements each scanner looks at
   * (instead of a querySelectorAll per scanner). Scripts and styles are left out, and so are large
   * lists that are not part of the case (an operations log of 1,000 rows): they are marked skipped.
   */
  indexRoot(root: Element): RootIndex {
    const index: RootIndex = { root, groups: new Map(), frames: [] };
    const add = (group: string, element: Element) => {
      const list = index.groups.get(group);
      if (list) list.push(element);
      else index.groups.set(group, [element]);
    };
    let i = this.base;
    const stack: Element[] = [root];
    while (stack.length > 0) {
      const element = stack.pop()!;
      this.orderMap.set(element, i++);
      const tag = tagOf(element);
      if (tag === 'TABLE' && this.foreignList(element)) continue;
      const tagGroup = TAG_GROUPS[tag];
      if (tagGroup) add(tagGroup, element);
      if (tag === 'LABEL' && element.hasAttribute('for')) add('label[for]', element);
      if (tag === 'IFRAME' || tag === 'FRAME') index.frames.push(element);
      const classes = element.getAttribute('class');
      if (classes) {
        // Split only the few class lists that can name a group (most elements have none).
        if (GROUP_HINT.test(classes))
          for (const token of classes.split(/\s+/)) {
            const group = CLASS_GROUPS.get(token);
            if (group) add(group, element);
          }
        if (CLASSY.test(classes)) add('classy', element);
      }
      // Children pushed in reverse, so the walk goes in document order.
      const children = element.children;
      for (let k = children.length - 1; k >= 0; k--) {
        const child = children[k]!;
        if (!SKIP_TAGS.has(tagOf(child))) stack.push(child);
      }
    }
    this.base = i + 1;
    return index;
  }

  /**
   * A table of many data rows whose header names no list of the case (evidence, officers, steps):
   * an operations log, a list of other cases. Its rows are not read at all.
   */
  private foreignList(table: Element): boolean {
    if (rowCountAbove(table, LARGE_LIST) === false) return false;
    // The body of a framework grid (el-table, layui, EasyUI …): its header is in another table.
    const grid = gridContainer(table);
    if (grid) {
      let foreign = this.foreignGrids.get(grid);
      if (foreign === undefined) {
        const headers = gridHeaders(grid) ?? [];
        const kind = headers.length > 0 ? classifyGrid(headers, sectionTitle(grid), LARGE_LIST + 1).kind : 'record';
        foreign = kind === 'unknown' || kind === 'cases';
        this.foreignGrids.set(grid, foreign);
        if (foreign) this.skipped.add(grid);
      }
      return foreign;
    }
    const rows = ownRows(table);
    if (rows.length <= LARGE_LIST) return false;
    const header = headerRow(rows);
    if (header === undefined) return false;
    const headers = ownCells(rows[header]!).map(labelText);
    const kind = classifyGrid(headers, sectionTitle(table), rows.length - header - 1).kind;
    if (kind !== 'unknown' && kind !== 'cases') return false;
    this.skipped.add(table);
    return true;
  }

  /** Framework grids found to be lists of other things (an operations log in an el-table). */
  readonly foreignGrids = new Map<Element, boolean>();

  order = (element: Element): number => this.orderMap.get(element) ?? Number.MAX_SAFE_INTEGER;

  isConsumed(element: Element): boolean {
    let node: Element | null = element;
    while (node) {
      if (this.consumed.has(node)) return true;
      node = node.parentElement;
    }
    return false;
  }

  /** Records a pair; `open` leaves the value element to be read further (it holds labelled sub-fields). */
  addPair(pair: Omit<Pair, 'order'>, open = false): void {
    if (this.consumed.has(pair.valueElement)) return;
    if (pair.labelElement) {
      this.consumed.add(pair.labelElement);
      this.labels.add(pair.labelElement);
    }
    if (!open) this.consumed.add(pair.valueElement);
    this.containerLabels.set(pair.valueElement, pair.label);
    this.pairs.push({ ...pair, order: this.order(pair.labelElement ?? pair.valueElement) });
  }
}

/** Elements the scanners look at, from one walk over a root (Scanner.indexRoot). */
interface RootIndex {
  root: Element;
  /** Scanner group → elements in document order. */
  groups: Map<string, Element[]>;
  frames: Element[];
}

/** Whether a table has more than `limit` rows, counted without listing them (false = surely not). */
function rowCountAbove(table: Element, limit: number): boolean {
  let count = 0;
  const children = table.children;
  for (let k = 0; k < children.length; k++) {
    const child = children[k]!;
    const tag = tagOf(child);
    if (tag === 'TR') count++;
    else if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') count += child.childElementCount;
    if (count > limit) return true;
  }
  return false;
}

const GRID_CLASS = new Set(GRID_CONTAINERS);

/** The framework grid container a table belongs to (a few levels up), if any. */
function gridContainer(table: Element): Element | undefined {
  let node = table.parentElement;
  for (let level = 0; node && level < 6; level++, node = node.parentElement) {
    const classes = node.getAttribute('class');
    if (classes && classes.split(/\s+/).some((token) => GRID_CLASS.has(token))) return node;
  }
  return undefined;
}

/** Tables with more data rows than this are read only when their header names a list of the case. */
const LARGE_LIST = 50;

const TAG_GROUPS: Record<string, string> = {
  DT: 'dt',
  TABLE: 'table',
  INPUT: 'control',
  TEXTAREA: 'control',
  SELECT: 'control',
};

/** Class names → the scanner group that looks at them (the selectors of scanStructured). */
const CLASS_GROUPS = new Map<string, string>([
  ['el-form-item', 'el-form-item'],
  ['ant-form-item', 'ant-form-item'],
  ['ant-legacy-form-item', 'ant-form-item'],
  ['layui-form-label', 'layui-form-label'],
  ['el-descriptions-item__label', 'description-label'],
  ['el-descriptions__label', 'description-label'],
  ['ant-descriptions-item-label', 'description-label'],
  ['arco-descriptions-item-label', 'description-label'],
  ['van-cell__title', 'description-label'],
  ['control-label', 'control-label'],
  ['col-form-label', 'control-label'],
  ['form-label', 'control-label'],
  ...GRID_CONTAINERS.map((name): [string, string] => [name, 'grid']),
]);
/** A substring every class name of CLASS_GROUPS contains. */
const GROUP_HINT = /form-item|form-label|descriptions|van-cell__title|control-label|table|datagrid-view|ui-jqgrid/;
/** [class*="label"], [class*="Label"], [class*="title"], [class*="key"], [class*="name"]. */
const CLASSY = /label|Label|title|key|name/;

function group(index: RootIndex, name: string): readonly Element[] {
  return index.groups.get(name) ?? [];
}

/** Whether a value element holds a list (a table or grid) rather than a value. */
function holdsList(element: Element): boolean {
  return !!element.querySelector('table, .el-table, .layui-table-view, .vxe-table, .datagrid-view, ul li, ol li');
}

/** The value an element shows: checked choices, selected options, tags, input values, else its text. */
export function valueOf(element: Element): string {
  if (isControl(element)) {
    if (tagOf(element) === 'SELECT') return selectText(element);
    if (tagOf(element) === 'INPUT' && !isTextInput(element)) return isChecked(element) ? choiceText(element) : '';
    return controlValue(element);
  }
  const parts: string[] = [];
  const push = (text: string) => {
    const value = text.trim();
    if (value !== '' && !parts.includes(value)) parts.push(value);
  };
  const choices = Array.from(element.querySelectorAll('input[type=radio], input[type=checkbox]'));
  if (choices.length > 0) {
    for (const input of choices) if (isChecked(input)) push(choiceText(input));
    for (const wrapper of Array.from(
      element.querySelectorAll(
        '.el-radio.is-checked, .el-checkbox.is-checked, .ant-radio-wrapper-checked, .ant-checkbox-wrapper-checked, .layui-form-radioed, .layui-form-checked',
      ),
    )) {
      if (!wrapper.querySelector('input')) push(textOf(wrapper));
    }
    return parts.join('、');
  }
  for (const tag of Array.from(element.querySelectorAll('.el-select__tags-text, .ant-select-selection-item-content')))
    push(textOf(tag));
  if (parts.length === 0) {
    for (const item of Array.from(element.querySelectorAll('.ant-select-selection-item')))
      push(item.getAttribute('title') ?? textOf(item));
  }
  if (parts.length > 0) return parts.join('、');
  const controls = Array.from(element.querySelectorAll('input, textarea, select')).filter(
    (control) => tagOf(control) !== 'INPUT' || isTextInput(control),
  );
  if (controls.length > 0) {
    for (const control of controls) push(tagOf(control) === 'SELECT' ? selectText(control) : controlValue(control));
    if (parts.length === 0) return ''; // blank inputs: the field is empty, whatever text (元, icons) sits beside them
    // Two date inputs are a range (el-date-picker type=daterange).
    return parts.every((part) => /^\d{4}\D/.test(part)) ? parts.join(' 至 ') : parts.join(' ');
  }
  return textOf(element);
}

function labelText(element: Element): string {
  return textOf(element).replace(/\s+/g, '');
}

/** Element-UI / Ant Design / layui / descriptions / dl / <label for> / label-class pairs. */
function scanStructured(index: RootIndex, scanner: Scanner): void {
  const each = (name: string, fn: (element: Element) => void) => {
    for (const element of group(index, name)) fn(element);
  };
  // Element-UI form items
  each('el-form-item', (item) => {
    const label = childMatching(item, '.el-form-item__label');
    const content = childMatching(item, '.el-form-item__content');
    if (label && content) pairOrList(scanner, label, content, 'form');
  });
  // Ant Design form items
  each('ant-form-item', (item) => {
    const label = childMatching(item, '.ant-form-item-label, .ant-legacy-form-item-label');
    const control = childMatching(item, '.ant-form-item-control, .ant-legacy-form-item-control-wrapper');
    if (label && control) pairOrList(scanner, label, control, 'form');
  });
  // layui
  each('layui-form-label', (label) => {
    let value = label.nextElementSibling;
    while (value && !hasClass(value, /\blayui-input-(block|inline)\b/) && hasClass(value, /\blayui-form-mid\b/))
      value = value.nextElementSibling;
    if (value) pairOrList(scanner, label, value, 'form');
  });
  // descriptions (Element-UI, Element Plus, Ant Design)
  each('description-label', (label) => {
    const value = descriptionValue(label);
    if (value) pairOrList(scanner, label, value, 'form');
  });
  // dl / dt / dd
  each('dt', (dt) => {
    let dd = dt.nextElementSibling;
    while (dd && tagOf(dd) !== 'DD' && tagOf(dd) !== 'DT') dd = dd.nextElementSibling;
    if (dd && tagOf(dd) === 'DD') pairOrList(scanner, dt, dd, 'form');
  });
  // <label for=…>
  each('label[for]', (label) => {
    const id = label.getAttribute('for');
    const control = id ? label.ownerDocument.getElementById(id) : null;
    if (control && isControl(control) && !scanner.isConsumed(control)) pairOrList(scanner, label, control, 'control');
  });
  // Bootstrap: label.control-label / .col-form-label + the column beside it
  each('control-label', (label) => {
    if (scanner.isConsumed(label) || (tagOf(label) === 'LABEL' && label.getAttribute('for'))) return;
    const value = label.nextElementSibling;
    if (value && !scanner.isConsumed(value) && !hasClass(value, /(control-label|col-form-label|form-label)/))
      pairOrList(scanner, label, value, 'form');
  });
  // Generic label/value class pairs (custom .label + .value/.content)
  each('classy', (label) => {
    if (scanner.isConsumed(label) || label.querySelector('input, textarea, select, table')) return;
    const value = label.nextElementSibling;
    if (!value || scanner.isConsumed(value)) return;
    if (!hasClass(value, /(value|content|text|val|info|detail|control|input|field|data|desc|cont)/i)) return;
    const text = labelText(label);
    if (text.length > 24 || !matchLabel(text)) return;
    pairOrList(scanner, label, value, 'form');
  });
}

function childMatching(item: Element, selector: string): Element | undefined {
  for (const child of Array.from(item.children)) {
    if (child.matches(selector)) return child;
  }
  // Some builds wrap the label: take the nearest descendant that is not inside a nested item.
  const found = item.querySelector(selector);
  return found ?? undefined;
}

function descriptionValue(label: Element): Element | undefined {
  const next = label.nextElementSibling;
  if (next && hasClass(next, /(content|value|van-cell__value)/)) return next;
  const tag = tagOf(label);
  if ((tag === 'TH' || tag === 'TD') && label.parentElement) {
    const row = label.parentElement;
    const cells = ownCells(row);
    const allLabels = cells.every((cell) => hasClass(cell, /label/));
    if (allLabels) {
      // Vertical layout: the value is in the next row, same column.
      const nextRow = row.nextElementSibling;
      const index = cells.indexOf(label);
      const target = nextRow ? ownCells(nextRow)[index] : undefined;
      if (target) return target;
    }
    if (next) return next;
  }
  const container = label.parentElement;
  const content = container?.querySelector('[class*="content"], [class*="value"]');
  return content && content !== label ? content : undefined;
}

function pairOrList(scanner: Scanner, label: Element, value: Element, source: Pair['source'], override?: string): void {
  if (scanner.consumed.has(value)) return;
  const text = override ?? labelText(label);
  if (text === '' || text.length > 40) return;
  if (holdsList(value)) {
    scanner.consumed.add(label);
    scanner.containerLabels.set(value, text);
    // Lists (tables, ul) are read by the list scanner with this label as their context.
    const items = Array.from(value.querySelectorAll(':scope > ul > li, :scope > ol > li, ul > li, ol > li'));
    if (items.length > 0 && !value.querySelector('table')) {
      scanner.addPair({
        label: text,
        labelElement: label,
        valueElement: value,
        value: items.map((li) => textOf(li)).join('\n'),
        source,
      });
    }
    return;
  }
  scanner.addPair({ label: text, labelElement: label, valueElement: value, value: valueOf(value), source });
}

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
  });
  if (classified.kind === 'cases' || classified.kind === 'unknown') scanner.skipped.add(grid.element);
  else scanner.consumed.add(grid.element);
}

function isCaseListHeader(headers: string[]): boolean {
  return classifyGrid(headers, undefined, 2).kind === 'cases';
}

/** Plain tables: header-row lists, single-row records, and label/value form tables. */
function scanTables(index: RootIndex, scanner: Scanner): void {
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
    if (rows.length === 0) continue;
    const header = headerRow(rows);
    if (header !== undefined) {
      const headerCells = ownCells(rows[header]!);
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

function headerRow(rows: Element[]): number | undefined {
  for (let r = 0; r < Math.min(rows.length - 0, 3); r++) {
    const row = rows[r]!;
    const cells = ownCells(row);
    if (cells.length < 2) continue; // a title row
    const inHead = tagOf(row.parentElement!) === 'THEAD';
    const allTh = cells.every((cell) => tagOf(cell) === 'TH');
    const texts = cells.map(labelText);
    const noControls = cells.every((cell) => !cell.querySelector('input, textarea, select'));
    const labelish =
      noControls &&
      texts.every((text) => text.length > 0 && text.length <= 14 && !/[：:]$/.test(text)) &&
      texts.filter((text) => matchLabel(text) || /序号|名称|类型|日期|时间|编号|操作|姓名|证号/.test(text)).length >=
        Math.ceil(cells.length * 0.6);
    const next = rows[r + 1];
    const nextCells = next ? ownCells(next) : [];
    const nextIsData = nextCells.length >= 2 && !nextCells.every((cell) => tagOf(cell) === 'TH');
    if ((inHead || allTh || labelish) && noControls) {
      // A row of th labels followed by a row of th/td label/value pairs is a form, not a header.
      if (!next) return r;
      if (nextIsData && !looksLikeFormRow(nextCells)) return r;
      if (inHead) return r;
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

function looksLikeFormRow(cells: Element[]): boolean {
  // th/td alternation or "label：" cells mark a form row.
  const tags = cells.map(tagOf);
  if (tags.includes('TH') && tags.includes('TD')) return true;
  return cells.some((cell) => /[：:]$/.test(labelText(cell)) && labelText(cell).length <= 20);
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

/** The label of the table row an element sits in (审批意见 for the signatures in its cell). */
function rowLabel(element: Element, scanner: Scanner): string | undefined {
  const cell = element.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row || tagOf(row) !== 'TR') return undefined;
  const first = ownCells(row)[0];
  if (!first || first === cell || !scanner.labels.has(first)) return undefined;
  return labelText(first);
}

/** The signer context of a field: the labels before it on its line and its row's label. */
function signerOf(before: string, element: Element, scanner: Scanner): string | undefined {
  const labels = [...before.matchAll(/([\u4e00-\u9fa5]{2,12})\s*[：:]/g)].map((match) => match[1]!);
  const row = rowLabel(element, scanner);
  const parts = [row, ...labels].filter((part): part is string => !!part);
  return parts.length > 0 ? parts.join('|') : undefined;
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

/** Controls labelled by text just before them, a wrapping <label> or aria-label. */
function scanControls(index: RootIndex, scanner: Scanner): void {
  const seenGroups = new Set<string>();
  const lineParents = new Map<Element, boolean>();
  for (const control of group(index, 'control')) {
    if (!isControl(control) || scanner.isConsumed(control)) continue;
    const type = (control.getAttribute('type') ?? '').toLowerCase();
    const choice = type === 'radio' || type === 'checkbox';
    let value: string;
    let anchor: Element = control;
    if (choice) {
      const name = control.getAttribute('name') ?? '';
      const parent = control.parentElement;
      if (!parent) continue;
      const key = `${scanner.order(parent)}|${name}`;
      if (seenGroups.has(key)) continue;
      seenGroups.add(key);
      const group = Array.from(parent.querySelectorAll(`input[type=${type}]`)).filter(
        (input) => (input.getAttribute('name') ?? '') === name,
      );
      anchor = group[0] ?? control;
      value = group.filter(isChecked).map(choiceText).join('、');
    } else {
      const parent = control.parentElement;
      if (parent) {
        let line = lineParents.get(parent);
        if (line === undefined) {
          line = readsAsLine(parent, scanner);
          lineParents.set(parent, line);
        }
        // 经办人：[张振华]（执法证号[…]）[李雯]（执法证号[…]）: read as a text line (scanLines).
        if (line) continue;
      }
      value = tagOf(control) === 'SELECT' ? selectText(control) : controlValue(control);
    }
    const aria = ariaLabel(control);
    // An explicit accessible name (aria-label) beats text guessed from around the control.
    const found = aria ? undefined : precedingLabel(anchor, scanner);
    const label = aria ?? found?.text;
    if (!label || !matchLabel(label)) continue;
    if (found) for (const node of found.nodes) scanner.consumedText.add(node);
    const signer = found ? signerOf(textBefore(found.nodes, anchor), control, scanner) : undefined;
    scanner.addPair({ label, valueElement: control, value, source: 'control', ...(signer ? { signer } : {}) });
  }
}

/** The aria-label of a control when it is a known label. */
function ariaLabel(control: Element): string | undefined {
  const aria = control.getAttribute('aria-label');
  return aria && matchLabel(aria) ? aria : undefined;
}

/** The text of a block before a control's label (分管负责人： 吴志刚 before 签字日期：). */
function textBefore(labelNodes: Node[], anchor: Element): string {
  const first = labelNodes[labelNodes.length - 1] ?? anchor;
  let text = '';
  let node = first.previousSibling;
  while (node && text.length < 60) {
    const piece = isElement(node)
      ? isControl(node)
        ? ` ${controlValue(node)} `
        : textOf(node)
      : (node.textContent ?? '');
    text = piece + text;
    node = node.previousSibling;
  }
  return text;
}

/**
 * Whether a parent's inline controls form one text line (经办人：[A]（执法证号[X]）[B]…): a labelled
 * control is followed by one whose text before it is not a label (only brackets or 至).
 */
function readsAsLine(parent: Element, scanner: Scanner): boolean {
  const controls = Array.from(parent.children).filter(
    (child) => isControl(child) && (tagOf(child) !== 'INPUT' || isTextInput(child)),
  );
  if (controls.length < 2) return false;
  let labelled = false;
  let orphan = false;
  for (const control of controls) {
    if (ariaLabel(control)) {
      labelled = true;
      continue;
    }
    const found = precedingLabel(control, scanner, parent);
    if (found && matchLabel(found.text)) labelled = true;
    else if (labelled && ownTextBefore(control)) orphan = true;
  }
  return labelled && orphan;
}

/** Whether non-blank text (not another control) sits right before a control. */
function ownTextBefore(control: Element): boolean {
  let node = control.previousSibling;
  while (node) {
    if (isElement(node) && isControl(node)) return false;
    const text = isElement(node) ? textOf(node) : (node.textContent ?? '');
    if (/\S/.test(text)) return true;
    node = node.previousSibling;
  }
  return false;
}

const HEADING_TAGS = /^(H[1-6]|LEGEND|CAPTION)$/;

/**
 * The text right before an element in its block (up to two levels up, never past `bound`), e.g.
 * "当事人：". A section heading (legend, h3) before it is not its label.
 */
function precedingLabel(
  element: Element,
  scanner: Scanner,
  bound?: Element,
): { text: string; nodes: Node[] } | undefined {
  let node: Element | null = element;
  for (let level = 0; level < 3 && node && node !== bound; level++) {
    const nodes: Node[] = [];
    let text = '';
    let sibling = node.previousSibling;
    let heading = false;
    while (sibling) {
      if (isElement(sibling) && (isControl(sibling) || sibling.querySelector('input, textarea, select'))) break;
      if (isElement(sibling) && scanner.isConsumed(sibling)) break;
      if (isElement(sibling) && HEADING_TAGS.test(tagOf(sibling))) {
        heading = true;
        break;
      }
      const piece = isElement(sibling) ? textOf(sibling) : (sibling.textContent ?? '');
      nodes.push(sibling);
      text = piece + text;
      if (/\S/.test(piece) && /[：:]\s*$/.test(text)) break;
      if (text.replace(/\s+/g, '').length > 30) break;
      sibling = sibling.previousSibling;
    }
    const squashed = text.replace(/\s+/g, '');
    // （执法证号[…]）: the bracket opens the label's note, it is not part of the label.
    const last = (squashed.split(/[：:]\s*(?=.)/).pop() ?? '').replace(/^[（(【[]+/, '');
    if (last !== '' && last.length <= 24) return { text: last, nodes };
    if (squashed !== '' || heading) return undefined;
    const parent: Element | null = node.parentElement;
    if (!parent || parent === bound) return undefined;
    if (['TD', 'TH', 'LI', 'P', 'FORM', 'BODY'].includes(tagOf(parent)) === false) {
      node = parent;
      continue;
    }
    node = parent;
    if (['TD', 'TH'].includes(tagOf(node))) {
      // The label may be the previous cell.
      const prev = node.previousElementSibling;
      if (prev && !scanner.isConsumed(prev) && !prev.querySelector('input, textarea, select')) {
        const prevText = labelText(prev);
        if (prevText.length > 0 && prevText.length <= 24) return { text: prevText, nodes: [prev] };
      }
      return undefined;
    }
  }
  return undefined;
}

const LINE_LABEL = /([\u4e00-\u9fa5A-Za-z0-9（）()、/*]{2,24})\s*[：:]/g;

/** 标签：值 pairs in free text lines (printable writs, read-only pages). */
function scanLines(lines: Line[], scanner: Scanner): void {
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    const found: Array<{ label: string; start: number; end: number }> = [];
    for (const match of line.text.matchAll(LINE_LABEL)) {
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
      let value = trimValue(line.text.slice(current.end, next ? next.start : undefined));
      if (value === '' && !next) {
        const following = lines[l + 1];
        const target = matchLabel(current.label)?.target.path ?? '';
        if (
          following &&
          /^(facts|legalBasis|decision|evidence|discretion)/.test(target) &&
          !LINE_LABEL.test(following.text)
        ) {
          value = following.text;
        }
        LINE_LABEL.lastIndex = 0;
      }
      if (value === '') continue;
      const signer = signerOf(line.text.slice(0, current.start), line.element, scanner);
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
}

/**
 * Indexes a root and every same-origin frame document under it (recursively), as frameRoots does.
 * Cross-origin frames, whose contentDocument is null or throws, are skipped silently.
 */
function indexFrames(root: Element, scanner: Scanner, out: RootIndex[], depth: number): void {
  const index = scanner.indexRoot(root);
  out.push(index);
  if (depth > 4) return;
  for (const frame of index.frames) {
    let doc: Document | null = null;
    try {
      doc = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      doc = null;
    }
    if (doc && doc.documentElement) indexFrames(doc.documentElement, scanner, out, depth + 1);
  }
}

/** Reads a page (and its same-origin frames) into labels, values, lists and lines. */
export function scanPage(root: Document | Element): PageScan {
  return withPageCache(() => scan(root));
}

function scan(root: Document | Element): PageScan {
  const scanner = new Scanner();
  const indexes: RootIndex[] = [];
  const top = rootElement(root);
  if (top) indexFrames(top, scanner, indexes, 0);
  const roots = indexes.map((index) => index.root);
  const allLines: Line[] = [];
  for (const index of indexes) {
    const element = index.root;
    scanStructured(index, scanner);
    scanTables(index, scanner);
    scanControls(index, scanner);
    // One walk, two readings: the text outside read fields (for 标签：值 lines), and all the text
    // but labels (for the sentences of a writ).
    const [free, all] = collectLineSets(
      element,
      [
        (node) => scanner.consumed.has(node) || scanner.skipped.has(node),
        (node) => scanner.skipped.has(node) || scanner.labels.has(node),
      ],
      (node) => scanner.consumedText.has(node),
    );
    scanLines(free!, scanner);
    for (const line of all!) allLines.push(line);
  }
  const values = new Set<Element>();
  for (const pair of scanner.pairs) if (pair.source !== 'line') values.add(pair.valueElement);
  return { roots, pairs: scanner.pairs, lists: scanner.lists, lines: allLines, values, order: scanner.order };
}

// ── turning a scan into a case ─────────────────────────────────────────────
export interface FeedOptions {
  /** Paths an adapter fills itself: the generic reading leaves them alone. */
  skip?: ReadonlySet<string>;
}

function sectionKindOf(element: Element | undefined) {
  if (!element) return undefined;
  const title = sectionTitle(element);
  return title ? parseEventKind(title) : undefined;
}

const APPROVER = /审批|批准|签发|分管负责人|主要负责人|机关负责人|单位负责人|^负责人|局长|局领导|领导/;
const HANDLER = /经办|承办人|主办|协办|办案人|执法人员|调查人|检查人|承办意见|拟稿|制作人|填表人/;
const REVIEWER = /审核|部门负责人|机构负责人|科室负责人|科长|队长|中队长|法制/;

/** Who signs: the head approving a step, the handler proposing it, or a reviewer in between. */
export function signerRole(text: string | undefined): 'approver' | 'handler' | 'reviewer' | undefined {
  if (!text) return undefined;
  // The nearest label speaks for the date (分管负责人 in the row 审批意见), then the row.
  for (const part of text.split('|').reverse()) {
    if (HANDLER.test(part)) return 'handler';
    if (REVIEWER.test(part) && !/审批|批准/.test(part)) return 'reviewer';
    if (APPROVER.test(part)) return 'approver';
  }
  return undefined;
}

/**
 * Resolves a pair's label (with its section for 送达日期 / 日期) to a case path. A bare date signed
 * on an approval form is the step's date only when the head signs it (分管负责人 … 签字日期); the
 * handler's and the reviewer's signing dates come before the step.
 */
export function resolvePair(pair: Pair): LabelMatch | undefined {
  const match = matchLabel(pair.label);
  if (!match) return undefined;
  if (!match.target.contextual) return match;
  const resolved = matchLabel(pair.label, { sectionKind: sectionKindOf(pair.labelElement ?? pair.valueElement) });
  if (!resolved || match.target.contextual !== 'date' || resolved.target.path === 'ignore') return resolved;
  const role = signerRole(pair.signer);
  if (role === 'handler' || role === 'reviewer') return { ...resolved, target: { ...resolved.target, path: 'ignore' } };
  if (role === 'approver') return { ...resolved, target: { ...resolved.target, priority: 4 } };
  return resolved;
}

function skipped(skip: ReadonlySet<string> | undefined, path: string): boolean {
  if (!skip || skip.size === 0) return false;
  if (skip.has(path)) return true;
  if (path.startsWith('legalBasis.') && skip.has('legalBasis')) return true;
  if (path === 'party.info' && skip.has('party.name')) return true;
  if (path === 'officers.certificateNo' && skip.has('officers')) return true;
  return false;
}

/** Feeds the generic reading of a scan into a builder. Returns keyword evidence for the act type. */
export function feedGeneric(scan: PageScan, builder: CaseBuilder, options: FeedOptions = {}): Record<string, number> {
  const skip = options.skip;
  for (const pair of scan.pairs) {
    const match = resolvePair(pair);
    if (!match || match.target.path === 'ignore' || skipped(skip, match.target.path)) continue;
    // A yes/no field shown as one checkbox (出示证件：☑ 已向当事人出示执法证件): ticked or not.
    const single = BOOLEAN_PATH.test(match.target.path) ? singleCheckbox(pair.valueElement) : undefined;
    const value = single === undefined ? pair.value : single ? '是' : '否';
    builder.addField(match.target.path, value, pair.valueElement, {
      priority: Math.max(1, match.target.priority - (pair.penalty ?? 0)),
      match,
      order: pair.order,
    });
    // 告知事项 with the choice 要求听证 left unticked: the page's hearing-notice field is blank.
    if (match.target.path === 'events.notice-of-intent.hearingRight' && uncheckedHearing(pair.valueElement))
      builder.see('events.hearing-notice');
  }
  for (const list of scan.lists) {
    if (list.kind === 'evidence' && !skipped(skip, 'evidence')) {
      const { items, unknownKinds } = evidenceRows(list.grid, list.columns);
      builder.addEvidenceList(items, list.grid.element, unknownKinds);
    } else if (list.kind === 'officers' && !skipped(skip, 'officers')) {
      builder.addOfficerList(officerRows(list.grid, list.columns), list.grid.element);
    } else if (list.kind === 'events') {
      const { events, unreadable, named } = eventRows(list.grid, list.columns, list.step);
      for (const kind of named) builder.see(`events.${kind}`);
      for (const { event, row } of events)
        if (!skipped(skip, `events.${event.kind}`)) builder.addListEvent(event, row ?? list.grid.element);
      for (const kind of unreadable) builder.markUnreadable(`events.${kind}`, list.grid.element);
    }
  }
  return feedSentences(scan, builder, skip);
}

const BOOLEAN_PATH = /^flags\.|^events\.inspection\.credentialsShown$/;

/** The state of the one checkbox a field shows, or undefined when it shows none or several. */
function singleCheckbox(element: Element): boolean | undefined {
  if (isControl(element)) {
    if ((element.getAttribute('type') ?? '').toLowerCase() !== 'checkbox') return undefined;
    const parent = element.parentElement;
    const boxes = parent ? parent.querySelectorAll('input[type=checkbox]').length : 1;
    return boxes === 1 ? isChecked(element) : undefined;
  }
  const boxes = element.querySelectorAll('input[type=checkbox]');
  return boxes.length === 1 ? isChecked(boxes[0]!) : undefined;
}

/** Whether a field's choices include a hearing option (要求听证) that is not ticked. */
function uncheckedHearing(element: Element): boolean {
  const scope = isControl(element) ? (element.parentElement?.parentElement ?? element) : element;
  for (const input of Array.from(scope.querySelectorAll('input[type=checkbox], input[type=radio]'))) {
    if (!isChecked(input) && /听证/.test(choiceText(input))) return true;
  }
  return false;
}

const ACTION_HINTS: Array<[RegExp, string, number]> = [
  [/行政处罚决定书|处罚决定书|行政处罚事先告知书|行政处罚告知书/g, 'penalty', 3],
  [/行政处罚|处罚决定|处罚依据|罚款/g, 'penalty', 1],
  [/行政强制措施|查封|扣押|冻结存款|强制执行/g, 'coercion', 1],
  [/行政许可|许可申请|准予许可|不予许可|许可决定/g, 'license', 1],
  [/行政检查|监督检查|检查记录|检查结果|检查事项|检查表|双随机/g, 'inspection', 1],
  [/行政征收|征收决定/g, 'levy', 1],
  [/行政征用/g, 'requisition', 1],
  [/行政收费/g, 'fee', 1],
  [/行政确认/g, 'confirmation', 1],
  [/行政登记/g, 'registration', 1],
  [/行政给付/g, 'payment', 1],
  [/行政裁决/g, 'adjudication', 1],
];

function feedSentences(
  scan: PageScan,
  builder: CaseBuilder,
  skip: ReadonlySet<string> | undefined,
): Record<string, number> {
  const lines = scan.lines;
  const texts = lines.map((line) => line.text);
  const joined = texts.join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const lineAt = (index: number): Line | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo];
  };
  const elementAt = (index: number) => lineAt(index)?.element;
  const orderAt = (index: number) => {
    const element = elementAt(index);
    return element ? scan.order(element) : Number.MAX_SAFE_INTEGER;
  };
  const allow = (path: string) => !skipped(skip, path);

  // Document titles, numbers, agencies and signature dates. A writ ends where the next document of
  // the file begins (立案审批表, 送达回证); a document named in a field's value is not a title.
  const titles = findDocumentTitles(texts).filter((title) => !insideValue(lines[title.line]!.element, scan.values));
  titles.forEach((title, t) => {
    let end = titles[t + 1]?.line ?? texts.length;
    for (let i = title.line + 1; i < end; i++) {
      if (isDocumentHeading(texts[i]!) && !insideValue(lines[i]!.element, scan.values)) {
        end = i;
        break;
      }
    }
    if (allow('id')) {
      for (let i = title.line + 1; i < Math.min(end, title.line + 4); i++) {
        const number = documentNumber(texts[i]!);
        if (number) {
          builder.addValue('id', number, lines[i]!.element, 3, scan.order(lines[i]!.element));
          break;
        }
      }
    }
    if (allow('agency.name')) {
      for (let i = Math.max(0, title.line - 2); i < title.line; i++) {
        const agency = agencyLine(texts[i]!);
        if (agency) builder.addValue('agency.name', agency, lines[i]!.element, 2, scan.order(lines[i]!.element));
      }
    }
    if (title.kind === 'decision' || title.kind === 'notice-of-intent' || title.kind === 'hearing-notice') {
      for (let i = end - 1; i > title.line; i--) {
        const date = standaloneDate(texts[i]!);
        if (!date) continue;
        if (allow(`events.${title.kind}`))
          builder.addValue(`events.${title.kind}`, date, lines[i]!.element, 2, scan.order(lines[i]!.element));
        const seal = texts[i - 1] ? agencyLine(texts[i - 1]!) : undefined;
        if (seal && allow('agency.name'))
          builder.addValue('agency.name', seal, lines[i - 1]!.element, 2, scan.order(lines[i - 1]!.element));
        break;
      }
    }
  });

  // Legal references with their roles.
  for (const { role, ref } of classifyLegalText(joined)) {
    if (!allow(`legalBasis.${role}`)) continue;
    builder.addLegalRefs(role, [toLegalRef(role, ref)], elementAt(ref.index), 1, orderAt(ref.index));
  }

  // Dated steps.
  for (const event of findTextEvents(joined)) {
    const path = `events.${event.kind}`;
    if (!allow(path)) continue;
    builder.addValue(path, event.at, elementAt(event.index), 1, orderAt(event.index));
    if (event.hearingRight && allow(`${path}.hearingRight`))
      builder.addEventData(`${path}.hearingRight`, true, elementAt(event.index), 1, orderAt(event.index));
  }

  // The decision: sanctions and fine.
  const decision = findTextDecision(joined);
  if (decision) {
    const element = elementAt(decision.index);
    const order = orderAt(decision.index);
    if (decision.kinds.length > 0 && allow('decision.kinds'))
      builder.addValue('decision.kinds', decision.kinds, element, 1, order);
    if (decision.outcome && allow('decision.outcome'))
      builder.addValue('decision.outcome', decision.outcome, element, 1, order);
    if (decision.fineAmount !== undefined && allow('decision.fineAmount'))
      builder.addValue('decision.fineAmount', decision.fineAmount, element, 1, order);
    if (decision.illegalGains !== undefined && allow('decision.illegalGains'))
      builder.addValue('decision.illegalGains', decision.illegalGains, element, 1, order);
  }

  // Facts and evidence of a writ.
  if (allow('facts') && !builder.has('facts')) {
    const facts = findFacts(texts);
    if (facts)
      builder.addValue(
        'facts',
        cleanText(facts.text),
        lines[facts.line]!.element,
        1,
        scan.order(lines[facts.line]!.element),
      );
  }
  if (allow('evidence') && !builder.hasEvidence()) {
    const list = findEvidenceList(texts);
    if (list) builder.addEvidenceTitles(list.titles, lines[list.line]!.element, 10);
  }
  if (allow('procedure')) {
    const procedure = findProcedure(joined);
    if (procedure) builder.addValue('procedure', procedure, undefined, 1, Number.MAX_SAFE_INTEGER);
  }

  // Keyword evidence for the act type.
  const hints: Record<string, number> = {};
  const evidence = `${joined}\n${scan.pairs.map((pair) => pair.label).join('\n')}`;
  for (const [pattern, type, weight] of ACTION_HINTS) {
    const count = evidence.match(pattern)?.length ?? 0;
    if (count > 0) hints[type] = (hints[type] ?? 0) + count * weight;
  }
  return hints;
}

/** 0–1 from how many case paths were filled, whether the id and party were labelled, and failures. */
export function confidenceOf(result: BuildResult): number {
  const c = result.case;
  let score = Math.min(1, result.filled / 14) * 0.6;
  if (!result.unreadable.includes('id')) score += 0.15;
  if (c.party?.name) score += 0.1;
  if ((c.events?.length ?? 0) > 0) score += 0.1;
  if (!result.unreadable.includes('actionType')) score += 0.05;
  score -= Math.min(0.3, result.unreadable.filter((path) => path !== 'id' && path !== 'actionType').length * 0.03);
  return Math.max(0, Math.round(score * 100) / 100);
}

function insideValue(element: Element, values: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (values.has(node)) return true;
  return false;
}

/** A fingerprint for the fallback id: the address and the case's identifying text. */
function fingerprint(scan: PageScan, url: string | undefined): string {
  const head = scan.pairs
    .filter((pair) => {
      const path = matchLabel(pair.label)?.target.path;
      return path === 'title' || path === 'party.name' || path === 'facts';
    })
    .map((pair) => pair.value)
    .join('|');
  return `${url ?? ''}|${
    head ||
    scan.lines
      .slice(0, 12)
      .map((line) => line.text)
      .join('|')
  }`;
}

/**
 * Reads the case on display from a page (a Document or an Element), with no adapter.
 * Never reads globals; hidden tabs and same-origin frames are included.
 */
export function extractCase(root: Document | Element, options: ExtractOptions = {}): ExtractResult {
  return withPageCache(() => extract(root, options));
}

function extract(root: Document | Element, options: ExtractOptions): ExtractResult {
  const scan = scanPage(root);
  const builder = new CaseBuilder();
  const hints = feedGeneric(scan, builder);
  const result = builder.build({
    ...(options.url ? { url: options.url } : {}),
    ...(options.extractedAt ? { extractedAt: options.extractedAt } : {}),
    ...(options.system ? { system: options.system } : {}),
    adapter: 'generic',
    fingerprint: fingerprint(scan, options.url),
    actionTypeHints: hints,
  });
  return {
    case: result.case,
    fields: result.fields,
    unreadable: result.unreadable,
    confidence: confidenceOf(result),
    seen: result.seen,
  };
}
