import { verifyChain, type ChainVerification } from '../selfreport/chain';
import type { SealedRecord } from '../selfreport/schema';
import { sortRows } from './row-checks';
import type { ReportRow } from './rows';
import { reportKeyRange } from './transactions';
import type { QuarantinedItem, StoreContext } from './types';

/** Reading sealed reports: listing, versions, the whole chain and its verification. */

/**
 * Sealed reports, newest first, by a cursor over an index: the latest version of each report
 * (by-latest), or every version (by-seq) with allVersions. total counts the index.
 *
 * Paging: `offset` skips with cursor.advance, which costs O(offset) in some engines; for deep or
 * infinite scrolling pass `before` = the previous page's `next` instead (keyset paging, O(limit)).
 */
export async function listReports(
  ctx: StoreContext,
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
  const tx = ctx.db.transaction('selfReports');
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
    quarantined: await ctx.setAside(corrupt),
  };
}

/** Every sealed version of one report, oldest first. */
export async function getReportVersions(
  ctx: StoreContext,
  id: string,
): Promise<{ versions: SealedRecord[]; quarantined: QuarantinedItem[] }> {
  const tx = ctx.db.transaction('selfReports');
  const rows: { key: IDBValidKey; value: unknown }[] = [];
  let cursor = await tx.store.openCursor(reportKeyRange(id));
  while (cursor) {
    rows.push({ key: cursor.primaryKey, value: cursor.value });
    cursor = await cursor.continue();
  }
  await tx.done;
  const { valid, corrupt } = sortRows<ReportRow>('selfReports', rows);
  return { versions: valid.map((row) => row.record), quarantined: await ctx.setAside(corrupt) };
}

/** Sealed reports of one case (latest version of each), using the v2 by-case index. */
export async function listReportsForCase(
  ctx: StoreContext,
  caseId: string,
): Promise<{ items: SealedRecord[]; quarantined: QuarantinedItem[] }> {
  const tx = ctx.db.transaction('selfReports');
  const rows: { key: IDBValidKey; value: unknown }[] = [];
  let cursor = await tx.store.index('by-case').openCursor(IDBKeyRange.only(caseId));
  while (cursor) {
    if (cursor.value.latest !== undefined) rows.push({ key: cursor.primaryKey, value: cursor.value });
    cursor = await cursor.continue();
  }
  await tx.done;
  const { valid, corrupt } = sortRows<ReportRow>('selfReports', rows);
  return { items: valid.map((row) => row.record), quarantined: await ctx.setAside(corrupt) };
}

/** The whole chain in order (validated rows only). */
export async function chainRecords(
  ctx: StoreContext,
): Promise<{ records: SealedRecord[]; quarantined: QuarantinedItem[] }> {
  const tx = ctx.db.transaction('selfReports');
  const rows: { key: IDBValidKey; value: unknown }[] = [];
  let cursor = await tx.store.index('by-seq').openCursor();
  while (cursor) {
    rows.push({ key: cursor.primaryKey, value: cursor.value });
    cursor = await cursor.continue();
  }
  await tx.done;
  const { valid, corrupt } = sortRows<ReportRow>('selfReports', rows);
  return { records: valid.map((row) => row.record), quarantined: await ctx.setAside(corrupt) };
}

/** Recomputes every hash and link of the store's chain. */
export async function verifyStore(ctx: StoreContext): Promise<ChainVerification & { quarantined: QuarantinedItem[] }> {
  const { records, quarantined } = await chainRecords(ctx);
  return { ...(await verifyChain(records)), quarantined };
}
