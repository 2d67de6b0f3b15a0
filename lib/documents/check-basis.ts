import type { Profile } from '../engine/profile';
import { runRules } from '../engine/run';
import type { Locale } from '../engine/types';
import { basisRules } from '../rules/basis';
import { toLegalBasis } from './parse';
import type { Span } from './prepare';
import type { DocFinding, ParsedDocument } from './types';

/** The legal-basis rules on the document's citations, with its decision date as the date of the act. */
export function checkBasis(doc: ParsedDocument, profile: Profile, today: string, locale: Locale): DocFinding[] {
  if (!doc.partialCase.legalBasis) return [];
  const report = runRules(doc.partialCase, basisRules, { profile, today, locale });
  const { sources } = toLegalBasis(doc.citations);
  return report.findings.map((finding) => {
    const spans: Span[] = [];
    for (const field of finding.fields) {
      const match = /^legalBasis\.(\d+)$/.exec(field);
      if (!match) continue;
      for (const index of sources[Number(match[1])] ?? []) {
        const citation = doc.citations[index];
        if (citation) spans.push({ start: citation.start, end: citation.end });
      }
    }
    return { ...finding, spans };
  });
}
