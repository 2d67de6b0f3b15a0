/** One figure in bench/results.json. */
export interface Measurement {
  /** Dotted name, `<area>.<figure>`, e.g. `engine.cases_per_second`. */
  name: string;
  value: number;
  unit: string;
  /** The goal, as a comparison the value must satisfy: `>= 50000`, `<= 10`. */
  target: string;
}

/** A named measurement the runner can select (`npm run bench -- engine` runs every `engine.*`). */
export interface MeasurementDef {
  name: string;
  /** One line for the table: what is measured, and how. */
  description: string;
  run(): Promise<Measurement>;
}

/** Whether a value meets a target written as `>= N`, `> N`, `<= N`, `< N` or `= N`. */
export function meetsTarget(value: number, target: string): boolean | undefined {
  const match = /^\s*(>=|<=|>|<|=)\s*(-?[\d.]+)\s*$/.exec(target);
  if (!match) return undefined;
  const limit = Number(match[2]);
  switch (match[1]) {
    case '>=':
      return value >= limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    case '<':
      return value < limit;
    default:
      return value === limit;
  }
}

/** Runs a computation once and shares the result: for figures that come from the same run. */
export function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}
