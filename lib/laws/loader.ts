import { LawIndex } from './law-index';

let index: LawIndex | undefined;
let loading: Promise<LawIndex> | undefined;

/**
 * Loads the law registry data (a separate chunk, ~70 KB gzip) and builds the index once.
 * Call it before checking cases; rules read the loaded index through `getLawIndex()`.
 */
export function loadLawIndex(): Promise<LawIndex> {
  if (index) return Promise.resolve(index);
  loading ??= import('../../data/laws').then((module) => {
    index = new LawIndex(module.default);
    return index;
  });
  return loading;
}

/** Same as `loadLawIndex`: makes sure the index is loaded (idempotent). */
export const ensureLawIndex = loadLawIndex;

/** The index if it has been loaded, else undefined (rules then ask for a review). */
export function getLawIndex(): LawIndex | undefined {
  return index;
}

/** Replaces the loaded index (tests; a host that ships its own registry data). `undefined` unloads it. */
export function setLawIndex(next: LawIndex | undefined): void {
  index = next;
  loading = next ? Promise.resolve(next) : undefined;
}
