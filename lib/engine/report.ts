import type { CaseReport, Finding } from './types';

/** The public JSON shape of one finding (as printed by `zhifa-guard check --format json`). */
export interface FindingJson {
  ruleId: string;
  category: number;
  severity: string;
  status: 'violation' | 'review';
  message: string;
  citations: { law: string; article: number; paragraph: number | null; item: number | null }[];
  fields: string[];
  fix: string;
}

export interface CaseResultJson {
  caseId: string;
  file?: string;
  findings: FindingJson[];
  passed: number;
  notApplicable: number;
  engineErrors?: { ruleId: string; message: string }[];
}

export function findingToJson(finding: Finding): FindingJson {
  return {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    status: finding.status,
    message: finding.message,
    citations: finding.citations.map((citation) => ({
      law: citation.law,
      article: citation.article,
      paragraph: citation.paragraph ?? null,
      item: citation.item ?? null,
    })),
    fields: finding.fields,
    fix: finding.fix,
  };
}

export function reportToJson(report: CaseReport, file?: string): CaseResultJson {
  const result: CaseResultJson = {
    caseId: report.caseId,
    ...(file !== undefined ? { file } : {}),
    findings: report.findings.map(findingToJson),
    passed: report.passed,
    notApplicable: report.notApplicable,
  };
  if (report.errors.length > 0) result.engineErrors = report.errors;
  return result;
}

export function countViolations(report: CaseReport): number {
  let count = 0;
  for (const finding of report.findings) if (finding.status === 'violation') count++;
  return count;
}
