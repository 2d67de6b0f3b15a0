import { dayNumber, todayInChina } from '../calendar/days';
import { assessCorrection } from './assess-correction';
import { assessDiscovery } from './assess-discovery';
import { aggravation, mitigation } from './assess-factors';
import { claimedGrounds } from './assess-grounds';
import { assessHarm } from './assess-harm';
import { assessMinor } from './assess-minor';
import { isoDayOf } from './assess-shared';
import {
  DEFAULT_SAME_YEAR_WINDOW_DAYS,
  DEFAULT_TIMELY_DAYS,
  DEFAULT_VOID_CITATIONS,
  DEFAULT_VOID_RULE_IDS,
  DISCLAIMER,
  type AssessLedger,
  type AssessOptions,
  type ExemptionAssessment,
  type Verdict,
} from './assess-types';
import { summarise } from './assess-verdict';
import type { ReportLike } from './schema';

export * from './assess-types';

/**
 * An aid for the officer, not a legal conclusion: which elements of the exemption in Art. 12(1) of
 * Order 294 the facts in a self-report appear to meet, what is missing, what else the officer
 * claims, and the mitigating (Art. 11) and aggravating (Art. 10) context. Whether a fault is
 * 情节显著轻微 or corrected 及时 is for the unit and the supervision body to judge; the law does not
 * quantify either, so the tool only sorts the stated facts and says what it assumed.
 */

export function assessExemption(
  report: ReportLike,
  ledger: AssessLedger = { faults: [] },
  options: AssessOptions,
): ExemptionAssessment {
  const resolved: Required<AssessOptions> = {
    now: options.now,
    timelyDays: options.timelyDays ?? DEFAULT_TIMELY_DAYS,
    sameYearWindowDays: options.sameYearWindowDays ?? DEFAULT_SAME_YEAR_WINDOW_DAYS,
    voidRuleIds: options.voidRuleIds ?? DEFAULT_VOID_RULE_IDS,
    voidCitations: options.voidCitations ?? DEFAULT_VOID_CITATIONS,
  };
  const todayIso = typeof options.now === 'string' ? isoDayOf(options.now) : todayInChina(options.now);
  const today = dayNumber(todayIso);
  const minor = assessMinor(report, resolved);
  const elements = [minor, assessDiscovery(report), assessCorrection(report, resolved, today), assessHarm(report)];
  const verdict: Verdict = elements.some((e) => e.status === 'not-met')
    ? 'not-eligible'
    : elements.every((e) => e.status === 'met')
      ? 'likely-eligible'
      : 'incomplete';
  const otherGrounds = claimedGrounds(report);
  return {
    ...(report.id ? { reportId: report.id } : {}),
    ...(report.version ? { version: report.version } : {}),
    ...(report.caseId ? { caseId: report.caseId } : {}),
    verdict,
    summary: summarise(verdict, elements, otherGrounds),
    elements,
    otherGrounds,
    mitigation: mitigation(report, minor),
    aggravation: aggravation(report, ledger, resolved, today),
    parameters: { today: todayIso, timelyDays: resolved.timelyDays, sameYearWindowDays: resolved.sameYearWindowDays },
    disclaimer: DISCLAIMER,
  };
}

/** The assessment's ledger from stored ledger entries. */
export function ledgerForAssessment(
  entries: readonly (
    | { kind: 'fault'; at: string; art7Item: number; ruleId?: string; reportId?: string; pursued?: boolean }
    | {
        kind: 'correction-notice';
        noticeAt: string;
        dueAt: string;
        doneAt?: string;
        refused?: boolean;
        source?: string;
      }
  )[],
): AssessLedger {
  const ledger: AssessLedger = { faults: [], corrections: [] };
  for (const entry of entries) {
    if (entry.kind === 'fault') ledger.faults.push(entry);
    else ledger.corrections!.push(entry);
  }
  return ledger;
}
