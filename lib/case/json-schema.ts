import { z } from 'zod';
import { caseSchema } from './schema';

export const CASE_SCHEMA_ID = 'https://zhifa-guard.local/schema/case.schema.json';

/** The JSON Schema of the case model, generated from the zod schema (the single source of truth). */
export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(caseSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: CASE_SCHEMA_ID,
    title: 'Zhifa Guard EnforcementCase (schemaVersion 1)',
    description:
      'One administrative enforcement case. Dates are YYYY-MM-DD (or YYYY-MM-DDTHH:mm) in China Standard Time; amounts in yuan. Unknown fields are kept. See docs/case-model.md.',
  };
}
