/**
 * Tables of many rows: evidence lists, officer lists, document/step timelines — and lists of
 * other cases, which are not the case on display and are skipped. Covers plain <table>s with a
 * header row and the split header/body grids of Element-UI, layui, vxe-table, EasyUI and jqGrid.
 */
import type { CaseEvent, Evidence, EventKind, Role } from '../case/schema';
import type { ListOfficer } from './candidates';
import { hasClass, isElement, tagOf, textOf } from './dom';
import { normaliseLabel } from './label-map';
import { parseDate } from './parse/dates';
import { parseEventKind } from './parse/enums';
import { inferEvidenceKind } from './parse/evidence';
import { parseCertificateNumbers, parseOfficerList, splitNames } from './parse/names';
import { isEmptyValue } from './parse/text';

export type ListKind = 'evidence' | 'officers' | 'events' | 'cases' | 'record' | 'unknown';

export interface Grid {
  /** The table or grid container. */
  element: Element;
  headers: string[];
  headerCells: Element[];
  /** Cells per row, by column (undefined where a row lacks the column). */
  rows: Array<Array<Element | undefined>>;
}

type Column = string;

const COLUMNS: Record<'evidence' | 'officers' | 'events', Record<string, Column>> = {
  evidence: words({
    title:
      '证据名称 名称 证据 证据材料 材料名称 文件名称 附件名称 证据内容 证据物品名称 证据名称及数量 证据目录 材料 证据项 证据标题',
    kind: '证据类型 证据种类 证据类别 类型 种类 类别 证据形式',
    collectedAt:
      '收集时间 收集日期 取证时间 取证日期 采集时间 采集日期 提取时间 提取日期 调取时间 调取日期 获取时间 获取日期 制作时间 制作日期 时间 日期 形成时间',
    collectors: '收集人 取证人 采集人 提取人 调取人 收集人员 取证人员 制作人 执法人员',
    ref: '证据编号 编号 文号 文书编号 证据号',
  }),
  officers: words({
    name: '姓名 执法人员 人员姓名 承办人 办案人员 执法人员姓名 办案人 人员 承办人员 名字',
    certificateNo: '执法证号 执法证件号 证件号 证号 执法证编号 执法证件号码 证件编号 执法证 执法证件编号',
    roles: '角色 职责 分工 承办类型 人员类型 身份 办案角色 类型 人员角色 承办角色',
  }),
  events: words({
    kind: '文书名称 环节 流程节点 节点 步骤 办理环节 流程 事项 文书类型 阶段 任务名称 节点名称 环节名称 办理事项 文书 操作名称 操作 流程名称 办理步骤 名称 操作内容 日志内容',
    at: '日期 时间 办理时间 完成时间 制作日期 文书日期 签发日期 办结时间 处理时间 操作时间 办理日期 开具日期 送达日期 完成日期 签收日期 作出日期',
    ref: '文书编号 文号 编号 文书号',
    officers: '办理人 经办人 操作人 承办人 执法人员 处理人 办理人员',
    note: '备注 意见 办理意见 处理意见 说明 审批意见',
  }),
};

const CASE_ID_COLUMNS = /^(案号|案件编号|立案编号|立案号|案件文号|案卷编号|决定书文号|处罚决定书文号|文书编号)$/;
const CASE_OTHER_COLUMNS =
  /^(当事人|当事人名称|被处罚人|案由|案件名称|立案日期|立案时间|案件状态|状态|承办人|办案人员|执法人员|案件来源|处罚金额|罚款金额|办理状态|当前环节|企业名称)$/;

function words(spec: Record<string, string>): Record<string, Column> {
  const out: Record<string, Column> = {};
  for (const [column, list] of Object.entries(spec)) for (const word of list.split(/\s+/)) out[word] ??= column;
  return out;
}

function headerKey(text: string): string {
  return normaliseLabel(text).stripped;
}

/** The column of a log that says what was done (提交, 审批通过, 送达回证录入). */
const ACTION_COLUMN = /^(操作|操作内容|操作类型|操作名称|操作描述|动作|办理结果|处理结果|审批结果|办理操作|日志内容)$/;
/** A list titled as a log of the workflow (操作日志, 流转记录), not a record of the steps. */
const LOG_CONTEXT = /日志|流转|操作记录|操作历史/;
/** What a log row did: a step completed (审批通过) — or only its paperwork handled (提交, 录入, 打印). */
const DONE = /通过|同意|批准|完成|办结|已送达|已签收|已作出/;
const NOT_DONE =
  /不通过|不同意|未通过|未批准|提交|录入|登记|保存|暂存|修改|编辑|上传|退回|驳回|撤回|撤销|打印|查看|删除|发起|待|申请/;

/** Whether a log row records a step's completion (立案审批通过), not the handling of its paperwork. */
export function completesStep(action: string): boolean {
  return DONE.test(action) && !NOT_DONE.test(action);
}

export interface Classified {
  kind: ListKind;
  /** Column name (title, kind, collectedAt …) → index. */
  columns: Map<string, number>;
  /** A list of one kind of step (补正告知记录: each row a correction notice), with its date column. */
  step?: EventKind;
  /** An operations log (操作日志, 流转记录): only rows that complete a step are steps. */
  log?: boolean;
}

/** Dates of another moment than the step itself: when it was completed, its deadline. */
const NOT_STEP_DATE = /完成|截止|届满|到期|期限|办结|有效期|补正完成|回复|答复/;

/** The list is the record of one step, named by its label or caption (补正告知记录, 延期审批记录). */
function stepList(keys: string[], context: string | undefined): Classified | undefined {
  if (!context) return undefined;
  const text = context.replace(/\s+/g, '');
  if (text.length > 20 || !/记录|情况|列表|清单|台账|明细|信息/.test(text)) return undefined;
  const step = parseEventKind(text);
  if (!step) return undefined;
  const at = keys.findIndex((key) => /(日期|时间)$/.test(key) && !NOT_STEP_DATE.test(key));
  if (at < 0) return undefined;
  const columns = new Map<string, number>([['at', at]]);
  const ref = keys.findIndex((key) => /文号|编号|文书号/.test(key));
  if (ref >= 0) columns.set('ref', ref);
  const note = keys.findIndex((key) => /内容|事项|说明|备注|意见/.test(key));
  if (note >= 0) columns.set('note', note);
  return { kind: 'events', columns, step };
}

function mapColumns(headers: string[], list: 'evidence' | 'officers' | 'events'): Map<string, number> {
  const columns = new Map<string, number>();
  headers.forEach((header, index) => {
    const column = COLUMNS[list][headerKey(header)];
    if (column && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}

function contextKind(context: string | undefined): ListKind | undefined {
  if (!context) return undefined;
  const text = context.replace(/\s+/g, '');
  if (/证据/.test(text)) return 'evidence';
  if (/执法人员|办案人员|承办人员|人员信息|人员名单|执法人|承办人/.test(text)) return 'officers';
  if (/文书|流程|环节|办理记录|审批记录|时间轴|办案过程|案件进程|办理过程|操作记录|流转|节点|步骤|日志/.test(text))
    return 'events';
  if (/案件列表|案件查询|待办|已办|在办|列表|查询结果|我的案件|案件管理/.test(text)) return 'cases';
  return undefined;
}

/** What a table with these headers is, given the title or label of its section. */
export function classifyGrid(headers: string[], context: string | undefined, rowCount: number): Classified {
  const classified = classifyColumns(headers, context, rowCount);
  if (classified.kind !== 'events' || classified.step) return classified;
  const action = headers.findIndex((header) => ACTION_COLUMN.test(headerKey(header)));
  if (action < 0 && !(context && LOG_CONTEXT.test(context))) return classified;
  if (action >= 0) classified.columns.set('action', action);
  return { ...classified, log: true };
}

function classifyColumns(headers: string[], context: string | undefined, rowCount: number): Classified {
  const keys = headers.map(headerKey);
  const byContext = contextKind(context);
  const evidence = mapColumns(headers, 'evidence');
  const officers = mapColumns(headers, 'officers');
  const events = mapColumns(headers, 'events');
  const isCases =
    keys.some((key) => CASE_ID_COLUMNS.test(key)) && keys.filter((key) => CASE_OTHER_COLUMNS.test(key)).length >= 1;

  if (byContext === 'evidence' && evidence.has('title')) return { kind: 'evidence', columns: evidence };
  if (byContext === 'officers' && officers.has('name')) return { kind: 'officers', columns: officers };
  if (byContext === 'events' && events.has('kind') && events.has('at')) return { kind: 'events', columns: events };
  // Columns that name evidence outweigh a vague page title (…案件管理系统).
  if (!isCases && keys.some((key) => /^证据/.test(key)) && evidence.has('title'))
    return { kind: 'evidence', columns: evidence };
  if (isCases || byContext === 'cases')
    return { kind: rowCount <= 1 && !byContext ? 'record' : 'cases', columns: new Map() };
  if (keys.some((key) => /^证据/.test(key)) && evidence.has('title')) return { kind: 'evidence', columns: evidence };
  if (officers.has('name') && officers.has('certificateNo')) return { kind: 'officers', columns: officers };
  if (events.has('kind') && events.has('at') && keys.some((key) => /文书|环节|节点|步骤|流程|阶段/.test(key)))
    return { kind: 'events', columns: events };
  const steps = rowCount > 0 ? stepList(keys, context) : undefined;
  if (steps) return steps;
  if (rowCount === 1) return { kind: 'record', columns: new Map() };
  return { kind: 'unknown', columns: new Map() };
}

function cellText(cell: Element | undefined): string {
  if (!cell) return '';
  const text = textOf(cell)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return isEmptyValue(text) ? '' : text;
}

export function evidenceRows(grid: Grid, columns: Map<string, number>): { items: Evidence[]; unknownKinds: boolean } {
  const items: Evidence[] = [];
  let unknownKinds = false;
  for (const row of grid.rows) {
    const at = (column: string) => {
      const index = columns.get(column);
      return index === undefined ? '' : cellText(row[index]);
    };
    const title = at('title');
    if (title === '') continue;
    const kind = inferEvidenceKind(title, at('kind') || undefined);
    if (!kind) unknownKinds = true;
    const item: Evidence = { kind: kind ?? 'documentary', title };
    const date = parseDate(at('collectedAt'));
    if (date) item.collectedAt = date;
    const collectors = splitNames(at('collectors'));
    if (collectors.length > 0) item.collectors = collectors;
    const ref = at('ref');
    if (ref) item.ref = ref;
    items.push(item);
  }
  return { items, unknownKinds };
}

const ROLE_WORDS: Array<[RegExp, Role]> = [
  [/法制审核/, 'legal-reviewer'],
  [/审核/, 'reviewer'],
  [/审批|批准|负责人/, 'approver'],
  [/记录/, 'recorder'],
  [/调查|取证|检查|勘验|询问/, 'investigator'],
  [/主办|承办|协办|办案|经办|执法人员/, 'handler'],
];

export function parseRoles(text: string): Role[] {
  const roles: Role[] = [];
  for (const part of text.split(/[、，,；;/\s]+/)) {
    for (const [pattern, role] of ROLE_WORDS) {
      if (pattern.test(part)) {
        if (!roles.includes(role)) roles.push(role);
        break;
      }
    }
  }
  return roles;
}

export function officerRows(grid: Grid, columns: Map<string, number>): ListOfficer[] {
  const officers: ListOfficer[] = [];
  for (const row of grid.rows) {
    const at = (column: string) => {
      const index = columns.get(column);
      return index === undefined ? '' : cellText(row[index]);
    };
    // One person a row, or several (刘建军、孙倩 | 99007001、99007002) with their numbers in order.
    const entries = parseOfficerList(at('name'));
    const numbers = parseCertificateNumbers(at('certificateNo'));
    const paired = entries.length > 1 && numbers.length === entries.length;
    entries.forEach((entry, i) => {
      if (!paired && i > 0) return;
      const officer: ListOfficer = { name: entry.name, roles: parseRoles(at('roles')) };
      const certificate = paired ? numbers[i] : at('certificateNo').replace(/\s+/g, '') || entry.certificateNo;
      if (certificate) officer.certificateNo = certificate;
      officers.push(officer);
    });
  }
  return officers;
}

export function eventRows(
  grid: Grid,
  columns: Map<string, number>,
  step?: EventKind,
  log = false,
): { events: Array<{ event: CaseEvent; row: Element | undefined }>; unreadable: EventKind[]; named: EventKind[] } {
  const events: Array<{ event: CaseEvent; row: Element | undefined }> = [];
  const unreadable: EventKind[] = [];
  const named: EventKind[] = [];
  for (const row of grid.rows) {
    const at = (column: string) => {
      const index = columns.get(column);
      return index === undefined ? '' : cellText(row[index]);
    };
    // A log row that only handles paperwork (提交立案审批, 送达回证录入) is no step of the case.
    if (log && !completesStep(at('action') || at('kind'))) continue;
    const kind = step ?? parseEventKind(at('kind'));
    if (!kind) continue;
    named.push(kind);
    const dateText = at('at');
    if (dateText === '' || /^(待|未|尚未)/.test(dateText)) continue;
    const date = parseDate(dateText);
    if (!date) {
      unreadable.push(kind);
      continue;
    }
    const event: CaseEvent = { kind, at: date };
    const ref = at('ref');
    if (ref) event.ref = ref.replace(/\s+/g, '');
    const officers = splitNames(at('officers'));
    if (officers.length > 0) event.officers = officers;
    const note = at('note');
    if (note) event.note = note;
    const name = at('kind');
    if (!event.note && name && parseEventKind(name) === kind && name.length <= 40) event.note = name;
    events.push({ event, row: row.find((cell) => cell)?.parentElement ?? undefined });
  }
  return { events, unreadable, named };
}

/** Rows of a table (its own, not those of nested tables); only the first `limit` when given. */
export function ownRows(table: Element, limit = Infinity): Element[] {
  const rows: Element[] = [];
  const children = table.children;
  for (let k = 0; k < children.length && rows.length < limit; k++) {
    const child = children[k]!;
    const tag = tagOf(child);
    if (tag === 'TR') rows.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      const inner = child.children;
      for (let j = 0; j < inner.length && rows.length < limit; j++) if (tagOf(inner[j]!) === 'TR') rows.push(inner[j]!);
    }
  }
  return rows;
}

export function ownCells(row: Element): Element[] {
  const cells: Element[] = [];
  const children = row.children;
  for (let k = 0, count = children.length; k < count; k++) {
    const tag = tagOf(children[k]!);
    if (tag === 'TD' || tag === 'TH') cells.push(children[k]!);
  }
  return cells;
}

interface GridSpec {
  container: string;
  headerCells: string;
  rows: string;
  exclude: string;
}

const GRID_SPECS: GridSpec[] = [
  {
    container: '.el-table',
    headerCells: '.el-table__header-wrapper th',
    rows: '.el-table__body-wrapper tr',
    exclude: '.el-table__fixed, .el-table__fixed-right, .el-table__fixed-left, .el-table__expanded-cell',
  },
  {
    container: '.layui-table-view',
    headerCells: '.layui-table-header th',
    rows: '.layui-table-body tr',
    exclude: '.layui-table-fixed, .layui-table-fixed-l, .layui-table-fixed-r',
  },
  {
    container: '.vxe-table',
    headerCells: '.vxe-table--header-wrapper th',
    rows: '.vxe-table--body-wrapper tr',
    exclude: '.vxe-table--fixed-left-wrapper, .vxe-table--fixed-right-wrapper',
  },
  {
    container: '.datagrid-view',
    headerCells: '.datagrid-header td[field]',
    rows: '.datagrid-body tr.datagrid-row',
    exclude: '.datagrid-view1',
  },
  {
    container: '.ui-jqgrid',
    headerCells: '.ui-jqgrid-htable th',
    rows: '.ui-jqgrid-btable tr.jqgrow',
    exclude: '.frozen-div, .frozen-bdiv',
  },
];

function outside(element: Element, container: Element, exclude: string): boolean {
  let node: Element | null = element;
  while (node && node !== container) {
    try {
      if (node.matches(exclude)) return false;
    } catch {
      return true;
    }
    node = node.parentElement;
  }
  return true;
}

/** Class names of the grid containers above. */
export const GRID_CONTAINERS = GRID_SPECS.map((spec) => spec.container.slice(1));

/** The column headers of a framework grid container (its own, not those of grids nested in it). */
export function gridHeaders(container: Element): string[] | undefined {
  const spec = GRID_SPECS.find((candidate) =>
    hasClass(container, new RegExp(`(^|\\s)${candidate.container.slice(1)}(\\s|$)`)),
  );
  if (!spec) return undefined;
  return Array.from(container.querySelectorAll(spec.headerCells))
    .filter((cell) => cell.closest(spec.container) === container && outside(cell, container, spec.exclude))
    .map((cell) => textOf(cell).replace(/\s+/g, ''));
}

/**
 * Split header/body grids of UI frameworks, read as one table each. `candidates` are the elements
 * of the page carrying one of GRID_CONTAINERS (found by the caller's walk); without them the root
 * is searched.
 */
export function collectFrameworkGrids(root: Element, candidates?: readonly Element[]): Grid[] {
  const grids: Grid[] = [];
  const seen = new Set<Element>();
  for (const spec of GRID_SPECS) {
    const pattern = new RegExp(`(^|\\s)${spec.container.slice(1)}(\\s|$)`);
    const containers = candidates
      ? candidates.filter((element) => hasClass(element, pattern))
      : Array.from(root.querySelectorAll(spec.container));
    for (const container of containers) {
      if ([...seen].some((outer) => outer.contains(container))) continue;
      // Nested grids (a table inside a cell) belong to their own container.
      const own = (element: Element) =>
        element.closest(spec.container) === container && outside(element, container, spec.exclude);
      const headerCells = Array.from(container.querySelectorAll(spec.headerCells)).filter(own);
      if (headerCells.length === 0) continue;
      const headers = headerCells.map((cell) => textOf(cell).replace(/\s+/g, ''));
      const fields = headerCells.map((cell) => cell.getAttribute('field'));
      const rows: Array<Array<Element | undefined>> = [];
      for (const row of Array.from(container.querySelectorAll(spec.rows)).filter(own)) {
        if (hasClass(row, /\b(el-table__expanded-row|is-hidden)\b/)) continue;
        const cells = Array.from(row.children).filter((cell) => isElement(cell) && tagOf(cell) === 'TD');
        if (fields.some((field) => field)) {
          // EasyUI: match cells by their field attribute.
          rows.push(fields.map((field) => cells.find((cell) => cell.getAttribute('field') === field)));
        } else {
          rows.push(cells);
        }
      }
      seen.add(container);
      grids.push({ element: container, headers, headerCells, rows });
    }
  }
  return grids;
}
