import { randomUuid } from '../selfreport/canonical';
import { describeIssues } from '../selfreport/issues';
import { ledgerEntrySchema, type LedgerEntry } from '../selfreport/schema';
import { sortRows } from './row-checks';
import { storageError } from './transactions';
import type { Failure, LedgerInput, QuarantinedItem, StoreContext } from './types';

export async function addLedgerEntry(
  ctx: StoreContext,
  input: LedgerInput,
): Promise<{ ok: true; entry: LedgerEntry } | Failure> {
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
    await ctx.db.put('ledger', parsed.data);
    return { ok: true, entry: parsed.data };
  } catch (error) {
    return storageError(error);
  }
}

/** Ledger entries by date (faults by `at`, notices by `noticeAt`), oldest first. */
export async function listLedger(
  ctx: StoreContext,
): Promise<{ entries: LedgerEntry[]; quarantined: QuarantinedItem[] }> {
  const tx = ctx.db.transaction('ledger');
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
  return { entries: valid, quarantined: await ctx.setAside(corrupt) };
}

export async function deleteLedgerEntry(ctx: StoreContext, id: string): Promise<void> {
  await ctx.db.delete('ledger', id);
}
