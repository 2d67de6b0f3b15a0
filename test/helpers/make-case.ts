import { caseSchema, type EnforcementCase } from '../../lib/case/schema';

export type CaseInput = Partial<EnforcementCase> & Record<string, unknown>;

/** A minimal valid case with the given fields; throws when the result breaks the case model. */
export function makeCase(fields: CaseInput = {}): EnforcementCase {
  const parsed = caseSchema.safeParse({ schemaVersion: 1, id: 'TEST-1', actionType: 'penalty', ...fields });
  if (!parsed.success) throw new Error(`test case breaks the case model: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.data;
}
