/**
 * Derives the project's compact law data (`data/laws.ts`) from the public law registry
 * (LawRefBook/Laws, as collected in ../shared/data/law-registry.json).
 *
 *   npm run build:laws                 # reads ../shared/data/law-registry.json
 *   npm run build:laws -- <registry>   # another copy of the registry
 *
 * The output is deterministic (same input, same bytes) and is committed; the project never reads
 * the registry itself at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { provinceAtStart } from '../lib/laws/provinces';
import type { LawDataEntry, LawDataFile, LawDataVersion } from '../lib/laws/types';

interface RegistryLaw {
  title: string;
  level: string;
  region: string | null;
  version: string | null;
  effective: string | null;
  repealed: boolean;
  articles: number;
  history: string[];
}

interface Registry {
  source?: { repository?: string; commit?: string };
  laws: RegistryLaw[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT = resolve(process.argv[2] ?? resolve(ROOT, '../shared/data/law-registry.json'));
const OUTPUT = resolve(ROOT, 'data/laws.ts');

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const HISTORY_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;
/** A history line that only dates the entry into force: 2016年10月1日 施行. */
const IN_FORCE_LINE = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:起)?施行\s*$/;
/** A 施行 line dates a version without an effective date only if it falls this soon after the version date. */
const IN_FORCE_LAG_DAYS = 730;
/** The city or autonomous area a local regulation's title starts with: 青岛市…, 景宁畲族自治县…. */
const PLACE = /^(?!关于)([\u4e00-\u9fa5]{2,4}?市|[\u4e00-\u9fa5]{2,12}?(?:自治州|自治县|盟|地区))/;

function iso(value: string | null | undefined): string {
  return value && ISO.test(value) ? value : '';
}

function historyDates(lines: readonly string[]): string[] {
  const dates = new Set<string>();
  for (const line of lines) {
    for (const match of line.matchAll(HISTORY_DATE)) {
      const month = Number(match[2]);
      const day = Number(match[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      dates.add(`${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
  }
  return [...dates].sort();
}

function dayOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/**
 * The registry's own effective date, else the one a history line gives for this version
 * (2016年10月1日 施行, on or soon after the version date; an older 施行 line dates an older text).
 */
function effectiveOf(entry: RegistryLaw): string {
  const effective = iso(entry.effective);
  if (effective) return effective;
  const version = iso(entry.version);
  if (!version) return '';
  let found = '';
  for (const line of entry.history) {
    const match = IN_FORCE_LINE.exec(line);
    if (!match) continue;
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const date = `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const lag = dayOf(date) - dayOf(version);
    if (lag >= 0 && lag <= IN_FORCE_LAG_DAYS && (!found || date < found)) found = date;
  }
  return found;
}

/**
 * The last date the registry knows anything about (a version, an entry into force, a history line):
 * the registry cannot know of revisions made after it, so article counts are not conclusive after it.
 */
function registryThrough(laws: readonly RegistryLaw[]): string {
  let last = '';
  for (const law of laws) {
    for (const date of [iso(law.version), iso(law.effective), ...historyDates(law.history)]) {
      if (date > last) last = date;
    }
  }
  return last;
}

/** Orders versions by version date, then effective date; an undated version goes last. */
function versionOrder(a: LawDataVersion, b: LawDataVersion): number {
  const ka = a[0] || a[1] || '9999';
  const kb = b[0] || b[1] || '9999';
  return ka < kb ? -1 : ka > kb ? 1 : a[3] - b[3];
}

function build(registry: Registry): LawDataFile {
  const byTitle = new Map<string, RegistryLaw[]>();
  for (const law of registry.laws) {
    const list = byTitle.get(law.title);
    if (list) list.push(law);
    else byTitle.set(law.title, [law]);
  }
  const levels: string[] = [];
  const regions: string[] = [];
  const indexOf = (list: string[], value: string): number => {
    let index = list.indexOf(value);
    if (index < 0) index = list.push(value) - 1;
    return index;
  };
  const places = new Map<string, number>();
  const conflicted = new Set<string>();
  const laws: LawDataEntry[] = [];
  for (const title of [...byTitle.keys()].sort()) {
    const entries = byTitle.get(title)!;
    const first = entries[0]!;
    // Entries of one title with the same version date are one version (the registry splits 民法典 by book).
    const merged = new Map<string, LawDataVersion>();
    for (const entry of entries) {
      const effective = effectiveOf(entry);
      const key = `${iso(entry.version)}|${effective}`;
      const known = merged.get(key);
      const version: LawDataVersion = [iso(entry.version), effective, entry.repealed ? 1 : 0, entry.articles];
      if (!known) merged.set(key, version);
      else merged.set(key, [known[0], known[1], known[2] && version[2] ? 1 : 0, Math.max(known[3], version[3])]);
    }
    const region = first.region ? indexOf(regions, first.region) : -1;
    laws.push({
      t: title,
      l: indexOf(levels, first.level),
      r: region,
      h: historyDates(entries.flatMap((entry) => entry.history)),
      v: [...merged.values()].sort(versionOrder),
    });
    if (region >= 0 && !provinceAtStart(title)) {
      const place = PLACE.exec(title)?.[1];
      if (place && !place.includes('省')) {
        const known = places.get(place);
        if (known !== undefined && known !== region) conflicted.add(place);
        else places.set(place, region);
      }
    }
  }
  for (const place of conflicted) places.delete(place);
  return {
    format: 1,
    source: {
      repository: registry.source?.repository ?? 'LawRefBook/Laws',
      commit: registry.source?.commit ?? '',
      entries: registry.laws.length,
      through: registryThrough(registry.laws),
    },
    levels,
    regions,
    places: Object.fromEntries([...places.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
    laws,
  };
}

/** A single-quoted TypeScript string literal that Prettier leaves as it is. */
function quote(text: string): string {
  return `'${text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

const registry = JSON.parse(readFileSync(INPUT, 'utf8')) as Registry;
const data = build(registry);
const json = JSON.stringify(data);
const module = `// Generated by scripts/build-law-data.ts (npm run build:laws) from the public law registry
// ${data.source.repository}@${data.source.commit}. Do not edit by hand.
import type { LawDataFile } from '../lib/laws/types';

const data: LawDataFile = JSON.parse(
  ${quote(json)},
);

export default data;
`;
writeFileSync(OUTPUT, module);
const bytes = Buffer.byteLength(module);
console.log(
  `${OUTPUT}: ${data.laws.length} titles from ${data.source.entries} registry entries, ` +
    `${Object.keys(data.places).length} places, known through ${data.source.through}; ${(bytes / 1024).toFixed(0)} KB, ` +
    `${(gzipSync(module, { level: 9 }).length / 1024).toFixed(0)} KB gzip`,
);
