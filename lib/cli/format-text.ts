import { art7Heading, formatCitation } from '../engine/citation';
import type { CaseReport, Locale } from '../engine/types';

const STATUS_LABEL = {
  'zh-CN': { violation: '违规风险', review: '需核实' },
  en: { violation: 'VIOLATION', review: 'REVIEW' },
} as const;

const SEVERITY_LABEL = {
  'zh-CN': { high: '高', medium: '中', low: '低' },
  en: { high: 'high', medium: 'medium', low: 'low' },
} as const;

/** An officer's view of one case: findings grouped by Art. 7 item, most serious first. */
export function formatCaseText(report: CaseReport, file: string, locale: Locale): string {
  const zh = locale !== 'en';
  const violations = report.findings.filter((finding) => finding.status === 'violation').length;
  const reviews = report.findings.length - violations;
  const lines: string[] = [];
  const header = zh
    ? `■ 案件 ${report.caseId}（${file}）：违规风险 ${violations} 项，需核实 ${reviews} 项，通过 ${report.passed} 项`
    : `■ Case ${report.caseId} (${file}): ${violations} violation(s), ${reviews} to review, ${report.passed} passed`;
  lines.push(header);
  if (report.findings.length === 0) {
    lines.push(zh ? '  未发现风险。' : '  No risks found.');
  }
  const byItem = new Map<number, typeof report.findings>();
  for (const finding of report.findings) {
    const list = byItem.get(finding.category) ?? [];
    list.push(finding);
    byItem.set(finding.category, list);
  }
  const items = [...byItem.entries()].sort(([a, listA], [b, listB]) => rank(listA) - rank(listB) || a - b);
  for (const [item, findings] of items) {
    lines.push(`  ${zh ? '【' : '['}${art7Heading(item, locale)}${zh ? '】' : ']'}`);
    for (const finding of findings) {
      const status = STATUS_LABEL[zh ? 'zh-CN' : 'en'][finding.status];
      const severity = SEVERITY_LABEL[zh ? 'zh-CN' : 'en'][finding.severity];
      lines.push(`    ${finding.status === 'violation' ? '✖' : '△'} [${status}·${severity}] ${finding.message}`);
      const basis = finding.citations.map((citation) => formatCitation(citation, locale)).join(zh ? '、' : '; ');
      lines.push(`      ${zh ? '依据：' : 'Basis: '}${basis}`);
      lines.push(`      ${zh ? '建议：' : 'Do now: '}${finding.fix}`);
      lines.push(`      ${zh ? '规则：' : 'Rule: '}${finding.ruleId}`);
    }
  }
  for (const error of report.errors) {
    lines.push(
      zh ? `  ! 规则 ${error.ruleId} 运行出错：${error.message}` : `  ! rule ${error.ruleId} failed: ${error.message}`,
    );
  }
  return lines.join('\n') + '\n\n';
}

function rank(findings: CaseReport['findings']): number {
  const hasViolation = findings.some((finding) => finding.status === 'violation');
  const hasHigh = findings.some((finding) => finding.severity === 'high' && finding.status === 'violation');
  return hasHigh ? 0 : hasViolation ? 1 : 2;
}
