import type * as z from 'zod/mini';
import { describeZodIssues, expectedOf, formatIssue } from '../case/validate';
import type { Bilingual } from '../engine/types';

/** One validation problem, said so an officer can find it: where, what was expected, what was found. */
export interface ValidationIssue {
  path: string;
  expected: Bilingual;
  found: string;
}

function expectedFor(issue: z.core.$ZodIssue): Bilingual {
  // Self-report dates may be a bare date or an instant with its offset (the union's two branches).
  if (issue.code === 'invalid_union') {
    return { zh: '日期 YYYY-MM-DD 或带时区的时间', en: 'a date YYYY-MM-DD or an ISO date-time with offset' };
  }
  return expectedOf(issue);
}

export function describeIssues(issues: readonly z.core.$ZodIssue[], root: unknown, limit = 20): ValidationIssue[] {
  const described = describeZodIssues(issues, root, limit);
  return described.map((issue, index) => ({ ...issue, expected: expectedFor(issues[index]!) }));
}

/** `$.path：应为…，实际为 …` (or in English). */
export const formatValidationIssue = formatIssue;

export { parseJsonText } from '../case/validate';
