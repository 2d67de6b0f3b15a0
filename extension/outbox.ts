import { browser } from 'wxt/browser';
import { completeDraft, createDraft } from '../lib/selfreport/draft';
import type { SealedRecord } from '../lib/selfreport/schema';
import { checkEndpoint, matchPatternFor } from '../lib/settings/schema';
import { DB_NAME, ZhifaStore, type OutboxPolicy, type OutboxRow } from '../lib/store';
import { loadSettings } from './storage';

/**
 * Delivery of sealed self-reports to the agency's receiving server (settings.endpoint), from the
 * background service worker.
 *
 * MV3 service workers are stopped when idle, so nothing is kept in memory between wakes: the queue
 * is the `outbox` store of the extension-origin IndexedDB 'zhifa-guard' (lib/store). The worker
 * drains it when it starts, on the alarm (every 30 s, and at the next due time), and when a page
 * sends the runtime message `{ type: 'outbox-kick' }` after sealing a report.
 *
 * Each due entry is POSTed as JSON `{ idempotencyKey, record, sentAt }` with the headers
 * `Content-Type: application/json` and `Idempotency-Key: <id>:<version>`, within a 10 s timeout:
 *   2xx                → delivered (the server's `receipt`, if any, is kept);
 *   409 with our key   → delivered (the server already has it);
 *   408, 429, 5xx, timeout, network error → retried after a backoff (lib/store policy);
 *   other 4xx          → failed for good, with the server's message.
 * An attempt in flight holds a lease (claimDue); if the worker dies meanwhile, the entry falls due
 * again after the lease and is re-sent with the same Idempotency-Key — the server must de-duplicate
 * (see test/reference-server/server.ts).
 *
 * No endpoint configured, or its host permission not granted: nothing is sent and the entries stay
 * pending. Exporting a file (store.exportBundle) does not depend on any of this.
 */

export interface OutboxConfig {
  /** Per request (default 10 s). */
  timeoutMs: number;
  /** Requests in flight at once (default 2). */
  concurrency: number;
  /** How long a claimed entry is reserved for its attempt (default timeout + 5 s). */
  leaseMs: number;
  /** Due times closer than this are waited for in the worker; later ones by an alarm (default 25 s). */
  wakeInProcessMs: number;
  /** Backoff and give-up policy of the store (lib/store OutboxPolicy). */
  policy: Partial<OutboxPolicy>;
}

declare const __ZHIFA_E2E__: boolean | undefined;
/** True in the end-to-end test build (wxt.config.ts defines it when ZHIFA_E2E_GRANTED_HOSTS is set). */
const E2E = typeof __ZHIFA_E2E__ !== 'undefined' && __ZHIFA_E2E__;

export const DEFAULT_OUTBOX_CONFIG: OutboxConfig = {
  timeoutMs: 10_000,
  concurrency: 2,
  leaseMs: 15_000,
  wakeInProcessMs: 25_000,
  policy: {},
};

/** Short timeouts and backoff so the e2e test runs in seconds. */
const E2E_OUTBOX_CONFIG: OutboxConfig = {
  timeoutMs: 1_500,
  concurrency: 6,
  leaseMs: 2_500,
  wakeInProcessMs: 25_000,
  policy: { baseDelayMs: 200, maxDelayMs: 2_000, maxAttempts: 30 },
};

export const OUTBOX_ALARM = 'zhifa-outbox';
const OUTBOX_NEXT_ALARM = 'zhifa-outbox-next';

// ---------------------------------------------------------------- delivery state for the dashboard

export type DeliveryStatus = 'pending' | 'sending' | 'delivered' | 'failed';

export interface DeliveryState {
  /** `${reportId}:${version}` */
  key: string;
  reportId: string;
  version: number;
  status: DeliveryStatus;
  attempts: number;
  lastError?: string;
  /** ISO time of the next attempt, while pending. */
  nextAttemptAt?: string;
  lastAttemptAt?: string;
  deliveredAt?: string;
  /** What the server answered (e.g. {receivedAt, key}). */
  receipt?: unknown;
}

/** The delivery state of one outbox row ('dead' rows are 'failed': no more attempts). */
export function deliveryStateOf(row: OutboxRow, now: number = Date.now()): DeliveryState {
  const status: DeliveryStatus =
    row.state === 'delivered'
      ? 'delivered'
      : row.state === 'dead'
        ? 'failed'
        : row.sendingUntil !== undefined && row.sendingUntil > now
          ? 'sending'
          : 'pending';
  return {
    key: row.idempotencyKey,
    reportId: row.reportId,
    version: row.version,
    status,
    attempts: row.attempts,
    ...(row.lastError !== undefined ? { lastError: row.lastError } : {}),
    ...(status === 'pending' && row.nextAttemptAt !== undefined
      ? { nextAttemptAt: new Date(row.nextAttemptAt).toISOString() }
      : {}),
    ...(row.lastAttemptAt !== undefined ? { lastAttemptAt: row.lastAttemptAt } : {}),
    ...(row.deliveredAt !== undefined ? { deliveredAt: row.deliveredAt } : {}),
    ...(row.serverReceipt !== undefined ? { receipt: row.serverReceipt } : {}),
  };
}

/**
 * Delivery states of every queued version, keyed by `${reportId}:${version}`. Callable from any
 * extension page (dashboard, popup) with its own store handle; a version missing from the map was
 * never queued (sealed with enqueue: false, or imported from a bundle).
 */
export async function readDeliveryStates(store: ZhifaStore): Promise<Map<string, DeliveryState>> {
  const { entries } = await store.listOutbox();
  const now = Date.now();
  return new Map(entries.map((row) => [row.idempotencyKey, deliveryStateOf(row, now)]));
}

// ---------------------------------------------------------------- one attempt

export type AttemptOutcome = 'delivered' | 'retry' | 'failed' | 'missing';

function errorText(error: unknown): string {
  if (error instanceof Error) return error.name === 'AbortError' ? 'timeout' : `${error.name}: ${error.message}`;
  return String(error);
}

async function findRecord(store: ZhifaStore, entry: OutboxRow): Promise<SealedRecord | undefined> {
  const { versions } = await store.getReportVersions(entry.reportId);
  return versions.find((record) => record.report.version === entry.version);
}

/** Sends one claimed entry and records the outcome in the store. */
export async function deliverEntry(
  store: ZhifaStore,
  entry: OutboxRow,
  endpoint: string,
  options: { timeoutMs?: number; fetch?: typeof fetch; now?: () => Date } = {},
): Promise<AttemptOutcome> {
  const key = entry.idempotencyKey;
  const record = await findRecord(store, entry);
  if (!record) {
    await store.markDead(key, `sealed record ${key} not found in this browser`);
    return 'missing';
  }
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_OUTBOX_CONFIG.timeoutMs);
  let status: number;
  let body: unknown;
  let text = '';
  try {
    const response = await doFetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify({
        idempotencyKey: key,
        record,
        sentAt: (options.now?.() ?? new Date()).toISOString(),
      }),
      signal: controller.signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    clearTimeout(timer);
    await store.markFailed(key, errorText(error));
    return 'retry';
  }
  clearTimeout(timer);
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  const answer = (body && typeof body === 'object' ? body : {}) as {
    receipt?: { key?: unknown };
    key?: unknown;
    error?: unknown;
    message?: unknown;
  };
  const message = (): string => {
    const said =
      typeof answer.error === 'string'
        ? answer.error
        : typeof answer.message === 'string'
          ? answer.message
          : body === undefined
            ? text
            : '';
    return `HTTP ${status}${said ? `: ${said.slice(0, 300)}` : ''}`;
  };
  if (status >= 200 && status < 300) {
    await store.markDelivered(key, answer.receipt !== undefined ? { receipt: answer.receipt } : {});
    return 'delivered';
  }
  if (status === 409) {
    const named = answer.receipt?.key ?? answer.key;
    if (named === undefined || named === key) {
      await store.markDelivered(key, answer.receipt !== undefined ? { receipt: answer.receipt } : {});
      return 'delivered';
    }
    await store.markDead(key, message());
    return 'failed';
  }
  if (status === 408 || status === 429 || status >= 500) {
    await store.markFailed(key, message());
    return 'retry';
  }
  await store.markDead(key, message());
  return 'failed';
}

/**
 * Delivers every entry due now, `concurrency` at a time, until none is due. Returns the counts of
 * outcomes. Pure of browser APIs (tests call it with fake-indexeddb and a reference server).
 */
export async function drainOutbox(
  store: ZhifaStore,
  endpoint: string,
  config: Partial<OutboxConfig> & { fetch?: typeof fetch } = {},
): Promise<Record<AttemptOutcome, number>> {
  const settings = { ...DEFAULT_OUTBOX_CONFIG, ...config };
  const counts: Record<AttemptOutcome, number> = { delivered: 0, retry: 0, failed: 0, missing: 0 };
  const worker = async () => {
    for (;;) {
      const { entry } = await store.claimDue(settings.leaseMs);
      if (!entry) return;
      const outcome = await deliverEntry(store, entry, endpoint, {
        timeoutMs: settings.timeoutMs,
        ...(config.fetch ? { fetch: config.fetch } : {}),
      });
      counts[outcome]++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, settings.concurrency) }, worker));
  return counts;
}

// ---------------------------------------------------------------- the background loop

let storePromise: Promise<ZhifaStore> | undefined;
let running: Promise<void> | undefined;
let again = false;
let wakeTimer: ReturnType<typeof setTimeout> | undefined;
let activeConfig: OutboxConfig = DEFAULT_OUTBOX_CONFIG;

function openStore(): Promise<ZhifaStore> {
  storePromise ??= ZhifaStore.open(DB_NAME, undefined, { outbox: activeConfig.policy }).catch((error: unknown) => {
    storePromise = undefined;
    throw error;
  });
  return storePromise;
}

/**
 * Whether the extension may send to this origin. Besides a granted (optional) host permission,
 * Chrome lets the extension reach hosts its content scripts match (127.0.0.1, localhost), which
 * permissions.contains() does not report but permissions.getAll() lists.
 */
export async function endpointPermissionGranted(origin: string): Promise<boolean> {
  const pattern = matchPatternFor(origin);
  try {
    if (await browser.permissions.contains({ origins: [pattern] })) return true;
    return ((await browser.permissions.getAll()).origins ?? []).includes(pattern);
  } catch {
    return false;
  }
}

/** The configured endpoint, if it is valid and its host permission is granted. */
async function usableEndpoint(): Promise<string | undefined> {
  const { endpoint } = await loadSettings();
  if (!endpoint) return undefined;
  const checked = checkEndpoint(endpoint);
  if (!checked.ok) return undefined;
  return (await endpointPermissionGranted(checked.origin)) ? checked.url : undefined;
}

async function schedule(store: ZhifaStore): Promise<void> {
  const next = await store.nextAttemptTime();
  if (wakeTimer) clearTimeout(wakeTimer);
  wakeTimer = undefined;
  if (next === undefined) {
    await browser.alarms.clear(OUTBOX_NEXT_ALARM);
    return;
  }
  const delay = Math.max(0, next - Date.now());
  if (delay <= activeConfig.wakeInProcessMs) wakeTimer = setTimeout(() => void kickOutbox(), delay + 20);
  // The backstop if the worker is stopped before then (Chrome may round it up to 30 s).
  await browser.alarms.create(OUTBOX_NEXT_ALARM, { when: Math.max(next, Date.now() + 1000) });
}

async function drainOnce(): Promise<void> {
  const endpoint = await usableEndpoint();
  if (!endpoint) return;
  const store = await openStore();
  await drainOutbox(store, endpoint, activeConfig);
  await schedule(store);
}

/** Drains the outbox now (or once more after the drain in progress). Never rejects. */
export function kickOutbox(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      try {
        await drainOnce();
      } catch (error) {
        console.warn('[zhifa-guard] outbox:', error);
      }
    } while (again);
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/**
 * Starts delivery in the background service worker. Call synchronously from defineBackground's main
 * (listeners must be registered in the first turn of the worker).
 *
 * Messages handled: `{ type: 'outbox-kick' }` → drains now, answers `{ ok: true }`;
 * `{ type: 'outbox-status' }` → answers `DeliveryState[]`.
 */
export function startOutbox(config: Partial<OutboxConfig> = {}): void {
  activeConfig = { ...(E2E ? E2E_OUTBOX_CONFIG : DEFAULT_OUTBOX_CONFIG), ...config };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM || alarm.name === OUTBOX_NEXT_ALARM) void kickOutbox();
  });
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (type === 'outbox-kick') {
      void kickOutbox();
      sendResponse({ ok: true });
      return false;
    }
    if (type === 'outbox-status') {
      void openStore()
        .then(readDeliveryStates)
        .then(
          (states) => sendResponse([...states.values()]),
          () => sendResponse([]),
        );
      return true;
    }
    return false;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.settings) void kickOutbox();
  });
  void browser.alarms
    .get(OUTBOX_ALARM)
    .then(async (alarm) => {
      if (!alarm) await browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 0.5 });
    })
    .catch(() => undefined);
  if (E2E) installE2eHooks();
  void kickOutbox();
}

// ---------------------------------------------------------------- e2e build only

/**
 * `globalThis.zhifaOutboxE2E` in the e2e build (never in a release build: E2E is a build-time
 * constant and this code is dropped): seeds sealed reports and reads delivery states, so the test
 * can drive the worker with `worker.evaluate`.
 */
function installE2eHooks(): void {
  (globalThis as Record<string, unknown>).zhifaOutboxE2E = {
    async seed(count: number, prefix = 'E2E'): Promise<number> {
      const store = await openStore();
      let sealed = 0;
      for (let i = 0; i < count; i++) {
        const now = new Date();
        const draft = {
          ...createDraft(
            {
              caseId: `济历市监罚〔2025〕${prefix}${String(i).padStart(4, '0')}号`,
              ruleId: 'apl-59-decision-contents',
              art7Item: 3,
              citations: [{ law: '中华人民共和国行政处罚法', article: 59, paragraph: 1 }],
              officer: { name: '张伟', unit: '济南市历城区市场监督管理局', certificateNo: '37011200000011' },
            },
            { now },
          ),
          discoveredBy: 'legal-review' as const,
          discoverer: { name: '王敏', role: '法制审核人员' },
          description: '决定书落款处漏填作出决定的日期，尚未送达。',
          actTookExternalEffect: false,
          gravity: { changedOutcome: false, rightsAffected: false, partyDeadlineAffected: false, partyObjected: false },
          correction: {
            method: 'supplement' as const,
            description: '书面补正落款日期并重新制作决定书。',
            correctedAt: '2025-07-08',
            approvedBy: '李强',
            partyNotified: true,
            proof: ['补正前后的决定书'],
          },
          harm: {
            partyLoss: false,
            complaintFiled: false,
            reviewOrSuitFiled: false,
            thirdPartyOrPublicEffect: false,
            publishedInfoWithdrawn: false,
          },
          claims: { exemptionGrounds: ['12-1' as const] },
        };
        const complete = completeDraft(draft);
        if (!complete.ok) throw new Error(JSON.stringify(complete.issues));
        const result = await store.sealAndStore(complete.report);
        if (!result.ok) throw new Error(result.error.en);
        sealed++;
        if (sealed % 20 === 0) void kickOutbox();
      }
      void kickOutbox();
      return sealed;
    },
    async states(): Promise<DeliveryState[]> {
      return [...(await readDeliveryStates(await openStore())).values()];
    },
    kick: () => kickOutbox(),
  };
}
