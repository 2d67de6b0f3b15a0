import {
  draftFromFinding,
  sha256Hex,
  type Draft,
  type Receipt,
  type SealedRecord,
  type SelfReport,
} from '../../lib/selfreport';
import type { AssessLedger } from '../../lib/selfreport/assess-types';
import type { EnforcementCase } from '../../lib/case/schema';
import type { Finding } from '../../lib/engine/types';

/**
 * Where the self-report form keeps its data. The same form runs in the overlay (messages to the
 * background, which owns the extension's IndexedDB), in the dashboard (the store directly) and in
 * the widget (the host page's IndexedDB). Failures are thrown as Error with a bilingual message.
 */
export interface SelfReportPort {
  saveDraft(draft: Draft): Promise<Draft | void>;
  loadDraft(id: string): Promise<Draft | undefined>;
  seal(report: SelfReport): Promise<{ record: SealedRecord; receipt: Receipt }>;
  /** Opens the printable 自查自纠报告 of a sealed record (in a new tab, never in the host page). */
  printable?(record: SealedRecord): void | Promise<void>;
  /** The officer's ledger, for the Art. 10 aggravation in the assessment. */
  loadLedger?(): Promise<AssessLedger>;
}

/** The draft id for a finding: a UUID derived from caseId + ruleId, so reopening the same finding restores its draft. */
export async function draftIdFor(caseId: string, ruleId: string | undefined): Promise<string> {
  const hex = await sha256Hex(`zhifa-guard-selfreport\u0000${caseId}\u0000${ruleId ?? ''}`);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The value at a case-model path such as `events`, `decision.fineAmount` or `events[2].at`. */
export function valueAtPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The case fields a finding involves: path → value (JSON-safe; undefined fields are omitted). */
export function snapshotFor(finding: Pick<Finding, 'fields'>, enforcementCase: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!enforcementCase) return out;
  for (const path of finding.fields) {
    const value = valueAtPath(enforcementCase, path);
    if (value !== undefined) out[path] = JSON.parse(JSON.stringify(value)) as unknown;
  }
  return out;
}

/** Loads the draft for this finding, or starts one (stamping discoveredAt now) and saves it. */
export async function openDraftFor(
  port: SelfReportPort,
  finding: Finding,
  enforcementCase: EnforcementCase | null | undefined,
  options: { caseId?: string; now?: Date; officer?: { name?: string; unit?: string } } = {},
): Promise<{ draft: Draft; restored: boolean }> {
  const caseId = enforcementCase?.id ?? options.caseId ?? '';
  const id = await draftIdFor(caseId, finding.ruleId);
  const existing = await port.loadDraft(id);
  if (existing) return { draft: existing, restored: true };
  const draft = draftFromFinding(finding, caseId, snapshotFor(finding, enforcementCase), {
    now: options.now ?? new Date(),
    id,
    ...(options.officer ? { officer: options.officer } : {}),
  });
  return { draft: (await port.saveDraft(draft)) ?? draft, restored: false };
}
