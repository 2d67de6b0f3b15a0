/** Why a document file could not be turned into text, in Chinese and English, with how to fix it. */
export class SourceError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'SourceError';
  }
}
