/**
 * The generic extractor: reads the case on display from any case page, with no adapter, by
 * pairing labels with values (tables, dl, Element-UI, Ant Design, layui, <label for>, 标签：值
 * lines), reading evidence/officer/step lists, and reading the sentences of printable writs.
 * Hidden tabs and same-origin frames are read too; lists of other cases are skipped.
 * This module has no schema library: `extractCase` (generic.ts) adds the case-schema check.
 */
import type { EnforcementCase } from '../case/schema';
import type { BuildResult, CaseValidator } from './assemble';
import { CaseBuilder } from './builder';
import { withPageCache } from './dom';
import { feedGeneric } from './feed';
import { matchLabel } from './label-map';
import { scanPage } from './scan';
import type { PageScan } from './scanner';

export interface ExtractOptions {
  /** The page address, recorded as origin.url (the extractor never reads location). */
  url?: string;
  /** Recorded as origin.extractedAt. */
  extractedAt?: string;
  /** Recorded as origin.system. */
  system?: string;
  /** Checks the case against the case schema (generic.ts passes it; the overlay's background checks instead). */
  validate?: CaseValidator;
}

export interface ExtractResult {
  /** The case on display; valid under caseSchema when a validator was given. */
  case: EnforcementCase;
  /** Case path (party.name, events.decision, legalBasis …) → the element that shows it, for highlighting. */
  fields: Map<string, Element>;
  /** Paths the page labels but whose values could not be parsed (also in case.origin.unreadable). */
  unreadable: string[];
  /** 0–1: how much of a case the page gave. */
  confidence: number;
  /**
   * Case paths the page shows a field or statement for, filled or blank (送达日期 with an empty
   * input is seen; a step the page never mentions is not). A reader can use it to tell "not done"
   * from "not on this page".
   */
  seen: string[];
}

/** 0–1 from how many case paths were filled, whether the id and party were labelled, and failures. */
export function confidenceOf(result: BuildResult): number {
  const c = result.case;
  let score = Math.min(1, result.filled / 14) * 0.6;
  if (!result.unreadable.includes('id')) score += 0.15;
  if (c.party?.name) score += 0.1;
  if ((c.events?.length ?? 0) > 0) score += 0.1;
  if (!result.unreadable.includes('actionType')) score += 0.05;
  score -= Math.min(0.3, result.unreadable.filter((path) => path !== 'id' && path !== 'actionType').length * 0.03);
  return Math.max(0, Math.round(score * 100) / 100);
}

/** A fingerprint for the fallback id: the address and the case's identifying text. */
function fingerprint(scan: PageScan, url: string | undefined): string {
  const head = scan.pairs
    .filter((pair) => {
      const path = matchLabel(pair.label)?.target.path;
      return path === 'title' || path === 'party.name' || path === 'facts';
    })
    .map((pair) => pair.value)
    .join('|');
  return `${url ?? ''}|${
    head ||
    scan.lines
      .slice(0, 12)
      .map((line) => line.text)
      .join('|')
  }`;
}

/**
 * Reads the case on display from a page (a Document or an Element), with no adapter.
 * Never reads globals; hidden tabs and same-origin frames are included.
 */
export function readCase(root: Document | Element, options: ExtractOptions = {}): ExtractResult {
  return withPageCache(() => read(root, options));
}

function read(root: Document | Element, options: ExtractOptions): ExtractResult {
  const scan = scanPage(root);
  const builder = new CaseBuilder();
  const hints = feedGeneric(scan, builder);
  const result = builder.build({
    ...(options.url ? { url: options.url } : {}),
    ...(options.extractedAt ? { extractedAt: options.extractedAt } : {}),
    ...(options.system ? { system: options.system } : {}),
    adapter: 'generic',
    fingerprint: fingerprint(scan, options.url),
    actionTypeHints: hints,
    ...(options.validate ? { validate: options.validate } : {}),
  });
  return toExtractResult(result);
}

/** What a reading gives its caller, from what the builder assembled. */
export function toExtractResult(result: BuildResult): ExtractResult {
  return {
    case: result.case,
    fields: result.fields,
    unreadable: result.unreadable,
    confidence: confidenceOf(result),
    seen: result.seen,
  };
}
