import { describe, expect, it } from 'vitest';
import { makeReport } from '../../test/store/fixtures';
import { canonicalJson, sha256Hex } from './canonical';
import { checkBundle, makeBundle, receiptCode, reviseReport, seal, SealError, verifyChain } from './chain';
import { GENESIS_HASH, RECEIPT_CODE, sealedRecordSchema, type SealedRecord } from './schema';

const T1 = new Date('2025-07-08T03:00:00.000Z');
const T2 = new Date('2025-07-09T03:00:00.000Z');
const T3 = new Date('2025-07-10T03:00:00.000Z');

async function chainOfThree(): Promise<SealedRecord[]> {
  const first = await seal(makeReport(), undefined, { now: T1 });
  const second = await seal(makeReport({ caseId: '另一案件' }), first, { now: T2 });
  const third = await seal(reviseReport(first, { description: '修订：补充说明' }), second, { now: T3 });
  return [first, second, third];
}

/** Every leaf (string, number, boolean, null) of a JSON value with its path. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [path];
}

function mutateAt(root: unknown, path: (string | number)[]): void {
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path.at(-1)!;
  const value = parent[key];
  if (typeof value === 'string') {
    const last = value.at(-1) ?? '';
    parent[key] = value.slice(0, -1) + (last === 'a' ? 'b' : 'a');
  } else if (typeof value === 'number') parent[key] = value + 1;
  else if (typeof value === 'boolean') parent[key] = !value;
  else parent[key] = 0;
}

describe('seal', () => {
  it('hashes the canonical JSON of {report, sealedAt, previousHash} and issues a receipt', async () => {
    const record = await seal(makeReport(), undefined, { now: T1 });
    expect(sealedRecordSchema.safeParse(record).success).toBe(true);
    expect(record.report.status).toBe('sealed');
    expect(record.sealedAt).toBe('2025-07-08T03:00:00.000Z');
    expect(record.previousHash).toBe(GENESIS_HASH);
    const expected = await sha256Hex(
      canonicalJson({ report: record.report, sealedAt: record.sealedAt, previousHash: record.previousHash }),
    );
    expect(record.hash).toBe(expected);
    expect(record.receipt).toEqual({ code: receiptCode(record.hash), hash: record.hash, sealedAt: record.sealedAt });
    expect(record.receipt.code).toMatch(RECEIPT_CODE);
  });

  it('links to the previous record and is deterministic', async () => {
    const report = makeReport();
    const first = await seal(report, undefined, { now: T1 });
    const again = await seal(report, undefined, { now: T1 });
    expect(again.hash).toBe(first.hash);
    const second = await seal(makeReport(), first, { now: T2 });
    expect(second.previousHash).toBe(first.hash);
  });

  it('does not change its input and drops undefined properties', async () => {
    const report = makeReport({ ruleId: undefined });
    const copy = structuredClone(report);
    const record = await seal(report, undefined, { now: T1 });
    expect(report).toEqual(copy);
    expect(report.status).toBe('draft');
    expect('ruleId' in record.report).toBe(false);
  });

  it('refuses an incomplete report with the paths that are wrong', async () => {
    const report = { ...makeReport(), description: '' };
    const error = await seal(report, undefined, { now: T1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SealError);
    expect((error as SealError).issues.map((i) => i.path)).toContain('$.description');
    expect((error as SealError).bilingual.zh).toContain('不能封存');
  });

  it('refuses values JSON cannot carry in the case snapshot', async () => {
    const report = makeReport({ caseSnapshot: { amount: Number.NaN } });
    await expect(seal(report, undefined, { now: T1 })).rejects.toBeInstanceOf(SealError);
  });

  it('refuses a version 2 without previousHash and a version 1 with one', async () => {
    await expect(seal(makeReport({ version: 2 }), undefined, { now: T1 })).rejects.toBeInstanceOf(SealError);
    await expect(seal(makeReport({ previousHash: 'a'.repeat(64) }), undefined, { now: T1 })).rejects.toBeInstanceOf(
      SealError,
    );
  });
});

describe('receiptCode', () => {
  it('is ZG-XXXX-XXXX in Crockford base32 from the first 40 bits', () => {
    expect(receiptCode('0'.repeat(64))).toBe('ZG-0000-0000');
    expect(receiptCode('f'.repeat(64))).toBe('ZG-ZZZZ-ZZZZ');
    // 0x0000000001 → last digit 1; 0x0000000020 = 32 → "10"
    expect(receiptCode('0000000001' + '0'.repeat(54))).toBe('ZG-0000-0001');
    expect(receiptCode('0000000020' + '0'.repeat(54))).toBe('ZG-0000-0010');
    expect(receiptCode('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toMatch(RECEIPT_CODE);
  });
});

describe('reviseReport', () => {
  it('makes version + 1 linked to the sealed record, keeping id and discovery time', async () => {
    const first = await seal(makeReport(), undefined, { now: T1 });
    const next = reviseReport(first, {
      description: '新的说明',
      version: 9,
      id: 'x',
      discoveredAt: '2030-01-01T00:00:00Z',
    } as never);
    expect(next.id).toBe(first.report.id);
    expect(next.version).toBe(2);
    expect(next.previousHash).toBe(first.hash);
    expect(next.discoveredAt).toBe(first.report.discoveredAt);
    expect(next.status).toBe('draft');
    expect(next.description).toBe('新的说明');
    expect(first.report.description).not.toBe('新的说明');
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, including a revised report', async () => {
    const records = await chainOfThree();
    expect(await verifyChain(records)).toEqual({ ok: true, records: 3 });
    expect(await verifyChain([])).toEqual({ ok: true, records: 0 });
  });

  it('survives a JSON round trip (what a bundle file is)', async () => {
    const records = JSON.parse(JSON.stringify(await chainOfThree())) as unknown[];
    expect((await verifyChain(records)).ok).toBe(true);
  });

  it('detects a change to any single value of any record, at that record', async () => {
    const records = await chainOfThree();
    let checked = 0;
    for (let index = 0; index < records.length; index++) {
      for (const path of leaves(records[index])) {
        const copy = structuredClone(records) as unknown[];
        mutateAt(copy[index], path);
        const result = await verifyChain(copy);
        expect(result.ok, `record ${index} at ${path.join('.')}`).toBe(false);
        expect(result.firstBroken?.index, `record ${index} at ${path.join('.')}`).toBe(index);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('detects added and removed fields', async () => {
    const records = await chainOfThree();
    const added = structuredClone(records) as unknown as Record<string, unknown>[];
    (added[1]!.report as Record<string, unknown>).note = 'added later';
    expect((await verifyChain(added)).firstBroken).toMatchObject({ index: 1, reason: 'hash-mismatch' });

    const outer = structuredClone(records) as unknown as Record<string, unknown>[];
    outer[2]!.comment = 'not covered by the hash';
    expect((await verifyChain(outer)).firstBroken).toMatchObject({ index: 2, reason: 'hash-mismatch' });

    const removed = structuredClone(records) as unknown as Record<string, unknown>[];
    delete (removed[0]!.report as Record<string, unknown>).ruleId;
    expect((await verifyChain(removed)).firstBroken).toMatchObject({ index: 0, reason: 'hash-mismatch' });
  });

  it('detects a deleted, reordered or replaced record as a broken link', async () => {
    const [a, b, c] = await chainOfThree();
    expect((await verifyChain([a, c])).firstBroken).toMatchObject({ index: 1, reason: 'link-broken' });
    expect((await verifyChain([b, a, c])).firstBroken).toMatchObject({ index: 0, reason: 'link-broken' });
    expect((await verifyChain([b, c])).firstBroken).toMatchObject({ index: 0, reason: 'link-broken' });
  });

  it('names the record: index, report id and version', async () => {
    const records = structuredClone(await chainOfThree());
    records[2]!.report.description = '被改动';
    const result = await verifyChain(records);
    expect(result.firstBroken).toMatchObject({
      index: 2,
      id: records[2]!.report.id,
      version: 2,
      reason: 'hash-mismatch',
    });
    expect(result.firstBroken!.detail.zh).toContain('封存后被改动');
  });

  it('detects a re-sealed record by the next link (and cannot see a re-sealed tail without a receipt)', async () => {
    const [a, b, c] = await chainOfThree();
    const forged = await seal({ ...b!.report, description: '伪造' }, a, { now: T2 });
    expect((await verifyChain([a, forged, c])).firstBroken).toMatchObject({ index: 2, reason: 'link-broken' });
    // The last record re-sealed wholesale still forms a valid chain: only its receipt shows the difference.
    const tail = await seal({ ...c!.report, description: '伪造' }, b, { now: T3 });
    expect((await verifyChain([a, b, tail])).ok).toBe(true);
    expect(tail.receipt.code).not.toBe(c!.receipt.code);
  });

  it('checks the version order of each report', async () => {
    const first = await seal(makeReport(), undefined, { now: T1 });
    const v2 = reviseReport(first);
    const skipped = await seal({ ...v2, version: 3 }, first, { now: T2 });
    expect((await verifyChain([first, skipped])).firstBroken).toMatchObject({ index: 1, reason: 'version-order' });

    const other = await seal(makeReport(), first, { now: T2 });
    const wrongLink = await seal({ ...v2, previousHash: other.hash }, other, { now: T3 });
    expect((await verifyChain([first, other, wrongLink])).firstBroken).toMatchObject({
      index: 2,
      reason: 'version-order',
    });

    const orphan = await seal({ ...makeReport(), version: 2, previousHash: 'c'.repeat(64) }, undefined, { now: T1 });
    expect((await verifyChain([orphan])).firstBroken).toMatchObject({ index: 0, reason: 'version-order' });
  });

  it('reports non-object records instead of throwing', async () => {
    const result = await verifyChain([null, 5]);
    expect(result.firstBroken).toMatchObject({ index: 0, id: '?', version: '?', reason: 'hash-mismatch' });
  });
});

describe('checkBundle', () => {
  it('is intact for a bundle made by makeBundle', async () => {
    const bundle = makeBundle(await chainOfThree(), { now: T3 });
    const check = await checkBundle(JSON.parse(JSON.stringify(bundle)));
    expect(check.status).toBe('intact');
    if (check.status === 'intact') expect(check.bundle.records).toHaveLength(3);
  });

  it('is broken (with the record) when a sealed record was changed', async () => {
    const bundle = JSON.parse(JSON.stringify(makeBundle(await chainOfThree(), { now: T3 })));
    bundle.records[1].report.harm.partyLoss = true;
    const check = await checkBundle(bundle);
    expect(check).toMatchObject({ status: 'broken', firstBroken: { index: 1, reason: 'hash-mismatch' } });
  });

  it('is invalid for other files, other versions and records the schema refuses', async () => {
    expect((await checkBundle({ hello: 1 })).status).toBe('invalid');
    expect((await checkBundle([])).status).toBe('invalid');
    const bundle = JSON.parse(JSON.stringify(makeBundle(await chainOfThree(), { now: T3 })));
    expect((await checkBundle({ ...bundle, formatVersion: 2 })).status).toBe('invalid');
    expect((await checkBundle({ ...bundle, records: {} })).status).toBe('invalid');
    // A chain whose hashes are right but whose content this version cannot read.
    const odd = await seal(makeReport(), undefined, { now: T1 });
    const report = { ...odd.report, art7Item: 9 } as unknown as SealedRecord['report'];
    const hash = await sha256Hex(canonicalJson({ report, sealedAt: odd.sealedAt, previousHash: odd.previousHash }));
    const forged = { ...odd, report, hash, receipt: { ...odd.receipt, hash, code: receiptCode(hash) } };
    const check = await checkBundle(makeBundle([forged], { now: T1 }));
    expect(check.status).toBe('invalid');
    if (check.status === 'invalid') expect(check.issues.map((i) => i.path)).toContain('$.records[0].report.art7Item');
  });
});
