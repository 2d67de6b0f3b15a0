import { readCase, type ExtractOptions, type ExtractResult } from './read';
import { validate } from './validate';

export { confidenceOf, type ExtractOptions, type ExtractResult } from './read';

/**
 * The generic extractor (read.ts) with the case-schema check: reads the case on display from a
 * page (a Document or an Element), with no adapter; the case is valid under caseSchema (a value
 * that breaks it is dropped and its path reported as unreadable).
 */
export function extractCase(root: Document | Element, options: ExtractOptions = {}): ExtractResult {
  return readCase(root, { ...options, validate });
}
