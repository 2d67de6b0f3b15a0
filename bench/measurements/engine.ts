import { caseSchema, type EnforcementCase } from '../../lib/case/schema';
import { JINAN } from '../../lib/engine/profile';
import { makeContext, runRules, type RunOptions } from '../../lib/engine/run';
import type { Rule } from '../../lib/engine/types';
import { ensureLawIndex } from '../../lib/laws';
import { RULES, findRule } from '../../lib/rules';
import { OUR_RULE_IDS, createJsonRulesEngine, runJsonRules } from '../json-rules-engine/rules';
import { generateCases } from '../lib/generate';
import { measureAsync, measureSync } from '../lib/timing';
import { once, type MeasurementDef } from '../lib/types';

const TODAY = '2026-11-25';
/** Distinct pre-parsed cases the engine cycles through (enough to defeat any per-case caching). */
const CASE_COUNT = 5000;
const OPTIONS: RunOptions = { today: TODAY, profile: JINAN };

const parsedCases = once(async (): Promise<EnforcementCase[]> => {
  await ensureLawIndex(); // the legal-basis rules read the law registry
  return generateCases(CASE_COUNT).map((c) => caseSchema.parse(c));
});

function ourTenRules(): Rule[] {
  return OUR_RULE_IDS.map((id) => {
    const rule = findRule(id);
    if (!rule) throw new Error(`bench: rule ${id} is not in the catalogue; update bench/json-rules-engine/rules.ts`);
    return rule;
  });
}

function violatingRules(cases: readonly EnforcementCase[], rules: readonly Rule[]): string[][] {
  const context = makeContext(OPTIONS);
  return cases.map((c) =>
    [
      ...new Set(
        runRules(c, rules, OPTIONS, context)
          .findings.filter((f) => f.status === 'violation')
          .map((f) => f.ruleId),
      ),
    ].sort(),
  );
}

export const engineMeasurements: MeasurementDef[] = [
  {
    name: 'engine.cases_per_second',
    description: `full catalogue on ${CASE_COUNT} pre-parsed generated cases, one process, 1 s warm-up + ≥ 2 s`,
    async run() {
      const cases = await parsedCases();
      const context = makeContext(OPTIONS);
      const result = measureSync((i) => runRules(cases[i % cases.length]!, RULES, OPTIONS, context).findings.length);
      console.log(`  engine: ${RULES.length} rules, ${result.items} cases in ${result.seconds.toFixed(2)} s`);
      return {
        name: 'engine.cases_per_second',
        value: Math.round(result.perSecond),
        unit: 'cases/s',
        target: '>= 50000',
      };
    },
  },
  {
    name: 'engine.vs_json_rules_engine',
    description: 'the same 10 rules in our engine and in json-rules-engine 7.3.1, same cases, throughput ratio',
    async run() {
      const cases = await parsedCases();
      const rules = ourTenRules();
      const context = makeContext(OPTIONS);
      const engine = createJsonRulesEngine(context);

      // Both implementations must find the same violations, or the comparison means nothing.
      const ours = violatingRules(cases, rules);
      let agree = 0;
      const mismatches: string[] = [];
      for (let i = 0; i < cases.length; i++) {
        const theirs = [...new Set(await runJsonRules(engine, cases[i]!))].sort();
        if (theirs.join() === ours[i]!.join()) agree++;
        else if (mismatches.length < 5)
          mismatches.push(`${cases[i]!.id}: ours [${ours[i]}] vs json-rules-engine [${theirs}]`);
      }
      console.log(`  same violations on ${agree}/${cases.length} cases`);
      for (const line of mismatches) console.log(`  ! ${line}`);

      const fast = measureSync((i) => runRules(cases[i % cases.length]!, rules, OPTIONS, context).findings.length);
      const slow = await measureAsync(async (i) => (await runJsonRules(engine, cases[i % cases.length]!)).length);
      console.log(
        `  10 rules: ours ${Math.round(fast.perSecond)} cases/s, json-rules-engine ${Math.round(slow.perSecond)} cases/s`,
      );
      const ratio = fast.perSecond / slow.perSecond;
      return { name: 'engine.vs_json_rules_engine', value: Math.round(ratio * 10) / 10, unit: '×', target: '>= 20' };
    },
  },
];
