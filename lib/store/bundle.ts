import type { Bilingual } from '../engine/types';
import { checkBundle, makeBundle, verifyChain, type ChainVerification } from '../selfreport/chain';
import { bundleToJson } from '../selfreport/export';
import { parseJsonText } from '../selfreport/issues';
import { chainRecords } from './reports';
import { atomically, Conflict, storageError } from './transactions';
import type { ImportOutcome, QuarantinedItem, StoreContext } from './types';

/** Backup bundles: exporting the store's chain, and importing one that continues it. */

/**
 * The whole chain as a bundle (JSON text). Masked by default; records sealed with masking on
 * are unchanged by it, so their hashes still verify (see bundleToJson).
 */
export async function exportBundle(
  ctx: StoreContext,
  options: { mask?: boolean; generator?: string } = {},
): Promise<{
  json: string;
  records: number;
  changedByMasking: number;
  warning?: Bilingual;
  chain: ChainVerification;
  quarantined: QuarantinedItem[];
}> {
  const { records, quarantined } = await chainRecords(ctx);
  const bundle = makeBundle(records, { now: ctx.clock(), generator: options.generator ?? 'zhifa-guard' });
  const exported = bundleToJson(bundle, { mask: options.mask ?? true });
  return { ...exported, records: records.length, chain: await verifyChain(records), quarantined };
}

/**
 * Imports a bundle (JSON text or parsed value). It is validated and its chain verified before
 * anything is written; it must continue this store's chain (same records in the same order, then
 * new ones). New records are written in one transaction: all or nothing.
 */
export async function importBundle(ctx: StoreContext, input: unknown): Promise<ImportOutcome> {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return { ok: false, error: prefix(parsed.error) };
    value = parsed.value;
  }
  const check = await checkBundle(value);
  if (check.status === 'invalid') return { ok: false, error: prefix(check.error), issues: check.issues };
  if (check.status === 'broken') {
    const b = check.firstBroken;
    return {
      ok: false,
      error: {
        zh: `无法导入：备份文件第 ${b.index + 1} 条记录（报告 ${b.id} 第 ${b.version} 版）校验不通过——${b.detail.zh}。未导入任何记录`,
        en: `cannot import: record ${b.index + 1} of the bundle (report ${b.id} v${b.version}) fails verification — ${b.detail.en}. Nothing was imported`,
      },
      firstBroken: b,
    };
  }
  const incoming = check.bundle.records;

  // Compare with the chain already here (hashes by position).
  const existing = await chainHashes(ctx);
  const common = Math.min(existing.hashes.length, incoming.length);
  for (let i = 0; i < common; i++) {
    if (existing.hashes[i] !== incoming[i]!.hash) {
      return {
        ok: false,
        error: {
          zh: `无法导入：备份与本机记录从第 ${i + 1} 条起不一致（记录链分叉）。为保证已封存的记录不被改写，未导入任何记录`,
          en: `cannot import: the bundle and this browser's records differ from record ${i + 1} on (the chains fork). Sealed records are never rewritten, so nothing was imported`,
        },
      };
    }
  }
  const fresh = incoming.slice(common);
  if (fresh.length === 0) return { ok: true, added: 0, alreadyPresent: common };

  try {
    const tx = ctx.db.transaction('selfReports', 'readwrite');
    await atomically(tx, async () => {
      const head = await tx.store.index('by-seq').openCursor(null, 'prev');
      if (
        (head?.value.seq ?? 0) !== existing.lastSeq ||
        (head?.value.record?.hash ?? undefined) !== existing.hashes.at(-1)
      ) {
        throw new Conflict();
      }
      let seq = existing.lastSeq;
      for (const record of fresh) {
        seq++;
        const { id, version } = record.report;
        if (version > 1) {
          const previous = await tx.store.get([id, version - 1]);
          if (previous) {
            // eslint-disable-next-line @typescript-eslint/no-unused-vars
            const { latest, ...rest } = previous;
            await tx.store.put(rest);
          }
        }
        await tx.store.add({ id, version, seq, latest: seq, caseId: record.report.caseId, record });
      }
    });
    return { ok: true, added: fresh.length, alreadyPresent: common };
  } catch (error) {
    if (error instanceof Conflict) {
      return {
        ok: false,
        error: {
          zh: '无法导入：导入过程中本机记录发生了变化，未导入任何记录，请重试',
          en: 'cannot import: the records here changed during the import; nothing was imported — please retry',
        },
      };
    }
    const failure = storageError(error);
    return {
      ok: false,
      error: {
        zh: `无法导入：${failure.error.zh}，未导入任何记录`,
        en: `cannot import: ${failure.error.en}; nothing was imported`,
      },
    };
  }
}

async function chainHashes(ctx: StoreContext): Promise<{ hashes: (string | undefined)[]; lastSeq: number }> {
  const tx = ctx.db.transaction('selfReports');
  const hashes: (string | undefined)[] = [];
  let lastSeq = 0;
  let cursor = await tx.store.index('by-seq').openCursor();
  while (cursor) {
    const value = cursor.value as { seq?: unknown; record?: { hash?: unknown } };
    hashes.push(typeof value?.record?.hash === 'string' ? value.record.hash : undefined);
    if (typeof value?.seq === 'number') lastSeq = value.seq;
    cursor = await cursor.continue();
  }
  await tx.done;
  return { hashes, lastSeq };
}

function prefix(error: Bilingual): Bilingual {
  return { zh: `无法导入：${error.zh}。未导入任何记录`, en: `cannot import: ${error.en}. Nothing was imported` };
}
