import { formatIssue, validateCase } from '../lib/case/validate';
import type { EnforcementCase } from '../lib/case/schema';
import { getProfile } from '../lib/engine/profile';
import { reportToJson, type CaseResultJson } from '../lib/engine/report';
import { runRules } from '../lib/engine/run';
import type { CaseReport, Locale } from '../lib/engine/types';
import { CORE_RULES } from '../lib/rules/core';

export interface CheckOptions {
  today?: string;
  profile?: string;
  locale?: Locale;
}

/** Thrown for a case that breaks the case model; `issues` name each JSON path. */
export class CaseInputError extends Error {
  constructor(
    message: string,
    readonly issues: { path: string; expected: string; found: string }[],
  ) {
    super(message);
    this.name = 'CaseInputError';
  }
}

export function parseCaseInput(input: unknown): EnforcementCase {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new CaseInputError(`案件 JSON 无法解析 / the case is not valid JSON: ${(error as Error).message}`, [
        { path: '$', expected: 'JSON', found: input.slice(0, 40) },
      ]);
    }
  }
  const validation = validateCase(value);
  if (!validation.ok) {
    const lines = validation.issues.map((issue) => `${formatIssue(issue)} / ${formatIssue(issue, 'en')}`);
    throw new CaseInputError(
      `案件数据不符合案件模型 / the case does not match the case model:\n${lines.join('\n')}`,
      validation.issues.map((issue) => ({ path: issue.path, expected: issue.expected.en, found: issue.found })),
    );
  }
  return validation.case;
}

export function resolveProfile(id: string | undefined) {
  const profile = getProfile(id ?? 'jinan');
  if (!profile) throw new CaseInputError(`未知的 profile "${id}" / unknown profile (national | shandong | jinan)`, []);
  return profile;
}

export function runCheck(enforcementCase: EnforcementCase, options: CheckOptions = {}): CaseReport {
  return runRules(enforcementCase, CORE_RULES, {
    today: options.today,
    profile: resolveProfile(options.profile),
    locale: options.locale,
  });
}

/** `ZhifaGuard.check(caseJson, {today?, profile?})`: the report, synchronously, with no UI. */
export function check(caseJson: unknown, options: CheckOptions = {}): CaseResultJson {
  return reportToJson(runCheck(parseCaseInput(caseJson), options));
}
