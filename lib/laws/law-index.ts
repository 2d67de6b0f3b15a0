import { dayNumber, isoFromDay } from '../calendar/days';
import { LAW_ALIASES } from './aliases';
import { normalizeTitle, titleKey, type NormalizedTitle, type VersionHint } from './normalize';
import { provinceAtStart, provinceByName, provinceNamedIn, type Province } from './provinces';
import type { LawDataEntry, LawDataFile } from './types';

export type LawLevel = 'constitution' | 'law' | 'administrative-regulation' | 'departmental-rule' | 'local-regulation';

const LEVELS: Record<string, LawLevel> = {
  宪法: 'constitution',
  法律: 'law',
  民法典: 'law',
  行政法规: 'administrative-regulation',
  部门规章: 'departmental-rule',
  地方性法规: 'local-regulation',
};

/** Two history dates this close belong to one version (a city passes, the province approves, it is published). */
const MERGE_DAYS = 180;
/** A registry version dated this long after a history date is that version (publication follows adoption). */
const ATTACH_DAYS = 365;
/**
 * When the registry does not give a version's effective date, it is taken to have come into force
 * on its adoption at the earliest and at most this long after (the longest lags between adoption
 * and entry into force in national law are under two years).
 */
const EFFECT_LAG_DAYS = 730;
/**
 * When a version's effective date is unknown, it is taken to be most likely in force this long after
 * its adoption: of the registry's versions that give both dates, 98.7% took effect within 240 days
 * (96% within 180, 99.5% within 365). Only reviews use this; a violation needs the 730-day bound.
 */
const LIKELY_LAG_DAYS = 240;

/** One version of a law on its timeline. */
export interface LawPhase {
  /** Earliest date the history names for this version (adoption, approval, promulgation), ISO. */
  adopted?: string;
  /** Earliest and latest day the version can have come into force (equal when the registry says). */
  startLo: number;
  startHi: number;
  /** The day by which the version has most likely come into force (startHi when the date is known). */
  likelyHi: number;
  /** The registry's version date, effective date and highest article number, when it holds this version. */
  version?: string;
  effective?: string;
  articles?: number;
}

export interface LawRecord {
  id: number;
  /** The registry title, e.g. 中华人民共和国食品安全法. */
  title: string;
  /** Lookup key (no 中华人民共和国, no quotes). */
  key: string;
  /** The title as usually cited in short, e.g. 食品安全法. */
  short: string;
  level: LawLevel;
  /** The registry's level in Chinese, e.g. 地方性法规. */
  levelZh: string;
  /** Province short name of a local regulation, e.g. 山东. */
  region?: string;
  provinceCode?: string;
  /** Versions, oldest first; those the registry holds carry an article count. */
  phases: LawPhase[];
  /** Whether the promulgation history is known (otherwise older versions may exist unseen). */
  historyKnown: boolean;
  /** The registry marks its latest version repealed (the law is no longer in force; when it ended is unknown). */
  repealed: boolean;
  /** Highest article count of any version the registry holds. */
  maxArticles: number;
}

/** What the registry says about a law on one day. */
export interface LawOnDay {
  /** The law had certainly not come into force yet. */
  notYet: boolean;
  /** It may not have come into force yet (its first version's effective date is unknown). */
  maybeNotYet: boolean;
  /** The registry marks it repealed and the day may fall after the repeal. */
  maybeRepealed: boolean;
  /** The versions that may have been in force that day, oldest first. */
  phases: LawPhase[];
}

export type ArticleStatus =
  /** Every version that may apply has at least that many articles, or the number is within every known version. */
  | { kind: 'ok' }
  /** No version that may apply has that article: the highest article number is `articles`. */
  | { kind: 'beyond'; articles: number; version?: string }
  /**
   * Some versions that may apply have it, others do not or are not in the registry; or no version
   * the registry holds has it but the act falls after the registry's last date (`through`), when a
   * revision it cannot know of may apply.
   */
  | { kind: 'uncertain'; articles: number; version?: string; through?: string };

export type VersionState = 'in' | 'out' | 'maybe';

export interface NearTitle {
  title: string;
  score: number;
}

export interface Resolved {
  record?: LawRecord;
  title: NormalizedTitle;
}

const MEMO_LIMIT = 20_000;
const NATIONAL_HEAD = /^(国家|国务院|全国|最高)/;

function iso(day: number): string {
  return Number.isFinite(day) ? isoFromDay(day) : '';
}

function yearOf(date: string | undefined): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}

function bigrams(key: string): string[] {
  if (key.length < 2) return [key];
  const grams = new Set<string>();
  for (let i = 0; i < key.length - 1; i++) grams.add(key.slice(i, i + 2));
  return [...grams];
}

function buildPhases(entry: LawDataEntry): { phases: LawPhase[]; historyKnown: boolean } {
  const phases: LawPhase[] = [];
  let lastDay = -Infinity;
  for (const date of entry.h) {
    const day = dayNumber(date);
    if (day - lastDay <= MERGE_DAYS) continue;
    phases.push({ adopted: date, startLo: day, startHi: day + EFFECT_LAG_DAYS, likelyHi: day + LIKELY_LAG_DAYS });
    lastDay = day;
  }
  const historyKnown = phases.length > 0;
  // Without a history, versions older than the registry's may exist: an open-ended unknown phase.
  if (!historyKnown) phases.push({ startLo: -Infinity, startHi: -Infinity, likelyHi: -Infinity });
  const attached = new Set<LawPhase>();
  for (const [version, effective, , articles] of entry.v) {
    const versionDay = version ? dayNumber(version) : undefined;
    const effectiveDay = effective ? dayNumber(effective) : undefined;
    const anchor = versionDay ?? effectiveDay;
    let phase: LawPhase | undefined;
    if (anchor === undefined) {
      // An undated version: the registry's latest text.
      const last = phases[phases.length - 1]!;
      phase = attached.has(last) ? undefined : last;
      if (!phase) continue;
    } else {
      for (let i = phases.length - 1; i >= 0; i--) {
        const candidate = phases[i]!;
        if (attached.has(candidate)) continue;
        const from = candidate.adopted ? dayNumber(candidate.adopted) : -Infinity;
        if (from <= anchor && anchor - from <= ATTACH_DAYS) {
          phase = candidate;
          break;
        }
        if (from <= anchor) break;
      }
      if (!phase) {
        phase = {
          adopted: isoFromDay(anchor),
          startLo: anchor,
          startHi: anchor + EFFECT_LAG_DAYS,
          likelyHi: anchor + LIKELY_LAG_DAYS,
        };
        let at = phases.length;
        while (at > 0 && (phases[at - 1]!.adopted ? dayNumber(phases[at - 1]!.adopted!) : -Infinity) > anchor) at--;
        phases.splice(at, 0, phase);
      }
    }
    attached.add(phase);
    phase.articles = articles;
    if (version) phase.version = version;
    if (effectiveDay !== undefined) {
      if (versionDay === undefined || effectiveDay >= versionDay) {
        phase.effective = effective;
        phase.startLo = effectiveDay;
        phase.startHi = effectiveDay;
      } else {
        // The registry gives the original's effective date for an amended text: it dates the first version.
        const first = phases[0]!;
        const firstAdopted = first.adopted ? dayNumber(first.adopted) : -Infinity;
        if (first !== phase && effectiveDay >= firstAdopted && effectiveDay <= first.startHi) {
          first.startLo = effectiveDay;
          first.startHi = effectiveDay;
        }
      }
    }
  }
  for (const phase of phases) {
    if (phase.startHi < phase.startLo) phase.startHi = phase.startLo;
    phase.likelyHi = Math.min(Math.max(phase.likelyHi, phase.startLo), phase.startHi);
  }
  return { phases, historyKnown };
}

/**
 * The law registry in memory: titles, versions with article counts and dates, regions.
 * Built once from `data/laws.ts` (see `loadLawIndex`); lookups are synchronous and memoised.
 */
export class LawIndex {
  readonly records: readonly LawRecord[];
  readonly source: LawDataFile['source'];
  /**
   * The last day the registry records anything (`source.through`); +Infinity when the data does not
   * say. Acts after it may fall under revisions the registry cannot know of.
   */
  readonly throughDay: number;
  private readonly byKey = new Map<string, LawRecord>();
  private readonly places: Map<string, Province>;
  private readonly memo = new Map<string, Resolved>();
  private gramIndex: Map<string, number[]> | undefined;
  private gramCounts: Uint16Array | undefined;
  private readonly nearMemo = new Map<string, NearTitle[]>();

  constructor(data: LawDataFile) {
    this.source = data.source;
    this.throughDay = data.source.through ? dayNumber(data.source.through) : Infinity;
    const records: LawRecord[] = [];
    for (const entry of data.laws) {
      const { phases, historyKnown } = buildPhases(entry);
      const levelZh = data.levels[entry.l] ?? '';
      const region = entry.r >= 0 ? data.regions[entry.r] : undefined;
      const latest = entry.v[entry.v.length - 1];
      const record: LawRecord = {
        id: records.length,
        title: entry.t,
        key: titleKey(entry.t),
        short: entry.t.replace(/^中华人民共和国/, ''),
        level: LEVELS[levelZh] ?? 'law',
        levelZh,
        phases,
        historyKnown,
        repealed: latest?.[2] === 1,
        maxArticles: Math.max(0, ...entry.v.map((version) => version[3])),
      };
      if (region) {
        record.region = region;
        const province = provinceByName(region);
        if (province) record.provinceCode = province.code;
      }
      records.push(record);
      // Two registry titles with one key (rare): the national or first one wins.
      if (!this.byKey.has(record.key)) this.byKey.set(record.key, record);
    }
    this.records = records;
    this.places = new Map();
    for (const [place, regionIndex] of Object.entries(data.places)) {
      const province = provinceByName(data.regions[regionIndex] ?? '');
      if (province) this.places.set(place, province);
    }
  }

  get size(): number {
    return this.records.length;
  }

  /** The registry record a cited title names (with or without 《》, prefix, version suffix, short name). */
  resolve(title: string): Resolved {
    const known = this.memo.get(title);
    if (known) return known;
    const normalized = normalizeTitle(title);
    const record =
      this.byKey.get(normalized.fullKey) ??
      this.byKey.get(normalized.key) ??
      this.aliased(normalized.key) ??
      this.aliased(normalized.fullKey);
    const resolved: Resolved = record ? { record, title: normalized } : { title: normalized };
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(title, resolved);
    return resolved;
  }

  find(title: string): LawRecord | undefined {
    return this.resolve(title).record;
  }

  private aliased(key: string): LawRecord | undefined {
    const target = LAW_ALIASES[key];
    return target === undefined ? undefined : this.byKey.get(target);
  }

  /** What the registry says about a law on a day (a day number or YYYY-MM-DD). */
  onDay(record: LawRecord, date: number | string): LawOnDay {
    const day = typeof date === 'number' ? date : dayNumber(date);
    const phases = record.phases;
    if (day < phases[0]!.startLo) return { notYet: true, maybeNotYet: false, maybeRepealed: false, phases: [] };
    let certain = -1;
    for (let i = 0; i < phases.length; i++) if (phases[i]!.startHi <= day) certain = i;
    const candidates: LawPhase[] = certain >= 0 ? [phases[certain]!] : [];
    for (let i = certain + 1; i < phases.length; i++) if (phases[i]!.startLo <= day) candidates.push(phases[i]!);
    const last = phases[phases.length - 1]!;
    return {
      notYet: false,
      maybeNotYet: certain < 0,
      maybeRepealed: record.repealed && candidates.includes(last),
      phases: candidates,
    };
  }

  /**
   * The version in force on a day: the law (unknown title → undefined) and the versions that may
   * apply. `lookup('食品安全法', '2025-03-01')`.
   */
  lookup(title: string, date: number | string): { record: LawRecord; day: LawOnDay } | undefined {
    const record = this.find(title);
    return record ? { record, day: this.onDay(record, date) } : undefined;
  }

  /** Whether a day falls after the last date the registry records (a revision may be unknown to it). */
  afterRegistry(day: number): boolean {
    return day > this.throughDay;
  }

  /** The registry's last date, ISO ('' when the data does not say). */
  get through(): string {
    return Number.isFinite(this.throughDay) ? isoFromDay(this.throughDay) : '';
  }

  /**
   * The versions most likely in force on a day: the latest one that has most likely come into force
   * (`likelyHi`); before any has, those that may be (`onDay`).
   */
  likelyOnDay(record: LawRecord, day: number): LawPhase[] {
    const phases = record.phases;
    for (let i = phases.length - 1; i >= 0; i--) if (phases[i]!.likelyHi <= day) return [phases[i]!];
    return this.onDay(record, day).phases;
  }

  /**
   * Whether an article number exists in the versions that may apply on the given days (no days: in
   * any version, or in a later one the registry cannot know of).
   *
   * `beyond` (a violation) needs certainty: every version that may apply is in the registry with
   * fewer articles, and no day falls after the registry's last date. A version without an article
   * count never makes an article `beyond`. `ok` when every version most likely in force has the
   * article; `uncertain` otherwise.
   */
  articleStatus(record: LawRecord, article: number, days: readonly number[] = []): ArticleStatus {
    let candidates: LawPhase[];
    let likely: LawPhase[];
    if (days.length === 0) {
      candidates = record.phases;
      likely = record.phases;
    } else {
      candidates = [];
      likely = [];
      for (const day of days) {
        for (const phase of this.onDay(record, day).phases) if (!candidates.includes(phase)) candidates.push(phase);
        for (const phase of this.likelyOnDay(record, day)) if (!likely.includes(phase)) likely.push(phase);
      }
    }
    if (candidates.length === 0) return { kind: 'ok' };
    const open = days.length === 0 || days.some((day) => this.afterRegistry(day));
    const fits = (phase: LawPhase): boolean =>
      phase.articles === undefined ? article <= record.maxArticles : phase.articles >= article;
    if (likely.length > 0 && likely.every(fits)) return { kind: 'ok' };
    let max = 0;
    let maxVersion: string | undefined;
    let unknown = false;
    let short = 0;
    for (const phase of candidates) {
      if (phase.articles === undefined) {
        unknown = true;
        continue;
      }
      if (phase.articles >= max) {
        max = phase.articles;
        maxVersion = phase.version;
      }
      if (phase.articles < article) short++;
    }
    if (unknown) {
      if (article <= record.maxArticles) return { kind: 'ok' };
      return withVersion({ kind: 'uncertain', articles: record.maxArticles }, record.phases);
    }
    if (short === 0) return { kind: 'ok' };
    let status: ArticleStatus;
    if (short < candidates.length) status = { kind: 'uncertain', articles: max };
    else if (open) status = { kind: 'uncertain', articles: max, through: this.through };
    else status = { kind: 'beyond', articles: max };
    if (maxVersion) status.version = maxVersion;
    return status;
  }

  /**
   * Whether a citation's version suffix names a version newer than any the registry holds, in or
   * after the year of the registry's last date (（2025年修订） of a law revised after the registry).
   */
  hintAfterRegistry(record: LawRecord, hint: VersionHint): boolean {
    if (hint.year === undefined || !Number.isFinite(this.throughDay)) return false;
    if (hint.year < Number(this.through.slice(0, 4))) return false;
    if (this.phaseByHint(record, hint) !== undefined) return false;
    return record.phases.every((phase) => {
      const year = yearOf(phase.adopted ?? phase.version ?? phase.effective);
      return year === undefined || year < hint.year!;
    });
  }

  /** The version a citation's suffix names (（2017年修正）): its index on the timeline, if the registry knows it. */
  phaseByHint(record: LawRecord, hint: VersionHint): number | undefined {
    if (hint.year === undefined) return undefined;
    let found: number | undefined;
    record.phases.forEach((phase, index) => {
      if (
        yearOf(phase.adopted) === hint.year ||
        yearOf(phase.version) === hint.year ||
        (phase.effective !== undefined && yearOf(phase.effective) === hint.year && phase.startLo === phase.startHi)
      ) {
        found = index;
      }
    });
    return found;
  }

  /** Whether one version (index on the timeline) was in force on a day. */
  phaseState(record: LawRecord, index: number, day: number): VersionState {
    const phase = record.phases[index];
    if (!phase) return 'maybe';
    const next = record.phases[index + 1];
    if (day < phase.startLo) return 'out';
    if (next && day >= next.startHi) return 'out';
    // For 'in' the likely dates suffice (it only spares a review); 'out' above needs certainty.
    const started = day >= phase.likelyHi;
    const superseded = next !== undefined && day >= next.likelyHi;
    if (started && !superseded && !(record.repealed && !next)) return 'in';
    return 'maybe';
  }

  /** Dates of one version for messages: from (earliest effective) and until (the next version's start). */
  phaseDates(record: LawRecord, index: number): { from: string; until: string } {
    const phase = record.phases[index];
    const next = record.phases[index + 1];
    return { from: phase ? iso(phase.startLo) : '', until: next ? iso(next.startLo) : '' };
  }

  /** Registry titles nearest to an unknown one, by shared character pairs (Dice coefficient). */
  nearest(title: string, limit = 3): NearTitle[] {
    const key = normalizeTitle(title).key;
    if (key.length === 0) return [];
    const memoKey = `${limit}|${key}`;
    const known = this.nearMemo.get(memoKey);
    if (known) return known;
    if (!this.gramIndex || !this.gramCounts) {
      this.gramIndex = new Map();
      this.gramCounts = new Uint16Array(this.records.length);
      for (const record of this.records) {
        const grams = bigrams(record.key);
        this.gramCounts[record.id] = grams.length;
        for (const gram of grams) {
          const list = this.gramIndex.get(gram);
          if (list) list.push(record.id);
          else this.gramIndex.set(gram, [record.id]);
        }
      }
    }
    const grams = bigrams(key);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const id of this.gramIndex.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const scored: { record: LawRecord; score: number }[] = [];
    for (const [id, count] of shared) {
      const score = (2 * count) / (grams.length + this.gramCounts[id]!);
      if (score >= 0.3) scored.push({ record: this.records[id]!, score });
    }
    scored.sort((a, b) => b.score - a.score || a.record.key.length - b.record.key.length || a.record.id - b.record.id);
    const seen = new Set<string>();
    const result: NearTitle[] = [];
    for (const { record, score } of scored) {
      if (seen.has(record.title)) continue;
      seen.add(record.title);
      result.push({ title: record.title, score: Math.round(score * 100) / 100 });
      if (result.length >= limit) break;
    }
    if (this.nearMemo.size >= MEMO_LIMIT) this.nearMemo.clear();
    this.nearMemo.set(memoKey, result);
    return result;
  }

  /**
   * The province of a local regulation or rule: the registry's region, else the province or a known
   * city the title starts with (浙江省…, 杭州市…). National law → undefined.
   */
  provinceOfTitle(title: string): Province | undefined {
    const { record, title: normalized } = this.resolve(title);
    if (record) return record.provinceCode ? provinceByName(record.region!) : undefined;
    const key = normalized.key;
    if (NATIONAL_HEAD.test(key)) return undefined;
    const head = provinceAtStart(key);
    if (head) return head;
    for (const [place, province] of this.places) if (key.startsWith(place)) return province;
    return undefined;
  }

  /** The city or autonomous area a local regulation's title starts with (青岛市…) when the registry knows it. */
  placeOfTitle(title: string): string | undefined {
    const key = this.resolve(title).title.key;
    for (const place of this.places.keys()) if (key.startsWith(place)) return place;
    return undefined;
  }

  /** The province an agency's name places it in (山东省…, 济南市…, 国家税务总局浙江省税务局), if any. */
  placeAgency(name: string): Province | undefined {
    const named = provinceNamedIn(name);
    if (named) return named;
    let best: Province | undefined;
    let at = Infinity;
    for (const [place, province] of this.places) {
      const index = name.indexOf(place);
      if (index >= 0 && index < at) {
        at = index;
        best = province;
      }
    }
    return best;
  }
}

function withVersion(status: ArticleStatus, phases: readonly LawPhase[]): ArticleStatus {
  for (let i = phases.length - 1; i >= 0; i--) {
    const version = phases[i]!.version;
    if (version && status.kind !== 'ok') {
      status.version = version;
      break;
    }
  }
  return status;
}
