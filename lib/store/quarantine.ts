import type { IDBPDatabase } from 'idb';
import type { ZhifaDb } from './db';
import { issueText, rowIssues } from './row-checks';
import type { QuarantineRow } from './rows';
import { atomically } from './transactions';
import type { Corrupt, QuarantinedItem, StoreContext } from './types';

/** Moves corrupt rows to the quarantine store (re-checking each); never throws. */
export async function setAside(db: ZhifaDb, clock: () => Date, items: readonly Corrupt[]): Promise<QuarantinedItem[]> {
  if (items.length === 0) return [];
  const moved = new Set<Corrupt>();
  try {
    const stores = [...new Set(items.map((item) => item.store))];
    const tx = (db as unknown as IDBPDatabase<unknown>).transaction([...stores, 'quarantine'], 'readwrite');
    const at = clock().toISOString();
    await atomically(tx, async () => {
      for (const item of items) {
        const current: unknown = await tx.objectStore(item.store).get(item.key);
        if (current === undefined || !rowIssues(item.store, item.key, current)) continue;
        const row: QuarantineRow = {
          store: item.store,
          key: item.key,
          value: current,
          issues: item.issues.map(issueText),
          at,
        };
        await tx.objectStore('quarantine').add(row);
        await tx.objectStore(item.store).delete(item.key);
        moved.add(item);
      }
    });
    return items.map((item) => ({ ...item, moved: moved.has(item) }));
  } catch {
    moved.clear();
    return items.map((item) => ({ ...item, moved: false }));
  }
}

export async function listQuarantine(ctx: StoreContext): Promise<QuarantineRow[]> {
  return ctx.db.getAll('quarantine');
}
