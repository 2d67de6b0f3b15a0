import type { EnforcementCase } from '../case/schema';
import { dayNumber, todayInChina } from '../calendar/days';
import { CaseView } from './case-view';
import { compareFindings } from './compare';
import { fillTemplate, pick } from './format';
import { JINAN, type Profile } from './profile';
import type { CaseReport, Finding, Locale, Outcome, Rule, RuleContext } from './types';

export interface RunOptions {
  today?: string;
  profile?: Profile;
  locale?: Locale;
  /** Rule ids turned off (the kill switch). */
  disabled?: ReadonlySet<string>;
}

export function makeContext(options: RunOptions = {}): RuleContext {
  const today = options.today ?? todayInChina();
  return { today, todayDay: dayNumber(today), profile: options.profile ?? JINAN };
}

/** Runs every rule on one case. Pure and synchronous; a rule that throws becomes an engine error. */
export function runRules(
  enforcementCase: EnforcementCase,
  rules: readonly Rule[],
  options: RunOptions = {},
  context: RuleContext = makeContext(options),
): CaseReport {
  const locale = options.locale ?? 'zh-CN';
  const view = new CaseView(enforcementCase);
  const report: CaseReport = { caseId: enforcementCase.id, findings: [], passed: 0, notApplicable: 0, errors: [] };
  for (const rule of rules) {
    if (options.disabled?.has(rule.id)) continue;
    if (!rule.appliesTo.includes(enforcementCase.actionType)) {
      report.notApplicable++;
      continue;
    }
    let outcome: Outcome | Outcome[];
    try {
      outcome = rule.check(view, context);
      if (Array.isArray(outcome)) collectMany(rule, outcome, report, locale);
      else collectOne(rule, outcome, report, locale);
    } catch (error) {
      report.errors.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (report.findings.length > 1) report.findings.sort(compareFindings);
  return report;
}

function collectMany(rule: Rule, outcomes: Outcome[], report: CaseReport, locale: Locale): void {
  let found = false;
  let applicable = false;
  for (const outcome of outcomes) {
    if (outcome.status === 'violation' || outcome.status === 'review') {
      report.findings.push(toFinding(rule, outcome, locale));
      found = true;
    } else if (outcome.status === 'pass') applicable = true;
  }
  if (!found) {
    if (applicable) report.passed++;
    else report.notApplicable++;
  }
}

function collectOne(rule: Rule, outcome: Outcome, report: CaseReport, locale: Locale): void {
  if (outcome.status === 'pass') report.passed++;
  else if (outcome.status === 'not-applicable') report.notApplicable++;
  else report.findings.push(toFinding(rule, outcome, locale));
}

function toFinding(rule: Rule, outcome: Extract<Outcome, { messageId: string }>, locale: Locale): Finding {
  const template = rule.messages[outcome.messageId];
  if (!template) throw new Error(`rule ${rule.id} has no message "${outcome.messageId}"`);
  const finding: Finding = {
    ruleId: rule.id,
    messageId: outcome.messageId,
    category: rule.category,
    severity: rule.severity,
    status: outcome.status,
    message: fillTemplate(pick(template, locale), outcome.data),
    citations: (outcome.citations ?? rule.citations).slice(),
    fields: outcome.fields ?? [],
    fix: pick(rule.fix, locale),
    title: pick(rule.title, locale),
  };
  if (outcome.due) finding.due = outcome.due;
  return finding;
}
