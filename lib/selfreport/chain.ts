import type { Bilingual } from '../engine/types';
import { CanonicalError, canonicalJson, sha256Hex, toJsonValue } from './canonical';
import { describeIssues, type ValidationIssue } from './issues';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  GENESIS_HASH,
  bundleSchema,
  selfReportSchema,
  type Bundle,
  type SealedRecord,
  type SealedReport,
  type SelfReport,
} from './schema';

/**
 * The seal: every sealed self-report is one record of a single hash chain.
 *
 *   hash = sha256(canonicalJson({ report, sealedAt, previousHash }))
 *
 * where previousHash is the hash of the record before it (GENESIS_HASH for the first). Nothing
 * sealed is rewritten: a change to a sealed report is a new version (version + 1) whose
 * report.previousHash names the sealed record of the version before, appended at the chain's end.
 *
 * What the chain proves: any change to a sealed record's content, any removal or reordering of
 * records, shows up as a broken hash or link from that record on. What it cannot prove alone: that
 * the tail was not cut off or re-sealed wholesale — for that, compare with a receipt (hash or code)
 * handed out at sealing time.
 */

export class SealError extends Error {
  constructor(
    readonly bilingual: Bilingual,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(bilingual.en);
    this.name = 'SealError';
  }
}

/** Crockford base32 (no I, L, O, U). */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The short human code of a receipt: the first 40 bits of the hash in Crockford base32,
 * as ZG-XXXX-XXXX. A reference to read out or write down — the full hash is the proof.
 */
export function receiptCode(hash: string): string {
  let bits = parseInt(hash.slice(0, 10), 16); // 40 bits: exact in a double
  let chars = '';
  for (let i = 0; i < 8; i++) {
    chars = CROCKFORD[bits % 32]! + chars;
    bits = Math.floor(bits / 32);
  }
  return `ZG-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** The hash a record must carry. Throws CanonicalError for content JSON cannot carry. */
export async function recordHash(content: {
  report: unknown;
  sealedAt: unknown;
  previousHash: unknown;
}): Promise<string> {
  return sha256Hex(
    canonicalJson({ report: content.report, sealedAt: content.sealedAt, previousHash: content.previousHash }),
  );
}

export interface SealOptions {
  now?: Date;
}

/**
 * Seals a report after `previous` (the chain's last record; none for the first). The report is
 * validated, its status set to 'sealed'; properties whose value is undefined are dropped.
 */
export async function seal(
  report: SelfReport,
  previous?: SealedRecord | null,
  options: SealOptions = {},
): Promise<SealedRecord> {
  const candidate = { ...report, status: 'sealed' as const };
  const parsed = selfReportSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues, candidate);
    throw new SealError(
      {
        zh: `自查报告不完整或格式不对，不能封存：${issues.map((i) => `${i.path} 应为${i.expected.zh}`).join('；')}`,
        en: `the self-report is incomplete or malformed and cannot be sealed: ${issues.map((i) => `${i.path} expected ${i.expected.en}`).join('; ')}`,
      },
      issues,
    );
  }
  if (parsed.data.version > 1 && !parsed.data.previousHash) {
    throw new SealError({
      zh: `第 ${parsed.data.version} 版须写明上一版的哈希（previousHash）`,
      en: `version ${parsed.data.version} must name the previous version's hash (previousHash)`,
    });
  }
  if (parsed.data.version === 1 && parsed.data.previousHash) {
    throw new SealError({ zh: '第 1 版不应有 previousHash', en: 'version 1 must not have a previousHash' });
  }
  const sealedAt = (options.now ?? new Date()).toISOString();
  const previousHash = previous ? previous.hash : GENESIS_HASH;
  let sealedReport: SealedReport;
  try {
    sealedReport = toJsonValue(parsed.data as SealedReport);
  } catch (error) {
    if (error instanceof CanonicalError) {
      throw new SealError({
        zh: `报告中含有无法存证的值（${error.message}）`,
        en: `the report holds a value that cannot be sealed (${error.message})`,
      });
    }
    throw error;
  }
  const hash = await recordHash({ report: sealedReport, sealedAt, previousHash });
  return { report: sealedReport, sealedAt, hash, previousHash, receipt: { code: receiptCode(hash), hash, sealedAt } };
}

/**
 * The next version of a sealed report, as a draft to edit and seal: same id, version + 1,
 * previousHash = the sealed record's hash. The discovery time stays the original one.
 */
export function reviseReport(record: SealedRecord, changes: Partial<SelfReport> = {}): SelfReport {
  return {
    ...record.report,
    ...changes,
    schemaVersion: 1,
    id: record.report.id,
    version: record.report.version + 1,
    previousHash: record.hash,
    discoveredAt: record.report.discoveredAt,
    status: 'draft',
  };
}

// ---------------------------------------------------------------- verification

export type BreakReason = 'hash-mismatch' | 'link-broken' | 'version-order';

export interface BrokenLink {
  index: number;
  /** The report id and version as the (possibly altered) record states them. */
  id: string;
  version: number | string;
  reason: BreakReason;
  detail: Bilingual;
}

export interface ChainVerification {
  ok: boolean;
  /** Number of records in the chain. */
  records: number;
  firstBroken?: BrokenLink;
}

const RECORD_KEYS = ['hash', 'previousHash', 'receipt', 'report', 'sealedAt'];
const RECEIPT_KEYS = ['code', 'hash', 'sealedAt'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value).sort();
  return own.length === keys.length && own.every((key, i) => key === keys[i]);
}

/**
 * Checks a chain record by record, on the raw values (so a field a schema would drop is still
 * covered): each record's hash and receipt, each link to the record before, and each report's
 * versions (1, 2, 3… in order, each naming the hash of the version before). Stops at the first break.
 */
export async function verifyChain(records: readonly unknown[]): Promise<ChainVerification> {
  const latest = new Map<string, { version: number; hash: string }>();
  let previous: string = GENESIS_HASH;
  for (let index = 0; index < records.length; index++) {
    const raw = records[index];
    const record = isObject(raw) ? raw : {};
    const report = isObject(record.report) ? record.report : {};
    const id = typeof report.id === 'string' ? report.id : '?';
    const version = typeof report.version === 'number' ? report.version : '?';
    const broken = (reason: BreakReason, detail: Bilingual): ChainVerification => ({
      ok: false,
      records: records.length,
      firstBroken: { index, id, version, reason, detail },
    });

    if (!isObject(raw) || !sameKeys(raw, RECORD_KEYS)) {
      return broken('hash-mismatch', {
        zh: '记录的字段与封存时不符（多出或缺少字段）',
        en: 'the record has fields added or removed since sealing',
      });
    }
    let expected: string;
    try {
      expected = await recordHash({ report: raw.report, sealedAt: raw.sealedAt, previousHash: raw.previousHash });
    } catch {
      return broken('hash-mismatch', { zh: '记录内容无法计算哈希', en: 'the record content cannot be hashed' });
    }
    if (expected !== raw.hash) {
      return broken('hash-mismatch', {
        zh: '记录内容与其哈希不符：封存后被改动过',
        en: 'the record content does not match its hash: it was changed after sealing',
      });
    }
    const receipt = raw.receipt;
    if (
      !isObject(receipt) ||
      !sameKeys(receipt, RECEIPT_KEYS) ||
      receipt.hash !== raw.hash ||
      receipt.sealedAt !== raw.sealedAt ||
      receipt.code !== receiptCode(raw.hash)
    ) {
      return broken('hash-mismatch', {
        zh: '回执与记录的哈希或封存时间不符',
        en: "the receipt does not match the record's hash or sealing time",
      });
    }
    if (raw.previousHash !== previous) {
      return broken('link-broken', {
        zh:
          index === 0
            ? '第一条记录的 previousHash 应为 64 个 0：链的开头缺失或被替换'
            : '与上一条记录的链接断开：中间有记录被删除、插入或调换',
        en:
          index === 0
            ? "the first record's previousHash should be 64 zeros: the start of the chain is missing or replaced"
            : 'the link to the record before is broken: a record was removed, inserted or reordered',
      });
    }
    const before = typeof report.id === 'string' ? latest.get(report.id) : undefined;
    const expectedVersion = (before?.version ?? 0) + 1;
    if (version !== expectedVersion) {
      return broken('version-order', {
        zh: `该报告的版本应为第 ${expectedVersion} 版，实际为 ${String(version)}`,
        en: `this report's version should be ${expectedVersion}, found ${String(version)}`,
      });
    }
    if (before ? report.previousHash !== before.hash : report.previousHash !== undefined) {
      return broken('version-order', {
        zh: before ? '该版本未指向上一版的哈希' : '第 1 版不应指向上一版',
        en: before
          ? "this version does not name the previous version's hash"
          : 'version 1 must not name a previous version',
      });
    }
    latest.set(id, { version: expectedVersion, hash: raw.hash as string });
    previous = raw.hash as string;
  }
  return { ok: true, records: records.length };
}

// ---------------------------------------------------------------- bundles

export function makeBundle(records: readonly SealedRecord[], options: { now?: Date; generator?: string } = {}): Bundle {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exportedAt: (options.now ?? new Date()).toISOString(),
    ...(options.generator ? { generator: options.generator } : {}),
    records: [...records],
  };
}

export type BundleCheck =
  | { status: 'intact'; bundle: Bundle; records: number }
  | { status: 'broken'; records: number; firstBroken: BrokenLink }
  | { status: 'invalid'; error: Bilingual; issues: ValidationIssue[] };

/**
 * Checks a parsed bundle file: the envelope, then the chain on the raw records (so any changed
 * byte of a sealed record is 'broken', naming the record), then every record against the schema
 * ('invalid' when an intact chain holds records this version cannot read).
 */
export async function checkBundle(input: unknown): Promise<BundleCheck> {
  if (!isObject(input) || input.format !== BUNDLE_FORMAT) {
    return {
      status: 'invalid',
      error: {
        zh: `不是执法自查守护的自查报告备份文件（format 应为 "${BUNDLE_FORMAT}"）`,
        en: `not a Zhifa Guard self-report bundle (format should be "${BUNDLE_FORMAT}")`,
      },
      issues: [],
    };
  }
  if (input.formatVersion !== BUNDLE_FORMAT_VERSION) {
    return {
      status: 'invalid',
      error: {
        zh: `不支持的备份文件版本 ${JSON.stringify(input.formatVersion)}（本程序读取第 ${BUNDLE_FORMAT_VERSION} 版）`,
        en: `unsupported bundle formatVersion ${JSON.stringify(input.formatVersion)} (this program reads version ${BUNDLE_FORMAT_VERSION})`,
      },
      issues: [],
    };
  }
  if (!Array.isArray(input.records)) {
    return {
      status: 'invalid',
      error: { zh: '备份文件缺少记录数组 records', en: 'the bundle has no records array' },
      issues: [],
    };
  }
  const chain = await verifyChain(input.records);
  if (!chain.ok) return { status: 'broken', records: chain.records, firstBroken: chain.firstBroken! };
  const parsed = bundleSchema.safeParse(input);
  if (!parsed.success) {
    return {
      status: 'invalid',
      error: {
        zh: '备份文件的链完整，但内容不符合自查报告格式（可能由更新版本的程序生成）',
        en: 'the chain is intact but the content does not match the self-report format (made by a newer version?)',
      },
      issues: describeIssues(parsed.error.issues, input),
    };
  }
  return { status: 'intact', bundle: parsed.data, records: chain.records };
}
