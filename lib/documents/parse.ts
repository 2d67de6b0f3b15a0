import { getLawIndex, type LawIndex } from '../laws';
import { findCitations } from './citations';
import { buildCase } from './parse-case';
import { documentKind, documentType, readNumber, readTitle } from './parse-head';
import { readParty } from './parse-party';
import { readAmountPairs, readPercentFines, readPenalties, readTotals } from './parse-penalties';
import { readHearing, readPriorNotice, readSteps } from './parse-procedure';
import { readPerformance, readRemedy, readSurcharge } from './parse-remedy';
import { DECISION, EVIDENCE, EVIDENCE_NEXT, FACTS, SECTION_BREAK, readEvidence } from './parse-sections';
import { compactOf, firstIndex, sentenceSpan, span } from './parse-shared';
import { readSignature } from './parse-signature';
import { prepare, sentenceAt, toOriginal, withoutQuotes, type Span } from './prepare';
import { ELEMENTS, type ElementName, type ParsedDocument } from './types';

export { toLegalBasis } from './parse-case';

/** A form's field for the basis (处罚依据：…): what it cites is the penalty basis wherever it stands. */
const BASIS_LABEL = /^\s*(?:[一二三四五六七八九十]+、|\d+[.、．])?\s*(?:行政)?处罚(?:的)?(?:法律)?依据\s*[：:]/;

/*
 * Reads the text of a 行政处罚决定书 (and the same parts of 告知书 and other documents): every
 * pattern (in the parse-*.ts readers) is compiled once; a 20 KB decision parses in about a millisecond.
 */

export interface ParseOptions {
  /** The law index, to place the authority in a province (defaults to the loaded one). */
  index?: LawIndex;
}

/** Parses the text of a decision, a disclosure summary or a fragment. Pure and synchronous. */
export function parseDocument(input: string, options: ParseOptions = {}): ParsedDocument {
  const prepared = prepare(input);
  const text = prepared.text;
  const plain = withoutQuotes(prepared);
  const spans = Object.fromEntries(ELEMENTS.map((name) => [name, [] as Span[]])) as Record<ElementName, Span[]>;

  // Title and document number in the head.
  const title = readTitle(text);
  const factsHit = firstIndex(FACTS, plain, 0);
  const headLimit = Math.min(text.length, Math.max(600, factsHit ? factsHit.index : 0));
  const number = readNumber(prepared, text, headLimit);
  const headerEnd = Math.max(
    title ? title.at + title.text.length : 0,
    number ? text.indexOf(number.text) + number.text.length : 0,
  );

  // "你公司存在违法事实及处罚决定如下：" announces both parts: the decision part starts after that sentence.
  const factsSentenceEnd = factsHit ? sentenceAt(prepared, factsHit.index).end : 0;
  const decisionHit = firstIndex(DECISION, plain, factsSentenceEnd) ?? firstIndex(DECISION, plain, 0);
  const evidenceHit = firstIndex(EVIDENCE, plain, factsHit ? factsHit.index : 0);
  const party = readParty(prepared, text, headerEnd, factsHit?.index ?? headerEnd);
  if (party) spans.party.push(party.span);

  // Facts: from the first facts phrase to the evidence or the decision.
  let facts: ParsedDocument['facts'];
  if (factsHit) {
    let end = Math.min(
      ...[
        evidenceHit?.index,
        // A decision phrase inside the facts sentence itself (…违法事实及处罚决定如下：) ends nothing.
        decisionHit && decisionHit.index >= factsSentenceEnd ? decisionHit.index : undefined,
        text.length,
      ].filter((value): value is number => value !== undefined && value > factsHit.index),
    );
    if (end - factsHit.index > 6000) end = factsHit.index + 6000;
    const factsText = text.slice(factsHit.index, end).trim();
    if (factsText.length >= 15) {
      facts = { text: factsText, span: span(prepared, factsHit.index, end) };
      spans.facts.push(facts.span);
    }
  }

  // Evidence: every "上述事实，有以下证据…" before the decision part (one per violation in long decisions).
  let evidence: ParsedDocument['evidence'] = [];
  if (evidenceHit) {
    const sectionEnd = decisionHit && decisionHit.index > evidenceHit.index ? decisionHit.index : text.length;
    let at: number | undefined = evidenceHit.index;
    while (at !== undefined && at < sectionEnd) {
      const next = firstIndex(EVIDENCE_NEXT, plain, sentenceAt(prepared, at).end);
      SECTION_BREAK.lastIndex = at;
      const nextSection = SECTION_BREAK.exec(text);
      const end = Math.min(sectionEnd, nextSection ? nextSection.index : text.length, next ? next.index : text.length);
      evidence = evidence.concat(readEvidence(prepared, text, at, end));
      spans.evidence.push(span(prepared, sentenceAt(prepared, at).start, Math.max(end, at + 1)));
      at = next && next.index < sectionEnd ? next.index : undefined;
    }
    if (evidence.length > 60) evidence = evidence.slice(0, 60);
  }

  // Citations; a 根据… in the facts is the tax or qualification reasoning, not the penalty basis.
  const decisionSentence = decisionHit ? sentenceAt(prepared, decisionHit.index).start : 0;
  const decisionOriginal = decisionHit
    ? toOriginal(prepared, { start: decisionSentence, end: decisionSentence + 1 }).start
    : 0;
  const index = options.index ?? getLawIndex();
  const citations = findCitations(prepared).map((citation) => {
    const adjusted =
      citation.role === 'penalty' &&
      decisionHit &&
      citation.end <= decisionOriginal &&
      !BASIS_LABEL.test(input.slice(citation.sentence.start, citation.start))
        ? { ...citation, role: 'other' as const }
        : citation;
    const record = index?.find(citation.law);
    return record ? { ...adjusted, registryTitle: record.title } : adjusted;
  });
  for (const citation of citations) if (citation.kind !== 'other') spans.legalBasis.push(citation.sentence);

  // Remedy, performance, surcharge.
  const remedy = readRemedy(prepared, plain);
  if (remedy) spans.remedy.push(remedy.span);
  const penaltyFrom = decisionHit ? decisionHit.index : factsHit ? factsHit.index : 0;
  const { penalties, fineTotal, noPenalty } = readPenalties(prepared, plain, penaltyFrom, text.length);
  for (const penalty of penalties) {
    const sentence = sentenceSpan(prepared, compactOf(prepared, penalty.span.start));
    if (!spans.penalty.some((known) => known.start === sentence.start)) spans.penalty.push(sentence);
  }
  const totals = readTotals(prepared, plain, penaltyFrom, penalties);
  const percentFines = readPercentFines(prepared, plain, penaltyFrom);
  const amountPairs = readAmountPairs(prepared, plain);
  const performance = readPerformance(prepared, plain, penaltyFrom);
  if (performance) spans.performance.push(performance.span);
  const surcharge = readSurcharge(prepared, plain);

  // Authority and date.
  const signature = readSignature(
    prepared,
    text,
    title,
    remedy ? compactOf(prepared, remedy.span.start) : Math.floor(text.length / 2),
  );
  if (signature.authority) spans.authority.push(signature.authority.span);
  if (signature.dateSpan) spans.date.push(signature.dateSpan);

  // Prior notice and hearing as recited.
  const priorNotice = readPriorNotice(prepared, plain);
  const hearing = readHearing(prepared, plain);
  const steps = readSteps(prepared, plain, signature.dateAt ?? text.length);

  const elements: Record<ElementName, boolean> = {
    party: party !== undefined,
    facts: facts !== undefined,
    evidence: evidenceHit !== undefined,
    legalBasis: citations.some((citation) => citation.kind === 'law'),
    penalty: penalties.length > 0 || noPenalty,
    performance: performance !== undefined,
    remedy: remedy !== undefined && (remedy.review !== undefined || remedy.suit !== undefined),
    authority: signature.authority !== undefined,
    date: signature.date !== undefined,
  };

  // What kind of text this is.
  const type = documentType(title?.text);
  const kind = documentKind(type, text, elements);

  const parsed: ParsedDocument = {
    kind,
    type,
    elements,
    spans,
    evidence,
    citations,
    penalties,
    totals,
    percentFines,
    amountPairs,
    priorNotice,
    hearing,
    steps,
    partialCase: buildCase({
      number,
      party,
      facts,
      citations,
      penalties,
      fineTotal,
      noPenalty,
      decisionDate: signature.date,
      authority: signature.authority?.name,
      index,
      remedy,
      notice: priorNotice.date,
      procedure: /当场|简易程序/.test(title?.text ?? '') ? 'simple' : undefined,
    }),
  };
  if (title) parsed.title = { text: title.text, span: span(prepared, title.at, title.at + title.text.length) };
  if (number) parsed.number = number;
  if (party) parsed.party = party;
  if (facts) parsed.facts = facts;
  if (fineTotal !== undefined) parsed.fineTotal = fineTotal;
  if (performance) parsed.performance = performance;
  if (remedy) parsed.remedy = remedy;
  if (surcharge) parsed.surcharge = surcharge;
  if (signature.authority) parsed.authority = signature.authority;
  if (signature.date) parsed.decisionDate = signature.date;
  if (signature.dateSpan) parsed.dateSpan = signature.dateSpan;
  return parsed;
}
