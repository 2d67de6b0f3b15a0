import type { Bilingual } from '../engine/types';
import type { BrokenLink } from '../selfreport/chain';
import type { ValidationIssue } from '../selfreport/issues';
import type { ProceedingStep } from '../selfreport/proceedings';
import type { LedgerEntry, SealedRecord } from '../selfreport/schema';
import type { ZhifaDb } from './db';

/** The public types of ZhifaStore's options and results, and the context its parts share. */

export type DataStore = 'selfReports' | 'drafts' | 'ledger' | 'outbox' | 'proceedings';

export interface QuarantinedItem {
  store: DataStore;
  key: IDBValidKey;
  issues: ValidationIssue[];
  /** False when moving it to the quarantine store failed (it is still skipped). */
  moved: boolean;
}

/** A row that failed validation when read, before it is set aside. */
export interface Corrupt {
  store: DataStore;
  key: IDBValidKey;
  issues: ValidationIssue[];
}

export type Failure = { ok: false; error: Bilingual; issues?: ValidationIssue[] };

export interface OutboxPolicy {
  /** First retry delay (default 60 s); doubles with each attempt. */
  baseDelayMs: number;
  /** Longest delay (default 6 h). */
  maxDelayMs: number;
  /** After this many failed attempts the entry is 'dead' and no longer due (default 10). */
  maxAttempts: number;
}

export interface StoreOptions {
  clock?: () => Date;
  outbox?: Partial<OutboxPolicy>;
}

export interface SealAndStoreOptions {
  /** Mask ID, phone and card numbers before sealing (default true; see mask.ts). */
  mask?: boolean;
  /** Delete the draft with the report's id in the same transaction (default true). */
  deleteDraft?: boolean;
  /** Queue the sealed version for delivery (default true). */
  enqueue?: boolean;
}

export type SealOutcome =
  { ok: true; record: SealedRecord; quarantined: QuarantinedItem[] } | (Failure & { quarantined: QuarantinedItem[] });

export type ImportOutcome =
  { ok: true; added: number; alreadyPresent: number } | (Failure & { firstBroken?: BrokenLink });

export type LedgerInput =
  | (Omit<Extract<LedgerEntry, { kind: 'fault' }>, 'id'> & { id?: string })
  | (Omit<Extract<LedgerEntry, { kind: 'correction-notice' }>, 'id'> & { id?: string });

export type ProceedingInput = ProceedingStep & { id?: string; reportId?: string; caseId?: string; note?: string };

/** What the store's parts (drafts.ts, outbox.ts, …) need from the ZhifaStore they serve. */
export interface StoreContext {
  readonly db: ZhifaDb;
  readonly clock: () => Date;
  readonly policy: OutboxPolicy;
  /** Moves corrupt rows to the quarantine store (see quarantine.ts); never throws. */
  setAside(items: readonly Corrupt[]): Promise<QuarantinedItem[]>;
}
