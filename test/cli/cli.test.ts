import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import type { CaseResultJson } from '../../lib/engine/report';
import { art7Heading } from '../../lib/engine/citation';
import { RULES } from '../../lib/rules';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'zhifa-guard.mjs');
const EXAMPLES = join(ROOT, 'examples', 'cases');
const TODAY = '2026-11-25';

const example = (name: string): string => join(EXAMPLES, name);
const CLEAN = example('penalty-general-clean.json');
const CLEAN_SIMPLE = example('penalty-simple-clean.json');
/** A defective example whose rule (apl-51-simplified) is in the catalogue. */
const DEFECTIVE = example('penalty-simple-over-limit.json');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface CheckJson {
  results: CaseResultJson[];
  errors: { file: string; line?: number; index?: number; caseId?: string; message: string; messageEn: string }[];
}

/** Runs the CLI in this process with in-memory streams. */
async function run(argv: string[], stdinText = ''): Promise<Run> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  stdin.end(stdinText);
  const code = await main(argv, { stdin, stdout, stderr });
  stdout.end();
  stderr.end();
  await Promise.all([finished(stdout), finished(stderr)]);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** Runs `node bin/zhifa-guard.mjs` as a child process, as a user would. */
function spawnCli(args: string[], stdinText = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
    child.stdin.end(stdinText);
  });
}

function parseCheck(stdout: string): CheckJson {
  return JSON.parse(stdout) as CheckJson;
}

function violations(result: CaseResultJson): number {
  return result.findings.filter((finding) => finding.status === 'violation').length;
}

function caseIdOf(file: string): string {
  return (JSON.parse(readFileSync(file, 'utf8')) as { id: string }).id;
}

function minimalCase(id: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { schemaVersion: 1, id, actionType: 'penalty', ...fields };
}

const SPAWN_TIMEOUT = 30_000;

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhifa-cli-test-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('zhifa-guard check: exit codes (child process)', () => {
  it(
    'exits 0 on a clean case',
    async () => {
      const result = await spawnCli(['check', CLEAN, '--format', 'json', '--today', TODAY]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const report = parseCheck(result.stdout);
      expect(report.results).toHaveLength(1);
      expect(violations(report.results[0]!)).toBe(0);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exits 1 on a defective case',
    async () => {
      const result = await spawnCli(['check', DEFECTIVE, '--format', 'json', '--today', TODAY]);
      expect(result.code).toBe(1);
      const report = parseCheck(result.stdout);
      expect(report.errors).toEqual([]);
      expect(violations(report.results[0]!)).toBeGreaterThan(0);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exits 2 when one input is unreadable, and still reports the others in order',
    async () => {
      const missing = join(tmp, 'no-such-file.json');
      const result = await spawnCli(['check', DEFECTIVE, missing, CLEAN, '--format', 'json', '--today', TODAY]);
      expect(result.code).toBe(2);
      const report = parseCheck(result.stdout);
      expect(report.results.map((entry) => entry.file)).toEqual([DEFECTIVE, CLEAN]);
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]!.file).toBe(missing);
      expect(report.errors[0]!.message).toContain('文件不存在');
      expect(report.errors[0]!.messageEn).toContain('not found');
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exits 2 with a clear message on a bad option',
    async () => {
      const result = await spawnCli(['check', CLEAN, '--format', 'xml']);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('--format');
    },
    SPAWN_TIMEOUT,
  );
});

describe('zhifa-guard check --format json', () => {
  it('prints exactly one JSON document with the results in input order', async () => {
    const files = [DEFECTIVE, CLEAN, CLEAN_SIMPLE];
    const result = await run(['check', ...files, '--format', 'json', '--today', TODAY]);
    expect(result.code).toBe(1);
    expect(result.stdout.endsWith('}\n')).toBe(true);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    const report = parseCheck(result.stdout);
    expect(Object.keys(report).sort()).toEqual(['errors', 'results']);
    expect(report.results.map((entry) => entry.file)).toEqual(files);
    expect(report.results.map((entry) => entry.caseId)).toEqual(files.map(caseIdOf));
    for (const entry of report.results) {
      expect(typeof entry.passed).toBe('number');
      expect(typeof entry.notApplicable).toBe('number');
      for (const finding of entry.findings) {
        expect(finding.ruleId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
        expect(finding.category).toBeGreaterThanOrEqual(1);
        expect(finding.category).toBeLessThanOrEqual(8);
        expect(['violation', 'review']).toContain(finding.status);
        expect(finding.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('reads JSON Lines, keeping line order and reporting a bad line without losing the others', async () => {
    const file = join(tmp, 'batch.jsonl');
    const lines = [
      JSON.stringify(minimalCase('L-1')),
      '',
      JSON.stringify(minimalCase('L-2', { actionType: 'inspection' })),
      '{"schemaVersion":1,"id":"L-broken",',
      JSON.stringify(minimalCase('L-3', { actionType: 'coercion' })),
    ];
    await writeFile(file, lines.join('\n') + '\n');
    const result = await run(['check', file, '--format', 'json', '--today', TODAY]);
    expect(result.code).toBe(2);
    const report = parseCheck(result.stdout);
    expect(report.results.map((entry) => entry.caseId)).toEqual(['L-1', 'L-2', 'L-3']);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file, line: 4 });
  });

  it('reads a JSON array of cases, reporting an invalid element by index', async () => {
    const file = join(tmp, 'array.json');
    const cases = [minimalCase('A-1'), { id: 'A-bad', actionType: 'penalty' }, minimalCase('A-2')];
    await writeFile(file, JSON.stringify(cases, null, 2));
    const result = await run(['check', file, '--format', 'json', '--today', TODAY]);
    expect(result.code).toBe(2);
    const report = parseCheck(result.stdout);
    expect(report.results.map((entry) => entry.caseId)).toEqual(['A-1', 'A-2']);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ file, index: 1, caseId: 'A-bad' });
  });

  it('expands a directory into its .json and .jsonl files, sorted and recursive', async () => {
    const dir = join(tmp, 'dir');
    await mkdir(join(dir, 'sub'), { recursive: true });
    await writeFile(join(dir, 'b.json'), JSON.stringify(minimalCase('D-b')));
    await writeFile(
      join(dir, 'a.jsonl'),
      JSON.stringify(minimalCase('D-a1')) + '\n' + JSON.stringify(minimalCase('D-a2')),
    );
    await writeFile(join(dir, 'sub', 'c.json'), JSON.stringify([minimalCase('D-c')]));
    await writeFile(join(dir, 'notes.txt'), 'not a case');
    const result = await run(['check', dir, '--format', 'json', '--today', TODAY]);
    expect(result.code).toBe(0);
    const report = parseCheck(result.stdout);
    expect(report.errors).toEqual([]);
    expect(report.results.map((entry) => entry.caseId)).toEqual(['D-a1', 'D-a2', 'D-b', 'D-c']);
    expect(report.results.map((entry) => entry.file)).toEqual([
      join(dir, 'a.jsonl'),
      join(dir, 'a.jsonl'),
      join(dir, 'b.json'),
      join(dir, 'sub', 'c.json'),
    ]);
  });

  it('reads one case document from standard input with -', async () => {
    const text = await readFile(DEFECTIVE, 'utf8');
    const result = await run(['check', '-', '--format', 'json', '--today', TODAY], text);
    expect(result.code).toBe(1);
    const report = parseCheck(result.stdout);
    expect(report.results).toHaveLength(1);
    expect(report.results[0]!.file).toBe('-');
    expect(report.results[0]!.caseId).toBe(caseIdOf(DEFECTIVE));
  });

  it('reads JSON Lines from standard input', async () => {
    const text = [minimalCase('S-1'), minimalCase('S-2')].map((value) => JSON.stringify(value)).join('\n');
    const result = await run(['check', '-', '--format', 'json', '--today', TODAY], text);
    expect(result.code).toBe(0);
    expect(parseCheck(result.stdout).results.map((entry) => entry.caseId)).toEqual(['S-1', 'S-2']);
  });

  it('reports a case that breaks the case model with the offending path', async () => {
    const file = join(tmp, 'invalid.json');
    await writeFile(file, JSON.stringify(minimalCase('I-1', { violationDate: '2025-02-30' })));
    const result = await run(['check', file, '--format', 'json', '--today', TODAY]);
    expect(result.code).toBe(2);
    const report = parseCheck(result.stdout);
    expect(report.results).toEqual([]);
    expect(report.errors[0]).toMatchObject({ file, caseId: 'I-1' });
    expect(JSON.stringify(report.errors[0])).toContain('violationDate');
  });
});

describe('zhifa-guard check --format csv', () => {
  it('starts with a BOM and the header, then one row per finding', async () => {
    const result = await run(['check', DEFECTIVE, CLEAN, '--format', 'csv', '--today', TODAY]);
    expect(result.code).toBe(1);
    expect(
      result.stdout.startsWith('\ufeffcaseId,file,ruleId,category,severity,status,message,citations,fields,fix\r\n'),
    ).toBe(true);
    const rows = result.stdout.slice(1).split('\r\n').filter(Boolean);
    const json = parseCheck((await run(['check', DEFECTIVE, CLEAN, '--format', 'json', '--today', TODAY])).stdout);
    const findings = json.results.reduce((sum, entry) => sum + entry.findings.length, 0);
    expect(rows).toHaveLength(1 + findings);
    const ids = [caseIdOf(DEFECTIVE), caseIdOf(CLEAN)];
    for (const row of rows.slice(1)) expect(ids).toContain(row.split(',')[0]);
  });

  it('prints only the header for a clean case', async () => {
    const result = await run(['check', CLEAN_SIMPLE, '--format', 'csv', '--today', TODAY]);
    expect(result.code).toBe(0);
    const json = parseCheck((await run(['check', CLEAN_SIMPLE, '--format', 'json', '--today', TODAY])).stdout);
    const rows = result.stdout.split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(1 + json.results[0]!.findings.length);
  });
});

describe('zhifa-guard check --format text', () => {
  it('groups findings under their Jinan Art. 7 item', async () => {
    const file = example('penalty-notice-after-decision.json');
    const text = await run(['check', file, '--today', TODAY]);
    const json = parseCheck((await run(['check', file, '--format', 'json', '--today', TODAY])).stdout);
    expect(text.code).toBe(json.results[0]!.findings.some((finding) => finding.status === 'violation') ? 1 : 0);
    const grouped = new Map<string, string[]>();
    let heading: string | undefined;
    for (const line of text.stdout.split('\n')) {
      const match = /^ {2}【(.+)】$/.exec(line);
      if (match) {
        heading = match[1]!;
        expect(grouped.has(heading), `heading printed twice: ${heading}`).toBe(false);
        grouped.set(heading, []);
      } else if (/^ {4}[✖△] /.test(line)) {
        expect(heading, 'a finding before any heading').toBeDefined();
        grouped.get(heading!)!.push(line);
      }
    }
    const findings = json.results[0]!.findings;
    expect(findings.length).toBeGreaterThan(0);
    expect([...grouped.values()].flat()).toHaveLength(findings.length);
    for (const finding of findings) {
      const lines = grouped.get(art7Heading(finding.category));
      expect(lines, `no heading for item ${finding.category}`).toBeDefined();
      expect(lines!.some((line) => line.includes(finding.message))).toBe(true);
    }
    expect(text.stdout).toContain('共检查 1 件案件');
  });

  it('says so when a case has no finding', async () => {
    const result = await run(['check', CLEAN_SIMPLE, '--today', TODAY]);
    const json = parseCheck((await run(['check', CLEAN_SIMPLE, '--format', 'json', '--today', TODAY])).stdout);
    if (json.results[0]!.findings.length === 0) expect(result.stdout).toContain('未发现风险');
    expect(result.code).toBe(0);
  });
});

describe('zhifa-guard rules and schema', () => {
  it('rules --format json lists the whole catalogue', async () => {
    const result = await run(['rules', '--format', 'json']);
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as {
      count: number;
      rules: {
        id: string;
        title: { zh: string; en: string };
        category: number;
        severity: string;
        appliesTo: string[];
        citations: { law: string; article: number; paragraph: number | null; item: number | null }[];
        fix: { zh: string; en: string };
        messages: Record<string, { zh: string; en: string }>;
      }[];
    };
    expect(list.count).toBe(RULES.length);
    expect(list.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
    expect(new Set(list.rules.map((rule) => rule.id)).size).toBe(list.count);
    for (const rule of list.rules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(rule.title.zh && rule.title.en).toBeTruthy();
      expect(rule.fix.zh && rule.fix.en).toBeTruthy();
      expect(rule.category).toBeGreaterThanOrEqual(1);
      expect(rule.category).toBeLessThanOrEqual(8);
      expect(['high', 'medium', 'low']).toContain(rule.severity);
      expect(rule.appliesTo.length).toBeGreaterThan(0);
      expect(rule.citations.length).toBeGreaterThan(0);
      for (const citation of rule.citations) {
        expect(citation).toHaveProperty('paragraph');
        expect(citation).toHaveProperty('item');
      }
      for (const message of Object.values(rule.messages)) expect(message.zh && message.en).toBeTruthy();
    }
  });

  it('schema prints schema/case.schema.json', async () => {
    const result = await run(['schema']);
    expect(result.code).toBe(0);
    const committed = JSON.parse(await readFile(join(ROOT, 'schema', 'case.schema.json'), 'utf8')) as unknown;
    expect(JSON.parse(result.stdout)).toEqual(committed);
  });
});

describe('zhifa-guard usage errors', () => {
  const cases: [string, string[], string][] = [
    ['--today not a date', ['check', CLEAN, '--today', 'tomorrow'], '--today'],
    ['--today month 13', ['check', CLEAN, '--today', '2026-13-01'], '--today'],
    ['--today without dashes', ['check', CLEAN, '--today', '20261125'], '--today'],
    ['unknown --profile', ['check', CLEAN, '--profile', 'beijing'], '--profile'],
    ['unknown --format', ['check', CLEAN, '--format', 'xml'], '--format'],
    ['unknown option', ['check', CLEAN, '--colour'], 'colour'],
    ['no input', ['check', '--format', 'json'], '-'],
    ['unknown command', ['inspect', CLEAN], 'inspect'],
  ];
  for (const [name, argv, mention] of cases) {
    it(`${name}: exit 2 with a message on stderr and nothing on stdout`, async () => {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(mention);
      if (argv[0] === 'check') expect(result.stdout).toBe('');
    });
  }

  it('names the profiles it knows', async () => {
    const result = await run(['check', CLEAN, '--profile', 'beijing']);
    for (const id of ['national', 'shandong', 'jinan']) expect(result.stderr).toContain(id);
  });
});

describe('examples/cases', () => {
  const manifest = JSON.parse(readFileSync(join(EXAMPLES, '..', 'case-manifest.json'), 'utf8')) as {
    clean: string[];
    defective: string[];
  };
  const listed = [...manifest.clean, ...manifest.defective];

  it('the manifest lists every example exactly once', () => {
    const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));
    expect([...listed].sort()).toEqual(files.sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBeGreaterThanOrEqual(10);
  });

  let report: CheckJson;
  const resultFor = (name: string): CaseResultJson => {
    const entry = report.results.find((result) => result.file === example(name));
    if (!entry) throw new Error(`no result for ${name}: ${JSON.stringify(report.errors)}`);
    return entry;
  };

  beforeAll(async () => {
    const result = await run([
      'check',
      ...listed.map(example),
      '--format',
      'json',
      '--today',
      TODAY,
      '--profile',
      'jinan',
    ]);
    report = parseCheck(result.stdout);
  });

  it('every example is valid against the case model', () => {
    expect(report.errors).toEqual([]);
    expect(report.results).toHaveLength(listed.length);
    for (const result of report.results) expect(result.engineErrors).toBeUndefined();
  });

  for (const name of manifest.clean) {
    it(`clean: ${name} yields no violation`, () => {
      const result = resultFor(name);
      const found = result.findings.filter((finding) => finding.status === 'violation');
      expect(found, JSON.stringify(found, null, 2)).toEqual([]);
    });
  }

  for (const name of manifest.defective) {
    it(`defective: ${name} yields at least one violation`, () => {
      const result = resultFor(name);
      expect(violations(result), JSON.stringify(result.findings, null, 2)).toBeGreaterThan(0);
    });
  }
});
