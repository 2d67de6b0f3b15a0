import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Draft, LedgerEntry } from '../selfreport/schema';
import type { OutboxRow, ProceedingRow, QuarantineRow, ReportRow } from './rows';

/**
 * The IndexedDB schema of Zhifa Guard and its migrations. lib/store is the only code that touches
 * IndexedDB.
 *
 *   v1  selfReports  key [id, version]; indexes by-seq (unique), by-latest (sparse)
 *       drafts       key id;            index by-updated
 *       ledger       key id;            indexes by-kind, by-at
 *       outbox       key idempotencyKey; index by-next-attempt (sparse: pending rows only)
 *       settings     out-of-line keys
 *       quarantine   auto-increment;    index by-store
 *   v2  proceedings  key id;            indexes by-report, by-case
 *       selfReports  index by-case, with caseId back-filled on every existing row
 *
 * A migration never drops data. Add v3 by appending to MIGRATIONS and raising DB_VERSION, and keep a
 * frozen copy of the previous upgrade path in test/store/ to prove old databases still open.
 */

export const DB_NAME = 'zhifa-guard';
export const DB_VERSION = 2;

export interface ZhifaDbSchema extends DBSchema {
  selfReports: {
    key: [string, number];
    value: ReportRow;
    indexes: { 'by-seq': number; 'by-latest': number; 'by-case': string };
  };
  drafts: { key: string; value: Draft; indexes: { 'by-updated': string } };
  ledger: { key: string; value: LedgerEntry; indexes: { 'by-kind': string; 'by-at': string } };
  outbox: { key: string; value: OutboxRow; indexes: { 'by-next-attempt': number } };
  settings: { key: string; value: unknown };
  quarantine: { key: number; value: QuarantineRow; indexes: { 'by-store': string } };
  proceedings: { key: string; value: ProceedingRow; indexes: { 'by-report': string; 'by-case': string } };
}

export type ZhifaDb = IDBPDatabase<ZhifaDbSchema>;

/** Migrations run on an untyped handle: each sees the schema as it was before it. */
export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

function upgradeToV1(db: UpgradeDb): void {
  const reports = db.createObjectStore('selfReports', { keyPath: ['id', 'version'] });
  reports.createIndex('by-seq', 'seq', { unique: true });
  reports.createIndex('by-latest', 'latest', { unique: true });
  const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
  drafts.createIndex('by-updated', 'updatedAt');
  const ledger = db.createObjectStore('ledger', { keyPath: 'id' });
  ledger.createIndex('by-kind', 'kind');
  ledger.createIndex('by-at', 'at');
  const outbox = db.createObjectStore('outbox', { keyPath: 'idempotencyKey' });
  outbox.createIndex('by-next-attempt', 'nextAttemptAt');
  db.createObjectStore('settings');
  const quarantine = db.createObjectStore('quarantine', { keyPath: 'qid', autoIncrement: true });
  quarantine.createIndex('by-store', 'store');
}

async function upgradeToV2(db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const proceedings = db.createObjectStore('proceedings', { keyPath: 'id' });
  proceedings.createIndex('by-report', 'reportId');
  proceedings.createIndex('by-case', 'caseId');
  const reports = tx.objectStore('selfReports');
  reports.createIndex('by-case', 'caseId');
  // Back-fill caseId (hoisted from the sealed report) so the new index covers existing rows.
  // Rows that do not look like reports are left as they are; reading them quarantines them.
  let cursor = await reports.openCursor();
  while (cursor) {
    const row = cursor.value as { caseId?: unknown; record?: { report?: { caseId?: unknown } } } | null;
    const caseId = row?.record?.report?.caseId;
    if (row && typeof row === 'object' && typeof caseId === 'string' && row.caseId !== caseId) {
      await cursor.update({ ...row, caseId });
    }
    cursor = await cursor.continue();
  }
}

/** MIGRATIONS[v] upgrades a database from version v − 1 to v. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: upgradeToV1, 2: upgradeToV2 };

export async function runMigrations(db: UpgradeDb, tx: UpgradeTx, from: number, to: number): Promise<void> {
  for (let version = from + 1; version <= to; version++) {
    const migration = MIGRATIONS[version];
    if (!migration) throw new Error(`no migration to IndexedDB schema version ${version}`);
    await migration(db, tx);
  }
}

export interface OpenOptions {
  /** Called when another tab holds an older version open and blocks the upgrade. */
  onBlocked?: () => void;
}

/**
 * Opens (creating or upgrading) the database. `idbFactory` defaults to the global indexedDB; in
 * node tests pass a fresh `new IDBFactory()` from fake-indexeddb, with `fake-indexeddb/auto`
 * loaded — idb recognises requests by the global IDB classes, so the factory must come from the
 * same implementation as the globals.
 */
export async function openZhifaDb(
  name: string = DB_NAME,
  idbFactory?: IDBFactory,
  options: OpenOptions = {},
): Promise<ZhifaDb> {
  const factory = idbFactory ?? globalThis.indexedDB;
  if (!factory) throw new Error('IndexedDB is not available in this context');
  const request = factory.open(name, DB_VERSION);
  const opened = wrap(request) as Promise<ZhifaDb>;
  let failure: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as UpgradeDb;
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    tx.done.catch(() => undefined); // an aborted upgrade surfaces through the open request instead
    runMigrations(db, tx, event.oldVersion, event.newVersion ?? DB_VERSION).catch((error: unknown) => {
      failure = error;
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
    });
  });
  if (options.onBlocked) request.addEventListener('blocked', () => options.onBlocked!());
  let db: ZhifaDb;
  try {
    db = await opened;
  } catch (error) {
    throw failure ?? error;
  }
  // Let a newer version in another tab upgrade: close this connection when asked.
  db.addEventListener('versionchange', () => db.close());
  return db;
}
