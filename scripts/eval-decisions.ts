/**
 * Runs the decision parser and checks over a folder of decision texts and prints one row per file.
 *
 *   npm run eval:decisions -- <dir> [--profile national|shandong|jinan] [--today YYYY-MM-DD] [--verbose] [--json]
 *
 * The default profile is `national` (no home province), so that documents of other provinces are
 * judged by the province their own authority names.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runDecision } from '../lib/documents';
import { ELEMENTS } from '../lib/documents/types';
import { getProfile } from '../lib/engine/profile';
import { ensureLawIndex } from '../lib/laws';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const positional = args.filter(
  (arg, i) => !arg.startsWith('--') && !['--profile', '--today'].includes(args[i - 1] ?? ''),
);
const dir = positional[0];
if (!dir) {
  console.error(
    'usage: npm run eval:decisions -- <dir> [--profile national|shandong|jinan] [--today YYYY-MM-DD] [--verbose] [--json]',
  );
  process.exit(2);
}
const profile = getProfile(option('profile') ?? 'national');
if (!profile) {
  console.error(`unknown profile ${option('profile')}`);
  process.exit(2);
}
const today = option('today');

await ensureLawIndex();

const files = statSync(dir).isDirectory()
  ? readdirSync(dir)
      .filter((name) => /\.(txt|md)$/i.test(name) && !/^(README|SOURCES)/i.test(name))
      .sort()
      .map((name) => join(dir, name))
  : [dir];

const SHORT: Record<string, string> = {
  party: 'P',
  facts: 'F',
  evidence: 'E',
  legalBasis: 'B',
  penalty: 'X',
  performance: 'W',
  remedy: 'R',
  authority: 'A',
  date: 'D',
};

interface Row {
  file: string;
  kind: string;
  type: string;
  elements: string;
  citations: number;
  date: string;
  fine: string;
  violations: number;
  reviews: number;
  kb: string;
  ms: string;
}

const rows: Row[] = [];
const details: string[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const options = { profile, ...(today ? { today } : {}) };
  // Median of repeated runs after a warm-up: the steady-state cost of parse + check.
  for (let i = 0; i < 5; i++) runDecision(text, options);
  const times: number[] = [];
  let report = runDecision(text, options);
  for (let i = 0; i < 15; i++) {
    const started = performance.now();
    report = runDecision(text, options);
    times.push(performance.now() - started);
  }
  const ms = times.sort((a, b) => a - b)[times.length >> 1]!;
  const found = ELEMENTS.filter((name) => report.elements[name]);
  const violations = report.findings.filter((finding) => finding.status === 'violation');
  const reviews = report.findings.filter((finding) => finding.status === 'review');
  rows.push({
    file: basename(file),
    kind: report.kind,
    type: report.type,
    elements: `${found.length}/${ELEMENTS.length} ${ELEMENTS.map((name) => (report.elements[name] ? SHORT[name] : '·')).join('')}`,
    citations: report.citations.filter((citation) => citation.kind !== 'other').length,
    date: report.decisionDate ?? '—',
    fine: report.fineTotal === undefined ? '—' : report.fineTotal.toLocaleString('en-US'),
    violations: violations.length,
    reviews: reviews.length,
    kb: (Buffer.byteLength(text) / 1024).toFixed(1),
    ms: ms.toFixed(2),
  });
  if (flag('verbose')) {
    details.push(`\n## ${basename(file)} (${(text.length / 1024).toFixed(1)} KB)`);
    for (const citation of report.citations) {
      details.push(
        `  cite ${citation.role.padEnd(10)} ${citation.law} ${citation.article ?? ''}${citation.paragraph ? `(${citation.paragraph})` : ''}${citation.item ? `[${citation.item}]` : ''}${citation.version ? ` {${citation.version}}` : ''}`,
      );
    }
    for (const finding of report.findings) {
      details.push(`  ${finding.status.padEnd(9)} ${finding.ruleId}/${finding.messageId}: ${finding.message}`);
    }
  }
}

if (flag('json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const headers: (keyof Row)[] = [
    'file',
    'kind',
    'type',
    'elements',
    'citations',
    'date',
    'fine',
    'violations',
    'reviews',
    'kb',
    'ms',
  ];
  const width = (key: keyof Row) => Math.max(key.length, ...rows.map((row) => displayWidth(String(row[key]))));
  const pad = (value: string, size: number) => value + ' '.repeat(Math.max(0, size - displayWidth(value)));
  console.log(headers.map((key) => pad(key, width(key))).join('  '));
  console.log(headers.map((key) => '-'.repeat(width(key))).join('  '));
  for (const row of rows) console.log(headers.map((key) => pad(String(row[key]), width(key))).join('  '));
  console.log(
    `\nelements: P party, F facts, E evidence, B legal basis, X penalty, W performance, R remedy, A authority, D date · profile ${profile.id}`,
  );
  if (details.length > 0) console.log(details.join('\n'));
}

function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char)
      ? 2
      : 1;
  return width;
}
