import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, seal } from '../../lib/selfreport/chain';
import type { SealedRecord } from '../../lib/selfreport/schema';
import { ZhifaStore } from '../../lib/store/store';
import { makeReport } from './fixtures';

/**
 * Timings in node with fake-indexeddb (an in-memory IndexedDB written in JavaScript; real browsers
 * are typically faster at cursors). Budgets are generous ceilings to catch an accidental full scan,
 * not benchmarks; the measured numbers are printed.
 */

const N = 10_000;
let store: ZhifaStore;
let records: SealedRecord[];
const timings: Record<string, number> = {};

function ms(start: number): number {
  return Math.round((performance.now() - start) * 100) / 100;
}

beforeAll(async () => {
  store = await ZhifaStore.open('perf', new IDBFactory());
  let start = performance.now();
  records = [];
  let previous: SealedRecord | undefined;
  for (let i = 0; i < N; i++) {
    previous = await seal(makeReport({ caseId: `案件${i}` }), previous, { now: new Date(Date.UTC(2025, 0, 1, 0, i)) });
    records.push(previous);
  }
  timings[`seal ${N} in memory (total)`] = ms(start);
  start = performance.now();
  const result = await store.importBundle(makeBundle(records));
  timings[`importBundle ${N} (validate + verify chain + one transaction)`] = ms(start);
  expect(result).toMatchObject({ ok: true, added: N });
}, 300_000);

afterAll(() => {
  store.close();
  console.log(
    'store timings (ms):\n' +
      Object.entries(timings)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n'),
  );
});

describe(`performance with ${N} sealed records`, () => {
  it('seals one report quickly (pure, and through the store)', async () => {
    const report = makeReport();
    let start = performance.now();
    const rounds = 200;
    for (let i = 0; i < rounds; i++) await seal(report, records.at(-1), { now: new Date() });
    timings['seal() one report (mean)'] = ms(start) / rounds;

    const small = await ZhifaStore.open('perf-small', new IDBFactory());
    start = performance.now();
    const storeRounds = 50;
    for (let i = 0; i < storeRounds; i++) {
      const result = await small.sealAndStore(makeReport());
      expect(result.ok).toBe(true);
    }
    timings['sealAndStore() one report, fake-indexeddb (mean)'] = ms(start) / storeRounds;
    small.close();

    start = performance.now();
    const onBig = await store.sealAndStore(makeReport());
    timings[`sealAndStore() one report onto the ${N}-record chain`] = ms(start);
    expect(onBig.ok && onBig.record.previousHash).toBe(records.at(-1)!.hash);
    expect(timings['seal() one report (mean)']).toBeLessThan(20);
    expect(timings[`sealAndStore() one report onto the ${N}-record chain`]).toBeLessThan(500);
  });

  it('lists a page from the front and from the back without scanning everything', async () => {
    let start = performance.now();
    const first = await store.listReports({ limit: 50 });
    timings['listReports({limit: 50}) first page'] = ms(start);
    expect(first.total).toBeGreaterThanOrEqual(N);
    expect(first.items).toHaveLength(50);

    start = performance.now();
    const last = await store.listReports({ limit: 50, offset: first.total - 50 });
    timings['listReports({limit: 50, offset: total-50}) last page'] = ms(start);
    expect(last.items).toHaveLength(50);
    expect(last.items.at(-1)!.report.caseId).toBe('案件0');

    // Keyset paging: walk to the last page by `before`, timing the deepest page.
    let page = first;
    let pages = 1;
    let deepest = 0;
    while (page.next !== undefined) {
      start = performance.now();
      page = await store.listReports({ limit: 50, before: page.next });
      deepest = ms(start);
      pages++;
    }
    timings['listReports({limit: 50, before}) last page by keyset'] = deepest;
    expect(pages).toBe(Math.ceil(first.total / 50));
    expect(page.items.at(-1)!.report.caseId).toBe('案件0');

    start = performance.now();
    const versions = await store.listReports({ limit: 50, offset: 5000, allVersions: true });
    timings['listReports({allVersions, offset: 5000})'] = ms(start);
    expect(versions.items).toHaveLength(50);

    start = performance.now();
    const one = await store.getReportVersions(records[1234]!.report.id);
    timings['getReportVersions(id)'] = ms(start);
    expect(one.versions).toEqual([records[1234]]);

    expect(timings['listReports({limit: 50}) first page']).toBeLessThan(300);
    expect(timings['listReports({limit: 50, offset: total-50}) last page']).toBeLessThan(1000);
    expect(timings['listReports({limit: 50, before}) last page by keyset']).toBeLessThan(300);
  });

  it('exports and verifies the whole chain', async () => {
    const start = performance.now();
    const exported = await store.exportBundle();
    timings[`exportBundle ${N} (read + verify + JSON)`] = ms(start);
    expect(exported.chain.ok).toBe(true);
  }, 120_000);
});
