import type { EnforcementCase } from '../../lib/case/schema';
import type { Finding, Locale } from '../../lib/engine/types';
import type { AssessLedger, Draft, Receipt, SealedRecord } from '../../lib/selfreport';
import type { SelfReportPort } from './port';

export interface SealedResult {
  record: SealedRecord;
  receipt: Receipt;
}

export interface SelfReportFormProps {
  port: SelfReportPort;
  finding: Finding;
  /** The case on display (for the snapshot of the fields involved); caseId is used when absent. */
  enforcementCase?: EnforcementCase | null;
  caseId?: string;
  /** Continue this stored draft (the dashboard) instead of the one derived from caseId + ruleId. */
  draftId?: string;
  locale: Locale;
  ledger?: AssessLedger;
  now?: () => Date;
  saveDelayMs?: number;
  onSealed?: (result: SealedResult) => void;
  onClose?: () => void;
}

/** Applies a change to the draft being edited (and schedules saving it). */
export type UpdateDraft = (change: (current: Draft) => Draft) => void;

/** What every section of the form gets. */
export interface SectionProps {
  draft: Draft;
  locale: Locale;
  update: UpdateDraft;
}
