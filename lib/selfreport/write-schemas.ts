import { writeFileSync } from 'node:fs';
import { bundleJsonSchema, selfReportJsonSchema } from './json-schema';

/** Writes schema/self-report.schema.json and schema/bundle.schema.json from the zod schemas. */
const targets: [string, Record<string, unknown>][] = [
  ['../../schema/self-report.schema.json', selfReportJsonSchema()],
  ['../../schema/bundle.schema.json', bundleJsonSchema()],
];
for (const [path, schema] of targets) {
  const target = new URL(path, import.meta.url);
  writeFileSync(target, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${target.pathname}`);
}
