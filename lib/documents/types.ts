import type { EnforcementCase, SanctionKind } from '../case/schema';
import type { Finding } from '../engine/types';
import type { DocCitation } from './citations';
import type { Span } from './prepare';

export type { DocCitation, Span };

/** decision: a full decision document; summary: a public-disclosure entry (公示); fragment: anything else. */
export type DocumentKind = 'decision' | 'summary' | 'fragment';

/** What the title says the document is. */
export type DocumentType =
  'penalty-decision' | 'no-penalty-decision' | 'prior-notice' | 'hearing-notice' | 'other' | 'unknown';

/** The contents 行政处罚法 Art. 59 requires of a decision. */
export const ELEMENTS = [
  'party',
  'facts',
  'evidence',
  'legalBasis',
  'penalty',
  'performance',
  'remedy',
  'authority',
  'date',
] as const;
export type ElementName = (typeof ELEMENTS)[number];

export interface DocumentNumber {
  text: string;
  year: number;
  serial: number;
  span: Span;
}

export interface DocParty {
  name: string;
  kind: 'person' | 'legal-person' | 'other-org';
  idNumber?: string;
  /** 统一社会信用代码, 纳税人识别号, 身份证号码… as labelled. */
  idLabel?: string;
  address?: string;
  representative?: string;
  span: Span;
}

export interface DocPenalty {
  kind: SanctionKind;
  amount?: number;
  /** For confiscated goods: what was confiscated. */
  what?: string;
  span: Span;
}

export interface DocAmountTotal {
  /** The words before the total, e.g. 罚没款合计. */
  label: string;
  amount: number;
  /** The itemised amounts the total sums up (empty when none are listed with it). */
  items: number[];
  span: Span;
}

/** An amount written in words and again in figures (人民币伍万元整（¥50,000.00）). */
export interface DocAmountPair {
  words: number;
  figures: number;
  /** The amount in words as written. */
  wordsText: string;
  span: Span;
}

export interface DocPercentFine {
  base: number;
  /** 0.6 for 百分之六十, 2 for 二倍. */
  rate: number;
  rateText: string;
  amount: number;
  span: Span;
}

export interface DocPerformance {
  days?: number;
  dueDate?: string;
  /** Where or how to pay, as written (到…缴纳, 缴至…). */
  channel?: string;
  span: Span;
}

export interface DocRemedy {
  review?: { days?: number; months?: number; periodText?: string; body?: string; span: Span };
  suit?: { days?: number; months?: number; periodText?: string; court?: string; span: Span };
  /** Another law named in the remedy sentence (a special period may apply). */
  citesOtherLaw: boolean;
  span: Span;
}

export interface DocSurcharge {
  /** The daily rate as written (百分之三), and as a fraction (0.03). */
  rateText?: string;
  rate?: number;
  /** The cap as written, if any (不得超出罚款的数额). */
  capText?: string;
  /** Whether the cap, when written, is the fine amount. */
  capIsFine?: boolean;
  span: Span;
}

export interface DatedStep {
  date: string;
  /** The sentence's wording, shortened, for messages. */
  text: string;
  span: Span;
  sentence: Span;
}

export interface ParsedDocument {
  kind: DocumentKind;
  type: DocumentType;
  title?: { text: string; span: Span };
  number?: DocumentNumber;
  elements: Record<ElementName, boolean>;
  /** Original-text sentence spans per element, for highlighting. */
  spans: Record<ElementName, Span[]>;
  party?: DocParty;
  facts?: { text: string; span: Span };
  evidence: { title: string; span: Span }[];
  citations: DocCitation[];
  penalties: DocPenalty[];
  fineTotal?: number;
  totals: DocAmountTotal[];
  percentFines: DocPercentFine[];
  /** Amounts written in words and in figures. */
  amountPairs: DocAmountPair[];
  performance?: DocPerformance;
  remedy?: DocRemedy;
  surcharge?: DocSurcharge;
  authority?: { name: string; span: Span };
  decisionDate?: string;
  dateSpan?: Span;
  /** The prior notice (事先告知) and hearing as the text recites them. */
  priorNotice: { recited: boolean; date?: string; span?: Span };
  hearing: { recited: boolean; span?: Span };
  /** Dates the text gives for steps taken before the decision (investigation, notice, hearing…). */
  steps: DatedStep[];
  /** What the document says in the shape of the case model (a partial case). */
  partialCase: EnforcementCase;
}

/** A finding about a document: the engine's Finding plus where in the text it is. */
export interface DocFinding extends Finding {
  spans: Span[];
}
