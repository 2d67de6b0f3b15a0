import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliMeasurements } from './measurements/cli';
import { engineMeasurements } from './measurements/engine';
import { bundleMeasurements } from './measurements/bundle';
import { decisionMeasurements } from './measurements/decision';
import { selfreportMeasurements } from './measurements/selfreport';
import { overlayMeasurements } from './measurements/overlay';
import { widgetMeasurements } from './measurements/widget';
import { meetsTarget, type Measurement, type MeasurementDef } from './lib/types';

/**
 * `npm run bench [-- <name|prefix>...] [--strict] [--list]`
 *
 * Runs the named measurements (all by default; `engine` selects every `engine.*`), prints a
 * table and writes bench/results.json as [{ name, value, unit, target }]. A partial run updates
 * its own figures and keeps the others. `--strict` exits 1 when a figure misses its target.
 *
 * To add a figure, add a MeasurementDef to a list in bench/measurements/ (or a new list here).
 */
const MEASUREMENTS: readonly MeasurementDef[] = [
  ...engineMeasurements,
  ...cliMeasurements,
  ...overlayMeasurements,
  ...widgetMeasurements,
  ...decisionMeasurements,
  ...selfreportMeasurements,
  ...bundleMeasurements,
];

const RESULTS = join(fileURLToPath(new URL('.', import.meta.url)), 'results.json');

function selected(filters: readonly string[]): MeasurementDef[] {
  if (filters.length === 0) return [...MEASUREMENTS];
  const chosen = MEASUREMENTS.filter((m) => filters.some((f) => m.name === f || m.name.startsWith(`${f}.`)));
  const unknown = filters.filter((f) => !MEASUREMENTS.some((m) => m.name === f || m.name.startsWith(`${f}.`)));
  if (unknown.length > 0) {
    throw new Error(
      `unknown measurement(s): ${unknown.join(', ')}; known: ${MEASUREMENTS.map((m) => m.name).join(', ')}`,
    );
  }
  return chosen;
}

async function previousResults(): Promise<Measurement[]> {
  try {
    const parsed = JSON.parse(await readFile(RESULTS, 'utf8')) as unknown;
    return Array.isArray(parsed) ? (parsed as Measurement[]) : [];
  } catch {
    return [];
  }
}

function table(results: readonly Measurement[]): string {
  const rows = results.map((r) => {
    const ok = meetsTarget(r.value, r.target);
    return [r.name, String(r.value), r.unit, r.target, ok === undefined ? '?' : ok ? 'ok' : 'MISSED'];
  });
  const header = ['measurement', 'value', 'unit', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const strict = argv.includes('--strict');
  if (argv.includes('--list')) {
    for (const m of MEASUREMENTS) console.log(`${m.name.padEnd(32)} ${m.description}`);
    return 0;
  }
  const chosen = selected(argv.filter((arg) => !arg.startsWith('--')));
  const measured: Measurement[] = [];
  for (const m of chosen) {
    console.log(`▶ ${m.name} — ${m.description}`);
    const result = await m.run();
    console.log(`  = ${result.value} ${result.unit} (target ${result.target})`);
    measured.push(result);
  }

  // Keep figures this run did not measure; order as the registry lists them.
  const byName = new Map((await previousResults()).map((r) => [r.name, r]));
  for (const r of measured) byName.set(r.name, r);
  const order = new Map(MEASUREMENTS.map((m, i) => [m.name, i]));
  const all = [...byName.values()].sort(
    (a, b) => (order.get(a.name) ?? Infinity) - (order.get(b.name) ?? Infinity) || a.name.localeCompare(b.name),
  );
  await writeFile(RESULTS, JSON.stringify(all, null, 2) + '\n');

  console.log(`\n${table(measured)}\n\nwrote ${RESULTS}`);
  const missed = measured.filter((r) => meetsTarget(r.value, r.target) === false);
  return strict && missed.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
