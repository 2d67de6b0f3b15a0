import type { Finding } from './types';

const STATUS_ORDER = { violation: 0, review: 1 } as const;
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** The report order: violations first, then by severity, Art. 7 item and rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.category - b.category ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
