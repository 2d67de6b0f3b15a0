export { LAW_ALIASES } from './aliases';
export {
  LawIndex,
  type ArticleStatus,
  type LawLevel,
  type LawOnDay,
  type LawPhase,
  type LawRecord,
  type NearTitle,
  type Resolved,
  type VersionState,
} from './law-index';
export { ensureLawIndex, getLawIndex, loadLawIndex, setLawIndex } from './loader';
export {
  cleanTitle,
  normalizeTitle,
  parseVersionHint,
  titleKey,
  type NormalizedTitle,
  type VersionHint,
} from './normalize';
export {
  PROVINCES,
  provinceAtStart,
  provinceByCode,
  provinceByName,
  provinceNamedIn,
  type Province,
} from './provinces';
export { actDates, type ActDates } from './case-dates';
export { classifyTitle, titleCoverage, type TitleCoverage, type TitleKind } from './kinds';
export type { LawDataEntry, LawDataFile, LawDataVersion } from './types';
export { basisFields, basisItems, citedTitle, citing, hasBasis, titleList, type BasisItem } from './basis-support';
