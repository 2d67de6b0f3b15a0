import { wrap, type IDBPDatabase } from 'idb';
import type { SealedRecord } from '../../lib/selfreport/schema';

/**
 * FROZEN COPY of the IndexedDB schema version 1 as lib/store/db.ts shipped it, with the row shape
 * v1 code wrote. Do not edit: it stands for databases already in officers' browsers, so the
 * migration test can prove the current code opens them without losing data.
 */

export function upgradeV1Frozen(db: IDBPDatabase<unknown>): void {
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

/** Opens (creating) a database at version 1 with the frozen upgrade. */
export async function openV1(name: string, factory: IDBFactory): Promise<IDBPDatabase<unknown>> {
  const request = factory.open(name, 1);
  const opened = wrap(request) as Promise<IDBPDatabase<unknown>>;
  request.addEventListener('upgradeneeded', () => upgradeV1Frozen(wrap(request.result) as IDBPDatabase<unknown>));
  return opened;
}

/** A v1 selfReports row: no caseId (v2 added it). */
export function v1Row(record: SealedRecord, seq: number, latest: boolean): Record<string, unknown> {
  return {
    id: record.report.id,
    version: record.report.version,
    seq,
    ...(latest ? { latest: seq } : {}),
    record,
  };
}
