/**
 * The state of one page scan: the label/value pairs and lists found so far, which elements are
 * already read, and a single walk over each root that groups the elements the scanners look at.
 */
import type { EventKind } from '../case/schema';
import { SKIP_TAGS, sectionTitle, tagOf, textOf, type Line } from './dom';
import { matchLabel } from './label-map';
import { classifyGrid, GRID_CONTAINERS, gridHeaders, ownCells, ownRows, type Grid } from './lists';

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
  /** An operations log: only rows completing a step count. */
  log?: boolean;
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

export class Scanner {
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
    // The tag of each element on the stack, read once.
    const tags: string[] = [tagOf(root)];
    while (stack.length > 0) {
      const element = stack.pop()!;
      const tag = tags.pop()!;
      this.orderMap.set(element, i++);
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
            const group =
              CLASS_GROUPS.get(token) ??
              (FORM_ITEM.test(token) ? 'form-item' : STEPS.test(token) ? 'steps' : undefined);
            if (group) add(group, element);
          }
        if (CLASSY.test(classes)) add('classy', element);
      }
      // Children pushed in reverse, so the walk goes in document order.
      const children = element.children;
      for (let k = children.length - 1; k >= 0; k--) {
        const child = children[k]!;
        const childTag = tagOf(child);
        if (!SKIP_TAGS.has(childTag)) {
          stack.push(child);
          tags.push(childTag);
        }
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
        const classified = headers.length > 0 ? classifyGrid(headers, sectionTitle(grid), LARGE_LIST + 1) : undefined;
        const kind = classified?.kind ?? 'record';
        foreign = kind === 'unknown' || kind === 'cases' || !!classified?.log;
        this.foreignGrids.set(grid, foreign);
        if (foreign) this.skipped.add(grid);
      }
      return foreign;
    }
    // Only the first rows are listed: the header is among the first three, and classifyGrid asks
    // only whether there are rows beyond it (a log of 1,000 rows is not walked).
    const rows = ownRows(table, LARGE_LIST + 1);
    if (rows.length <= LARGE_LIST) return false;
    const header = headerRow(rows);
    if (header === undefined) return false;
    const headers = ownCells(rows[header]!).map(labelText);
    const { kind, log } = classifyGrid(headers, sectionTitle(table), rows.length - header - 1);
    if (kind !== 'unknown' && kind !== 'cases' && !log) return false;
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
export interface RootIndex {
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
/**
 * The form item of any other UI library (iView .ivu-form-item, Arco .arco-form-item, Naive UI
 * .n-form-item, vxe .vxe-form--item, TDesign .t-form__item, ExtJS .x-form-item …): a label and its value.
 */
const FORM_ITEM = /^[a-z][a-z0-9]*-form(?:-|--|__)item$|^form-item$/;
/** Timelines and step bars of any UI library (el-timeline, ant-steps, layui-timeline …). */
const STEPS = /^(?:[a-z][a-z0-9]*-)?(?:timeline|steps)$/;
/** A substring every class name of CLASS_GROUPS (and FORM_ITEM, STEPS) contains. */
const GROUP_HINT =
  /form-item|form--item|form__item|form-label|timeline|steps|descriptions|van-cell__title|control-label|table|datagrid-view|ui-jqgrid/;
/** [class*="label"], [class*="Label"], [class*="title"], [class*="key"], [class*="name"]. */
const CLASSY = /label|Label|title|key|name/;

export function group(index: RootIndex, name: string): readonly Element[] {
  return index.groups.get(name) ?? [];
}

/** An element's text with all whitespace removed, as labels and headers are compared. */
export function labelText(element: Element): string {
  return textOf(element).replace(/\s+/g, '');
}

/** The index of a table's header row among its first rows, if it has one (not a form row). */
export function headerRow(rows: Element[]): number | undefined {
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
