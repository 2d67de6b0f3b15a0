import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

const FIXTURES = fileURLToPath(new URL('../../lib/documents/fixtures', import.meta.url));

async function run(argv: string[], stdinText = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stdin.end(stdinText);
  const code = await main(argv, { stdin, stdout, stderr });
  stdout.end();
  stderr.end();
  await finished(stdout);
  return { code, stdout: Buffer.concat(out).toString('utf8') };
}

interface DecisionJson {
  results: {
    file: string;
    kind: string;
    elements: Record<string, boolean>;
    citations: { law: string; article: number; paragraph: number | null; item: number | null }[];
    decisionDate: string | null;
    fineTotal: number | null;
    findings: { ruleId: string; status: string; category: number }[];
  }[];
  errors: unknown[];
}

describe('zhifa-guard decision', () => {
  it('prints the documented JSON shape, with no violation for a correct decision', async () => {
    const { code, stdout } = await run([
      'decision',
      '--format',
      'json',
      '--today',
      '2026-11-25',
      join(FIXTURES, 'market-decision.txt'),
    ]);
    const json = JSON.parse(stdout) as DecisionJson;
    expect(code).toBe(0);
    const [result] = json.results;
    expect(result).toMatchObject({ kind: 'decision', decisionDate: '2026-04-20', fineTotal: 50000 });
    expect(Object.keys(result!.elements).sort()).toEqual(
      ['authority', 'date', 'evidence', 'facts', 'legalBasis', 'party', 'penalty', 'performance', 'remedy'].sort(),
    );
    expect(Object.values(result!.elements).every(Boolean)).toBe(true);
    expect(result!.citations).toContainEqual({ law: '中华人民共和国食品安全法', article: 124, paragraph: 1, item: 5 });
    expect(result!.findings.filter((finding) => finding.status === 'violation')).toEqual([]);
  });

  it('catches a wrong legal basis and wrong remedy periods, exiting 1', async () => {
    const { code, stdout } = await run([
      'decision',
      '--format',
      'json',
      '--today',
      '2026-11-25',
      join(FIXTURES, 'environment-decision.txt'),
    ]);
    const [result] = (JSON.parse(stdout) as DecisionJson).results;
    expect(code).toBe(1);
    const violations = result!.findings.filter((finding) => finding.status === 'violation');
    expect(violations.some((finding) => finding.category === 2)).toBe(true);
    expect(violations.length).toBeGreaterThanOrEqual(5);
  });

  it('tells a disclosure summary from a decision, reading standard input', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(join(FIXTURES, 'disclosure-summary.txt'), 'utf8');
    const { stdout } = await run(['decision', '--format', 'json', '-'], text);
    expect((JSON.parse(stdout) as DecisionJson).results[0]!.kind).toBe('summary');
  });

  it('reports an unreadable file and exits 2', async () => {
    const { code, stdout } = await run(['decision', '--format', 'json', 'no-such-file.txt']);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as DecisionJson).errors).toHaveLength(1);
  });
});
