import { describe, expect, it } from 'vitest';
import { runRules } from '../../lib/engine/run';
import { getProfile } from '../../lib/engine/profile';
import type { CaseReport, Rule } from '../../lib/engine/types';
import { makeCase, type CaseInput } from './make-case';

export interface RuleExample {
  name: string;
  case: CaseInput;
  /** YYYY-MM-DD; defaults to 2026-11-25. */
  today?: string;
  profile?: 'national' | 'shandong' | 'jinan';
  /** For violation and review examples: the message id expected among the findings. */
  messageId?: string;
}

export interface RuleExamples {
  violation: RuleExample[];
  review: RuleExample[];
  pass: RuleExample[];
  notApplicable: RuleExample[];
}

export const DEFAULT_TODAY = '2026-11-25';

export function runExample(rule: Rule, example: RuleExample): CaseReport {
  const profile = getProfile(example.profile ?? 'jinan');
  return runRules(makeCase(example.case), [rule], { today: example.today ?? DEFAULT_TODAY, profile });
}

/**
 * Runs a rule on examples of each of the four outcomes and asserts exactly that outcome:
 * a violation example yields a violation, a review example reviews but never accuses, a pass
 * example yields no finding, a not-applicable example is counted as such.
 */
export function testRule(rule: Rule, examples: RuleExamples): void {
  describe(rule.id, () => {
    it('has an example of every outcome', () => {
      expect(examples.violation.length).toBeGreaterThan(0);
      expect(examples.review.length).toBeGreaterThan(0);
      expect(examples.pass.length).toBeGreaterThan(0);
      expect(examples.notApplicable.length).toBeGreaterThan(0);
    });
    for (const example of examples.violation) {
      it(`violation: ${example.name}`, () => {
        const report = runExample(rule, example);
        expect(report.errors).toEqual([]);
        const violations = report.findings.filter((finding) => finding.status === 'violation');
        expect(violations.length, JSON.stringify(report.findings)).toBeGreaterThan(0);
        if (example.messageId) expect(messageIdsOf(report)).toContain(example.messageId);
      });
    }
    for (const example of examples.review) {
      it(`review: ${example.name}`, () => {
        const report = runExample(rule, example);
        expect(report.errors).toEqual([]);
        expect(
          report.findings.map((finding) => finding.status),
          JSON.stringify(report.findings),
        ).toContain('review');
        expect(report.findings.some((finding) => finding.status === 'violation')).toBe(false);
        if (example.messageId) expect(messageIdsOf(report)).toContain(example.messageId);
      });
    }
    for (const example of examples.pass) {
      it(`pass: ${example.name}`, () => {
        const report = runExample(rule, example);
        expect(report.errors).toEqual([]);
        expect(report.findings, JSON.stringify(report.findings)).toEqual([]);
        expect(report.passed).toBe(1);
      });
    }
    for (const example of examples.notApplicable) {
      it(`not applicable: ${example.name}`, () => {
        const report = runExample(rule, example);
        expect(report.errors).toEqual([]);
        expect(report.findings, JSON.stringify(report.findings)).toEqual([]);
        expect(report.notApplicable).toBe(1);
      });
    }
  });
}

function messageIdsOf(report: CaseReport): string[] {
  return report.findings.map((finding) => finding.messageId);
}
