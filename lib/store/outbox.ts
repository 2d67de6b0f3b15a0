import type { ValidationIssue } from '../selfreport/issues';
import { rowIssues, sortRows } from './row-checks';
import type { OutboxRow } from './rows';
import { atomically } from './transactions';
import type { Corrupt, OutboxPolicy, QuarantinedItem, StoreContext } from './types';

/** The outbox: sealed versions queued for delivery, claimed, retried with backoff, or given up. */

export const DEFAULT_POLICY: OutboxPolicy = { baseDelayMs: 60_000, maxDelayMs: 6 * 3_600_000, maxAttempts: 10 };

/** Queues a sealed version for delivery; idempotent on `${id}:${version}`. */
export async function enqueue(ctx: StoreContext, reportId: string, version: number): Promise<OutboxRow> {
  const key = `${reportId}:${version}`;
  const tx = ctx.db.transaction('outbox', 'readwrite');
  return atomically(tx, async () => {
    const existing = await tx.store.get(key);
    if (existing && !rowIssues('outbox', key, existing)) return existing;
    const now = ctx.clock();
    const row: OutboxRow = {
      idempotencyKey: key,
      reportId,
      version,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: now.getTime(),
      createdAt: now.toISOString(),
    };
    await tx.store.put(row);
    return row;
  });
}

/** The pending entry due soonest, if it is due by `now`. */
export async function nextDue(
  ctx: StoreContext,
  now: Date,
): Promise<{ entry?: OutboxRow; quarantined: QuarantinedItem[] }> {
  const tx = ctx.db.transaction('outbox');
  const corrupt: Corrupt[] = [];
  let entry: OutboxRow | undefined;
  let cursor = await tx.store.index('by-next-attempt').openCursor(IDBKeyRange.upperBound(now.getTime()));
  while (cursor) {
    const issues = rowIssues('outbox', cursor.primaryKey, cursor.value);
    if (!issues && cursor.value.state === 'pending') {
      entry = cursor.value;
      break;
    }
    if (issues) corrupt.push({ store: 'outbox', key: cursor.primaryKey, issues });
    cursor = await cursor.continue();
  }
  await tx.done;
  return { ...(entry ? { entry } : {}), quarantined: await ctx.setAside(corrupt) };
}

/**
 * Claims the pending entry due soonest (due by `now`) for one delivery attempt, in one
 * transaction, so two senders never take the same entry: it gets `sendingUntil` = now + leaseMs
 * and is not due again before then. Report the outcome with markDelivered / markFailed / markDead;
 * if the sender dies first, the entry falls due again when the lease runs out.
 */
export async function claimDue(
  ctx: StoreContext,
  leaseMs: number,
  now: Date,
): Promise<{ entry?: OutboxRow; quarantined: QuarantinedItem[] }> {
  const tx = ctx.db.transaction('outbox', 'readwrite');
  const corrupt: Corrupt[] = [];
  const entry = await atomically(tx, async () => {
    let cursor = await tx.store.index('by-next-attempt').openCursor(IDBKeyRange.upperBound(now.getTime()));
    while (cursor) {
      const issues = rowIssues('outbox', cursor.primaryKey, cursor.value);
      if (!issues && cursor.value.state === 'pending') {
        const until = now.getTime() + leaseMs;
        const claimed: OutboxRow = { ...cursor.value, nextAttemptAt: until, sendingUntil: until };
        await cursor.update(claimed);
        return claimed;
      }
      if (issues) corrupt.push({ store: 'outbox', key: cursor.primaryKey, issues });
      cursor = await cursor.continue();
    }
    return undefined;
  });
  return { ...(entry ? { entry } : {}), quarantined: await ctx.setAside(corrupt) };
}

/** When the next pending entry falls due (epoch ms), if any is pending. */
export async function nextAttemptTime(ctx: StoreContext): Promise<number | undefined> {
  const tx = ctx.db.transaction('outbox');
  let cursor = await tx.store.index('by-next-attempt').openCursor();
  let at: number | undefined;
  while (cursor) {
    if (cursor.value?.state === 'pending' && typeof cursor.value.nextAttemptAt === 'number') {
      at = cursor.value.nextAttemptAt;
      break;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return at;
}

/** One outbox entry by its key (`${id}:${version}`); undefined if absent or corrupt. */
export async function getOutboxEntry(ctx: StoreContext, key: string): Promise<OutboxRow | undefined> {
  const value: unknown = await ctx.db.get('outbox', key);
  if (value === undefined) return undefined;
  const { valid, corrupt } = sortRows<OutboxRow>('outbox', [{ key, value }]);
  await ctx.setAside(corrupt);
  return valid[0];
}

/** Records a delivery; `receipt` is what the server answered (kept as serverReceipt). */
export async function markDelivered(
  ctx: StoreContext,
  key: string,
  options: { receipt?: unknown } = {},
): Promise<OutboxRow | undefined> {
  return updateOutbox(ctx, key, (row, now) => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { nextAttemptAt, sendingUntil, ...rest } = row;
    return {
      ...rest,
      state: 'delivered',
      lastAttemptAt: now.toISOString(),
      deliveredAt: now.toISOString(),
      ...(options.receipt !== undefined ? { serverReceipt: options.receipt } : {}),
    };
  });
}

/** Gives up on an entry at once (e.g. the server refused it for good with a 4xx): state 'dead'. */
export async function markDead(ctx: StoreContext, key: string, error: string): Promise<OutboxRow | undefined> {
  return updateOutbox(ctx, key, (row, now) => {
    if (row.state === 'delivered') return row;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { nextAttemptAt, sendingUntil, ...rest } = row;
    return {
      ...rest,
      state: 'dead',
      attempts: row.attempts + 1,
      lastAttemptAt: now.toISOString(),
      lastError: error,
    };
  });
}

/** Records a failed attempt: retry after an exponential backoff, or give up after maxAttempts. */
export async function markFailed(
  ctx: StoreContext,
  key: string,
  error: string,
  backoff: (attempts: number) => number,
): Promise<OutboxRow | undefined> {
  return updateOutbox(ctx, key, (row, now) => {
    if (row.state === 'delivered') return row;
    const attempts = row.attempts + 1;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { nextAttemptAt, sendingUntil, ...rest } = row;
    const base = { ...rest, attempts, lastAttemptAt: now.toISOString(), lastError: error };
    if (attempts >= ctx.policy.maxAttempts) return { ...base, state: 'dead' as const };
    return { ...base, state: 'pending' as const, nextAttemptAt: now.getTime() + backoff(attempts) };
  });
}

/** Delay before the next attempt after `attempts` failures: base × 2^(attempts−1), capped. */
export function backoffDelay(policy: OutboxPolicy, attempts: number): number {
  return Math.min(policy.baseDelayMs * 2 ** Math.max(0, attempts - 1), policy.maxDelayMs);
}

async function updateOutbox(
  ctx: StoreContext,
  key: string,
  change: (row: OutboxRow, now: Date) => OutboxRow,
): Promise<OutboxRow | undefined> {
  const tx = ctx.db.transaction('outbox', 'readwrite');
  type Outcome = { corrupt: ValidationIssue[]; next?: undefined } | { next: OutboxRow; corrupt?: undefined };
  const result = await atomically(tx, async (): Promise<Outcome | undefined> => {
    const row = await tx.store.get(key);
    if (!row) return undefined;
    const issues = rowIssues('outbox', key, row);
    if (issues) return { corrupt: issues };
    const next = change(row, ctx.clock());
    await tx.store.put(next);
    return { next };
  });
  if (result?.corrupt) {
    await ctx.setAside([{ store: 'outbox', key, issues: result.corrupt }]);
    return undefined;
  }
  return result?.next;
}

export async function listOutbox(ctx: StoreContext): Promise<{ entries: OutboxRow[]; quarantined: QuarantinedItem[] }> {
  const tx = ctx.db.transaction('outbox');
  const rows: { key: IDBValidKey; value: unknown }[] = [];
  let cursor = await tx.store.openCursor();
  while (cursor) {
    rows.push({ key: cursor.primaryKey, value: cursor.value });
    cursor = await cursor.continue();
  }
  await tx.done;
  const { valid, corrupt } = sortRows<OutboxRow>('outbox', rows);
  return { entries: valid, quarantined: await ctx.setAside(corrupt) };
}
