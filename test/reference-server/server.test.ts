import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverEntry, deliveryStateOf, drainOutbox, readDeliveryStates } from '../../extension/outbox';
import { seal } from '../../lib/selfreport/chain';
import type { SealedRecord } from '../../lib/selfreport/schema';
import { ZhifaStore } from '../../lib/store/store';
import { makeReport } from '../store/fixtures';
import { mulberry32, startReferenceServer, type ReferenceServer } from './server';

let server: ReferenceServer | undefined;
const stores: ZhifaStore[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const store of stores.splice(0)) store.close();
});

async function records(n: number): Promise<SealedRecord[]> {
  const out: SealedRecord[] = [];
  let previous: SealedRecord | undefined;
  for (let i = 0; i < n; i++) {
    previous = await seal(makeReport({ caseId: `案件${i}` }), previous, { now: new Date(Date.UTC(2025, 6, 8, 0, i)) });
    out.push(previous);
  }
  return out;
}

function post(url: string, record: SealedRecord, key = `${record.report.id}:${record.report.version}`) {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ idempotencyKey: key, record, sentAt: new Date().toISOString() }),
  });
}

describe('reference receiving server', () => {
  it('stores a record once per Idempotency-Key and answers the original receipt to a duplicate', async () => {
    server = await startReferenceServer();
    const [record] = await records(1);
    const first = await post(server.endpoint, record!);
    expect(first.status).toBe(201);
    const { receipt } = (await first.json()) as { receipt: { receivedAt: string; key: string } };
    expect(receipt.key).toBe(`${record!.report.id}:1`);
    const again = await post(server.endpoint, record!);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ receipt, duplicate: true });
    const listed = (await (await fetch(`${server.url}/reports`)).json()) as { count: number };
    expect(listed.count).toBe(1);
    expect(server.stats()).toMatchObject({ posts: 2, stored: 1, duplicates: 1 });
  });

  it('can answer duplicates with 409', async () => {
    server = await startReferenceServer({ duplicateStatus: 409 });
    const [record] = await records(1);
    await post(server.endpoint, record!);
    expect((await post(server.endpoint, record!)).status).toBe(409);
  });

  it('refuses malformed deliveries with a 4xx and a message', async () => {
    server = await startReferenceServer();
    const [record] = await records(1);
    expect((await post(server.endpoint, record!, 'other:1')).status).toBe(422);
    const tampered = { ...record!, report: { ...record!.report, description: '改过' } };
    const response = await post(server.endpoint, tampered);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ error: 'record.hash does not match its content' });
    const badLink = { ...record!, previousHash: 'xyz' };
    expect((await post(server.endpoint, badLink as SealedRecord)).status).toBe(422);
    const noKey = await fetch(server.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(noKey.status).toBe(400);
    expect(server.stats()).toMatchObject({ stored: 0, rejected: 4 });
  });

  it('injects failures and timeouts reproducibly from a seed', async () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    server = await startReferenceServer({ failureRate: 0.5, timeoutRate: 0.5, hangMs: 100, seed: 1 });
    const [record] = await records(1);
    const outcomes: string[] = [];
    for (let i = 0; i < 8; i++) {
      outcomes.push(
        await post(server.endpoint, record!).then(
          (r) => String(r.status),
          () => 'dropped',
        ),
      );
    }
    const stats = server.stats();
    expect(stats.posts).toBe(8);
    expect(outcomes.filter((o) => o === '500')).toHaveLength(stats.injected500);
    expect(outcomes.filter((o) => o === 'dropped')).toHaveLength(stats.injectedTimeouts);
    expect(stats.injected500).toBeGreaterThan(0);
    expect(stats.injectedTimeouts).toBeGreaterThan(0);
    expect(stats.stored).toBe(0);
  }, 20_000);
});

describe('outbox delivery against the reference server', () => {
  async function storeWith(n: number) {
    const store = await ZhifaStore.open('zhifa-guard', new IDBFactory(), {
      outbox: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 50 },
    });
    stores.push(store);
    for (let i = 0; i < n; i++) {
      const result = await store.sealAndStore(makeReport({ caseId: `案件${i}` }));
      if (!result.ok) throw new Error(result.error.en);
    }
    return store;
  }

  it('delivers every report exactly once through 500s and lost responses', async () => {
    server = await startReferenceServer({
      failureRate: 0.15,
      timeoutRate: 0.15,
      hangMs: 2_000,
      hangAfterStore: true,
      seed: 3,
    });
    const store = await storeWith(30);
    for (let round = 0; round < 100; round++) {
      await drainOutbox(store, server.endpoint, { timeoutMs: 200, concurrency: 4, leaseMs: 500 });
      const pending = [...(await readDeliveryStates(store)).values()].filter((s) => s.status !== 'delivered');
      if (pending.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const states = [...(await readDeliveryStates(store)).values()];
    expect(states.map((s) => s.status)).toEqual(Array(30).fill('delivered'));
    expect(server.reports()).toHaveLength(30);
    expect(new Set(server.reports().map((r) => r.key)).size).toBe(30);
    const stats = server.stats();
    expect(stats.injected500 + stats.injectedTimeouts).toBeGreaterThan(0);
    // A lost response is stored by the server; the retry comes back as a duplicate with the original receipt.
    expect(stats.duplicates).toBe(stats.injectedTimeouts);
    for (const state of states) expect(state.receipt).toMatchObject({ key: state.key });
  }, 30_000);

  it('fails for good on a 4xx, retries a 5xx, treats 409 for our key as delivered', async () => {
    const store = await storeWith(3);
    const { entries } = await store.listOutbox();
    const answer = (status: number, body: unknown) => async () =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    const [a, b, c] = entries;
    expect(await deliverEntry(store, a!, 'https://x/r', { fetch: answer(422, { error: 'bad officer' }) })).toBe(
      'failed',
    );
    expect(await deliverEntry(store, b!, 'https://x/r', { fetch: answer(503, {}) })).toBe('retry');
    expect(
      await deliverEntry(store, c!, 'https://x/r', {
        fetch: answer(409, { receipt: { key: c!.idempotencyKey, receivedAt: 'earlier' } }),
      }),
    ).toBe('delivered');
    const states = await readDeliveryStates(store);
    expect(states.get(a!.idempotencyKey)).toMatchObject({ status: 'failed', lastError: 'HTTP 422: bad officer' });
    expect(states.get(b!.idempotencyKey)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 503' });
    expect(states.get(c!.idempotencyKey)).toMatchObject({ status: 'delivered', receipt: { receivedAt: 'earlier' } });
    const aborting: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
      );
    const bRow = (await store.getOutboxEntry(b!.idempotencyKey))!;
    expect(await deliverEntry(store, bRow, 'https://x/r', { fetch: aborting, timeoutMs: 20 })).toBe('retry');
    expect((await readDeliveryStates(store)).get(b!.idempotencyKey)).toMatchObject({
      attempts: 2,
      lastError: 'timeout',
    });
    expect(deliveryStateOf({ ...bRow, sendingUntil: Date.now() + 1000 }).status).toBe('sending');
  });
});
