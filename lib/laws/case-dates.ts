import type { EventKind } from '../case/schema';
import { dayNumber } from '../calendar/days';
import type { CaseView } from '../engine/case-view';

/** The dates the legal basis is judged on: the decision (act) and the violation (行政处罚法 Art. 37). */
export interface ActDates {
  /** The date of the act: the decision, or for acts without one the act's own step (inspection, coercion). */
  decision?: string;
  decisionDay?: number;
  violation?: string;
  violationDay?: number;
  /** The decision if any, else the violation: the date the basis is checked against. */
  act?: string;
  actDay?: number;
}

/** The step that dates each kind of act, in order of preference. */
const ACT_EVENTS: Partial<Record<string, readonly EventKind[]>> = {
  license: ['license-decision', 'decision'],
  inspection: ['decision', 'inspection'],
  coercion: ['decision', 'coercion-applied', 'enforcement'],
};
const DEFAULT_EVENTS: readonly EventKind[] = ['decision'];

export function actDates(view: CaseView): ActDates {
  let act;
  for (const kind of ACT_EVENTS[view.actionType] ?? DEFAULT_EVENTS) {
    act = view.first(kind);
    if (act) break;
  }
  const dates: ActDates = {};
  if (act) {
    dates.decision = act.at.slice(0, 10);
    dates.decisionDay = dayNumber(act.at);
  }
  const violation = view.case.violationDate;
  if (violation) {
    dates.violation = violation;
    dates.violationDay = dayNumber(violation);
  }
  dates.act = dates.decision ?? dates.violation;
  dates.actDay = dates.decisionDay ?? dates.violationDay;
  return dates;
}
