import { readFileSync, writeFileSync } from 'node:fs';
import { checkBundle, makeBundle, reviseReport, seal } from './chain';
import { maskDeep } from './mask';
import { selfReportSchema, type SelfReport } from './schema';

/**
 * Writes examples/bundles/sealed.json: a real chain of three sealed records made by this code from
 * the example self-reports (masked, as the store seals them), at fixed times so the output is
 * reproducible:
 *   1. eligible.json, version 1
 *   2. not-eligible.json, version 1
 *   3. eligible.json, version 2 (a revision adding proof), linked to version 1
 */
function example(name: string): SelfReport {
  const url = new URL(`../../examples/self-reports/${name}.json`, import.meta.url);
  return selfReportSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

const eligible = example('eligible');
const notEligible = example('not-eligible');

const first = await seal(maskDeep(eligible), undefined, { now: new Date('2025-07-08T03:00:00.000Z') });
const second = await seal(maskDeep(notEligible), first, { now: new Date('2025-10-15T08:00:00.000Z') });
const revision = reviseReport(first, {
  correction: {
    ...first.report.correction,
    proof: [...(first.report.correction.proof ?? []), '负责人批准补正的审批表（案卷第15页）'],
  },
  harm: { ...first.report.harm, notes: '2025年7月15日回访，当事人对补正无异议。' },
});
const third = await seal(maskDeep(revision), second, { now: new Date('2025-10-20T01:00:00.000Z') });

const bundle = makeBundle([first, second, third], {
  now: new Date('2025-10-20T01:05:00.000Z'),
  generator: 'zhifa-guard lib/selfreport/write-examples.ts',
});
const check = await checkBundle(JSON.parse(JSON.stringify(bundle)));
if (check.status !== 'intact') throw new Error(`the example chain does not verify: ${JSON.stringify(check)}`);
const target = new URL('../../examples/bundles/sealed.json', import.meta.url);
// Formatted as the repository's prettier does, so `npm run format:check` stays clean (a dev script:
// prettier is a devDependency; whitespace does not affect the hashes).
const prettier = await import('prettier');
const options = (await prettier.resolveConfig(target.pathname)) ?? {};
writeFileSync(target, await prettier.format(JSON.stringify(bundle), { ...options, parser: 'json' }));
console.log(`wrote ${target.pathname}: ${bundle.records.map((r) => r.receipt.code).join(', ')}`);
