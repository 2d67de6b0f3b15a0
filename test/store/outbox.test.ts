import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZhifaStore } from '../../lib/store/store';
import { testUuid } from './fixtures';

let now = new Date('2025-07-08T00:00:00Z');
let store: ZhifaStore;

beforeEach(async () => {
  now = new Date('2025-07-08T00:00:00Z');
  store = await ZhifaStore.open('zhifa-guard', new IDBFactory(), {
    clock: () => now,
    outbox: { baseDelayMs: 100, maxDelayMs: 400, maxAttempts: 3 },
  });
});
afterEach(() => store.close());

describe('outbox claims (delivery attempts)', () => {
  it('hands each due entry to one sender only, until its lease runs out', async () => {
    const a = testUuid();
    const b = testUuid();
    await store.enqueue(a, 1);
    now = new Date(now.getTime() + 1);
    await store.enqueue(b, 1);
    const [first, second, third] = await Promise.all([
      store.claimDue(5000),
      store.claimDue(5000),
      store.claimDue(5000),
    ]);
    const keys = [first.entry?.idempotencyKey, second.entry?.idempotencyKey, third.entry?.idempotencyKey];
    expect(keys.filter(Boolean).sort()).toEqual([`${a}:1`, `${b}:1`].sort());
    const claimed = (await store.getOutboxEntry(`${a}:1`))!;
    expect(claimed.state).toBe('pending');
    expect(claimed.sendingUntil).toBe(now.getTime() + 5000);
    expect(await store.nextAttemptTime()).toBe(
      Math.min(claimed.nextAttemptAt!, (await store.getOutboxEntry(`${b}:1`))!.nextAttemptAt!),
    );
    // The sender died: after the lease the entry is due again.
    expect((await store.claimDue(5000, new Date(now.getTime() + 4999))).entry).toBeUndefined();
    expect((await store.claimDue(5000, new Date(now.getTime() + 5001))).entry).toBeDefined();
  });

  it('clears the lease on every outcome and keeps the server receipt', async () => {
    const id = testUuid();
    await store.enqueue(id, 1);
    const key = `${id}:1`;
    await store.claimDue(1000);
    const failed = (await store.markFailed(key, 'HTTP 503'))!;
    expect(failed.sendingUntil).toBeUndefined();
    expect(failed).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: now.getTime() + 100 });
    now = new Date(now.getTime() + 100);
    expect((await store.claimDue(1000)).entry?.idempotencyKey).toBe(key);
    const receipt = { receivedAt: '2025-07-08T00:00:01.000Z', key };
    const delivered = (await store.markDelivered(key, { receipt }))!;
    expect(delivered).toMatchObject({ state: 'delivered', serverReceipt: receipt });
    expect(delivered.sendingUntil).toBeUndefined();
    expect(delivered.nextAttemptAt).toBeUndefined();
    expect(await store.nextAttemptTime()).toBeUndefined();
    expect((await store.markDead(key, 'late'))!.state).toBe('delivered');
  });

  it('gives up at once on a permanent refusal', async () => {
    const id = testUuid();
    await store.enqueue(id, 1);
    const dead = (await store.markDead(`${id}:1`, 'HTTP 422: bad record'))!;
    expect(dead).toMatchObject({ state: 'dead', attempts: 1, lastError: 'HTTP 422: bad record' });
    expect(dead.nextAttemptAt).toBeUndefined();
    expect((await store.claimDue(1000, new Date('2030-01-01T00:00:00Z'))).entry).toBeUndefined();
    expect((await store.listOutbox()).entries).toHaveLength(1);
  });
});
