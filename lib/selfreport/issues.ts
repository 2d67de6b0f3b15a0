import type * as z from 'zod/mini';
import { jsonPath, showValue } from '../case/validate';
import type { Bilingual } from '../engine/types';

/** One validation problem, said so an officer can find it: where, what was expected, what was found. */
export interface ValidationIssue {
  path: string;
  expected: Bilingual;
  found: string;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值 true/false',
  object: '对象 {…}',
  array: '数组 […]',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function expectedOf(issue: z.core.$ZodIssue): Bilingual {
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
    case 'invalid_union':
      return { zh: '日期 YYYY-MM-DD 或带时区的时间', en: 'a date YYYY-MM-DD or an ISO date-time with offset' };
    default: {
      const [zh, en] = issue.message.split(' / ');
      return { zh: zh ?? issue.message, en: en ?? issue.message };
    }
  }
}

export function describeIssues(issues: readonly z.core.$ZodIssue[], root: unknown, limit = 20): ValidationIssue[] {
  return issues.slice(0, limit).map((issue) => ({
    path: jsonPath(issue.path),
    expected: expectedOf(issue),
    found: showValue(valueAt(root, issue.path)),
  }));
}

export function formatValidationIssue(issue: ValidationIssue, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return locale === 'en'
    ? `${issue.path}: expected ${issue.expected.en}, found ${issue.found}`
    : `${issue.path}：应为${issue.expected.zh}，实际为 ${issue.found}`;
}

/** Parses JSON text (a leading BOM is allowed) with a bilingual error. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: Bilingual } {
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
