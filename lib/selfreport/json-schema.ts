import * as z from 'zod/mini';
import { bundleSchema, selfReportSchema } from './schema';

export const SELF_REPORT_SCHEMA_ID = 'https://zhifa-guard.local/schema/self-report.schema.json';
export const BUNDLE_SCHEMA_ID = 'https://zhifa-guard.local/schema/bundle.schema.json';

function toJsonSchema(schema: z.ZodMiniType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

/** JSON Schema of a self-report (schemaVersion 1), generated from the zod schema. */
export function selfReportJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(selfReportSchema),
    $id: SELF_REPORT_SCHEMA_ID,
    title: 'Zhifa Guard self-report (自查纠错记录, schemaVersion 1)',
    description:
      'A self-report for the exemption of Art. 12(1) of 济南市行政执法过错责任追究办法 (Jinan Order No. 294). Instants carry an offset (e.g. 2025-03-10T09:30:00+08:00); days are YYYY-MM-DD in China Standard Time. Unknown fields are refused.',
  };
}

/** JSON Schema of an exported bundle of sealed self-reports (formatVersion 1). */
export function bundleJsonSchema(): Record<string, unknown> {
  return {
    ...toJsonSchema(bundleSchema),
    $id: BUNDLE_SCHEMA_ID,
    title: 'Zhifa Guard self-report bundle (formatVersion 1)',
    description:
      'Sealed self-reports as one hash chain: hash = sha256(canonical JSON of {report, sealedAt, previousHash}) with sorted keys and no whitespace; previousHash of the first record is 64 zeros. The schema checks the shape only; run `zhifa-guard verify` to check the chain.',
  };
}
