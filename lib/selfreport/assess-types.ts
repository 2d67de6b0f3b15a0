import type { Bilingual, Citation } from '../engine/types';
import { type ExemptionGround } from './schema';

/** The shapes of an exemption assessment, its options and their defaults. */

export type ElementId = 'minor' | 'self-discovered-in-time' | 'corrected-in-time' | 'no-harm';
export type ElementStatus = 'met' | 'not-met' | 'unknown';
export type Verdict = 'likely-eligible' | 'not-eligible' | 'incomplete';

export interface ElementAssessment {
  element: ElementId;
  title: Bilingual;
  status: ElementStatus;
  reasons: Bilingual[];
  missingEvidence: Bilingual[];
}

export interface ClaimedGround {
  ground: Exclude<ExemptionGround, '12-1'>;
  citation: Citation;
  title: Bilingual;
  status: 'claimed-needs-unit-confirmation';
  statusLabel: Bilingual;
  evidenceNeeded: Bilingual[];
}

/** A mitigating or aggravating circumstance that may apply. */
export interface Factor {
  id: '10-1' | '10-2' | '11-1' | '11-2' | '11-3';
  citation: Citation;
  title: Bilingual;
  reason: Bilingual;
  evidence: Bilingual[];
}

export interface ExemptionAssessment {
  reportId?: string;
  version?: number;
  caseId?: string;
  verdict: Verdict;
  summary: Bilingual;
  elements: ElementAssessment[];
  otherGrounds: ClaimedGround[];
  mitigation: Factor[];
  aggravation: Factor[];
  parameters: { today: string; timelyDays: number; sameYearWindowDays: number };
  disclaimer: Bilingual;
}

export interface AssessLedger {
  faults: { at: string; art7Item: number; ruleId?: string; reportId?: string; pursued?: boolean }[];
  corrections?: { noticeAt: string; dueAt: string; doneAt?: string; refused?: boolean; source?: string }[];
}

export interface AssessOptions {
  now: Date | string;
  /** Days after discovery within which a correction counts as timely (a policy setting; default 30). */
  timelyDays?: number;
  /** The "一年内" window of Art. 10(2), in days (default 365). */
  sameYearWindowDays?: number;
  /** Rules that can report a defect making the act void; default apl-38-legal-basis. */
  voidRuleIds?: readonly string[];
  /** Citations naming void acts; default 行政处罚法 Art. 38, 山东省行政执法监督条例 Art. 34, 行政诉讼法 Art. 75. */
  voidCitations?: readonly { law: string; article: number; paragraph?: number }[];
}

export const DEFAULT_TIMELY_DAYS = 30;
export const DEFAULT_SAME_YEAR_WINDOW_DAYS = 365;
export const DEFAULT_VOID_RULE_IDS: readonly string[] = ['apl-38-legal-basis'];
export const DEFAULT_VOID_CITATIONS: readonly { law: string; article: number; paragraph?: number }[] = [
  { law: '中华人民共和国行政处罚法', article: 38 },
  { law: '山东省行政执法监督条例', article: 34 },
  { law: '中华人民共和国行政诉讼法', article: 75 },
];

export const DISCLAIMER: Bilingual = {
  zh: '本结果是根据所填信息作出的辅助提示，不是法律结论；是否免于追究，最终以行政执法监督机构认定为准。',
  en: 'This is an aid based on the information entered, not a legal conclusion; whether liability is exempted is for the enforcement supervision body to decide.',
};
