import { selectorFor } from '../components/overlay/selector';
import { TEACHABLE_FIELDS } from '../components/overlay/teach-fields';
import type { TeachController } from '../components/overlay/TeachTools';
import type { PageReading } from '../components/overlay/controller';
import { matchAdapter, readAdapted } from '../lib/adapters/adapter-read';
import type { DeclarativeAdapter } from '../lib/adapters/declarative';
import { readCase } from '../lib/adapters/read';
import { defaultParser, reportPath } from '../lib/adapters/paths';

/** Below this, the page shows too little of a case to check (a list page, a login page). */
const MIN_CONFIDENCE = 0.15;

export interface PageReader {
  read(doc: Document, url: string): PageReading;
  teach: TeachController;
}

/**
 * Reads the case with the site's taught adapter where one matches, otherwise the generic extractor.
 * `saveAdapter` validates and stores a taught adapter (the background does), returning what it stored.
 */
export function createPageReader(
  origin: string,
  stored: DeclarativeAdapter | null,
  saveAdapter: (adapter: DeclarativeAdapter) => Promise<DeclarativeAdapter>,
): PageReader {
  let siteAdapter: DeclarativeAdapter | undefined = stored ?? undefined;

  const read = (doc: Document, url: string): PageReading => {
    const adapter = siteAdapter && matchAdapter([siteAdapter], url, doc);
    // Not schema-checked here: the background checks (and repairs) the case before the rules run.
    const result = adapter ? readAdapted(adapter, doc, { url }) : readCase(doc, { url });
    const fields = new Map<string, Element>();
    for (const [path, element] of result.fields) {
      fields.set(path, element);
      const shown = reportPath(path);
      if (!fields.has(shown)) fields.set(shown, element);
    }
    return {
      case: result.confidence >= MIN_CONFIDENCE || adapter ? result.case : null,
      fields,
      adapterId: adapter ? adapter.id : 'generic',
      closeButtons: adapter?.closeButtons,
    };
  };

  const teach: TeachController = {
    fields: TEACHABLE_FIELDS,
    async assign(path, element) {
      const base: DeclarativeAdapter = siteAdapter ?? {
        id: `site-${new URL(origin).hostname.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
        name: `${origin} 教学适配器`,
        version: 1,
        match: { urlPatterns: [`${origin}/*`] },
        fields: {},
      };
      siteAdapter = await saveAdapter({
        ...base,
        version: typeof base.version === 'number' ? base.version + 1 : base.version,
        fields: { ...base.fields, [path]: { selector: selectorFor(element), parser: defaultParser(path) } },
      });
    },
  };

  return { read, teach };
}
