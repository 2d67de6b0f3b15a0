/**
 * The compact law data that `scripts/build-law-data.ts` derives from the public law registry
 * (LawRefBook/Laws) into `data/laws.ts`. The project reads only that derived module.
 */

/** One registry version: [version date, effective date, repealed (1) or not (0), highest article number]. */
export type LawDataVersion = [version: string, effective: string, repealed: 0 | 1, articles: number];

export interface LawDataEntry {
  /** The title exactly as the registry gives it, e.g. 中华人民共和国食品安全法. */
  t: string;
  /** Index into `levels`. */
  l: number;
  /** Index into `regions`, or -1 for national law. */
  r: number;
  /** Every date named in the promulgation and amendment history, ISO, sorted. */
  h: string[];
  /** The versions the registry holds, oldest first (an unknown version date sorts last). */
  v: LawDataVersion[];
}

export interface LawDataFile {
  format: 1;
  /**
   * `through`: the last date the registry records (a version, an entry into force, a history line).
   * Revisions made after it are unknown to the registry, so its article counts do not bind later acts.
   */
  source: { repository: string; commit: string; entries: number; through?: string };
  /** Registry levels: 法律, 行政法规, 地方性法规, 部门规章, 民法典, 宪法. */
  levels: string[];
  /** Province short names, e.g. 山东. */
  regions: string[];
  /** Cities and prefectures named at the head of local regulations → index into `regions`. */
  places: Record<string, number>;
  laws: LawDataEntry[];
}
