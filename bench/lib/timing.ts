import { performance } from 'node:perf_hooks';

export interface Throughput {
  /** Items processed per second over the measured window. */
  perSecond: number;
  items: number;
  seconds: number;
}

export interface ThroughputOptions {
  /** Time spent running before measuring (JIT warm-up), ms. */
  warmupMs: number;
  /** Minimum measured time, ms. */
  measureMs: number;
}

export const DEFAULT_TIMING: ThroughputOptions = { warmupMs: 1000, measureMs: 2000 };

/**
 * Calls `step(i)` for i = 0, 1, 2… (the caller cycles through its items) in batches until the
 * time is up, first for the warm-up and then for the measurement. `step` returns a number that
 * is summed, so the work cannot be optimised away.
 */
export function measureSync(step: (i: number) => number, options = DEFAULT_TIMING, batch = 256): Throughput {
  let sink = 0;
  let i = 0;
  const warmupEnd = performance.now() + options.warmupMs;
  while (performance.now() < warmupEnd) for (let k = 0; k < batch; k++) sink += step(i++);
  const start = performance.now();
  const end = start + options.measureMs;
  let items = 0;
  let now = start;
  while (now < end) {
    for (let k = 0; k < batch; k++) sink += step(i++);
    items += batch;
    now = performance.now();
  }
  if (sink === -1) console.log(sink); // keep the result alive
  const seconds = (now - start) / 1000;
  return { perSecond: items / seconds, items, seconds };
}

/** The same for asynchronous steps, awaited one after another. */
export async function measureAsync(
  step: (i: number) => Promise<number>,
  options = DEFAULT_TIMING,
  batch = 64,
): Promise<Throughput> {
  let sink = 0;
  let i = 0;
  const warmupEnd = performance.now() + options.warmupMs;
  while (performance.now() < warmupEnd) for (let k = 0; k < batch; k++) sink += await step(i++);
  const start = performance.now();
  const end = start + options.measureMs;
  let items = 0;
  let now = start;
  while (now < end) {
    for (let k = 0; k < batch; k++) sink += await step(i++);
    items += batch;
    now = performance.now();
  }
  if (sink === -1) console.log(sink);
  const seconds = (now - start) / 1000;
  return { perSecond: items / seconds, items, seconds };
}
