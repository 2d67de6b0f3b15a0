import type { runDecision } from '../../lib/documents';

/** A decision report's findings of one status as sorted `ruleId/messageId` strings, for expectations. */
export function statusIds(report: ReturnType<typeof runDecision>, status: 'violation' | 'review'): string[] {
  return report.findings
    .filter((finding) => finding.status === status)
    .map((finding) => `${finding.ruleId}/${finding.messageId}`)
    .sort();
}
