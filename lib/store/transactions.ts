import type { Failure } from './types';

/** Transaction helpers shared by the store's parts. */

/** Thrown inside a transaction when another window changed the chain meanwhile; the caller re-reads. */
export class Conflict extends Error {}

/**
 * Runs the body of a readwrite transaction: all of it commits, or none of it. Any error — a failed
 * request, a thrown exception — aborts the transaction before it is rethrown, so nothing written
 * earlier in the body can auto-commit; tx.done is always observed (no unhandled rejections).
 */
export async function atomically<T>(tx: { done: Promise<void>; abort(): void }, body: () => Promise<T>): Promise<T> {
  tx.done.catch(() => undefined);
  try {
    const result = await body();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already committed or aborted
    }
    throw error;
  }
}

export function storageError(error: unknown): Failure {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    ok: false,
    error: { zh: `本地存储写入失败（${detail}）`, en: `writing to local storage failed (${detail})` },
  };
}

export function reportKeyRange(id: string): IDBKeyRange {
  return IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);
}
