import { describeIssues } from '../selfreport/issues';
import { draftSchema, type Draft } from '../selfreport/schema';
import { sortRows } from './row-checks';
import { atomically, storageError } from './transactions';
import type { Failure, QuarantinedItem, StoreContext } from './types';

/**
 * Saves a draft (validated). updatedAt is set now; discoveredAt keeps the first value the draft
 * ever had (stamped now if it had none), so saving again never moves the discovery time.
 */
export async function saveDraft(ctx: StoreContext, draft: Draft): Promise<{ ok: true; draft: Draft } | Failure> {
  const now = ctx.clock().toISOString();
  const candidate = { ...draft, updatedAt: now };
  const parsed = draftSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      error: { zh: '草稿格式不对，未保存', en: 'the draft is malformed and was not saved' },
      issues: describeIssues(parsed.error.issues, candidate),
    };
  }
  try {
    const tx = ctx.db.transaction('drafts', 'readwrite');
    const saved = await atomically(tx, async () => {
      const existing = (await tx.store.get(draft.id)) as { discoveredAt?: unknown } | undefined;
      const kept = typeof existing?.discoveredAt === 'string' ? existing.discoveredAt : undefined;
      const row: Draft = { ...parsed.data, discoveredAt: kept ?? parsed.data.discoveredAt ?? now };
      await tx.store.put(row);
      return row;
    });
    return { ok: true, draft: saved };
  } catch (error) {
    return storageError(error);
  }
}

export async function loadDraft(
  ctx: StoreContext,
  id: string,
): Promise<{ draft?: Draft; quarantined: QuarantinedItem[] }> {
  const value: unknown = await ctx.db.get('drafts', id);
  if (value === undefined) return { quarantined: [] };
  const { valid, corrupt } = sortRows<Draft>('drafts', [{ key: id, value }]);
  return { ...(valid[0] ? { draft: valid[0] } : {}), quarantined: await ctx.setAside(corrupt) };
}

/** Drafts, most recently updated first. */
export async function listDrafts(ctx: StoreContext): Promise<{ drafts: Draft[]; quarantined: QuarantinedItem[] }> {
  const rows: { key: IDBValidKey; value: unknown }[] = [];
  let cursor = await ctx.db.transaction('drafts').store.index('by-updated').openCursor(null, 'prev');
  while (cursor) {
    rows.push({ key: cursor.primaryKey, value: cursor.value });
    cursor = await cursor.continue();
  }
  const { valid, corrupt } = sortRows<Draft>('drafts', rows);
  return { drafts: valid, quarantined: await ctx.setAside(corrupt) };
}

export async function deleteDraft(ctx: StoreContext, id: string): Promise<void> {
  await ctx.db.delete('drafts', id);
}
