import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeliveryState } from '../../extension/outbox';
import { startReferenceServer, type ReferenceServer } from '../reference-server/server';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/**
 * Delivery of sealed self-reports from the extension's background worker to the agency's reference
 * server, through injected faults and a browser restart. Needs the e2e build (npm run build:e2e),
 * whose outbox uses a 1.5 s timeout and 200 ms–2 s backoff and exposes globalThis.zhifaOutboxE2E.
 */

const REPORTS = 200;
let server: ReferenceServer;
let browser: ExtensionBrowser | undefined;
let profileDir: string;

beforeAll(async () => {
  // 30 % of requests fail: 15 % answer 500, 15 % hang past the client's timeout after storing
  // (the response is lost, so the retry must be recognised by its Idempotency-Key).
  server = await startReferenceServer({
    failureRate: 0.15,
    timeoutRate: 0.15,
    hangMs: 4_000,
    hangAfterStore: true,
    seed: 294,
  });
  profileDir = await mkdtemp(join(tmpdir(), 'zhifa-e2e-outbox-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(profileDir, { recursive: true, force: true });
});

interface E2eHooks {
  seed(count: number, prefix?: string): Promise<number>;
  states(): Promise<DeliveryState[]>;
}

function hooks(worker: Worker) {
  return {
    seed: (count: number) =>
      worker.evaluate((n) => (globalThis as unknown as { zhifaOutboxE2E: E2eHooks }).zhifaOutboxE2E.seed(n), count),
    states: () =>
      worker.evaluate(() => (globalThis as unknown as { zhifaOutboxE2E: E2eHooks }).zhifaOutboxE2E.states()),
  };
}

async function setEndpoint(worker: Worker, endpoint: string): Promise<void> {
  await worker.evaluate(async (url) => {
    type Local = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
    const current = ((await local.get('settings')).settings ?? {}) as object;
    await local.set({ settings: { ...current, endpoint: url } });
  }, endpoint);
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('outbox delivery', () => {
  it('delivers 200 sealed reports exactly once through 30 % failures and a browser restart', async () => {
    const started = Date.now();
    browser = await launchWithExtension({ profileDir });
    await setEndpoint(browser.worker, server.endpoint);
    expect(await hooks(browser.worker).seed(REPORTS)).toBe(REPORTS);
    const sealedAt = Date.now() - started;

    // Restart midway: close the browser once about half the reports have arrived.
    await waitFor(
      async () => server.stats().stored,
      (stored) => stored >= REPORTS / 2,
      30_000,
    );
    const atRestart = server.stats();
    const beforeRestart = (await hooks(browser.worker).states()).filter((s) => s.status === 'delivered').length;
    await browser.close();
    browser = undefined;
    const restartAt = Date.now() - started;

    browser = await launchWithExtension({ profileDir });
    const states = await waitFor(
      () => hooks(browser!.worker).states(),
      (list) => list.length === REPORTS && list.every((s) => s.status === 'delivered'),
      60_000,
    );
    const total = Date.now() - started;
    const stats = server.stats();
    const reports = server.reports();
    const keys = new Set(reports.map((r) => r.key));
    console.log(
      JSON.stringify({
        sealedMs: sealedAt,
        restartAtMs: restartAt,
        storedAtRestart: atRestart.stored,
        markedDeliveredBeforeRestart: beforeRestart,
        totalMs: total,
        server: stats,
        attemptsMax: Math.max(...states.map((s) => s.attempts)),
      }),
    );

    expect(states).toHaveLength(REPORTS);
    expect(states.filter((s) => s.status !== 'delivered')).toEqual([]);
    expect(reports).toHaveLength(REPORTS);
    expect(keys.size).toBe(REPORTS);
    expect(new Set(states.map((s) => s.key))).toEqual(keys);
    expect(stats.stored).toBe(REPORTS);
    expect(stats.injected500).toBeGreaterThan(0);
    expect(stats.injectedTimeouts).toBeGreaterThan(0);
    // Every delivered state carries the server's receipt for its own key.
    for (const state of states) expect(state.receipt).toMatchObject({ key: state.key });
  }, 120_000);
});
