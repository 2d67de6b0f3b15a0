import { dayNumber, elapsedDays } from '../../calendar';
import type { CaseView } from '../../engine/case-view';
import type { CaseEvent } from '../../case/schema';

/**
 * Shared reading of licence cases (group license). 行政许可法 Art. 82: every period within which the
 * agency implements a licence is counted in working days.
 *
 * Event `data` keys read (all optional):
 * - `application-accepted.data.periodDays`: a decision period set by another law or regulation
 *   (Art. 42(1) "法律、法规另有规定的，依照其规定"), in working days;
 * - `application-accepted.data.joint`: unified, joint or centralised processing (Art. 42(2), 45 days);
 * - `extension-approved.data.days`: length of the extension;
 * - `license-decision.data.outcome`: `granted` | `refused` (when `decision.outcome` is not given);
 * - `license-decision.data.reason`, `.reasonStated`, `.remedyNotice`: the refusal's reasons and the
 *   notice of review and litigation rights (Art. 38(2));
 * - `suspended` / `resumed` pairs: time that Art. 45 leaves out of the period (hearing, testing,
 *   appraisal, expert review), notified in writing.
 */

/** Art. 32(1)(四): incomplete materials must be notified on the spot or within five (working) days. */
export const CORRECTION_NOTICE_DAYS = 5;

export interface Acceptance {
  day: number;
  at: string;
  /** Art. 32(1)(四): the correction notice came late, so the application counts as accepted on receipt. */
  deemed: boolean;
}

/**
 * The day from which the decision period runs: the acceptance, or the receipt when a correction
 * notice came more than five working days after it (the application is then accepted on receipt).
 */
export function acceptanceStart(view: CaseView): Acceptance | undefined {
  const received = view.first('application-received');
  const correction = view.first('correction-requested');
  if (received && correction) {
    const late = elapsedDays(received.at, correction.at, 'working-days');
    if (late.covered && late.days > CORRECTION_NOTICE_DAYS) {
      return { day: dayNumber(received.at), at: received.at, deemed: true };
    }
  }
  const accepted = view.first('application-accepted');
  if (accepted) return { day: dayNumber(accepted.at), at: accepted.at, deemed: false };
  return undefined;
}

/** The licence decision: a `license-decision` event, or a generic `decision` event. */
export function licenseDecision(view: CaseView): CaseEvent | undefined {
  return view.first('license-decision') ?? view.first('decision');
}

export type LicenseOutcome = 'granted' | 'refused' | 'other' | undefined;

/** Granted or refused, from `decision.outcome` or the decision event's `data.outcome`. */
export function licenseOutcome(view: CaseView, decision: CaseEvent | undefined): LicenseOutcome {
  const outcome = view.case.decision?.outcome ?? decision?.data?.outcome;
  if (outcome === undefined) return undefined;
  return outcome === 'granted' || outcome === 'refused' ? outcome : 'other';
}
