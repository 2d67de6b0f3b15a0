import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExemption } from '../cli/commands/exemption';
import { runVerify } from '../cli/commands/verify';
import { UsageError, type CliIo } from '../cli/io';
import type { ExemptionAssessment } from './assess';
import type { Bundle, SealedRecord } from './schema';

/**
 * The `verify` and `exemption` commands, called directly (main() sees them once the lead
 * registers them in lib/cli/main.ts).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'examples/bundles/sealed.json');
const REPORTS = join(ROOT, 'examples/self-reports');
const TODAY = '2026-11-25';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: (argv: string[], io: CliIo) => Promise<number>, argv: string[]): Promise<Run> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  stdin.end();
  const code = await command(argv, { stdin, stdout, stderr, now: new Date(`${TODAY}T04:00:00Z`) });
  stdout.end();
  stderr.end();
  await Promise.all([finished(stdout), finished(stderr)]);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

let dir: string;
let bundleText: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhifa-selfreport-cli-'));
  bundleText = await readFile(BUNDLE, 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function tampered(name: string, change: (bundle: Bundle) => void): Promise<string> {
  const bundle = JSON.parse(bundleText) as Bundle;
  change(bundle);
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(bundle, null, 2));
  return path;
}

describe('zhifa-guard verify', () => {
  it('exits 0 for an intact chain and names the last receipt', async () => {
    const result = await run(runVerify, [BUNDLE]);
    expect(result.code).toBe(0);
    const last = JSON.parse(bundleText).records[2].receipt.code;
    expect(result.stdout).toContain(`✔ ${BUNDLE}：记录链完整，共 3 条记录，最新回执码 ${last}`);
  });

  it('ignores whitespace: a minified copy is the same chain', async () => {
    const path = join(dir, 'minified.json');
    await writeFile(path, JSON.stringify(JSON.parse(bundleText)));
    expect((await run(runVerify, [path])).code).toBe(0);
  });

  it('exits 1 naming file, record index, report id and version when a sealed record was changed', async () => {
    const path = await tampered('edited.json', (b) => {
      b.records[1].report.description += '。';
    });
    const result = await run(runVerify, [path]);
    expect(result.code).toBe(1);
    const { id } = JSON.parse(bundleText).records[1].report;
    expect(result.stdout).toContain(`✖ ${path}：第 2 条记录（索引 1，报告 ${id} 第 1 版）校验不通过 [hash-mismatch]`);
  });

  it('exits 1 for a change to any field of any record', async () => {
    const edits: [string, (record: SealedRecord) => void][] = [
      ['report.caseId', (r) => (r.report.caseId += 'X')],
      ['report.correction.correctedAt', (r) => (r.report.correction.correctedAt = '2025-07-09')],
      ['report.harm.partyLoss', (r) => (r.report.harm.partyLoss = true)],
      ['report.version', (r) => (r.report.version += 1)],
      ['sealedAt', (r) => (r.sealedAt = '2025-01-01T00:00:00.000Z')],
      ['hash', (r) => (r.hash = r.hash.replace(/^./, (c: string) => (c === '0' ? '1' : '0')))],
      ['previousHash', (r) => (r.previousHash = 'f'.repeat(64))],
      ['receipt.code', (r) => (r.receipt.code = 'ZG-0000-0000')],
      ['added field', (r) => ((r.report as Record<string, unknown>).extra = 1)],
    ];
    for (let index = 0; index < 3; index++) {
      for (const [name, edit] of edits) {
        const path = await tampered(`edit-${index}-${name}.json`, (b) => edit(b.records[index]));
        const result = await run(runVerify, [path, '--format', 'json']);
        expect(result.code, `${name} of record ${index}`).toBe(1);
        const json = JSON.parse(result.stdout);
        expect(json.results[0].firstBroken.index, `${name} of record ${index}`).toBe(index);
      }
    }
  });

  it('exits 1 when a record was removed', async () => {
    const path = await tampered('removed.json', (b) => b.records.splice(1, 1));
    const result = await run(runVerify, [path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('[link-broken]');
  });

  it('exits 2 for unreadable or invalid files, even beside a broken one', async () => {
    const notJson = join(dir, 'not.json');
    await writeFile(notJson, '{"format": ');
    const missing = join(dir, 'missing.json');
    const report = join(REPORTS, 'eligible.json');
    const result = await run(runVerify, [BUNDLE, notJson, missing, report]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`⚠ ${notJson}：格式不对：不是有效的 JSON`);
    expect(result.stdout).toContain(`⚠ ${missing}：无法读取：文件不存在`);
    expect(result.stdout).toContain(`⚠ ${report}：格式不对：不是执法自查守护的自查报告备份文件`);
    expect(result.stdout).toContain('共 4 个文件：1 个完整，0 个在封存后被改动，3 个无法读取或格式不对。');
    const broken = await tampered('broken-too.json', (b) => (b.records[0].report.caseId = 'x'));
    expect((await run(runVerify, [broken, missing])).code).toBe(2);
  });

  it('prints JSON and English on request', async () => {
    const json = JSON.parse((await run(runVerify, [BUNDLE, '--format', 'json'])).stdout);
    expect(json.results[0]).toMatchObject({ file: BUNDLE, status: 'intact', records: 3 });
    const en = await run(runVerify, [BUNDLE, '--locale', 'en']);
    expect(en.stdout).toContain('chain intact, 3 record(s)');
  });

  it('needs at least one file and a known format', async () => {
    await expect(run(runVerify, [])).rejects.toBeInstanceOf(UsageError);
    await expect(run(runVerify, [BUNDLE, '--format', 'csv'])).rejects.toBeInstanceOf(UsageError);
  });
});

describe('zhifa-guard exemption', () => {
  const files = ['eligible', 'not-eligible', 'incomplete'].map((name) => join(REPORTS, `${name}.json`));

  it('prints the assessment of each self-report in Chinese', async () => {
    const result = await run(runExemption, [...files, '--today', TODAY]);
    expect(result.code).toBe(0);
    const [eligible, notEligible, incomplete] = result.stdout.split('\n== ').map((part) => part.trim());
    expect(eligible).toContain('结论：可能符合免于追究情形');
    expect(eligible).toContain('  ✔ 情节显著轻微');
    expect(notEligible).toContain('结论：可能不符合免于追究情形');
    expect(notEligible).toContain('  ✖ 由本单位及其工作人员及时发现：过错经“12345 热线”发现');
    expect(incomplete).toContain('结论：信息不完整，暂无法判断');
    expect(incomplete).toContain('待补充：纠正完成的日期');
    expect(result.stdout).toContain('最终以行政执法监督机构认定为准');
  });

  it('prints JSON with the verdicts', async () => {
    const result = await run(runExemption, [...files, '--today', TODAY, '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect((json.results as { assessment: ExemptionAssessment }[]).map((r) => r.assessment.verdict)).toEqual([
      'likely-eligible',
      'not-eligible',
      'incomplete',
    ]);
    expect(json.errors).toEqual([]);
  });

  it('assesses the latest version of each report in a verified bundle', async () => {
    const result = await run(runExemption, [BUNDLE, '--today', TODAY, '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(
      (json.results as { assessment: ExemptionAssessment }[]).map((r) => [r.assessment.version, r.assessment.verdict]),
    ).toEqual([
      [2, 'likely-eligible'],
      [1, 'not-eligible'],
    ]);
  });

  it('refuses a bundle whose chain is broken (exit 2) and points to verify', async () => {
    const changed = await tampered(
      'exemption-broken.json',
      (b) => (b.records[0]!.report.gravity!.changedOutcome = true),
    );
    const result = await run(runExemption, [changed, '--today', TODAY]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('校验不通过');
    expect(result.stdout).toContain('zhifa-guard verify');
  });

  it('exits 2 for an invalid self-report, naming the field', async () => {
    const path = join(dir, 'bad-report.json');
    const report = JSON.parse(await readFile(files[0]!, 'utf8'));
    report.art7Item = 9;
    await writeFile(path, JSON.stringify(report));
    const result = await run(runExemption, [path, '--today', TODAY]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('$.art7Item');
  });

  it('reads a ledger and reports Art. 10 context', async () => {
    const ledger = join(dir, 'ledger.json');
    await writeFile(
      ledger,
      JSON.stringify({
        faults: [{ at: '2025-01-15', art7Item: 3 }],
        corrections: [{ noticeAt: '2025-03-01', dueAt: '2025-03-31', refused: true }],
      }),
    );
    const result = await run(runExemption, [files[0]!, '--today', TODAY, '--ledger', ledger]);
    expect(result.stdout).toContain('可能从重（第十条）');
    expect(result.stdout).toContain('第十条第（二）项');
    expect(result.stdout).toContain('第十条第（一）项');
    await writeFile(ledger, '{"faults": [{"at": "yesterday"}]}');
    await expect(run(runExemption, [files[0]!, '--ledger', ledger])).rejects.toBeInstanceOf(UsageError);
  });

  it('honours --timely-days and --locale en', async () => {
    const strict = await run(runExemption, [files[1]!, '--today', TODAY, '--timely-days', '0', '--format', 'json']);
    expect(JSON.parse(strict.stdout).results[0].assessment.parameters.timelyDays).toBe(0);
    const en = await run(runExemption, [files[0]!, '--today', TODAY, '--locale', 'en']);
    expect(en.stdout).toContain('Verdict: likely eligible');
    expect(en.stdout).toContain('the supervision body decides');
  });

  it('needs files and valid options', async () => {
    await expect(run(runExemption, [])).rejects.toBeInstanceOf(UsageError);
    await expect(run(runExemption, [files[0]!, '--today', '2026-13-01x'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(runExemption, [files[0]!, '--timely-days=-1'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(runExemption, [files[0]!, '--timely-days', 'ten'])).rejects.toBeInstanceOf(UsageError);
  });
});
