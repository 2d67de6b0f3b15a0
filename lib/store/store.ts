import type { IDBPDatabase } from 'idb';
import type { Bilingual } from '../engine/types';
import { randomUuid } from '../selfreport/canonical';
import {
  checkBundle,
  makeBundle,
  seal,
  SealError,
  verifyChain,
  type BrokenLink,
  type ChainVerification,
} from '../selfreport/chain';
import { bundleToJson } from '../selfreport/export';
import { describeIssues, parseJsonText, type ValidationIssue } from '../selfreport/issues';
import { maskDeep } from '../selfreport/mask';
import { proceedingDeadline, type ProceedingDeadline, type ProceedingStep } from '../selfreport/proceedings';
import {
  draftSchema,
  ledgerEntrySchema,
  type Draft,
  type LedgerEntry,
  type SealedRecord,
  type SelfReport,
} from '../selfreport/schema';
import { DB_NAME, openZhifaDb, type OpenOptions, type ZhifaDb } from './db';
import {
  outboxRowSchema,
  proceedingRowSchema,
  reportRowSchema,
  type OutboxRow,
  type ProceedingRow,
  type QuarantineRow,
  type ReportRow,
} from './rows';

/**
 * The self-report store over IndexedDB (idb). Every read validates rows with the zod schemas; a row
 * that does not match is moved to the `quarantine` store and reported in the `quarantined` list of
 * the result — reads never throw for bad data. Writes that can be refused (a malformed draft, a
 * version conflict, a bad bundle) return `{ ok: false, error }` with a bilingual message.
 *
 * All sealed self-reports form one hash chain in the order they were sealed (or imported): each new
 * record links to the latest record in the store, whatever report it belongs to.
 */

type DataStore = 'selfReports' | 'drafts' | 'ledger' | 'outbox' | 'proceedings';

export interface QuarantinedItem {
  store: DataStore;
  key: IDBValidKey;
  issues: ValidationIssue[];
  /** False when moving it to the quarantine store failed (it is still skipped). */
  moved: boolean;
}

interface Corrupt {
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

const MAX_SEAL_ATTEMPTS = 5;
const DEFAULT_POLICY: OutboxPolicy = { baseDelayMs: 60_000, maxDelayMs: 6 * 3_600_000, maxAttempts: 10 };

class Conflict extends Error {}

/**
 * Runs the body of a readwrite transaction: all of it commits, or none of it. Any error — a failed
 * request, a thrown exception — aborts the transaction before it is rethrown, so nothing written
 * earlier in the body can auto-commit; tx.done is always observed (no unhandled rejections).
 */
async function atomically<T>(tx: { done: Promise<void>; abort(): void }, body: () => Promise<T>): Promise<T> {
  tx.done.catch(() => undefined);
  try {
    const result = await body();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    throw error;
  }
}

function rowIssues(store: DataStore, key: IDBValidKey, value: unknown): ValidationIssue[] | undefined {
  switch (store) {
    case 'selfReports': {
      const parsed = reportRowSchema.safeParse(value);
      if (!parsed.success) return describeIssues(parsed.error.issues, value);
      const row = parsed.data;
      if (row.id !== row.record.report.id || row.version !== row.record.report.version) {
        return [
          {
            path: '$.record.report',
            expected: {
              zh: `与主键 ${row.id} 第 ${row.version} 版一致`,
              en: `to match the key ${row.id} v${row.version}`,
            },
            found: `${row.record.report.id} v${row.record.report.version}`,
          },
        ];
      }
      return undefined;
    }
    case 'drafts': {
      const parsed = draftSchema.safeParse(value);
      return parsed.success ? undefined : describeIssues(parsed.error.issues, value);
    }
    case 'ledger': {
      const parsed = ledgerEntrySchema.safeParse(value);
      return parsed.success ? undefined : describeIssues(parsed.error.issues, value);
    }
    case 'outbox': {
      const parsed = outboxRowSchema.safeParse(value);
      if (!parsed.success) return describeIssues(parsed.error.issues, value);
      return parsed.data.idempotencyKey === `${parsed.data.reportId}:${parsed.data.version}`
        ? undefined
        : [
            {
              path: '$.idempotencyKey',
              expected: { zh: '报告标识:版本', en: 'reportId:version' },
              found: String(key),
            },
          ];
    }
    case 'proceedings': {
      const parsed = proceedingRowSchema.safeParse(value);
      return parsed.success ? undefined : describeIssues(parsed.error.issues, value);
    }
  }
}

/** Splits raw rows into valid values and corrupt ones. */
function sortRows<T>(
  store: DataStore,
  rows: readonly { key: IDBValidKey; value: unknown }[],
): { valid: T[]; corrupt: Corrupt[] } {
  const valid: T[] = [];
  const corrupt: Corrupt[] = [];
  for (const { key, value } of rows) {
    const issues = rowIssues(store, key, value);
    if (issues) corrupt.push({ store, key, issues });
    else valid.push(value as T);
  }
  return { valid, corrupt };
}

function storageError(error: unknown): Failure {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    ok: false,
    error: { zh: `本地存储写入失败（${detail}）`, en: `writing to local storage failed (${detail})` },
  };
}

function reportKeyRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);
}

export class ZhifaStore {
  private readonly clock: () => Date;
  private readonly policy: OutboxPolicy;

  constructor(
    readonly db: ZhifaDb,
    options: StoreOptions = {},
  ) {
    this.clock = options.clock ?? (() => new Date());
    this.policy = { ...DEFAULT_POLICY, ...options.outbox };
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

  private get raw(): IDBPDatabase<unknown> {
    return this.db as unknown as IDBPDatabase<unknown>;
  }

  // ---------------------------------------------------------------- quarantine

  /** Moves corrupt rows to the quarantine store (re-checking each); never throws. */
  private async setAside(items: readonly Corrupt[]): Promise<QuarantinedItem[]> {
    if (items.length === 0) return [];
    const moved = new Set<Corrupt>();
    try {
      const stores = [...new Set(items.map((item) => item.store))];
      const tx = this.raw.transaction([...stores, 'quarantine'], 'readwrite');
      const at = this.clock().toISOString();
      await atomically(tx, async () => {
        for (const item of items) {
          const current: unknown = await tx.objectStore(item.store).get(item.key);
          if (current === undefined || !rowIssues(item.store, item.key, current)) continue;
          const row: QuarantineRow = {
            store: item.store,
            key: item.key,
            value: current,
            issues: item.issues.map(issueText),
            at,
          };
          await tx.objectStore('quarantine').add(row);
          await tx.objectStore(item.store).delete(item.key);
          moved.add(item);
        }
      });
      return items.map((item) => ({ ...item, moved: moved.has(item) }));
    } catch {
      moved.clear();
      return items.map((item) => ({ ...item, moved: false }));
    }
  }

  async listQuarantine(): Promise<QuarantineRow[]> {
    return this.db.getAll('quarantine');
  }

  // ---------------------------------------------------------------- drafts

  /**
   * Saves a draft (validated). updatedAt is set now; discoveredAt keeps the first value the draft
   * ever had (stamped now if it had none), so saving again never moves the discovery time.
   */
  async saveDraft(draft: Draft): Promise<{ ok: true; draft: Draft } | Failure> {
    const now = this.clock().toISOString();
    const candidate = { ...draft, updatedAt: now };
    const parsed = draftSchema.safeParse(candidate);
    if (!parsed.success) {
      return {
        ok: false,
        error: { zh: '草稿格式不对，未保存', en: 'the draft is malformed and was not saved' },
        issues: describeIssues(parsed.error.issues, candidate),
      };
    }
    try {
      const tx = this.db.transaction('drafts', 'readwrite');
      const saved = await atomically(tx, async () => {
        const existing = (await tx.store.get(draft.id)) as { discoveredAt?: unknown } | undefined;
        const kept = typeof existing?.discoveredAt === 'string' ? existing.discoveredAt : undefined;
        const row: Draft = { ...parsed.data, discoveredAt: kept ?? parsed.data.discoveredAt ?? now };
        await tx.store.put(row);
        return row;
      });
      return { ok: true, draft: saved };
    } catch (error) {
      return storageError(error);
    }
  }

  async loadDraft(id: string): Promise<{ draft?: Draft; quarantined: QuarantinedItem[] }> {
    const value: unknown = await this.db.get('drafts', id);
    if (value === undefined) return { quarantined: [] };
    const { valid, corrupt } = sortRows<Draft>('drafts', [{ key: id, value }]);
    return { ...(valid[0] ? { draft: valid[0] } : {}), quarantined: await this.setAside(corrupt) };
  }

  /** Drafts, most recently updated first. */
  async listDrafts(): Promise<{ drafts: Draft[]; quarantined: QuarantinedItem[] }> {
    const rows: { key: IDBValidKey; value: unknown }[] = [];
    let cursor = await this.db.transaction('drafts').store.index('by-updated').openCursor(null, 'prev');
    while (cursor) {
      rows.push({ key: cursor.primaryKey, value: cursor.value });
      cursor = await cursor.continue();
    }
    const { valid, corrupt } = sortRows<Draft>('drafts', rows);
    return { drafts: valid, quarantined: await this.setAside(corrupt) };
  }

  async deleteDraft(id: string): Promise<void> {
    await this.db.delete('drafts', id);
  }

  // ---------------------------------------------------------------- sealed reports

  /**
   * Seals a report and appends it to the store's chain, after the latest sealed record. Version 1
   * of a report needs no previousHash; version n must follow version n − 1 and name its hash
   * (use reviseReport()). Optimistic: if another tab seals meanwhile, it re-reads and retries.
   */
  async sealAndStore(report: SelfReport, options: SealAndStoreOptions = {}): Promise<SealOutcome> {
    const input = (options.mask ?? true) ? maskDeep(report) : report;
    const quarantined: QuarantinedItem[] = [];
    for (let attempt = 0; attempt < MAX_SEAL_ATTEMPTS; attempt++) {
      // 1. Read the chain head and this report's versions.
      const rtx = this.db.transaction('selfReports');
      const headCursor = await rtx.store.index('by-seq').openCursor(null, 'prev');
      const head = headCursor ? { key: headCursor.primaryKey, value: headCursor.value as unknown } : undefined;
      const versionKeys = await rtx.store.getAllKeys(reportKeyRange(input.id));
      const last = versionKeys.length ? versionKeys[versionKeys.length - 1]! : undefined;
      const lastValue: unknown = last ? await rtx.store.get(last) : undefined;
      await rtx.done;

      const toCheck: { key: IDBValidKey; value: unknown }[] = [];
      if (head) toCheck.push(head);
      if (last) toCheck.push({ key: last, value: lastValue });
      const checked = sortRows<ReportRow>('selfReports', toCheck);
      if (checked.corrupt.length > 0) {
        quarantined.push(...(await this.setAside(checked.corrupt)));
        return {
          ok: false,
          error: {
            zh: '本机最近的封存记录已损坏并已隔离，暂不能继续封存；请先用备份文件核对（zhifa-guard verify）',
            en: 'the latest sealed record in this browser is damaged and was set aside; sealing is paused — check against a backup (zhifa-guard verify)',
          },
          quarantined,
        };
      }
      const headRow = head ? (head.value as ReportRow) : undefined;
      const prior = last ? (lastValue as ReportRow) : undefined;
      const expectedVersion = (prior?.version ?? 0) + 1;
      if (
        input.version !== expectedVersion ||
        (prior ? input.previousHash !== prior.record.hash : input.previousHash !== undefined)
      ) {
        return {
          ok: false,
          error: prior
            ? {
                zh: `该报告已封存到第 ${prior.version} 版；修改须作为第 ${expectedVersion} 版，并指向第 ${prior.version} 版的哈希（已封存的内容不会被改写）`,
                en: `this report is sealed up to version ${prior.version}; a change must be version ${expectedVersion} naming version ${prior.version}'s hash (sealed content is never rewritten)`,
              }
            : {
                zh: '新报告应为第 1 版，且不指向上一版',
                en: 'a new report must be version 1 with no previousHash',
              },
          quarantined,
        };
      }

      // 2. Seal outside any transaction (hashing is asynchronous and would let it commit).
      let record: SealedRecord;
      try {
        record = await seal(input, headRow?.record, { now: this.clock() });
      } catch (error) {
        if (error instanceof SealError) return { ok: false, error: error.bilingual, issues: error.issues, quarantined };
        throw error;
      }

      // 3. Append, if the head has not moved.
      try {
        const tx = this.db.transaction(['selfReports', 'outbox', 'drafts'], 'readwrite');
        await atomically(tx, async () => {
          const reports = tx.objectStore('selfReports');
          const now = await reports.index('by-seq').openCursor(null, 'prev');
          if ((now?.value.seq ?? 0) !== (headRow?.seq ?? 0) || now?.value.record?.hash !== headRow?.record.hash) {
            throw new Conflict();
          }
          const seq = (headRow?.seq ?? 0) + 1;
          if (prior) {
            const previous = await reports.get([prior.id, prior.version]);
            if (previous) {
              // eslint-disable-next-line @typescript-eslint/no-unused-vars
              const { latest, ...rest } = previous;
              await reports.put(rest);
            }
          }
          await reports.add({
            id: record.report.id,
            version: record.report.version,
            seq,
            latest: seq,
            caseId: record.report.caseId,
            record,
          });
          if (options.enqueue ?? true) {
            const key = `${record.report.id}:${record.report.version}`;
            const outbox = tx.objectStore('outbox');
            if (!(await outbox.get(key))) {
              await outbox.add({
                idempotencyKey: key,
                reportId: record.report.id,
                version: record.report.version,
                state: 'pending',
                attempts: 0,
                nextAttemptAt: this.clock().getTime(),
                createdAt: record.sealedAt,
              });
            }
          }
          if (options.deleteDraft ?? true) await tx.objectStore('drafts').delete(record.report.id);
        });
        return { ok: true, record, quarantined };
      } catch (error) {
        // Another window appended first (head moved, or the same [id, version] was taken): re-read.
        if (error instanceof Conflict || (error as { name?: string })?.name === 'ConstraintError') continue;
        return { ...storageError(error), quarantined };
      }
    }
    return {
      ok: false,
      error: {
        zh: '其他窗口正在同时封存，请稍后重试',
        en: 'another window is sealing at the same time; please retry',
      },
      quarantined,
    };
  }

  /**
   * Sealed reports, newest first, by a cursor over an index: the latest version of each report
   * (by-latest), or every version (by-seq) with allVersions. total counts the index.
   *
   * Paging: `offset` skips with cursor.advance, which costs O(offset) in some engines; for deep or
   * infinite scrolling pass `before` = the previous page's `next` instead (keyset paging, O(limit)).
   */
  async listReports(
    options: { limit?: number; offset?: number; before?: number; allVersions?: boolean } = {},
  ): Promise<{
    items: SealedRecord[];
    total: number;
    /** Pass as `before` to get the page after this one; absent on the last page. */
    next?: number;
    quarantined: QuarantinedItem[];
  }> {
    const limit = Math.max(0, options.limit ?? 50);
    const offset = Math.max(0, options.offset ?? 0);
    const tx = this.db.transaction('selfReports');
    const index = tx.store.index(options.allVersions ? 'by-seq' : 'by-latest');
    const total = await index.count();
    const range = options.before !== undefined ? IDBKeyRange.upperBound(options.before, true) : null;
    const rows: { key: IDBValidKey; value: unknown }[] = [];
    let lastKey: number | undefined;
    let cursor = limit > 0 && offset < total ? await index.openCursor(range, 'prev') : null;
    if (cursor && offset > 0) cursor = await cursor.advance(offset);
    while (cursor && rows.length < limit) {
      rows.push({ key: cursor.primaryKey, value: cursor.value });
      lastKey = cursor.key as number;
      cursor = await cursor.continue();
    }
    const more = cursor !== null;
    await tx.done;
    const { valid, corrupt } = sortRows<ReportRow>('selfReports', rows);
    return {
      items: valid.map((row) => row.record),
      total,
      ...(more && lastKey !== undefined ? { next: lastKey } : {}),
      quarantined: await this.setAside(corrupt),
    };
  }

  /** Every sealed version of one report, oldest first. */
  async getReportVersions(id: string): Promise<{ versions: SealedRecord[]; quarantined: QuarantinedItem[] }> {
    const tx = this.db.transaction('selfReports');
    const rows: { key: IDBValidKey; value: unknown }[] = [];
    let cursor = await tx.store.openCursor(reportKeyRange(id));
    while (cursor) {
      rows.push({ key: cursor.primaryKey, value: cursor.value });
      cursor = await cursor.continue();
    }
    await tx.done;
    const { valid, corrupt } = sortRows<ReportRow>('selfReports', rows);
    return { versions: valid.map((row) => row.record), quarantined: await this.setAside(corrupt) };
  }

  /** Sealed reports of one case (latest version of each), using the v2 by-case index. */
  async listReportsForCase(caseId: string): Promise<{ items: SealedRecord[]; quarantined: QuarantinedItem[] }> {
    const tx = this.db.transaction('selfReports');
    const rows: { key: IDBValidKey; value: unknown }[] = [];
    let cursor = await tx.store.index('by-case').openCursor(IDBKeyRange.only(caseId));
    while (cursor) {
      if (cursor.value.latest !== undefined) rows.push({ key: cursor.primaryKey, value: cursor.value });
      cursor = await cursor.continue();
    }
    await tx.done;
    const { valid, corrupt } = sortRows<ReportRow>('selfReports', rows);
    return { items: valid.map((row) => row.record), quarantined: await this.setAside(corrupt) };
  }

  /** The whole chain in order (validated rows only). */
  private async chainRecords(): Promise<{ records: SealedRecord[]; quarantined: QuarantinedItem[] }> {
    const tx = this.db.transaction('selfReports');
    const rows: { key: IDBValidKey; value: unknown }[] = [];
    let cursor = await tx.store.index('by-seq').openCursor();
    while (cursor) {
      rows.push({ key: cursor.primaryKey, value: cursor.value });
      cursor = await cursor.continue();
    }
    await tx.done;
    const { valid, corrupt } = sortRows<ReportRow>('selfReports', rows);
    return { records: valid.map((row) => row.record), quarantined: await this.setAside(corrupt) };
  }

  /** Recomputes every hash and link of the store's chain. */
  async verifyStore(): Promise<ChainVerification & { quarantined: QuarantinedItem[] }> {
    const { records, quarantined } = await this.chainRecords();
    return { ...(await verifyChain(records)), quarantined };
  }

  /**
   * The whole chain as a bundle (JSON text). Masked by default; records sealed with masking on
   * are unchanged by it, so their hashes still verify (see bundleToJson).
   */
  async exportBundle(options: { mask?: boolean; generator?: string } = {}): Promise<{
    json: string;
    records: number;
    changedByMasking: number;
    warning?: Bilingual;
    chain: ChainVerification;
    quarantined: QuarantinedItem[];
  }> {
    const { records, quarantined } = await this.chainRecords();
    const bundle = makeBundle(records, { now: this.clock(), generator: options.generator ?? 'zhifa-guard' });
    const exported = bundleToJson(bundle, { mask: options.mask ?? true });
    return { ...exported, records: records.length, chain: await verifyChain(records), quarantined };
  }

  /**
   * Imports a bundle (JSON text or parsed value). It is validated and its chain verified before
   * anything is written; it must continue this store's chain (same records in the same order, then
   * new ones). New records are written in one transaction: all or nothing.
   */
  async importBundle(input: unknown): Promise<ImportOutcome> {
    let value = input;
    if (typeof input === 'string') {
      const parsed = parseJsonText(input);
      if (!parsed.ok) return { ok: false, error: prefix(parsed.error) };
      value = parsed.value;
    }
    const check = await checkBundle(value);
    if (check.status === 'invalid') return { ok: false, error: prefix(check.error), issues: check.issues };
    if (check.status === 'broken') {
      const b = check.firstBroken;
      return {
        ok: false,
        error: {
          zh: `无法导入：备份文件第 ${b.index + 1} 条记录（报告 ${b.id} 第 ${b.version} 版）校验不通过——${b.detail.zh}。未导入任何记录`,
          en: `cannot import: record ${b.index + 1} of the bundle (report ${b.id} v${b.version}) fails verification — ${b.detail.en}. Nothing was imported`,
        },
        firstBroken: b,
      };
    }
    const incoming = check.bundle.records;

    // Compare with the chain already here (hashes by position).
    const existing = await this.chainHashes();
    const common = Math.min(existing.hashes.length, incoming.length);
    for (let i = 0; i < common; i++) {
      if (existing.hashes[i] !== incoming[i]!.hash) {
        return {
          ok: false,
          error: {
            zh: `无法导入：备份与本机记录从第 ${i + 1} 条起不一致（记录链分叉）。为保证已封存的记录不被改写，未导入任何记录`,
            en: `cannot import: the bundle and this browser's records differ from record ${i + 1} on (the chains fork). Sealed records are never rewritten, so nothing was imported`,
          },
        };
      }
    }
    const fresh = incoming.slice(common);
    if (fresh.length === 0) return { ok: true, added: 0, alreadyPresent: common };

    try {
      const tx = this.db.transaction('selfReports', 'readwrite');
      await atomically(tx, async () => {
        const head = await tx.store.index('by-seq').openCursor(null, 'prev');
        if (
          (head?.value.seq ?? 0) !== existing.lastSeq ||
          (head?.value.record?.hash ?? undefined) !== existing.hashes.at(-1)
        ) {
          throw new Conflict();
        }
        let seq = existing.lastSeq;
        for (const record of fresh) {
          seq++;
          const { id, version } = record.report;
          if (version > 1) {
            const previous = await tx.store.get([id, version - 1]);
            if (previous) {
              // eslint-disable-next-line @typescript-eslint/no-unused-vars
              const { latest, ...rest } = previous;
              await tx.store.put(rest);
            }
          }
          await tx.store.add({ id, version, seq, latest: seq, caseId: record.report.caseId, record });
        }
      });
      return { ok: true, added: fresh.length, alreadyPresent: common };
    } catch (error) {
      if (error instanceof Conflict) {
        return {
          ok: false,
          error: {
            zh: '无法导入：导入过程中本机记录发生了变化，未导入任何记录，请重试',
            en: 'cannot import: the records here changed during the import; nothing was imported — please retry',
          },
        };
      }
      const failure = storageError(error);
      return {
        ok: false,
        error: {
          zh: `无法导入：${failure.error.zh}，未导入任何记录`,
          en: `cannot import: ${failure.error.en}; nothing was imported`,
        },
      };
    }
  }

  private async chainHashes(): Promise<{ hashes: (string | undefined)[]; lastSeq: number }> {
    const tx = this.db.transaction('selfReports');
    const hashes: (string | undefined)[] = [];
    let lastSeq = 0;
    let cursor = await tx.store.index('by-seq').openCursor();
    while (cursor) {
      const value = cursor.value as { seq?: unknown; record?: { hash?: unknown } };
      hashes.push(typeof value?.record?.hash === 'string' ? value.record.hash : undefined);
      if (typeof value?.seq === 'number') lastSeq = value.seq;
      cursor = await cursor.continue();
    }
    await tx.done;
    return { hashes, lastSeq };
  }

  // ---------------------------------------------------------------- ledger

  async addLedgerEntry(input: LedgerInput): Promise<{ ok: true; entry: LedgerEntry } | Failure> {
    const candidate = { ...input, id: input.id ?? randomUuid() };
    const parsed = ledgerEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      return {
        ok: false,
        error: { zh: '台账记录格式不对，未保存', en: 'the ledger entry is malformed and was not saved' },
        issues: describeIssues(parsed.error.issues, candidate),
      };
    }
    try {
      await this.db.put('ledger', parsed.data);
      return { ok: true, entry: parsed.data };
    } catch (error) {
      return storageError(error);
    }
  }

  /** Ledger entries by date (faults by `at`, notices by `noticeAt`), oldest first. */
  async listLedger(): Promise<{ entries: LedgerEntry[]; quarantined: QuarantinedItem[] }> {
    const tx = this.db.transaction('ledger');
    const rows: { key: IDBValidKey; value: unknown }[] = [];
    let cursor = await tx.store.openCursor();
    while (cursor) {
      rows.push({ key: cursor.primaryKey, value: cursor.value });
      cursor = await cursor.continue();
    }
    await tx.done;
    const { valid, corrupt } = sortRows<LedgerEntry>('ledger', rows);
    const when = (entry: LedgerEntry): string => (entry.kind === 'fault' ? entry.at : entry.noticeAt);
    valid.sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0));
    return { entries: valid, quarantined: await this.setAside(corrupt) };
  }

  async deleteLedgerEntry(id: string): Promise<void> {
    await this.db.delete('ledger', id);
  }

  // ---------------------------------------------------------------- outbox

  /** Queues a sealed version for delivery; idempotent on `${id}:${version}`. */
  async enqueue(reportId: string, version: number): Promise<OutboxRow> {
    const key = `${reportId}:${version}`;
    const tx = this.db.transaction('outbox', 'readwrite');
    return atomically(tx, async () => {
      const existing = await tx.store.get(key);
      if (existing && !rowIssues('outbox', key, existing)) return existing;
      const now = this.clock();
      const row: OutboxRow = {
        idempotencyKey: key,
        reportId,
        version,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: now.getTime(),
        createdAt: now.toISOString(),
      };
      await tx.store.put(row);
      return row;
    });
  }

  /** The pending entry due soonest, if it is due by `now`. */
  async nextDue(now: Date = this.clock()): Promise<{ entry?: OutboxRow; quarantined: QuarantinedItem[] }> {
    const tx = this.db.transaction('outbox');
    const corrupt: Corrupt[] = [];
    let entry: OutboxRow | undefined;
    let cursor = await tx.store.index('by-next-attempt').openCursor(IDBKeyRange.upperBound(now.getTime()));
    while (cursor) {
      const issues = rowIssues('outbox', cursor.primaryKey, cursor.value);
      if (!issues && cursor.value.state === 'pending') {
        entry = cursor.value;
        break;
      }
      if (issues) corrupt.push({ store: 'outbox', key: cursor.primaryKey, issues });
      cursor = await cursor.continue();
    }
    await tx.done;
    return { ...(entry ? { entry } : {}), quarantined: await this.setAside(corrupt) };
  }

  /**
   * Claims the pending entry due soonest (due by `now`) for one delivery attempt, in one
   * transaction, so two senders never take the same entry: it gets `sendingUntil` = now + leaseMs
   * and is not due again before then. Report the outcome with markDelivered / markFailed / markDead;
   * if the sender dies first, the entry falls due again when the lease runs out.
   */
  async claimDue(
    leaseMs: number,
    now: Date = this.clock(),
  ): Promise<{ entry?: OutboxRow; quarantined: QuarantinedItem[] }> {
    const tx = this.db.transaction('outbox', 'readwrite');
    const corrupt: Corrupt[] = [];
    const entry = await atomically(tx, async () => {
      let cursor = await tx.store.index('by-next-attempt').openCursor(IDBKeyRange.upperBound(now.getTime()));
      while (cursor) {
        const issues = rowIssues('outbox', cursor.primaryKey, cursor.value);
        if (!issues && cursor.value.state === 'pending') {
          const until = now.getTime() + leaseMs;
          const claimed: OutboxRow = { ...cursor.value, nextAttemptAt: until, sendingUntil: until };
          await cursor.update(claimed);
          return claimed;
        }
        if (issues) corrupt.push({ store: 'outbox', key: cursor.primaryKey, issues });
        cursor = await cursor.continue();
      }
      return undefined;
    });
    return { ...(entry ? { entry } : {}), quarantined: await this.setAside(corrupt) };
  }

  /** When the next pending entry falls due (epoch ms), if any is pending. */
  async nextAttemptTime(): Promise<number | undefined> {
    const tx = this.db.transaction('outbox');
    let cursor = await tx.store.index('by-next-attempt').openCursor();
    let at: number | undefined;
    while (cursor) {
      if (cursor.value?.state === 'pending' && typeof cursor.value.nextAttemptAt === 'number') {
        at = cursor.value.nextAttemptAt;
        break;
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return at;
  }

  /** One outbox entry by its key (`${id}:${version}`); undefined if absent or corrupt. */
  async getOutboxEntry(key: string): Promise<OutboxRow | undefined> {
    const value: unknown = await this.db.get('outbox', key);
    if (value === undefined) return undefined;
    const { valid, corrupt } = sortRows<OutboxRow>('outbox', [{ key, value }]);
    await this.setAside(corrupt);
    return valid[0];
  }

  /** Records a delivery; `receipt` is what the server answered (kept as serverReceipt). */
  async markDelivered(key: string, options: { receipt?: unknown } = {}): Promise<OutboxRow | undefined> {
    return this.updateOutbox(key, (row, now) => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { nextAttemptAt, sendingUntil, ...rest } = row;
      return {
        ...rest,
        state: 'delivered',
        lastAttemptAt: now.toISOString(),
        deliveredAt: now.toISOString(),
        ...(options.receipt !== undefined ? { serverReceipt: options.receipt } : {}),
      };
    });
  }

  /** Gives up on an entry at once (e.g. the server refused it for good with a 4xx): state 'dead'. */
  async markDead(key: string, error: string): Promise<OutboxRow | undefined> {
    return this.updateOutbox(key, (row, now) => {
      if (row.state === 'delivered') return row;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { nextAttemptAt, sendingUntil, ...rest } = row;
      return {
        ...rest,
        state: 'dead',
        attempts: row.attempts + 1,
        lastAttemptAt: now.toISOString(),
        lastError: error,
      };
    });
  }

  /** Records a failed attempt: retry after an exponential backoff, or give up after maxAttempts. */
  async markFailed(key: string, error: string): Promise<OutboxRow | undefined> {
    return this.updateOutbox(key, (row, now) => {
      if (row.state === 'delivered') return row;
      const attempts = row.attempts + 1;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { nextAttemptAt, sendingUntil, ...rest } = row;
      const base = { ...rest, attempts, lastAttemptAt: now.toISOString(), lastError: error };
      if (attempts >= this.policy.maxAttempts) return { ...base, state: 'dead' as const };
      return { ...base, state: 'pending' as const, nextAttemptAt: now.getTime() + this.backoff(attempts) };
    });
  }

  /** Delay before the next attempt after `attempts` failures: base × 2^(attempts−1), capped. */
  backoff(attempts: number): number {
    return Math.min(this.policy.baseDelayMs * 2 ** Math.max(0, attempts - 1), this.policy.maxDelayMs);
  }

  private async updateOutbox(
    key: string,
    change: (row: OutboxRow, now: Date) => OutboxRow,
  ): Promise<OutboxRow | undefined> {
    const tx = this.db.transaction('outbox', 'readwrite');
    type Outcome = { corrupt: ValidationIssue[]; next?: undefined } | { next: OutboxRow; corrupt?: undefined };
    const result = await atomically(tx, async (): Promise<Outcome | undefined> => {
      const row = await tx.store.get(key);
      if (!row) return undefined;
      const issues = rowIssues('outbox', key, row);
      if (issues) return { corrupt: issues };
      const next = change(row, this.clock());
      await tx.store.put(next);
      return { next };
    });
    if (result?.corrupt) {
      await this.setAside([{ store: 'outbox', key, issues: result.corrupt }]);
      return undefined;
    }
    return result?.next;
  }

  async listOutbox(): Promise<{ entries: OutboxRow[]; quarantined: QuarantinedItem[] }> {
    const tx = this.db.transaction('outbox');
    const rows: { key: IDBValidKey; value: unknown }[] = [];
    let cursor = await tx.store.openCursor();
    while (cursor) {
      rows.push({ key: cursor.primaryKey, value: cursor.value });
      cursor = await cursor.continue();
    }
    await tx.done;
    const { valid, corrupt } = sortRows<OutboxRow>('outbox', rows);
    return { entries: valid, quarantined: await this.setAside(corrupt) };
  }

  // ---------------------------------------------------------------- proceedings (schema v2)

  async addProceedingStep(
    input: ProceedingInput,
  ): Promise<{ ok: true; step: ProceedingRow; deadline: ProceedingDeadline } | Failure> {
    const candidate: ProceedingRow = { ...input, id: input.id ?? randomUuid(), createdAt: this.clock().toISOString() };
    const parsed = proceedingRowSchema.safeParse(candidate);
    if (!parsed.success) {
      return {
        ok: false,
        error: { zh: '程序步骤格式不对，未保存', en: 'the proceeding step is malformed and was not saved' },
        issues: describeIssues(parsed.error.issues, candidate),
      };
    }
    let deadline: ProceedingDeadline;
    try {
      deadline = proceedingDeadline(parsed.data);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        error: { zh: `程序步骤无法计算期限：${message}`, en: `cannot compute the period: ${message}` },
      };
    }
    try {
      await this.db.put('proceedings', parsed.data);
      return { ok: true, step: parsed.data, deadline };
    } catch (error) {
      return storageError(error);
    }
  }

  /** Recorded steps (of one report, when given) with their deadlines, by date. */
  async listProceedings(
    options: { reportId?: string; today?: string } = {},
  ): Promise<{ steps: { step: ProceedingRow; deadline: ProceedingDeadline }[]; quarantined: QuarantinedItem[] }> {
    const tx = this.db.transaction('proceedings');
    const rows: { key: IDBValidKey; value: unknown }[] = [];
    let cursor = options.reportId
      ? await tx.store.index('by-report').openCursor(IDBKeyRange.only(options.reportId))
      : await tx.store.openCursor();
    while (cursor) {
      rows.push({ key: cursor.primaryKey, value: cursor.value });
      cursor = await cursor.continue();
    }
    await tx.done;
    const { valid, corrupt } = sortRows<ProceedingRow>('proceedings', rows);
    const steps: { step: ProceedingRow; deadline: ProceedingDeadline }[] = [];
    for (const step of valid) {
      try {
        steps.push({ step, deadline: proceedingDeadline(step, options.today ? { today: options.today } : {}) });
      } catch {
        corrupt.push({
          store: 'proceedings',
          key: step.id,
          issues: [
            {
              path: '$',
              expected: { zh: '可计算期限的步骤', en: 'a step with a computable period' },
              found: step.kind,
            },
          ],
        });
      }
    }
    steps.sort((a, b) => (a.deadline.start < b.deadline.start ? -1 : a.deadline.start > b.deadline.start ? 1 : 0));
    return { steps, quarantined: await this.setAside(corrupt) };
  }

  // ---------------------------------------------------------------- settings

  async getSetting(key: string): Promise<unknown> {
    return this.db.get('settings', key);
  }

  async putSetting(key: string, value: unknown): Promise<void> {
    await this.db.put('settings', value, key);
  }
}

function issueText(issue: ValidationIssue): string {
  return `${issue.path}: expected ${issue.expected.en}, found ${issue.found}`;
}

function prefix(error: Bilingual): Bilingual {
  return { zh: `无法导入：${error.zh}。未导入任何记录`, en: `cannot import: ${error.en}. Nothing was imported` };
}
