import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { reviseReport, seal } from '../../lib/selfreport/chain';
import { createDraft } from '../../lib/selfreport/draft';
import type { SealedRecord } from '../../lib/selfreport/schema';
import { DB_VERSION, MIGRATIONS, openZhifaDb } from '../../lib/store/db';
import { ZhifaStore } from '../../lib/store/store';
import { makeReport, testUuid } from './fixtures';
import { openV1, v1Row } from './frozen-v1';

/** Three sealed records as v1 code would have stored them: A v1, B v1, A v2. */
async function v1Chain(): Promise<SealedRecord[]> {
  const a1 = await seal(makeReport({ caseId: '案件A' }), undefined, { now: new Date('2025-03-01T00:00:00Z') });
  const b1 = await seal(makeReport({ caseId: '案件B' }), a1, { now: new Date('2025-03-02T00:00:00Z') });
  const a2 = await seal(reviseReport(a1, { description: '修订' }), b1, { now: new Date('2025-03-03T00:00:00Z') });
  return [a1, b1, a2];
}

describe('IndexedDB migrations', () => {
  it('has one migration per version up to the current one', () => {
    expect(DB_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([1, 2]);
  });

  it('opens a database written by the v1 code with every record intact, and runs the v2 migration', async () => {
    const factory = new IDBFactory();
    const [a1, b1, a2] = await v1Chain();
    const draft = createDraft({ caseId: '案件C' }, { now: new Date('2025-03-04T00:00:00Z') });
    const faultId = testUuid();

    // 1. The v1 code path: frozen upgrade, v1 row shapes.
    const old = await openV1('zhifa-guard', factory);
    expect(old.version).toBe(1);
    expect([...old.objectStoreNames]).not.toContain('proceedings');
    const tx = old.transaction(['selfReports', 'drafts', 'ledger', 'outbox', 'settings'], 'readwrite');
    await tx.objectStore('selfReports').put(v1Row(a1!, 1, false));
    await tx.objectStore('selfReports').put(v1Row(b1!, 2, true));
    await tx.objectStore('selfReports').put(v1Row(a2!, 3, true));
    await tx.objectStore('drafts').put(draft);
    await tx.objectStore('ledger').put({ id: faultId, kind: 'fault', at: '2025-01-10', art7Item: 3 });
    await tx.objectStore('outbox').put({
      idempotencyKey: `${a2!.report.id}:2`,
      reportId: a2!.report.id,
      version: 2,
      state: 'pending',
      attempts: 1,
      nextAttemptAt: 1,
      createdAt: a2!.sealedAt,
      lastError: 'offline',
    });
    await tx.objectStore('settings').put(21, 'timelyDays');
    await tx.done;
    old.close();

    // 2. The current code opens it: the upgrade from 1 to 2 runs.
    const store = await ZhifaStore.open('zhifa-guard', factory);
    expect(store.db.version).toBe(DB_VERSION);
    expect([...store.db.objectStoreNames]).toContain('proceedings');
    expect([...store.db.transaction('selfReports').store.indexNames]).toContain('by-case');

    // 3. The data is intact.
    expect(await store.verifyStore()).toEqual({ ok: true, records: 3, quarantined: [] });
    const listed = await store.listReports();
    expect(listed.items).toEqual([a2, b1]);
    expect(listed.quarantined).toEqual([]);
    expect((await store.getReportVersions(a1!.report.id)).versions).toEqual([a1, a2]);
    expect((await store.loadDraft(draft.id)).draft).toEqual(draft);
    expect((await store.listLedger()).entries.map((e) => e.id)).toEqual([faultId]);
    expect((await store.nextDue(new Date('2025-03-05T00:00:00Z'))).entry).toMatchObject({
      attempts: 1,
      lastError: 'offline',
    });
    expect(await store.getSetting('timelyDays')).toBe(21);

    // 4. The migration back-filled caseId, so the new index finds old rows.
    expect((await store.listReportsForCase('案件A')).items).toEqual([a2]);
    expect((await store.listReportsForCase('案件B')).items).toEqual([b1]);

    // 5. And the store carries on: sealing links to the migrated chain; the new store works.
    const next = await store.sealAndStore(makeReport());
    expect(next.ok && next.record.previousHash).toBe(a2!.hash);
    expect((await store.addProceedingStep({ kind: 'filing', at: '2025-03-03' })).ok).toBe(true);
    expect(await store.verifyStore()).toMatchObject({ ok: true, records: 4 });
    store.close();
  });

  it('leaves rows it cannot read during the back-fill for the reader to quarantine', async () => {
    const factory = new IDBFactory();
    const old = await openV1('zhifa-guard', factory);
    await old.put('selfReports', { id: 'junk', version: 1, seq: 1, latest: 1, record: null });
    old.close();
    const store = await ZhifaStore.open('zhifa-guard', factory);
    const listed = await store.listReports();
    expect(listed.items).toEqual([]);
    expect(listed.quarantined).toMatchObject([{ store: 'selfReports', key: ['junk', 1], moved: true }]);
    store.close();
  });

  it('opening the current version again runs no migration and changes nothing', async () => {
    const factory = new IDBFactory();
    const first = await ZhifaStore.open('zhifa-guard', factory);
    const sealed = await first.sealAndStore(makeReport());
    first.close();
    const again = await ZhifaStore.open('zhifa-guard', factory);
    expect((await again.listReports()).items).toEqual([sealed.ok && sealed.record]);
    again.close();
  });

  it('a failing migration leaves the old database as it was and reports the error', async () => {
    const factory = new IDBFactory();
    const old = await openV1('zhifa-guard', factory);
    await old.put('settings', 'kept', 'k');
    old.close();
    const migrations = MIGRATIONS as Record<number, unknown>;
    const real = migrations[2];
    migrations[2] = () => {
      throw new Error('migration bug');
    };
    try {
      await expect(openZhifaDb('zhifa-guard', factory)).rejects.toThrow('migration bug');
    } finally {
      migrations[2] = real;
    }
    const reopened = await openV1('zhifa-guard', factory);
    expect(reopened.version).toBe(1);
    expect(await reopened.get('settings', 'k')).toBe('kept');
    reopened.close();
  });

  it('closes its connection when another tab upgrades, so the upgrade is not blocked', async () => {
    const factory = new IDBFactory();
    await openZhifaDb('zhifa-guard', factory);
    const request = factory.open('zhifa-guard', DB_VERSION + 1);
    await new Promise<void>((resolve, reject) => {
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked: the old connection did not close'));
    });
  });
});
