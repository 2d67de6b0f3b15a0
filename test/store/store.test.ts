import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBundle, reviseReport, verifyChain } from '../../lib/selfreport/chain';
import { createDraft } from '../../lib/selfreport/draft';
import type { SealedRecord } from '../../lib/selfreport/schema';
import { DB_VERSION } from '../../lib/store/db';
import { ZhifaStore } from '../../lib/store/store';
import { makeReport, testUuid } from './fixtures';

/** A clock that moves one minute per call, from 2025-07-08 09:00 Beijing time. */
function steppingClock(start = Date.parse('2025-07-08T01:00:00.000Z')): () => Date {
  let t = start;
  return () => {
    const now = new Date(t);
    t += 60_000;
    return now;
  };
}

let store: ZhifaStore;
let factory: IDBFactory;

beforeEach(async () => {
  factory = new IDBFactory();
  store = await ZhifaStore.open('zhifa-guard', factory, { clock: steppingClock() });
});
afterEach(() => {
  store.close();
});

function raw(s: ZhifaStore): IDBPDatabase<unknown> {
  return s.db as unknown as IDBPDatabase<unknown>;
}

async function sealMany(n: number): Promise<SealedRecord[]> {
  const out: SealedRecord[] = [];
  for (let i = 0; i < n; i++) {
    const result = await store.sealAndStore(makeReport({ caseId: `案件${i}` }));
    if (!result.ok) throw new Error(result.error.en);
    out.push(result.record);
  }
  return out;
}

describe('opening', () => {
  it('creates every store at the current version', async () => {
    expect(store.db.version).toBe(DB_VERSION);
    expect([...store.db.objectStoreNames].sort()).toEqual([
      'drafts',
      'ledger',
      'outbox',
      'proceedings',
      'quarantine',
      'selfReports',
      'settings',
    ]);
  });
});

describe('drafts', () => {
  it('saves, loads, lists newest first and deletes', async () => {
    const a = createDraft({ caseId: 'A' }, { now: new Date('2025-07-01T00:00:00Z') });
    const b = createDraft({ caseId: 'B' }, { now: new Date('2025-07-02T00:00:00Z') });
    expect((await store.saveDraft(a)).ok).toBe(true);
    expect((await store.saveDraft(b)).ok).toBe(true);
    expect((await store.loadDraft(a.id)).draft?.caseId).toBe('A');
    expect((await store.listDrafts()).drafts.map((d) => d.caseId)).toEqual(['B', 'A']);
    await store.saveDraft({ ...a, description: '更新' });
    expect((await store.listDrafts()).drafts.map((d) => d.caseId)).toEqual(['A', 'B']);
    await store.deleteDraft(a.id);
    expect((await store.loadDraft(a.id)).draft).toBeUndefined();
  });

  it('keeps the first discoveredAt however often the draft is saved', async () => {
    const draft = createDraft({ caseId: 'A' }, { now: new Date('2025-07-01T00:00:00Z') });
    await store.saveDraft(draft);
    const saved = await store.saveDraft({ ...draft, discoveredAt: '2025-09-09T00:00:00.000Z' });
    expect(saved.ok && saved.draft.discoveredAt).toBe('2025-07-01T00:00:00.000Z');
    // A draft saved without one is stamped on first save.
    const bare = await store.saveDraft({ id: testUuid(), updatedAt: '2025-07-01T00:00:00.000Z' });
    expect(bare.ok && bare.draft.discoveredAt).toMatch(/^2025-07-08T01:0\d:00\.000Z$/);
  });

  it('refuses a malformed draft with the paths', async () => {
    const result = await store.saveDraft({ id: 'not-a-uuid', updatedAt: 'x' } as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues?.map((i) => i.path)).toContain('$.id');
  });
});

describe('sealAndStore', () => {
  it('makes the whole store one chain, across reports', async () => {
    const records = await sealMany(3);
    expect(records[0]!.previousHash).toBe('0'.repeat(64));
    expect(records[1]!.previousHash).toBe(records[0]!.hash);
    expect(records[2]!.previousHash).toBe(records[1]!.hash);
    expect(await store.verifyStore()).toMatchObject({ ok: true, records: 3 });
  });

  it('masks personal numbers before sealing, unless told not to', async () => {
    const report = makeReport({ caseSnapshot: { 'party.idNumber': '370102199001011234' } });
    const masked = await store.sealAndStore(report);
    expect(masked.ok && masked.record.report.caseSnapshot['party.idNumber']).toBe('370102********1234');
    const other = makeReport({ caseSnapshot: { 'party.idNumber': '370102199001011234' } });
    const full = await store.sealAndStore(other, { mask: false });
    expect(full.ok && full.record.report.caseSnapshot['party.idNumber']).toBe('370102199001011234');
  });

  it('never rewrites a sealed version: a change is the next version, linked', async () => {
    const first = await store.sealAndStore(makeReport());
    if (!first.ok) throw new Error('seal failed');
    const again = await store.sealAndStore(first.record.report);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.zh).toContain('已封存到第 1 版');
    const skip = await store.sealAndStore({ ...reviseReport(first.record), version: 3 });
    expect(skip.ok).toBe(false);
    const wrongLink = await store.sealAndStore({ ...reviseReport(first.record), previousHash: 'a'.repeat(64) });
    expect(wrongLink.ok).toBe(false);
    const second = await store.sealAndStore(reviseReport(first.record, { description: '补充说明' }));
    expect(second.ok).toBe(true);
    const { versions } = await store.getReportVersions(first.record.report.id);
    expect(versions.map((v) => v.report.version)).toEqual([1, 2]);
    expect(versions[0]).toEqual(first.record);
    expect(versions[1]!.report.previousHash).toBe(first.record.hash);
  });

  it('refuses a new report that is not version 1, and an incomplete one', async () => {
    const result = await store.sealAndStore(makeReport({ version: 2, previousHash: 'a'.repeat(64) }));
    expect(result.ok).toBe(false);
    const incomplete = await store.sealAndStore({ ...makeReport(), description: '' });
    expect(incomplete.ok).toBe(false);
    if (!incomplete.ok) expect(incomplete.issues?.map((i) => i.path)).toContain('$.description');
  });

  it('deletes the draft and queues the sealed version for delivery in the same step', async () => {
    const report = makeReport();
    await store.saveDraft({ id: report.id, updatedAt: '2025-07-08T00:00:00.000Z', caseId: report.caseId });
    const result = await store.sealAndStore(report);
    expect(result.ok).toBe(true);
    expect((await store.loadDraft(report.id)).draft).toBeUndefined();
    const { entries } = await store.listOutbox();
    expect(entries).toEqual([
      expect.objectContaining({ idempotencyKey: `${report.id}:1`, state: 'pending', attempts: 0 }),
    ]);
  });

  it('chains correctly when two windows seal at once', async () => {
    const second = await ZhifaStore.open('zhifa-guard', factory, {
      clock: steppingClock(Date.parse('2025-08-01T00:00:00Z')),
    });
    const results = await Promise.all([
      store.sealAndStore(makeReport()),
      second.sealAndStore(makeReport()),
      store.sealAndStore(makeReport()),
      second.sealAndStore(makeReport()),
    ]);
    second.close();
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await store.verifyStore()).toMatchObject({ ok: true, records: 4 });
  });
});

describe('listReports and getReportVersions', () => {
  it('lists the latest version of each report, newest first, with paging', async () => {
    const records = await sealMany(5);
    const revised = await store.sealAndStore(reviseReport(records[1]!));
    expect(revised.ok).toBe(true);
    const page = await store.listReports({ limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((r) => [r.report.caseId, r.report.version])).toEqual([
      ['案件1', 2],
      ['案件4', 1],
    ]);
    const next = await store.listReports({ limit: 2, offset: 2 });
    expect(next.items.map((r) => r.report.caseId)).toEqual(['案件3', '案件2']);
    const last = await store.listReports({ limit: 10, offset: 4 });
    expect(last.items.map((r) => r.report.caseId)).toEqual(['案件0']);
    expect((await store.listReports({ offset: 99 })).items).toEqual([]);
    // Keyset paging gives the same pages.
    expect(page.next).toBeDefined();
    const keyset = await store.listReports({ limit: 2, before: page.next });
    expect(keyset.items).toEqual(next.items);
    const end = await store.listReports({ limit: 2, before: keyset.next });
    expect(end.items.map((r) => r.report.caseId)).toEqual(['案件0']);
    expect(end.next).toBeUndefined();
    expect((await store.listReports({ limit: 0 })).items).toEqual([]);
    const all = await store.listReports({ allVersions: true, limit: 100 });
    expect(all.total).toBe(6);
    expect(all.items).toHaveLength(6);
  });

  it('finds the reports of a case through the v2 index', async () => {
    await sealMany(3);
    const { items } = await store.listReportsForCase('案件2');
    expect(items.map((r) => r.report.caseId)).toEqual(['案件2']);
  });
});

describe('quarantine: corrupt rows are set aside, never thrown', () => {
  it('moves a corrupt sealed row out of the list and reports it', async () => {
    const records = await sealMany(3);
    const row = (await raw(store).get('selfReports', [records[1]!.report.id, 1])) as { record: SealedRecord };
    (row.record.report as Record<string, unknown>).art7Item = 'three';
    await raw(store).put('selfReports', row);

    const page = await store.listReports();
    expect(page.items.map((r) => r.report.caseId)).toEqual(['案件2', '案件0']);
    expect(page.quarantined).toEqual([
      expect.objectContaining({ store: 'selfReports', key: [records[1]!.report.id, 1], moved: true }),
    ]);
    expect(page.quarantined[0]!.issues.map((i) => i.path)).toContain('$.record.report.art7Item');
    const q = await store.listQuarantine();
    expect(q).toHaveLength(1);
    expect(q[0]!.value).toEqual(row);
    expect((await store.listReports()).quarantined).toEqual([]);
    // The chain now has a gap, and says so.
    expect((await store.verifyStore()).firstBroken).toMatchObject({ index: 1, reason: 'link-broken' });
  });

  it('pauses sealing when the chain head is corrupt', async () => {
    const [record] = await sealMany(1);
    await raw(store).put('selfReports', { id: record!.report.id, version: 1, seq: 1, latest: 1, record: 'garbage' });
    const result = await store.sealAndStore(makeReport());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.zh).toContain('已损坏并已隔离');
      expect(result.quarantined).toHaveLength(1);
    }
  });

  it('handles corrupt drafts, ledger and outbox rows the same way', async () => {
    await raw(store).put('drafts', { id: 'broken', updatedAt: 5 });
    await raw(store).put('ledger', { id: 'broken', kind: 'fault' });
    await raw(store).put('outbox', { idempotencyKey: 'x:1', state: 'pending', nextAttemptAt: 0 });
    expect((await store.loadDraft('broken')).quarantined).toHaveLength(1);
    expect((await store.listLedger()).quarantined).toHaveLength(1);
    const due = await store.nextDue(new Date('2030-01-01T00:00:00Z'));
    expect(due.entry).toBeUndefined();
    expect(due.quarantined).toHaveLength(1);
    expect((await store.listQuarantine()).map((q) => q.store).sort()).toEqual(['drafts', 'ledger', 'outbox']);
  });
});

describe('exportBundle and importBundle', () => {
  it('exports the chain as a verifiable bundle and imports it into an empty store', async () => {
    await sealMany(3);
    const exported = await store.exportBundle();
    expect(exported.records).toBe(3);
    expect(exported.chain.ok).toBe(true);
    expect(exported.changedByMasking).toBe(0);

    const target = await ZhifaStore.open('other', factory, { clock: steppingClock() });
    const result = await target.importBundle(exported.json);
    expect(result).toEqual({ ok: true, added: 3, alreadyPresent: 0 });
    const { items } = await target.listReports({ allVersions: true });
    const { items: original } = await store.listReports({ allVersions: true });
    expect(items).toEqual(original);
    expect(await target.verifyStore()).toMatchObject({ ok: true, records: 3 });
    // Importing again adds nothing; sealing continues the imported chain.
    expect(await target.importBundle(exported.json)).toEqual({ ok: true, added: 0, alreadyPresent: 3 });
    const next = await target.sealAndStore(makeReport());
    expect(next.ok && next.record.previousHash).toBe(original[0]!.hash);
    target.close();
  });

  it('appends only the new records of a bundle that extends the chain here', async () => {
    const records = await sealMany(2);
    const partial = makeBundle(records.slice(0, 1));
    const target = await ZhifaStore.open('other', factory);
    expect(await target.importBundle(partial)).toMatchObject({ ok: true, added: 1 });
    const revised = await store.sealAndStore(reviseReport(records[0]!));
    expect(revised.ok).toBe(true);
    const full = await store.exportBundle();
    expect(await target.importBundle(full.json)).toEqual({ ok: true, added: 2, alreadyPresent: 1 });
    const listed = await target.listReports();
    expect(listed.items.map((r) => [r.report.id, r.report.version])).toEqual([
      [records[0]!.report.id, 2],
      [records[1]!.report.id, 1],
    ]);
    target.close();
  });

  it('refuses a changed bundle before writing anything, naming the record', async () => {
    await sealMany(3);
    const bundle = JSON.parse((await store.exportBundle()).json);
    bundle.records[2].report.description = '改过';
    const target = await ZhifaStore.open('other', factory);
    const result = await target.importBundle(JSON.stringify(bundle));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.zh).toContain('第 3 条记录');
      expect(result.error.zh).toContain('未导入任何记录');
      expect(result.error.en).toContain('Nothing was imported');
    }
    expect((await target.listReports({ allVersions: true })).total).toBe(0);
    target.close();
  });

  it('refuses files that are not bundles, with a bilingual message', async () => {
    for (const input of [
      '{not json',
      '{"format":"other"}',
      JSON.stringify({ format: 'zhifa-guard-selfreport-bundle', formatVersion: 1 }),
    ]) {
      const result = await store.importBundle(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.zh).toMatch(/^无法导入/);
        expect(result.error.en).toMatch(/^cannot import/);
      }
    }
  });

  it('refuses a bundle from a different chain (a fork) and keeps what is here', async () => {
    await sealMany(2);
    const other = await ZhifaStore.open('other', factory);
    await other.sealAndStore(makeReport());
    const foreign = await other.exportBundle();
    const result = await store.importBundle(foreign.json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.zh).toContain('分叉');
    expect((await store.verifyStore()).records).toBe(2);
    other.close();
  });

  it('is all or nothing: a write failing midway leaves the store untouched', async () => {
    const records = await sealMany(4);
    const target = await ZhifaStore.open('other', factory);
    // The IDBObjectStore class installed by fake-indexeddb/auto (a real browser's in the e2e run).
    const proto = IDBObjectStore.prototype as unknown as { add: (...args: unknown[]) => unknown };
    const original = proto.add;
    let calls = 0;
    const spy = vi.spyOn(proto, 'add').mockImplementation(function (this: unknown, ...args: unknown[]) {
      calls++;
      if (calls === 3) throw new DOMException('disk full (simulated)', 'QuotaExceededError');
      return original.apply(this, args);
    });
    try {
      const result = await target.importBundle(makeBundle(records));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.zh).toContain('未导入任何记录');
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(3);
    expect((await target.listReports({ allVersions: true })).total).toBe(0);
    expect(await target.importBundle(makeBundle(records))).toMatchObject({ ok: true, added: 4 });
    target.close();
  });

  it('masked export of records sealed unmasked warns that their hashes will not verify', async () => {
    await store.sealAndStore(makeReport({ caseSnapshot: { phone: '13812345678' } }), { mask: false });
    const masked = await store.exportBundle();
    expect(masked.changedByMasking).toBe(1);
    expect(masked.warning?.zh).toContain('无法核验');
    const full = await store.exportBundle({ mask: false });
    expect(full.changedByMasking).toBe(0);
    expect((await verifyChain(JSON.parse(full.json).records)).ok).toBe(true);
  });
});

describe('ledger', () => {
  it('adds and lists entries by date, and refuses malformed ones', async () => {
    expect((await store.addLedgerEntry({ kind: 'fault', at: '2025-05-01', art7Item: 3 })).ok).toBe(true);
    expect(
      (await store.addLedgerEntry({ kind: 'correction-notice', noticeAt: '2025-04-01', dueAt: '2025-05-01' })).ok,
    ).toBe(true);
    const bad = await store.addLedgerEntry({ kind: 'fault', at: '五月', art7Item: 3 });
    expect(bad.ok).toBe(false);
    const { entries } = await store.listLedger();
    expect(entries.map((e) => e.kind)).toEqual(['correction-notice', 'fault']);
  });
});

describe('outbox', () => {
  it('is idempotent on id:version', async () => {
    const id = testUuid();
    const a = await store.enqueue(id, 1);
    const b = await store.enqueue(id, 1);
    expect(b).toEqual(a);
    expect((await store.listOutbox()).entries).toHaveLength(1);
  });

  it('hands out the next due entry, backs off after failures and stops after maxAttempts', async () => {
    const clock = steppingClock(Date.parse('2025-07-08T00:00:00Z'));
    let now = new Date('2025-07-08T00:00:00Z');
    const s = new ZhifaStore(store.db, {
      clock: () => now,
      outbox: { baseDelayMs: 1000, maxDelayMs: 5000, maxAttempts: 4 },
    });
    void clock;
    const id = testUuid();
    await s.enqueue(id, 1);
    const key = `${id}:1`;
    expect((await s.nextDue(now)).entry?.idempotencyKey).toBe(key);

    const failed = await s.markFailed(key, 'network down');
    expect(failed).toMatchObject({ attempts: 1, state: 'pending', lastError: 'network down' });
    expect(failed!.nextAttemptAt).toBe(now.getTime() + 1000);
    expect((await s.nextDue(now)).entry).toBeUndefined();
    expect((await s.nextDue(new Date(now.getTime() + 1000))).entry?.idempotencyKey).toBe(key);

    expect((await s.markFailed(key, 'e'))!.nextAttemptAt).toBe(now.getTime() + 2000);
    expect((await s.markFailed(key, 'e'))!.nextAttemptAt).toBe(now.getTime() + 4000);
    const dead = await s.markFailed(key, 'e');
    expect(dead).toMatchObject({ attempts: 4, state: 'dead' });
    expect(dead!.nextAttemptAt).toBeUndefined();
    expect((await s.nextDue(new Date('2030-01-01T00:00:00Z'))).entry).toBeUndefined();
    expect(s.backoff(10)).toBe(5000);

    now = new Date('2025-07-09T00:00:00Z');
    const other = testUuid();
    await s.enqueue(other, 1);
    const delivered = await s.markDelivered(`${other}:1`);
    expect(delivered).toMatchObject({ state: 'delivered', deliveredAt: '2025-07-09T00:00:00.000Z' });
    expect(delivered!.nextAttemptAt).toBeUndefined();
    expect((await s.markFailed(`${other}:1`, 'late'))!.state).toBe('delivered');
    expect(await s.markDelivered('missing:1')).toBeUndefined();
  });
});

describe('proceedings (schema v2) and settings', () => {
  it('records steps with their deadlines', async () => {
    const reportId = testUuid();
    const added = await store.addProceedingStep({ kind: 'transfer', at: '2025-09-01', reportId });
    expect(added.ok && added.deadline.due).toBe('2025-10-09');
    await store.addProceedingStep({ kind: 'decision-received', at: '2025-10-20', reportId });
    await store.addProceedingStep({ kind: 'filing', at: '2025-03-03' });
    const bad = await store.addProceedingStep({ kind: 'extension', at: '2025-03-20' });
    expect(bad.ok).toBe(false);
    const mine = await store.listProceedings({ reportId, today: '2025-10-01' });
    expect(mine.steps.map((s) => [s.step.kind, s.deadline.due, s.deadline.daysLeft])).toEqual([
      ['transfer', '2025-10-09', 8],
      ['decision-received', '2025-11-04', 34],
    ]);
    expect((await store.listProceedings()).steps).toHaveLength(3);
  });

  it('stores settings', async () => {
    await store.putSetting('timelyDays', 20);
    expect(await store.getSetting('timelyDays')).toBe(20);
    expect(await store.getSetting('missing')).toBeUndefined();
  });
});
