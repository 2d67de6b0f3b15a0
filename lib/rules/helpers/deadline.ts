import { deadline, type Period } from '../../calendar';
import type { RuleContext } from '../../engine/types';

export type DeadlineState =
  /** The closing step happened within the period. */
  | { kind: 'met'; due: string }
  /** The closing step happened after the period ended. */
  | { kind: 'late'; due: string; daysLate: number }
  /** Still open and the period has ended. */
  | { kind: 'overdue'; due: string; daysLate: number }
  /** Still open and past the profile's warning share of the period. */
  | { kind: 'approaching'; due: string; daysLeft: number }
  /** Still open, well within the period. */
  | { kind: 'running'; due: string; daysLeft: number }
  /** The case is closed (or its timeline ended) and the closing step is not recorded. */
  | { kind: 'missing-end'; due: string }
  /** The answer depends on a year the holiday calendar does not cover. */
  | { kind: 'uncertain'; due: string };

/**
 * Where one statutory period stands. `end` is the day of the step that must happen within the
 * period; when it is absent, an open case is measured against today.
 */
export function assessDeadline(
  start: number,
  end: number | undefined,
  period: Period,
  context: RuleContext,
  caseOpen: boolean,
): DeadlineState {
  const limit = deadline(start, period);
  const due = limit.dueIso;
  if (end !== undefined) {
    if (end <= limit.due) {
      // Within the period whatever the holidays: even counted in calendar days it is not later.
      if (limit.covered || end - start <= period.length) return { kind: 'met', due };
      return { kind: 'uncertain', due };
    }
    if (!limit.covered) return { kind: 'uncertain', due };
    return { kind: 'late', due, daysLate: end - limit.due };
  }
  if (!caseOpen) return { kind: 'missing-end', due };
  const today = context.todayDay;
  if (today > limit.due) {
    if (!limit.covered) return { kind: 'uncertain', due };
    return { kind: 'overdue', due, daysLate: today - limit.due };
  }
  const total = limit.due - start;
  const used = today - start;
  const daysLeft = limit.due - today;
  if (total > 0 && used / total >= context.profile.yellowFraction) return { kind: 'approaching', due, daysLeft };
  return { kind: 'running', due, daysLeft };
}
