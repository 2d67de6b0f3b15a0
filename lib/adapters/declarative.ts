/**
 * Declarative adapters: a JSON description of one host system (where each field is, by CSS
 * selector or by label; how its lists are laid out; which buttons close a case), validated
 * with zod. Fields an adapter does not map, or whose selector finds nothing, fall back to the
 * generic extractor.
 */
import * as z from 'zod/mini';
import type { CaseEvent, Evidence } from '../case/schema';
import { CaseBuilder } from './builder';
import type { ListOfficer } from './candidates';
import { frameRoots, textOf, withPageCache } from './dom';
import { feedGeneric } from './feed';
import { confidenceOf, type ExtractOptions, type ExtractResult } from './generic';
import { normaliseLabel } from './label-map';
import { parseRoles } from './lists';
import { scanPage } from './scan';
import { valueOf } from './scan-forms';
import type { PageScan } from './scanner';
import { parseDate } from './parse/dates';
import { parseEventKind } from './parse/enums';
import { inferEvidenceKind } from './parse/evidence';
import { parseOfficerList, splitNames } from './parse/names';
import { isEmptyValue } from './parse/text';
import { isCasePath, PARSERS } from './paths';

const parser = z.enum(PARSERS);
const ID_FORMAT = 'adapter-id-format';
const UNKNOWN_PATH = 'unknown-case-path';

const nonEmpty = () => z.string().check(z.minLength(1));

const fieldSpec = z
  .strictObject({
    selector: z.optional(nonEmpty()),
    label: z.optional(nonEmpty()),
    parser: z.optional(parser),
  })
  .check(
    z.refine((spec) => spec.selector !== undefined || spec.label !== undefined, {
      error: 'selector or label required',
      params: { zh: '需要 selector 或 label', en: 'selector or label required' },
    }),
  );

const columnSpec = z.union([nonEmpty(), z.strictObject({ selector: nonEmpty(), parser: z.optional(parser) })]);

function listSpec<K extends string>(columns: readonly [K, ...K[]]) {
  return z.strictObject({
    rowSelector: nonEmpty(),
    columns: z.partialRecord(z.enum(columns), columnSpec),
  });
}

export const adapterSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, { error: ID_FORMAT })),
  name: nonEmpty(),
  version: z.union([nonEmpty(), z.number()]),
  match: z.strictObject({
    urlPatterns: z.array(nonEmpty()).check(z.minLength(1)),
    requireText: z.optional(z.array(nonEmpty())),
  }),
  fields: z.record(z.string().check(z.refine(isCasePath, { error: UNKNOWN_PATH })), fieldSpec),
  lists: z.optional(
    z.strictObject({
      evidence: z.optional(listSpec(['title', 'kind', 'collectedAt', 'collectors', 'ref'] as const)),
      officers: z.optional(listSpec(['name', 'certificateNo', 'roles'] as const)),
      events: z.optional(listSpec(['kind', 'at', 'ref', 'note', 'officers'] as const)),
    }),
  ),
  closeButtons: z.optional(z.array(nonEmpty())),
});

export type DeclarativeAdapter = z.infer<typeof adapterSchema>;

export interface AdapterError {
  /** Where in the JSON, e.g. `fields.party.name.parser` ('' for the whole document). */
  path: string;
  message: { zh: string; en: string };
}

export type ParseAdapterResult = { ok: true; adapter: DeclarativeAdapter } | { ok: false; errors: AdapterError[] };

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  object: '对象',
  array: '数组',
  boolean: '是/否',
};

function message(issue: z.core.$ZodIssue): { zh: string; en: string } {
  const params = (issue as { params?: { zh?: string; en?: string } }).params;
  if (params?.zh && params.en) return { zh: params.zh, en: params.en };
  if (issue.message === ID_FORMAT)
    return { zh: '只能用小写字母、数字和 . _ -', en: 'use lower-case letters, digits, . _ -' };
  switch (issue.code) {
    case 'invalid_type': {
      if ((issue as { input?: unknown }).input === undefined) return { zh: '缺少必填项', en: 'required' };
      const expected = String(issue.expected);
      return { zh: `应为${TYPE_ZH[expected] ?? expected}`, en: `expected ${expected}` };
    }
    case 'unrecognized_keys':
      return { zh: `未知的键：${issue.keys.join('、')}`, en: `unknown key(s): ${issue.keys.join(', ')}` };
    case 'too_small':
      return issue.origin === 'array'
        ? { zh: `至少需要 ${String(issue.minimum)} 项`, en: `needs at least ${String(issue.minimum)} item(s)` }
        : { zh: '不能为空', en: 'must not be empty' };
    case 'invalid_value':
      return {
        zh: `取值应为：${issue.values.map(String).join('、')}`,
        en: `expected one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'invalid_key': {
      const key = String(issue.path[issue.path.length - 1] ?? '');
      if (issue.issues.some((inner) => inner.message === UNKNOWN_PATH))
        return { zh: `不是案件模型中的字段路径：${key}`, en: `not a case-model path: ${key}` };
      return { zh: '键名无效', en: 'invalid key' };
    }
    case 'invalid_format':
      return { zh: '格式不正确', en: 'invalid format' };
    case 'invalid_union':
      return { zh: '应为选择器字符串或 {selector, parser}', en: 'expected a selector string or {selector, parser}' };
    default:
      return { zh: '无效的值', en: issue.message || 'invalid value' };
  }
}

/** Parses and validates adapter JSON. Errors carry a path and a message in Chinese and English. */
export function parseAdapterJson(text: string): ParseAdapterResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [{ path: '', message: { zh: `不是有效的 JSON：${detail}`, en: `not valid JSON: ${detail}` } }],
    };
  }
  const parsed = adapterSchema.safeParse(data);
  if (parsed.success) return { ok: true, adapter: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: message(issue) })),
  };
}

/** Glob to RegExp: `*` matches any run of characters; everything else is literal. */
export function globToRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i');
}

export function urlMatches(adapter: DeclarativeAdapter, url: string): boolean {
  return adapter.match.urlPatterns.some((pattern) => globToRegExp(pattern).test(url));
}

function pageText(root: Document | Element): string {
  return frameRoots(root)
    .map((element) => element.textContent ?? '')
    .join('\n')
    .replace(/\s+/g, '');
}

/**
 * The adapter for a page: its URL must match one of the adapter's patterns and the page must
 * contain every requireText. When several match, the most specific wins (more required texts,
 * then the longest literal pattern).
 */
export function matchAdapter(
  adapters: readonly DeclarativeAdapter[],
  url: string,
  root: Document | Element,
): DeclarativeAdapter | undefined {
  let text: string | undefined;
  const candidates = adapters.filter((adapter) => {
    if (!urlMatches(adapter, url)) return false;
    const required = adapter.match.requireText ?? [];
    if (required.length === 0) return true;
    text ??= pageText(root);
    return required.every((needle) => text!.includes(needle.replace(/\s+/g, '')));
  });
  const literal = (adapter: DeclarativeAdapter) =>
    Math.max(
      ...adapter.match.urlPatterns.filter((p) => globToRegExp(p).test(url)).map((p) => p.replace(/\*/g, '').length),
    );
  candidates.sort(
    (a, b) => (b.match.requireText?.length ?? 0) - (a.match.requireText?.length ?? 0) || literal(b) - literal(a),
  );
  return candidates[0];
}

export interface AdapterResult extends ExtractResult {
  /** Selectors or labels of the adapter that found nothing on this page (their fields fell back). */
  warnings: string[];
}

function query(roots: Element[], selector: string, warnings: string[], what: string): Element[] {
  try {
    for (const root of roots) {
      const found = Array.from(root.querySelectorAll(selector));
      if (found.length > 0) return found;
    }
  } catch {
    warnings.push(`${what}: invalid selector ${selector}`);
  }
  return [];
}

function findByLabel(scan: PageScan, label: string) {
  const wanted = normaliseLabel(label).stripped;
  return scan.pairs.find((pair) => normaliseLabel(pair.label).stripped === wanted);
}

function columnText(row: Element, spec: string | { selector: string } | undefined): string {
  if (!spec) return '';
  const selector = typeof spec === 'string' ? spec : spec.selector;
  let cell: Element | null = null;
  try {
    cell = row.querySelector(selector);
  } catch {
    cell = null;
  }
  if (!cell) return '';
  const text = valueOf(cell)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return isEmptyValue(text) ? '' : text;
}

/**
 * Extracts the case with an adapter: mapped fields come from the adapter's selectors or labels
 * (an empty mapped field is absent, never filled from elsewhere); the rest from the generic reading.
 */
export function applyAdapter(
  adapter: DeclarativeAdapter,
  root: Document | Element,
  options: ExtractOptions = {},
): AdapterResult {
  return withPageCache(() => readWithAdapter(adapter, root, options));
}

function readWithAdapter(
  adapter: DeclarativeAdapter,
  root: Document | Element,
  options: ExtractOptions,
): AdapterResult {
  const scan = scanPage(root);
  const roots = scan.roots;
  const builder = new CaseBuilder();
  const warnings: string[] = [];
  const mapped = new Set<string>();

  for (const [path, spec] of Object.entries(adapter.fields)) {
    let element: Element | undefined;
    let value: string | undefined;
    if (spec.selector) {
      element = query(roots, spec.selector, warnings, path)[0];
      if (element) value = valueOf(element);
      else warnings.push(`${path}: selector not found ${spec.selector}`);
    }
    if (!element && spec.label) {
      const pair = findByLabel(scan, spec.label);
      if (pair) {
        element = pair.valueElement;
        value = pair.value;
      } else warnings.push(`${path}: label not found ${spec.label}`);
    }
    if (!element || value === undefined) continue;
    mapped.add(path);
    builder.addField(path, value, element, {
      priority: 50,
      order: scan.order(element),
      ...(spec.parser ? { parser: spec.parser } : {}),
    });
  }

  const lists = adapter.lists ?? {};
  if (lists.evidence) {
    const rows = query(roots, lists.evidence.rowSelector, warnings, 'lists.evidence');
    const columns = lists.evidence.columns;
    const items: Evidence[] = [];
    let unknownKinds = false;
    for (const row of rows) {
      const title = columnText(row, columns.title);
      if (!title) continue;
      const kind = inferEvidenceKind(title, columnText(row, columns.kind) || undefined);
      if (!kind) unknownKinds = true;
      const item: Evidence = { kind: kind ?? 'documentary', title };
      const at = parseDate(columnText(row, columns.collectedAt));
      if (at) item.collectedAt = at;
      const collectors = splitNames(columnText(row, columns.collectors));
      if (collectors.length > 0) item.collectors = collectors;
      const ref = columnText(row, columns.ref);
      if (ref) item.ref = ref;
      items.push(item);
    }
    if (rows.length > 0) {
      mapped.add('evidence');
      builder.addEvidenceList(items, rows[0]!.parentElement ?? rows[0], unknownKinds);
    } else warnings.push(`lists.evidence: no rows for ${lists.evidence.rowSelector}`);
  }
  if (lists.officers) {
    const rows = query(roots, lists.officers.rowSelector, warnings, 'lists.officers');
    const columns = lists.officers.columns;
    const officers: ListOfficer[] = [];
    for (const row of rows) {
      const entry = parseOfficerList(columnText(row, columns.name))[0];
      if (!entry) continue;
      const officer: ListOfficer = { name: entry.name, roles: parseRoles(columnText(row, columns.roles)) };
      const certificate = columnText(row, columns.certificateNo).replace(/\s+/g, '') || entry.certificateNo;
      if (certificate) officer.certificateNo = certificate;
      officers.push(officer);
    }
    if (rows.length > 0) {
      mapped.add('officers');
      builder.addOfficerList(officers, rows[0]!.parentElement ?? rows[0]);
    } else warnings.push(`lists.officers: no rows for ${lists.officers.rowSelector}`);
  }
  if (lists.events) {
    const rows = query(roots, lists.events.rowSelector, warnings, 'lists.events');
    const columns = lists.events.columns;
    for (const row of rows) {
      const name = columnText(row, columns.kind);
      const kind = parseEventKind(name);
      const dateText = columnText(row, columns.at);
      if (!kind || dateText === '' || /^(待|未|尚未)/.test(dateText)) continue;
      const at = parseDate(dateText);
      if (!at) {
        builder.markUnreadable(`events.${kind}`, row);
        continue;
      }
      const event: CaseEvent = { kind, at };
      const ref = columnText(row, columns.ref);
      if (ref) event.ref = ref.replace(/\s+/g, '');
      const officers = splitNames(columnText(row, columns.officers));
      if (officers.length > 0) event.officers = officers;
      const note = columnText(row, columns.note) || name;
      if (note) event.note = note;
      builder.addListEvent(event, row);
    }
    if (rows.length === 0) warnings.push(`lists.events: no rows for ${lists.events.rowSelector}`);
  }

  const hints = feedGeneric(scan, builder, { skip: mapped });
  const result = builder.build({
    ...(options.url ? { url: options.url } : {}),
    ...(options.extractedAt ? { extractedAt: options.extractedAt } : {}),
    system: options.system ?? adapter.name,
    adapter: adapter.id,
    fingerprint: `${options.url ?? ''}|${adapter.id}|${scan.lines
      .slice(0, 12)
      .map((line) => line.text)
      .join('|')}`,
    actionTypeHints: hints,
  });
  return {
    case: result.case,
    fields: result.fields,
    unreadable: result.unreadable,
    confidence: confidenceOf(result),
    seen: result.seen,
    warnings,
  };
}

const BUTTONS =
  'button, a, input[type=button], input[type=submit], [role=button], .el-button, .ant-btn, .layui-btn, .btn';

/**
 * The buttons on a page whose text is one of `texts` (an adapter's closeButtons such as 结案,
 * 办结, 提交审批, 归档), for the UI to check the case before they act.
 */
export function findCloseButtons(root: Document | Element, texts: readonly string[]): Element[] {
  const wanted = texts.map((text) => text.replace(/\s+/g, ''));
  const found: Element[] = [];
  for (const element of frameRoots(root)) {
    for (const button of Array.from(element.querySelectorAll(BUTTONS))) {
      const label = (button.tagName === 'INPUT' ? (button.getAttribute('value') ?? '') : textOf(button)).replace(
        /\s+/g,
        '',
      );
      if (label === '' || label.length > 12) continue;
      if (wanted.some((text) => label === text || label.includes(text))) {
        if (!found.some((other) => other.contains(button) || button.contains(other))) found.push(button);
      }
    }
  }
  return found;
}
