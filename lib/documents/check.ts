import { dayNumber, todayInChina } from '../calendar/days';
import { JINAN, type Profile } from '../engine/profile';
import { compareFindings } from '../engine/compare';
import type { Locale } from '../engine/types';
import { AMOUNTS, checkAmounts } from './check-amounts';
import { checkBasis } from './check-basis';
import { CONTENTS, checkContents } from './check-contents';
import { DATE_ORDER, checkDates } from './check-dates';
import { Collector, type DocCheck } from './check-kit';
import { NOTICE_RECITAL, checkNotice } from './check-notice';
import { REMEDY, checkRemedy } from './check-remedy';
import { SURCHARGE, checkSurcharge } from './check-surcharge';
import { parseDocument, type ParseOptions } from './parse';
import type { DocFinding, ParsedDocument } from './types';

export { AMOUNTS, CONTENTS, DATE_ORDER, NOTICE_RECITAL, REMEDY, SURCHARGE };

/**
 * Checks on the text of a decision: the contents 行政处罚法 Art. 59 requires, the remedy notice,
 * amounts and the late-payment surcharge, the order of dates, and the legal-basis rules of
 * lib/rules/basis applied to the document's citations with its decision date. Findings have the
 * engine's shape plus the spans of text they are about.
 */

export const DOCUMENT_CHECKS: readonly DocCheck[] = [CONTENTS, REMEDY, AMOUNTS, SURCHARGE, DATE_ORDER, NOTICE_RECITAL];

export interface DecisionOptions extends ParseOptions {
  profile?: Profile;
  /** YYYY-MM-DD, China Standard Time; defaults to today. */
  today?: string;
  locale?: Locale;
}

export interface DecisionReport {
  kind: ParsedDocument['kind'];
  type: ParsedDocument['type'];
  elements: ParsedDocument['elements'];
  citations: ParsedDocument['citations'];
  decisionDate?: string;
  fineTotal?: number;
  findings: DocFinding[];
  document: ParsedDocument;
}

/** Checks an already parsed document. The law index must be loaded (`ensureLawIndex()`) for the basis checks. */
export function checkDocument(doc: ParsedDocument, options: DecisionOptions = {}): DocFinding[] {
  const profile = options.profile ?? JINAN;
  const today = options.today ?? todayInChina();
  const locale = options.locale ?? 'zh-CN';
  const out = new Collector(locale);
  checkContents(doc, out);
  checkRemedy(doc, out);
  checkAmounts(doc, out);
  checkSurcharge(doc, out);
  checkDates(doc, out, dayNumber(today), today);
  checkNotice(doc, out, profile);
  const findings = out.findings.concat(checkBasis(doc, profile, today, locale));
  findings.sort(compareFindings);
  return findings;
}

/**
 * Parses and checks the text of a decision (or notice, or disclosure summary).
 * Call `await ensureLawIndex()` once before, so that the legal-basis checks can run.
 */
export function runDecision(text: string, options: DecisionOptions = {}): DecisionReport {
  const document = parseDocument(text, options);
  const findings = checkDocument(document, options);
  const report: DecisionReport = {
    kind: document.kind,
    type: document.type,
    elements: document.elements,
    citations: document.citations,
    findings,
    document,
  };
  if (document.decisionDate) report.decisionDate = document.decisionDate;
  if (document.fineTotal !== undefined) report.fineTotal = document.fineTotal;
  return report;
}
