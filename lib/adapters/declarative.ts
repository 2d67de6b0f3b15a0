/**
 * Declarative adapters: a JSON description of one host system (where each field is, by CSS
 * selector or by label; how its lists are laid out; which buttons close a case), validated
 * with zod. Fields an adapter does not map, or whose selector finds nothing, fall back to the
 * generic extractor. Reading a page with one is in adapter-read.ts.
 */
import * as z from 'zod/mini';
import { readAdapted, type AdapterResult } from './adapter-read';
import type { ExtractOptions } from './read';
import { isCasePath, PARSERS } from './paths';
import { validate } from './validate';

export {
  findCloseButtons,
  globToRegExp,
  matchAdapter,
  readAdapted,
  urlMatches,
  type AdapterResult,
} from './adapter-read';

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

/**
 * Extracts the case with an adapter: mapped fields come from the adapter's selectors or labels
 * (an empty mapped field is absent, never filled from elsewhere); the rest from the generic
 * reading. The case is valid under caseSchema.
 */
export function applyAdapter(
  adapter: DeclarativeAdapter,
  root: Document | Element,
  options: ExtractOptions = {},
): AdapterResult {
  return readAdapted(adapter, root, { ...options, validate });
}
