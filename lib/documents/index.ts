export { findCitations, type CitationRole, type DocCitation } from './citations';
export {
  AMOUNTS,
  CONTENTS,
  DATE_ORDER,
  DOCUMENT_CHECKS,
  NOTICE_RECITAL,
  REMEDY,
  SURCHARGE,
  checkDocument,
  runDecision,
  type DecisionOptions,
  type DecisionReport,
} from './check';
export { parseAmount, parseChineseInt, parseDate } from './numerals';
export { parseDocument, toLegalBasis, type ParseOptions } from './parse';
export { prepare, type Prepared, type Span } from './prepare';
export * from './types';
