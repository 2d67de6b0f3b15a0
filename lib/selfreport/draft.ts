import type { Citation, Finding } from '../engine/types';
import { randomUuid } from './canonical';
import { describeIssues, type ValidationIssue } from './issues';
import { SELF_REPORT_SCHEMA_VERSION, selfReportSchema, type Draft, type SelfReport } from './schema';

export interface DraftInit {
  caseId: string;
  ruleId?: string;
  art7Item?: number;
  citations?: Citation[];
  caseSnapshot?: Record<string, unknown>;
  officer?: { name?: string; unit?: string; certificateNo?: string };
}

/**
 * A new self-report draft. discoveredAt is stamped here, from `now`, and the store keeps the first
 * stamp however often the draft is saved again: the time the officer began the self-report is
 * evidence of timely self-discovery, so it is not typed in.
 */
export function createDraft(init: DraftInit, options: { now: Date; id?: string }): Draft {
  const stamp = options.now.toISOString();
  return {
    schemaVersion: SELF_REPORT_SCHEMA_VERSION,
    id: options.id ?? randomUuid(),
    version: 1,
    updatedAt: stamp,
    discoveredAt: stamp,
    caseId: init.caseId,
    ...(init.ruleId ? { ruleId: init.ruleId } : {}),
    ...(init.art7Item ? { art7Item: init.art7Item } : {}),
    citations: init.citations ? init.citations.map((c) => ({ ...c })) : [],
    caseSnapshot: { ...(init.caseSnapshot ?? {}) },
    ...(init.officer ? { officer: { ...init.officer } } : {}),
    harm: {},
    status: 'draft',
  };
}

/** A draft started from an engine finding: its rule, Art. 7 item and citations. */
export function draftFromFinding(
  finding: Pick<Finding, 'ruleId' | 'category' | 'citations' | 'fields'>,
  caseId: string,
  caseSnapshot: Record<string, unknown>,
  options: { now: Date; id?: string; officer?: DraftInit['officer'] },
): Draft {
  return createDraft(
    {
      caseId,
      ruleId: finding.ruleId,
      art7Item: finding.category,
      citations: finding.citations,
      caseSnapshot,
      ...(options.officer ? { officer: options.officer } : {}),
    },
    options,
  );
}

/** A draft as a complete report ready to seal, or what is still missing. */
export function completeDraft(
  draft: Draft,
): { ok: true; report: SelfReport } | { ok: false; issues: ValidationIssue[] } {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { updatedAt, ...rest } = draft;
  const candidate = { schemaVersion: SELF_REPORT_SCHEMA_VERSION, version: 1, ...rest, status: 'draft' };
  const parsed = selfReportSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, report: parsed.data };
  return { ok: false, issues: describeIssues(parsed.error.issues, candidate, 100) };
}
