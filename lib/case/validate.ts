import type { z } from 'zod';
import { caseSchema, type EnforcementCase } from './schema';

/** One problem in one input case, said so an officer can find and fix it. */
export interface CaseIssue {
  /** JSON path inside the case, e.g. `$.events[2].at`. */
  path: string;
  expected: { zh: string; en: string };
  /** The value found there, shortened; `(缺失 missing)` when absent. */
  found: string;
}

export type CaseValidation = { ok: true; case: EnforcementCase } | { ok: false; issues: CaseIssue[] };

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值 true/false',
  object: '对象 {…}',
  array: '数组 […]',
};

export function validateCase(input: unknown): CaseValidation {
  const parsed = caseSchema.safeParse(input);
  if (parsed.success) return { ok: true, case: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => describeIssue(issue, input)) };
}

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function showValue(value: unknown): string {
  if (value === undefined) return '(缺失 missing)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): CaseIssue {
  return { path: jsonPath(issue.path), expected: expectedOf(issue), found: showValue(valueAt(root, issue.path)) };
}

/** Any zod issue as {path, expected, found}, for the officer: where, what was expected, what was found. */
export function describeZodIssues(issues: readonly z.core.$ZodIssue[], root: unknown, limit = 20): CaseIssue[] {
  return issues.slice(0, limit).map((issue) => describeIssue(issue, root));
}

/** What an issue expected, in Chinese and English. */
export function expectedOf(issue: z.core.$ZodIssue): { zh: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { zh: TYPE_NAMES[issue.expected] ?? issue.expected, en: issue.expected };
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value)).join(' | ');
      return { zh: `以下之一：${values}`, en: `one of ${values}` };
    }
    case 'too_small':
      return { zh: `不小于 ${String(issue.minimum)}`, en: `at least ${String(issue.minimum)}` };
    case 'too_big':
      return { zh: `不大于 ${String(issue.maximum)}`, en: `at most ${String(issue.maximum)}` };
    case 'unrecognized_keys':
      return { zh: `不应有字段 ${issue.keys.join(', ')}`, en: `no field(s) ${issue.keys.join(', ')}` };
    default: {
      const [zh, en] = issue.message.split(' / ');
      return { zh: zh ?? issue.message, en: en ?? issue.message };
    }
  }
}

/** A one-line bilingual description of an issue. */
export function formatIssue(issue: CaseIssue, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return locale === 'en'
    ? `${issue.path}: expected ${issue.expected.en}, found ${issue.found}`
    : `${issue.path}：应为${issue.expected.zh}，实际为 ${issue.found}`;
}

/** Parses JSON text (a leading BOM is allowed) with a bilingual error. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: { zh: string; en: string } } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        zh: `不是有效的 JSON（${detail}），请检查括号、逗号和引号`,
        en: `not valid JSON (${detail}); check brackets, commas and quotes`,
      },
    };
  }
}
