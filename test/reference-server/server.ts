import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { recordHash } from '../../lib/selfreport/chain';

/**
 * The agency's reference receiving server, for tests only: what an agency that accepts sealed
 * self-reports from Zhifa Guard has to do.
 *
 *   POST /reports   body {idempotencyKey, record, sentAt}, headers Content-Type: application/json and
 *                   Idempotency-Key: <id>:<version>. Stores the record once per key and answers
 *                   201 {receipt: {receivedAt, key}}; the same key again answers `duplicateStatus`
 *                   (200 by default, or 409) with the ORIGINAL receipt and stores nothing.
 *                   A malformed request gets 400/415/422 {error} (a permanent refusal).
 *   GET  /reports   {reports: [{key, receipt, record}], count}, in arrival order.
 *   GET  /stats     the request counters.
 *
 * Faults (POST /reports only), drawn from a seeded PRNG so a run is reproducible: `failureRate` of
 * requests get 500; `timeoutRate` hang for `hangMs` (past the client's timeout) and then the socket
 * is dropped. With `hangAfterStore` a hanging request is stored first: the response is lost, not
 * the report — the case idempotency keys exist for.
 */

export interface ReferenceServerOptions {
  host?: string;
  port?: number;
  failureRate?: number;
  timeoutRate?: number;
  hangMs?: number;
  hangAfterStore?: boolean;
  seed?: number;
  /** Recompute each record's hash (sha256 of the canonical JSON); default true. */
  verifyHash?: boolean;
  /** Status of an answer to a key already stored: 200 (default) or 409. */
  duplicateStatus?: 200 | 409;
}

export interface Receipt {
  receivedAt: string;
  key: string;
}

export interface StoredReport {
  key: string;
  receipt: Receipt;
  record: unknown;
}

export interface ServerStats {
  /** Every POST /reports that reached the server. */
  posts: number;
  stored: number;
  duplicates: number;
  injected500: number;
  injectedTimeouts: number;
  rejected: number;
}

export interface ReferenceServer {
  url: string;
  /** The endpoint to configure in the extension: `${url}/reports`. */
  endpoint: string;
  reports(): StoredReport[];
  stats(): ServerStats;
  /** Changes the fault rates from now on. */
  setFaults(faults: { failureRate?: number; timeoutRate?: number }): void;
  close(): Promise<void>;
}

/** mulberry32: a small deterministic PRNG in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HASH = /^[0-9a-f]{64}$/;
const KEY = /^[^:]+:\d+$/;
const MAX_BODY = 2 * 1024 * 1024;

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Minimal checks of a delivery: key agreement and the shape of the record's hash-chain link. */
async function checkDelivery(key: string, body: unknown, verifyHash: boolean): Promise<unknown> {
  if (!body || typeof body !== 'object') throw new Refusal(400, 'body must be a JSON object');
  const { idempotencyKey, record } = body as { idempotencyKey?: unknown; record?: unknown };
  if (idempotencyKey !== key) throw new Refusal(422, 'body idempotencyKey differs from the Idempotency-Key header');
  if (!record || typeof record !== 'object') throw new Refusal(422, 'record missing');
  const r = record as {
    report?: { id?: unknown; version?: unknown };
    hash?: unknown;
    previousHash?: unknown;
    sealedAt?: unknown;
  };
  if (`${String(r.report?.id)}:${String(r.report?.version)}` !== key)
    throw new Refusal(422, 'Idempotency-Key must be <record.report.id>:<record.report.version>');
  if (typeof r.hash !== 'string' || !HASH.test(r.hash)) throw new Refusal(422, 'record.hash must be 64 hex digits');
  if (typeof r.previousHash !== 'string' || !HASH.test(r.previousHash))
    throw new Refusal(422, 'record.previousHash must be 64 hex digits');
  if (r.previousHash === r.hash) throw new Refusal(422, 'record links to itself');
  if (typeof r.sealedAt !== 'string') throw new Refusal(422, 'record.sealedAt missing');
  if (verifyHash) {
    const expected = await recordHash({ report: r.report, sealedAt: r.sealedAt, previousHash: r.previousHash }).catch(
      () => undefined,
    );
    if (expected !== r.hash) throw new Refusal(422, 'record.hash does not match its content');
  }
  return record;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Refusal(413, 'body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  let failureRate = options.failureRate ?? 0;
  let timeoutRate = options.timeoutRate ?? 0;
  const hangMs = options.hangMs ?? 30_000;
  const verifyHash = options.verifyHash ?? true;
  const duplicateStatus = options.duplicateStatus ?? 200;
  const random = mulberry32(options.seed ?? 294);
  const stored = new Map<string, StoredReport>();
  const stats: ServerStats = { posts: 0, stored: 0, duplicates: 0, injected500: 0, injectedTimeouts: 0, rejected: 0 };
  const hanging = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();

  const store = (key: string, record: unknown): { entry: StoredReport; duplicate: boolean } => {
    const existing = stored.get(key);
    if (existing) return { entry: existing, duplicate: true };
    const entry: StoredReport = { key, receipt: { receivedAt: new Date().toISOString(), key }, record };
    stored.set(key, entry);
    stats.stored++;
    return { entry, duplicate: false };
  };

  const hang = (response: ServerResponse) => {
    stats.injectedTimeouts++;
    const timer = setTimeout(() => {
      hanging.delete(timer);
      response.socket?.destroy();
    }, hangMs);
    hanging.add(timer);
  };

  const handlePost = async (request: IncomingMessage, response: ServerResponse) => {
    stats.posts++;
    const draw = random();
    const fault = draw < failureRate ? '500' : draw < failureRate + timeoutRate ? 'timeout' : undefined;
    const text = await readBody(request);
    if (fault === '500') {
      stats.injected500++;
      send(response, 500, { error: 'injected failure' });
      return;
    }
    if (fault === 'timeout' && !options.hangAfterStore) {
      hang(response);
      return;
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? ''))
      throw new Refusal(415, 'Content-Type must be application/json');
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string' || !KEY.test(key))
      throw new Refusal(400, 'Idempotency-Key header <id>:<version> required');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new Refusal(400, 'body is not JSON');
    }
    const record = await checkDelivery(key, body, verifyHash);
    const { entry, duplicate } = store(key, record);
    if (duplicate) stats.duplicates++;
    if (fault === 'timeout') {
      hang(response);
      return;
    }
    if (duplicate) send(response, duplicateStatus, { receipt: entry.receipt, duplicate: true });
    else send(response, 201, { receipt: entry.receipt });
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (request.method === 'POST' && path === '/reports') {
      handlePost(request, response).catch((error: unknown) => {
        if (error instanceof Refusal) {
          stats.rejected++;
          send(response, error.status, { error: error.message });
        } else send(response, 500, { error: String(error) });
      });
      return;
    }
    if (request.method === 'GET' && path === '/reports') {
      const reports = [...stored.values()];
      send(response, 200, { reports, count: reports.length });
      return;
    }
    if (request.method === 'GET' && path === '/stats') {
      send(response, 200, stats);
      return;
    }
    send(response, 404, { error: 'not found' });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.address}:${address.port}`;
  return {
    url,
    endpoint: `${url}/reports`,
    reports: () => [...stored.values()],
    stats: () => ({ ...stats }),
    setFaults(faults) {
      if (faults.failureRate !== undefined) failureRate = faults.failureRate;
      if (faults.timeoutRate !== undefined) timeoutRate = faults.timeoutRate;
    },
    async close() {
      for (const timer of hanging) clearTimeout(timer);
      hanging.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
