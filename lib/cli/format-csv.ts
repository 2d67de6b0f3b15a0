import { formatCitation } from '../engine/citation';
import type { CaseReport, Locale } from '../engine/types';

export const CSV_HEADER = 'caseId,file,ruleId,category,severity,status,message,citations,fields,fix\r\n';

export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per finding; a case with no finding gets no row. */
export function formatCaseCsv(report: CaseReport, file: string, locale: Locale): string {
  let out = '';
  for (const finding of report.findings) {
    out +=
      [
        report.caseId,
        file,
        finding.ruleId,
        finding.category,
        finding.severity,
        finding.status,
        finding.message,
        finding.citations.map((citation) => formatCitation(citation, locale)).join('；'),
        finding.fields.join(' '),
        finding.fix,
      ]
        .map(csvCell)
        .join(',') + '\r\n';
  }
  return out;
}
