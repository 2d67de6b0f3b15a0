/** Pure value parsers for host-page values. */
export { parseAmount, findAmounts } from './amounts';
export { findArticleRefs, parseArticleRef, type ArticleRef } from './articles';
export { dateOnly, findDates, parseDate, type FoundDate } from './dates';
export {
  parseActionType,
  parseBoolean,
  parseDiscretionLevel,
  parseEventKind,
  parseOutcome,
  parseProcedure,
  parseSource,
  parseStatus,
} from './enums';
export { inferEvidenceKind, splitEvidenceTitles } from './evidence';
export { looksLikeName, parseCertificateNumbers, parseOfficerList, splitNames } from './names';
export { parseChineseNumeral, parseInteger } from './numerals';
export {
  idNumberType,
  inferEnterprise,
  inferOrganisationKind,
  inferPartyKind,
  parseIdNumber,
  parsePartyType,
} from './party';
export { parseSanctions } from './sanctions';
export { isEmptyValue, toHalfWidth } from './text';
