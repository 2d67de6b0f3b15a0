/** Reading cases from host pages: the generic extractor, declarative adapters and value parsers. */
export { extractCase, type ExtractOptions, type ExtractResult } from './generic';
export { readCase } from './read';
export { scanPage } from './scan';
export {
  adapterSchema,
  applyAdapter,
  findCloseButtons,
  matchAdapter,
  parseAdapterJson,
  readAdapted,
  type AdapterError,
  type AdapterResult,
  type DeclarativeAdapter,
  type ParseAdapterResult,
} from './declarative';
export { matchLabel, normaliseLabel, labelVocabulary, type LabelMatch, type LabelTarget } from './label-map';
export { CASE_PATHS, PARSERS, type ParserName } from './paths';
export * from './parse';
