/** Self-reports for the exemption of Order 294 Art. 12(1): pure code, no storage, no DOM. */
export * from './schema';
export { canonicalJson, sha256Hex, toJsonValue, randomUuid, CanonicalError, type JsonValue } from './canonical';
export {
  seal,
  reviseReport,
  verifyChain,
  checkBundle,
  makeBundle,
  receiptCode,
  recordHash,
  SealError,
  type BreakReason,
  type BrokenLink,
  type BundleCheck,
  type ChainVerification,
  type SealOptions,
} from './chain';
export * from './assess';
export { maskText, maskDeep, wouldMask } from './mask';
export {
  renderSelfReportHtml,
  bundleToJson,
  ledgerToCsv,
  reportsToCsv,
  escapeHtml,
  csvCell,
  formatChinaTime,
  type BundleExport,
  type ExportOptions,
  type HtmlReportOptions,
} from './export';
export * from './proceedings';
export { createDraft, draftFromFinding, completeDraft, type DraftInit } from './draft';
export { describeIssues, formatValidationIssue, parseJsonText, type ValidationIssue } from './issues';
export { ART_10, ART_11, ART_12, ART_13, ORDER_294, PROCEEDING_TEXT, type Provision } from './order294';
