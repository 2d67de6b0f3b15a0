import type { CaseEvent, EventKind, SanctionKind } from '../../case/schema';
import type { CaseView } from '../../engine/case-view';
import type { Citation, Outcome } from '../../engine/types';

/**
 * Readings shared by the inspection and general rule groups. All cheap: plain loops over the
 * case or the view's per-kind index, `String.prototype.includes` for keywords, no allocation
 * unless something is found.
 */

/** Whether whoever built the record marked a case path as unreadable (`origin.unreadable`). */
export function isUnreadable(view: CaseView, path: string): boolean {
  const list = view.case.origin?.unreadable;
  return Array.isArray(list) && list.includes(path);
}

export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim().length === 0;
}

/** Attaches narrower citations to one outcome. */
export function withCitations(outcome: Outcome, citations: Citation[]): Outcome {
  return outcome.status === 'violation' || outcome.status === 'review' ? { ...outcome, citations } : outcome;
}

/**
 * A sanction was imposed: the decision lists a kind other than `other` and does not say that no
 * penalty was imposed or that the act was withdrawn.
 */
export function sanctionImposed(view: CaseView): boolean {
  const outcome = view.case.decision?.outcome;
  if (outcome === 'no-penalty' || outcome === 'withdrawn' || outcome === 'refused') return false;
  for (const kind of view.sanctionKinds()) if (kind !== 'other') return true;
  return false;
}

/** A value from an event's `data`, when it is a boolean. */
export function dataFlag(event: CaseEvent, key: string): boolean | undefined {
  const value = event.data?.[key];
  return typeof value === 'boolean' ? value : undefined;
}

/** A value from an event's `data` read as a number (a number, or a numeric string). */
export function dataNumber(event: CaseEvent, key: string): number | 'invalid' | undefined {
  const value = event.data?.[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  if (typeof value === 'string' && value.trim().length > 0) {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : 'invalid';
  }
  return 'invalid';
}

/** The first event of the given kinds whose `data[key]` is `value`. */
export function findByDataFlag(
  view: CaseView,
  kinds: readonly EventKind[],
  key: string,
  value: boolean,
): CaseEvent | undefined {
  for (const kind of kinds) {
    for (const event of view.events(kind)) if (dataFlag(event, key) === value) return event;
  }
  return undefined;
}

/** The first event of any kind whose note contains the word, or whose `data[key]` is true. */
export function findRecord(view: CaseView, word: string, key: string): CaseEvent | undefined {
  const events = view.case.events;
  if (!events) return undefined;
  for (const event of events) {
    if (dataFlag(event, key) === true) return event;
    if (event.note !== undefined && event.note.includes(word)) return event;
  }
  return undefined;
}

/** Distinct non-blank names. */
export function distinctNames(names: readonly string[] | undefined): string[] {
  const out: string[] = [];
  if (!names) return out;
  for (const raw of names) {
    const name = raw.trim();
    if (name.length > 0 && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * An inspection case that has turned into (or feeds) a penalty procedure: a case was filed, a prior
 * notice served or a sanction decided. The inspection is then an investigation step under the
 * 行政处罚法 (Arts. 42, 55).
 */
export function inspectionFeedsPenalty(view: CaseView): boolean {
  return view.has('filing-approved') || view.has('notice-of-intent') || sanctionImposed(view);
}

const SANCTION_ZH: Record<SanctionKind, string> = {
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
  other: '其他',
};

/** The decision's sanctions in Chinese (罚款、警告), for messages; call only when reporting. */
export function sanctionNamesZh(kinds: readonly string[]): string {
  return kinds.map((kind) => SANCTION_ZH[kind as SanctionKind] ?? kind).join('、');
}
