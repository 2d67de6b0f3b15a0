import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { makeBundle, seal } from '../../lib/selfreport/chain';
import type { SealedRecord } from '../../lib/selfreport/schema';
import { ZhifaStore } from '../../lib/store/store';
import { makeReport } from '../../test/store/fixtures';
import type { MeasurementDef } from '../lib/types';

const SEAL_WARMUP = 50;
const SEAL_RUNS = 500;
const STORE_SIZE = 10_000;
const PAGE = 50;
const LIST_RUNS = 5;

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** Self-reports: sealing (validation, canonical JSON, SHA-256) and the dashboard's first page. */
export const selfreportMeasurements: MeasurementDef[] = [
  {
    name: 'selfreport.seal_ms',
    description: `seal() one report after the previous one (validate + canonical JSON + SHA-256), mean of ${SEAL_RUNS}`,
    async run() {
      const reports = Array.from({ length: SEAL_WARMUP + SEAL_RUNS }, (_, i) => makeReport({ caseId: `案件${i}` }));
      let previous: SealedRecord | undefined;
      for (let i = 0; i < SEAL_WARMUP; i++) previous = await seal(reports[i]!, previous);
      const start = performance.now();
      for (let i = SEAL_WARMUP; i < reports.length; i++) previous = await seal(reports[i]!, previous);
      const mean = (performance.now() - start) / SEAL_RUNS;
      return { name: this.name, value: round(mean), unit: 'ms', target: '<= 20' };
    },
  },
  {
    name: 'selfreport.list_10k_ms',
    description: `open a fake-indexeddb store holding ${STORE_SIZE} sealed reports and list the first page (${PAGE}), mean of ${LIST_RUNS}`,
    async run() {
      const factory = new IDBFactory();
      const records: SealedRecord[] = [];
      let previous: SealedRecord | undefined;
      for (let i = 0; i < STORE_SIZE; i++) {
        previous = await seal(makeReport({ caseId: `案件${i}` }), previous, {
          now: new Date(Date.UTC(2025, 0, 1, 0, i)),
        });
        records.push(previous);
      }
      const filling = await ZhifaStore.open('bench-list', factory);
      const imported = await filling.importBundle(makeBundle(records));
      filling.close();
      if (!imported.ok) throw new Error(imported.error.en);
      let total = 0;
      for (let run = 0; run < LIST_RUNS; run++) {
        const start = performance.now();
        const store = await ZhifaStore.open('bench-list', factory);
        const page = await store.listReports({ limit: PAGE });
        total += performance.now() - start;
        store.close();
        if (page.items.length !== PAGE || page.total !== STORE_SIZE) throw new Error('unexpected page');
      }
      return { name: this.name, value: round(total / LIST_RUNS), unit: 'ms', target: '<= 200' };
    },
  },
];
