import { seal, SealError } from '../selfreport/chain';
import { maskDeep } from '../selfreport/mask';
import type { SealedRecord, SelfReport } from '../selfreport/schema';
import { sortRows } from './row-checks';
import type { ReportRow } from './rows';
import { atomically, Conflict, reportKeyRange, storageError } from './transactions';
import type { QuarantinedItem, SealAndStoreOptions, SealOutcome, StoreContext } from './types';

const MAX_SEAL_ATTEMPTS = 5;

/**
 * Seals a report and appends it to the store's chain, after the latest sealed record. Version 1
 * of a report needs no previousHash; version n must follow version n − 1 and name its hash
 * (use reviseReport()). Optimistic: if another tab seals meanwhile, it re-reads and retries.
 */
export async function sealAndStore(
  ctx: StoreContext,
  report: SelfReport,
  options: SealAndStoreOptions = {},
): Promise<SealOutcome> {
  const input = (options.mask ?? true) ? maskDeep(report) : report;
  const quarantined: QuarantinedItem[] = [];
  for (let attempt = 0; attempt < MAX_SEAL_ATTEMPTS; attempt++) {
    // 1. Read the chain head and this report's versions.
    const rtx = ctx.db.transaction('selfReports');
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
      quarantined.push(...(await ctx.setAside(checked.corrupt)));
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
      record = await seal(input, headRow?.record, { now: ctx.clock() });
    } catch (error) {
      if (error instanceof SealError) return { ok: false, error: error.bilingual, issues: error.issues, quarantined };
      throw error;
    }

    // 3. Append, if the head has not moved.
    try {
      const tx = ctx.db.transaction(['selfReports', 'outbox', 'drafts'], 'readwrite');
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
              nextAttemptAt: ctx.clock().getTime(),
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
