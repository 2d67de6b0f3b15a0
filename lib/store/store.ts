import type { Bilingual } from '../engine/types';
import { ledgerForAssessment } from '../selfreport/assess';
import type { AssessLedger } from '../selfreport/assess-types';
import type { ChainVerification } from '../selfreport/chain';
import type { ProceedingDeadline } from '../selfreport/proceedings';
import type { Draft, LedgerEntry, SealedRecord, SelfReport } from '../selfreport/schema';
import * as bundle from './bundle';
import { DB_NAME, openZhifaDb, type OpenOptions, type ZhifaDb } from './db';
import * as drafts from './drafts';
import * as ledger from './ledger';
import * as outbox from './outbox';
import * as proceedings from './proceedings';
import * as quarantine from './quarantine';
import * as reports from './reports';
import type { OutboxRow, ProceedingRow, QuarantineRow } from './rows';
import { sealAndStore } from './seal';
import type {
  Failure,
  ImportOutcome,
  LedgerInput,
  ProceedingInput,
  QuarantinedItem,
  SealAndStoreOptions,
  SealOutcome,
  StoreContext,
  StoreOptions,
} from './types';

export type {
  Failure,
  ImportOutcome,
  LedgerInput,
  OutboxPolicy,
  ProceedingInput,
  QuarantinedItem,
  SealAndStoreOptions,
  SealOutcome,
  StoreOptions,
} from './types';

/**
 * The self-report store over IndexedDB (idb). Every read validates rows with the zod schemas; a row
 * that does not match is moved to the `quarantine` store and reported in the `quarantined` list of
 * the result — reads never throw for bad data. Writes that can be refused (a malformed draft, a
 * version conflict, a bad bundle) return `{ ok: false, error }` with a bilingual message.
 *
 * All sealed self-reports form one hash chain in the order they were sealed (or imported): each new
 * record links to the latest record in the store, whatever report it belongs to.
 *
 * The work is done by one module per concern (drafts.ts, seal.ts, reports.ts, bundle.ts, ledger.ts,
 * outbox.ts, proceedings.ts, quarantine.ts); this class holds the database, clock and outbox policy
 * they share and delegates to them.
 */
export class ZhifaStore {
  private readonly ctx: StoreContext;

  constructor(
    readonly db: ZhifaDb,
    options: StoreOptions = {},
  ) {
    const clock = options.clock ?? (() => new Date());
    this.ctx = {
      db,
      clock,
      policy: { ...outbox.DEFAULT_POLICY, ...options.outbox },
      setAside: (items) => quarantine.setAside(db, clock, items),
    };
  }

  static async open(
    name: string = DB_NAME,
    idbFactory?: IDBFactory,
    options: StoreOptions & OpenOptions = {},
  ): Promise<ZhifaStore> {
    return new ZhifaStore(await openZhifaDb(name, idbFactory, options), options);
  }

  close(): void {
    this.db.close();
  }

  // ---------------------------------------------------------------- quarantine (quarantine.ts)

  listQuarantine(): Promise<QuarantineRow[]> {
    return quarantine.listQuarantine(this.ctx);
  }

  // ---------------------------------------------------------------- drafts (drafts.ts)

  /** Saves a draft (validated); discoveredAt keeps the first value the draft ever had. */
  saveDraft(draft: Draft): Promise<{ ok: true; draft: Draft } | Failure> {
    return drafts.saveDraft(this.ctx, draft);
  }

  loadDraft(id: string): Promise<{ draft?: Draft; quarantined: QuarantinedItem[] }> {
    return drafts.loadDraft(this.ctx, id);
  }

  /** Drafts, most recently updated first. */
  listDrafts(): Promise<{ drafts: Draft[]; quarantined: QuarantinedItem[] }> {
    return drafts.listDrafts(this.ctx);
  }

  deleteDraft(id: string): Promise<void> {
    return drafts.deleteDraft(this.ctx, id);
  }

  // ---------------------------------------------------------------- sealed reports (seal.ts, reports.ts)

  /** Seals a report and appends it to the store's chain, after the latest sealed record. */
  sealAndStore(report: SelfReport, options: SealAndStoreOptions = {}): Promise<SealOutcome> {
    return sealAndStore(this.ctx, report, options);
  }

  /** Sealed reports, newest first (latest versions, or every version with allVersions). */
  listReports(options: { limit?: number; offset?: number; before?: number; allVersions?: boolean } = {}): Promise<{
    items: SealedRecord[];
    total: number;
    /** Pass as `before` to get the page after this one; absent on the last page. */
    next?: number;
    quarantined: QuarantinedItem[];
  }> {
    return reports.listReports(this.ctx, options);
  }

  /** Every sealed version of one report, oldest first. */
  getReportVersions(id: string): Promise<{ versions: SealedRecord[]; quarantined: QuarantinedItem[] }> {
    return reports.getReportVersions(this.ctx, id);
  }

  /** Sealed reports of one case (latest version of each), using the v2 by-case index. */
  listReportsForCase(caseId: string): Promise<{ items: SealedRecord[]; quarantined: QuarantinedItem[] }> {
    return reports.listReportsForCase(this.ctx, caseId);
  }

  /** Recomputes every hash and link of the store's chain. */
  verifyStore(): Promise<ChainVerification & { quarantined: QuarantinedItem[] }> {
    return reports.verifyStore(this.ctx);
  }

  // ---------------------------------------------------------------- bundles (bundle.ts)

  /** The whole chain as a bundle (JSON text), masked by default. */
  exportBundle(options: { mask?: boolean; generator?: string } = {}): Promise<{
    json: string;
    records: number;
    changedByMasking: number;
    warning?: Bilingual;
    chain: ChainVerification;
    quarantined: QuarantinedItem[];
  }> {
    return bundle.exportBundle(this.ctx, options);
  }

  /** Imports a bundle that continues this store's chain: all new records, or none. */
  importBundle(input: unknown): Promise<ImportOutcome> {
    return bundle.importBundle(this.ctx, input);
  }

  // ---------------------------------------------------------------- ledger (ledger.ts)

  addLedgerEntry(input: LedgerInput): Promise<{ ok: true; entry: LedgerEntry } | Failure> {
    return ledger.addLedgerEntry(this.ctx, input);
  }

  /** Ledger entries by date (faults by `at`, notices by `noticeAt`), oldest first. */
  /** The ledger as the exemption assessment reads it (faults and correction notices). */
  async ledgerForAssessment(): Promise<AssessLedger> {
    return ledgerForAssessment((await this.listLedger()).entries);
  }

  /**
   * Records the fault a sealed self-report is about in the officer's ledger (once per report), so
   * that a later report can see "two or more faults within a year" (Order 294 Art. 10(2)).
   */
  async recordFaultOf(record: SealedRecord): Promise<void> {
    const report = record.report;
    const { entries } = await this.listLedger();
    if (entries.some((entry) => entry.kind === 'fault' && entry.reportId === report.id)) return;
    await this.addLedgerEntry({
      kind: 'fault',
      at: report.discoveredAt,
      art7Item: report.art7Item,
      reportId: report.id,
      ...(report.ruleId ? { ruleId: report.ruleId } : {}),
      ...(report.caseId ? { caseId: report.caseId } : {}),
      ...(report.officer?.name ? { officer: report.officer.name } : {}),
    });
  }

  listLedger(): Promise<{ entries: LedgerEntry[]; quarantined: QuarantinedItem[] }> {
    return ledger.listLedger(this.ctx);
  }

  deleteLedgerEntry(id: string): Promise<void> {
    return ledger.deleteLedgerEntry(this.ctx, id);
  }

  // ---------------------------------------------------------------- outbox (outbox.ts)

  /** Queues a sealed version for delivery; idempotent on `${id}:${version}`. */
  enqueue(reportId: string, version: number): Promise<OutboxRow> {
    return outbox.enqueue(this.ctx, reportId, version);
  }

  /** The pending entry due soonest, if it is due by `now`. */
  nextDue(now: Date = this.ctx.clock()): Promise<{ entry?: OutboxRow; quarantined: QuarantinedItem[] }> {
    return outbox.nextDue(this.ctx, now);
  }

  /** Claims the pending entry due soonest for one delivery attempt, leased for `leaseMs`. */
  claimDue(
    leaseMs: number,
    now: Date = this.ctx.clock(),
  ): Promise<{ entry?: OutboxRow; quarantined: QuarantinedItem[] }> {
    return outbox.claimDue(this.ctx, leaseMs, now);
  }

  /** When the next pending entry falls due (epoch ms), if any is pending. */
  nextAttemptTime(): Promise<number | undefined> {
    return outbox.nextAttemptTime(this.ctx);
  }

  /** One outbox entry by its key (`${id}:${version}`); undefined if absent or corrupt. */
  getOutboxEntry(key: string): Promise<OutboxRow | undefined> {
    return outbox.getOutboxEntry(this.ctx, key);
  }

  /** Records a delivery; `receipt` is what the server answered (kept as serverReceipt). */
  markDelivered(key: string, options: { receipt?: unknown } = {}): Promise<OutboxRow | undefined> {
    return outbox.markDelivered(this.ctx, key, options);
  }

  /** Gives up on an entry at once (e.g. the server refused it for good with a 4xx): state 'dead'. */
  markDead(key: string, error: string): Promise<OutboxRow | undefined> {
    return outbox.markDead(this.ctx, key, error);
  }

  /** Records a failed attempt: retry after an exponential backoff, or give up after maxAttempts. */
  markFailed(key: string, error: string): Promise<OutboxRow | undefined> {
    return outbox.markFailed(this.ctx, key, error, (attempts) => this.backoff(attempts));
  }

  /** Delay before the next attempt after `attempts` failures: base × 2^(attempts−1), capped. */
  backoff(attempts: number): number {
    return outbox.backoffDelay(this.ctx.policy, attempts);
  }

  listOutbox(): Promise<{ entries: OutboxRow[]; quarantined: QuarantinedItem[] }> {
    return outbox.listOutbox(this.ctx);
  }

  // ---------------------------------------------------------------- proceedings (proceedings.ts, schema v2)

  addProceedingStep(
    input: ProceedingInput,
  ): Promise<{ ok: true; step: ProceedingRow; deadline: ProceedingDeadline } | Failure> {
    return proceedings.addProceedingStep(this.ctx, input);
  }

  /** Recorded steps (of one report, when given) with their deadlines, by date. */
  listProceedings(
    options: { reportId?: string; today?: string } = {},
  ): Promise<{ steps: { step: ProceedingRow; deadline: ProceedingDeadline }[]; quarantined: QuarantinedItem[] }> {
    return proceedings.listProceedings(this.ctx, options);
  }

  // ---------------------------------------------------------------- settings

  async getSetting(key: string): Promise<unknown> {
    return this.db.get('settings', key);
  }

  async putSetting(key: string, value: unknown): Promise<void> {
    await this.db.put('settings', value, key);
  }
}
