import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { assessExemption } from '../../lib/selfreport';
import { ZhifaStore } from '../../lib/store/store';
import { makeReport } from './fixtures';

describe("the officer's ledger", () => {
  it('records the fault of each sealed self-report once, and the next assessment weighs it (Art. 10(2))', async () => {
    const store = await ZhifaStore.open('ledger', new IDBFactory());
    for (const day of ['2025-03-01', '2025-06-01']) {
      const sealed = await store.sealAndStore(makeReport({ discoveredAt: `${day}T02:00:00.000Z` }));
      if (!sealed.ok) throw new Error(sealed.error.en);
      await store.recordFaultOf(sealed.record);
      await store.recordFaultOf(sealed.record); // recording twice changes nothing
    }
    const ledger = await store.ledgerForAssessment();
    expect(ledger.faults).toHaveLength(2);
    const third = makeReport({ discoveredAt: '2025-09-01T02:00:00.000Z' });
    const withHistory = assessExemption(third, ledger, { now: new Date('2025-09-02T00:00:00Z') });
    const withoutHistory = assessExemption(third, undefined, { now: new Date('2025-09-02T00:00:00Z') });
    expect(withHistory.aggravation.length).toBeGreaterThan(withoutHistory.aggravation.length);
    expect(withHistory.aggravation.map((item) => item.id)).toContain('10-2');
  });
});
