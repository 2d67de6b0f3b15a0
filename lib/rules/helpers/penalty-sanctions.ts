import type { Evidence } from '../../case/schema';
import type { CaseView } from '../../engine/case-view';
import type { Citation, Outcome } from '../../engine/types';

/**
 * Small shared readings for the penalty rules (lib/rules/penalty): whether a penalty was imposed,
 * unreadable paths, names and date order. Each reads the case or the view's event index only.
 */

export type EvidenceKind = Evidence['kind'];

/** The decision says no penalty was imposed (不予处罚) or the act was withdrawn. */
export function penaltyNotImposed(view: CaseView): boolean {
  const outcome = view.case.decision?.outcome;
  return outcome === 'no-penalty' || outcome === 'withdrawn';
}

/** The decision imposes at least one sanction (行政处罚的种类, 行政处罚法 Art. 9). */
export function imposesSanction(view: CaseView): boolean {
  const kinds = view.case.decision?.kinds;
  return kinds !== undefined && kinds.length > 0 && !penaltyNotImposed(view);
}

/** A penalty decision has been made: a decision event, or a decision that lists sanctions. */
export function penaltyDecided(view: CaseView): boolean {
  if (penaltyNotImposed(view)) return false;
  return imposesSanction(view) || view.has('decision');
}

/** The record builder marked a case path unreadable (`origin.unreadable`), e.g. `evidence`. */
export function isUnreadable(view: CaseView, path: string): boolean {
  const unreadable = view.case.origin?.unreadable;
  return Array.isArray(unreadable) && unreadable.includes(path);
}

/** A string that is absent or holds only white space. */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim().length === 0;
}

/** `a` is earlier than `b`: compared to the minute when both carry a time, else by calendar day. */
export function isBefore(a: string, b: string): boolean {
  if (a.length >= 16 && b.length >= 16) return a.slice(0, 16) < b.slice(0, 16);
  return a.slice(0, 10) < b.slice(0, 10);
}

const NO_NAMES: readonly string[] = Object.freeze([]);

/** Distinct non-blank names (trimmed), in first-seen order. Lists are short: a linear scan is cheapest. */
export function distinctNames(names: readonly string[] | undefined): readonly string[] {
  if (!names || names.length === 0) return NO_NAMES;
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name.length > 0 && !out.includes(name)) out.push(name);
  }
  return out;
}

/** A finding with narrower citations than the rule's own (`violation()`/`review()` return the wide Outcome type). */
export function citing(outcome: Outcome, citations: Citation[]): Outcome {
  return outcome.status === 'violation' || outcome.status === 'review' ? { ...outcome, citations } : outcome;
}

/** Sanction kinds as the 行政处罚法 Art. 9 names them, for messages. */
const SANCTION_ZH: Record<string, string> = {
  warning: '警告',
  'circulate-criticism': '通报批评',
  fine: '罚款',
  'confiscate-gains': '没收违法所得',
  'confiscate-property': '没收非法财物',
  'suspend-license': '暂扣许可证件',
  'lower-qualification': '降低资质等级',
  'revoke-license': '吊销许可证件',
  'restrict-activity': '限制开展生产经营活动',
  'order-suspension': '责令停产停业',
  'order-closure': '责令关闭',
  'restrict-employment': '限制从业',
  detention: '行政拘留',
  other: '其他处罚',
};

/** Message data for a list of sanction kinds: `{sanctions}` in Chinese, `{sanctionsEn}` as codes. Reporting path only. */
export function sanctionNames(kinds: readonly string[]): { sanctions: string; sanctionsEn: string } {
  return { sanctions: kinds.map((kind) => SANCTION_ZH[kind] ?? kind).join('、'), sanctionsEn: kinds.join(', ') };
}

/** Investigative steps by name, for messages. */
export const STEP_NAMES = {
  inspection: { zh: '现场检查', en: 'inspection' },
  inquiry: { zh: '询问', en: 'inquiry' },
  sampling: { zh: '抽样', en: 'sampling' },
  'expert-opinion': { zh: '检测鉴定', en: 'testing or expert opinion' },
  'evidence-preserved': { zh: '先行登记保存', en: 'registration-preservation of evidence' },
} as const;
