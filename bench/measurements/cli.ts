import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { once as onceEvent } from 'node:events';
import { fileURLToPath } from 'node:url';
import { generateCase, random } from '../lib/generate';
import { once, type MeasurementDef } from '../lib/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT_DIR = join(ROOT, 'bench', 'out');
const BIN = join(ROOT, 'bin', 'zhifa-guard.mjs');
const CASES = 100_000;
const TODAY = '2026-11-25';
const TIME = '/usr/bin/time';

interface BatchRun {
  seconds: number;
  peakMb: number;
  how: string;
}

/** Writes the cases as JSON Lines, streaming, so generating them does not hold them all. */
async function writeCases(file: string, count: number): Promise<number> {
  const out = createWriteStream(file);
  const rand = random(294);
  let bytes = 0;
  let chunk = '';
  for (let index = 0; index < count; index++) {
    chunk += JSON.stringify(generateCase(index, rand)) + '\n';
    if (chunk.length > 1 << 20 || index === count - 1) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await onceEvent(out, 'drain');
      chunk = '';
    }
  }
  out.end();
  await onceEvent(out, 'finish');
  return bytes;
}

/** Peak resident set size of a running process, polled from /proc (Linux) until it exits. */
export function pollPeak(pid: number, exited: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    let peakKb = 0;
    const timer = setInterval(() => {
      if (exited()) {
        clearInterval(timer);
        resolve(peakKb / 1024);
        return;
      }
      try {
        const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
      } catch {
        // the process has just exited
      }
    }, 10);
  });
}

const batch = once(async (): Promise<BatchRun> => {
  await mkdir(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, 'cases-100k.jsonl');
  const bytes = await writeCases(file, CASES);
  console.log(`  cli: ${CASES} generated cases, ${(bytes / 1048576).toFixed(0)} MB of JSON Lines in ${file}`);

  const useTime = existsSync(TIME);
  const args = [BIN, 'check', file, '--format', 'json', '--today', TODAY];
  const devNull = openSync('/dev/null', 'w');
  const started = performance.now();
  const child = useTime
    ? spawn(TIME, ['-v', process.execPath, ...args], { stdio: ['ignore', devNull, 'pipe'] })
    : spawn(process.execPath, args, { stdio: ['ignore', devNull, 'pipe'] });
  let done = false;
  let stderr = '';
  const stderrStream = child.stderr;
  if (!stderrStream) throw new Error('bench: no stderr pipe');
  stderrStream.setEncoding('utf8');
  stderrStream.on('data', (text: string) => (stderr += text));
  const polled = useTime ? Promise.resolve(0) : pollPeak(child.pid!, () => done);
  const [code] = (await onceEvent(child, 'close')) as [number | null];
  const seconds = (performance.now() - started) / 1000;
  done = true;
  closeSync(devNull);

  // 0: no violation, 1: violations found (expected with these cases); anything else is a failure.
  if (code !== 0 && code !== 1) {
    throw new Error(`bench: zhifa-guard check exited with ${code}:\n${stderr.slice(0, 2000)}`);
  }
  let peakMb: number;
  if (useTime) {
    const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
    if (!match) throw new Error(`bench: no peak RSS in ${TIME} -v output:\n${stderr.slice(-1000)}`);
    peakMb = Number(match[1]) / 1024;
  } else peakMb = await polled;
  return { seconds, peakMb, how: useTime ? `${TIME} -v` : '/proc/<pid>/status VmHWM' };
});

export const cliMeasurements: MeasurementDef[] = [
  {
    name: 'cli.batch_100k_seconds',
    description: `wall time of \`zhifa-guard check <${CASES} cases .jsonl> --format json > /dev/null\` in a child process`,
    async run() {
      const result = await batch();
      return { name: 'cli.batch_100k_seconds', value: round(result.seconds, 2), unit: 's', target: '<= 10' };
    },
  },
  {
    name: 'cli.batch_100k_peak_mb',
    description: 'peak resident memory of that same run',
    async run() {
      const result = await batch();
      console.log(`  cli: peak RSS measured with ${result.how}`);
      return { name: 'cli.batch_100k_peak_mb', value: round(result.peakMb, 1), unit: 'MB', target: '<= 300' };
    },
  },
];

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
