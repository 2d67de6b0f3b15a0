import type { ActionType } from '../case/schema';
import type { CaseView } from './case-view';
import type { Profile } from './profile';

/** The eight fault items of Jinan Order 294, Art. 7 (一)–(八). */
export type Art7Item = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export type Severity = 'high' | 'medium' | 'low';

export type Status = 'violation' | 'review' | 'pass' | 'not-applicable';

export type Locale = 'zh-CN' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Citation {
  /** The title as in the statute, e.g. 中华人民共和国行政处罚法. */
  law: string;
  article: number;
  paragraph?: number;
  item?: number;
}

export type MessageData = Record<string, string | number>;

/** What a rule's check reports: one of axe-core's four outcomes. */
export type Outcome =
  | {
      status: 'violation' | 'review';
      messageId: string;
      /** Case-model paths the finding is about, e.g. `events[kind=decision].at`. */
      fields?: string[];
      data?: MessageData;
      /** Narrower citations for this outcome; the rule's own citations otherwise. */
      citations?: Citation[];
      /** For deadline findings: the last day of the period. */
      due?: string;
    }
  | { status: 'pass' }
  | { status: 'not-applicable' };

export interface RuleContext {
  /** Today in China Standard Time, YYYY-MM-DD. */
  today: string;
  todayDay: number;
  profile: Profile;
}

export interface Rule<M extends string = string> {
  /** Stable id, never reused: `<law prefix>-<article>-<topic>`. */
  id: string;
  title: Bilingual;
  category: Art7Item;
  severity: Severity;
  /** The acts the rule applies to; other acts are not applicable. */
  appliesTo: readonly ActionType[];
  citations: readonly Citation[];
  fix: Bilingual;
  messages: Record<M, Bilingual>;
  check(view: CaseView, context: RuleContext): Outcome | Outcome[];
}

export interface Finding {
  ruleId: string;
  messageId: string;
  category: Art7Item;
  severity: Severity;
  status: 'violation' | 'review';
  message: string;
  citations: Citation[];
  fields: string[];
  fix: string;
  title: string;
  due?: string;
}

export interface EngineError {
  ruleId: string;
  message: string;
}

export interface CaseReport {
  caseId: string;
  findings: Finding[];
  passed: number;
  notApplicable: number;
  errors: EngineError[];
}
