import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import type { CaseResultJson } from '../../lib/engine/report';

/**
 * Realistic cases unlike examples/cases: other agencies (城管, 交通, 生态环境, 应急, 卫健, 文旅, 自然资源,
 * 税务, 公安, another province), other case kinds (on-the-spot warning, no-penalty decisions, confiscation
 * without a fine, thresholds near the Shandong 较大数额 amounts, hearings requested then withdrawn or held,
 * extensions, licences granted on the spot or withdrawn, inspections with nothing found), times, events
 * out of order, repeated events, holidays inside periods, periods ending on a weekend, page readings.
 *
 * The expectation for each file was written from the statute texts before running the tool: the set of
 * rules that must report a violation. Every other rule may only pass, review or be not applicable.
 */
const DIR = fileURLToPath(new URL('../fixtures/cases-varied', import.meta.url));
const TODAY = '2026-11-25';

const EXPECTED: Record<string, readonly string[]> = {
  // Lawful cases: no violation at all.
  'urban-simple-warning-only.json': [],
  'transport-simple-org-fine-3000.json': [],
  'environment-general-hearing-waived.json': [],
  'environment-events-out-of-order.json': [],
  'safety-hearing-held-national-day.json': [],
  'health-no-penalty-first-violation.json': [],
  // 先行登记保存 at the scene before filing (Art. 56) is reviewed, not accused.
  'culture-confiscation-only.json': [],
  'tax-org-fine-below-threshold.json': [],
  'market-person-business-fine-spring-festival.json': [],
  'market-renotice-two-deliveries.json': [],
  'market-deadlines-end-on-weekend.json': [],
  'market-suspended-for-testing.json': [],
  'page-reading-partial-penalty.json': [],
  'urban-officers-certificate-forms.json': [],
  'coercion-seizure-extended.json': [],
  'coercion-sealing-term-ends-national-day.json': [],
  // 行政强制法 Art. 52: immediate substitute performance needs no prior reminder.
  'coercion-night-emergency-removal.json': [],
  'license-granted-on-the-spot.json': [],
  'license-spring-festival-working-days.json': [],
  'license-refused-with-reasons.json': [],
  'inspection-no-problem-random.json': [],
  'inspection-complaint-triggered.json': [],
  'police-simple-person-fine-200.json': [],
  'market-no-penalty-not-established.json': [],
  // Party absent, a witness signed (行政强制法 Art. 18(8)): the decision could not be handed over on the spot.
  'coercion-seizure-party-absent-witness.json': [],
  'coercion-emergency-seizure-approved-after.json': [],
  'coercion-court-application-after-reminder.json': [],
  'license-correction-within-5-days-holiday.json': [],
  'license-extended-with-approval.json': [],
  'inspection-follow-up-recheck.json': [],
  // 公告送达 published within 7 working days; the deemed service date comes later by law.
  'penalty-public-notice-service.json': [],
  // Published on the 17th working day: within 市场监督管理行政处罚信息公示规定 Art. 9's twenty.
  'market-person-business-fine-2999.json': [],
  'penalty-open-running.json': [],
  'coercion-open-seizure-running.json': [],
  // 违法所得 refunded to the consumers (行政处罚法 Art. 28(2)).
  'market-gains-refunded-not-confiscated.json': [],
  // A tax bureau: the provincial 较大数额 amounts may not govern a vertically administered agency.
  'tax-citizen-fine-1500-no-hearing.json': [],
  'market-decision-after-approved-extension.json': [],
  'police-minor-16-lighter.json': [],
  'transport-revoke-license-hearing-held.json': [],
  'coercion-demolition-on-makeup-workday.json': [],
  'jiangsu-environment-penalty.json': [],
  'market-general-warning-only-enterprise.json': [],
  'license-withdrawn-by-applicant.json': [],
  'inspection-key-sector-hazardous-chemicals.json': [],
  'market-hearing-request-late-refused.json': [],
  'environment-decision-revoked-and-remade.json': [],
  'market-rights-waived-same-day.json': [],
  // The heads' collective discussion decided the case (行政处罚法 Art. 57(2)); no separate approval form.
  'environment-collective-decision-no-separate-approval.json': [],
  // A tracking check of the ordered rectification is not a second routine inspection.
  'inspection-random-then-tracking-check.json': [],
  // Hearing time is not counted in the licence period (行政许可法 Art. 45).
  'license-hearing-held-interested-party.json': [],
  // Slight harm (危害后果轻微) is not 情节显著轻微 / 没有明显社会危害: the need for the seizure is only reviewed.
  'coercion-seizure-expired-food-minor-harm.json': [],
  // 113 days from filing, 27 of them for the hearing: 行政处罚法 Art. 60 yields to rules that leave it out.
  'market-hearing-time-past-90-days.json': [],
  // 快速办理: oral notice at 23:00, waived on the spot, decision at 23:20 the same evening.
  'police-fast-procedure-fine.json': [],
  // An act outside the catalogue's penalty/licence/coercion/inspection rules.
  'fee-collection-other-act.json': [],
  // Page readings (origin.adapter, timeline not complete): what the page does not show is only reviewed.
  'page-reading-partial-seizure.json': [],
  'page-reading-partial-license.json': [],

  // Defective cases.
  // Extended only after the 30-day term had run out, then held 58 days (行政强制法 Art. 25).
  'coercion-extension-after-expiry.json': ['acl-25-seizure-term'],
  // Freezing must follow Art. 18 items 1, 2, 3 and 7 (行政强制法 Art. 30): no credentials, no on-site record.
  'coercion-tax-freezing-across-national-day.json': ['acl-18-credentials', 'acl-18-onsite-procedure'],
  // An organisation (not a market entity) fined 5,000 yuan, Shandong threshold 5,000: hearing right not told.
  'health-public-institution-fine-5000-no-hearing.json': ['apl-63-hearing-right'],
  // A citizen fined 1,000 yuan (Shandong threshold 1,000) by a local agency: hearing right not told.
  'natural-resources-person-fine-at-threshold.json': ['apl-63-hearing-right'],
  // Decided on the 4th working day after the hearing notice (Spring Festival inside): Art. 64(1)(i).
  'market-decision-before-hearing-window-ends.json': ['apl-64-hearing-procedure'],
  // A page that shows the 听证告知 field empty: the notice is known to be missing.
  'page-reading-empty-hearing-notice.json': ['apl-63-hearing-right'],

  // Round 2: 行政强制, 行政许可, 行政检查. Lawful cases first.
  // Lifted on day 9 once the goods proved unrelated to any violation (行政强制法 Art. 28(1)(二)).
  'r2-coercion-seizure-lifted-early.json': [],
  // Seized goods confiscated by the penalty decision on day 24 (Art. 27: handled within the Art. 25 term).
  'r2-coercion-seizure-confiscated-by-penalty.json': [],
  // Extension approved on the 30th day itself, before the term ran out (Art. 25(1)).
  'r2-coercion-extension-on-last-day.json': [],
  // 42 days, 15 of them written-notified testing time that Art. 25(3) leaves out.
  'r2-coercion-testing-period-excluded.json': [],
  // Frozen on a Friday, decision handed over on the third working day (Arts. 31, 69); Art. 30 items only.
  'r2-coercion-tax-freezing-delivered-3-working-days.json': [],
  // Reminder deadline on a Saturday, substitute performance the next Tuesday (Arts. 37(1), 51(1)(二)).
  'r2-coercion-substitute-performance-deadline-saturday.json': [],
  // Reminder served before Spring Festival, court application on the 11th working day after (Arts. 54, 69).
  'r2-coercion-court-application-after-spring-festival.json': [],
  'r2-page-reading-partial-freezing.json': [],
  'r2-license-correction-before-qingming.json': [],
  // Extended before the 20 working days ran out, decided within 30 (行政许可法 Arts. 42(1), 82).
  'r2-license-extension-before-expiry.json': [],
  // 当场作出书面决定 (行政许可法 Art. 34(2)).
  'r2-license-granted-on-the-spot-outdoor-sign.json': [],
  // Refusal with reasons and the review/litigation notice (Art. 38(2)), on the 20th working day across 国庆.
  'r2-license-refused-reasons-remedy-national-day.json': [],
  'r2-license-withdrawn-after-correction.json': [],
  // A second notice about materials first handed in with the correction is not a second notice of the
  // same materials (Art. 32(1)(四)): at most a question for review.
  'r2-license-second-notice-on-new-materials.json': [],
  // Hearing within 20 working days of the request, notice 7 working days before (Arts. 47(1), 48(1)(一)).
  'r2-license-hearing-across-spring-festival.json': [],
  'r2-page-reading-partial-license-no-decision.json': [],
  // Random draw recorded, nothing found, results published: nothing to follow up.
  'r2-inspection-random-nothing-found.json': [],
  'r2-inspection-tracking-check-rectified.json': [],
  'r2-page-reading-partial-inspection.json': [],
  // The host records the extension only as the head's approval (延期批准), decided before the term ran out.
  'r2-coercion-extension-recorded-as-approval.json': [],
  // 15 + 15 days (Art. 25(1): the extension totals no more than 30), the second inside the first extension.
  'r2-coercion-two-extensions-within-term.json': [],
  // 对整改情况进行检查: a check of the ordered rectification, not a second routine visit.
  'r2-inspection-rectification-check-note.json': [],
  // Withdrawn before any decision: no hearing is owed (行政许可法 Art. 47(1) is "在作出行政许可决定前").
  'r2-license-withdrawn-after-hearing-request.json': [],

  // Round 2 defective cases.
  // Term ended 2026-10-04 (at the latest 10-08 after 国庆); extension only on 10-12 (行政强制法 Art. 25(1)).
  'r2-coercion-extension-after-national-day.json': ['acl-25-seizure-term'],
  // Forced demolition on 2026-10-03, a statutory holiday, no emergency (行政强制法 Art. 43(1)).
  'r2-coercion-demolition-on-national-day.json': ['acl-43-night-holiday'],
  // Reminder served 2025-09-26, court application 2025-10-10: 14 calendar but only 5 working days (Arts. 54, 69).
  'r2-coercion-court-application-during-national-day-window.json': ['acl-35-reminder'],
  // Extension approved after the 20 working days had run out (行政许可法 Art. 42(1)).
  'r2-license-extension-after-twenty-days.json': ['all-42-decision-deadline'],
  // Refusal without reasons (行政许可法 Art. 38(2)).
  'r2-license-refused-no-reasons.json': ['all-38-refusal-reasons'],
  // Random check, case closed, results never published (优化营商环境条例 Art. 54(1)).
  'r2-inspection-results-not-published.json': ['biz-inspection-results'],
  // The record says credentials were not shown (山东省行政执法监督条例 Art. 38(一)).
  'r2-inspection-credentials-not-shown.json': ['3s-credentials-shown'],
};

interface CheckJson {
  results: (CaseResultJson & { file?: string })[];
  errors: unknown[];
}

async function check(dir: string): Promise<CheckJson> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.resume();
  stdin.end('');
  await main(['check', dir, '--format', 'json', '--today', TODAY, '--profile', 'jinan'], { stdin, stdout, stderr });
  stdout.end();
  stderr.end();
  await Promise.all([finished(stdout), finished(stderr)]);
  return JSON.parse(Buffer.concat(out).toString('utf8')) as CheckJson;
}

describe('varied realistic cases (test/fixtures/cases-varied)', () => {
  let results: Map<string, CaseResultJson>;
  let errors: unknown[];

  beforeAll(async () => {
    const json = await check(DIR);
    errors = json.errors;
    results = new Map(json.results.map((result) => [(result.file ?? '').split(/[\\/]/).pop() ?? '', result]));
  });

  it('every fixture has an expectation and at least 25 are lawful or defective cases', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it('all fixtures are valid cases', () => {
    expect(errors).toEqual([]);
    expect(results.size).toBe(Object.keys(EXPECTED).length);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: violations are exactly ${expected.length > 0 ? expected.join(', ') : 'none'}`, () => {
      const result = results.get(file);
      expect(result, `no result for ${join(DIR, file)}`).toBeDefined();
      const violations = [
        ...new Set(result!.findings.filter((f) => f.status === 'violation').map((f) => f.ruleId)),
      ].sort();
      expect(violations).toEqual([...expected].sort());
      expect(result!.engineErrors).toBeUndefined();
    });
  }
});
