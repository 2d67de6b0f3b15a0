/**
 * Reading a page with a declarative adapter (matching its URL patterns and required texts, its
 * selectors, labels and list rows). No schema library here: adapters come validated
 * (declarative.ts), and `applyAdapter` there adds the case-schema check.
 */
import type { CaseEvent, Evidence } from '../case/schema';
import type { DeclarativeAdapter } from './declarative';
import { CaseBuilder } from './builder';
import type { ListOfficer } from './candidates';
import { frameRoots, textOf, withPageCache } from './dom';
import { feedGeneric } from './feed';
import { toExtractResult, type ExtractOptions, type ExtractResult } from './read';
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
 * Reads the case with an adapter: mapped fields come from the adapter's selectors or labels
 * (an empty mapped field is absent, never filled from elsewhere); the rest from the generic reading.
 */
export function readAdapted(
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
    ...(options.validate ? { validate: options.validate } : {}),
  });
  return { ...toExtractResult(result), warnings };
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
