import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseJsonSchema } from './json-schema';

describe('schema/case.schema.json', () => {
  it('is current with the zod schema (run `npm run schema` after changing lib/case/schema.ts)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/case.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(caseJsonSchema());
  });

  it('describes every field of the contract and keeps unknown fields', () => {
    const schema = caseJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: unknown;
    };
    for (const field of [
      'schemaVersion',
      'id',
      'title',
      'actionType',
      'procedure',
      'status',
      'agency',
      'party',
      'officers',
      'facts',
      'violationDate',
      'discoveredAt',
      'source',
      'evidence',
      'legalBasis',
      'decision',
      'discretion',
      'flags',
      'events',
      'origin',
    ]) {
      expect(schema.properties).toHaveProperty(field);
    }
    expect(schema.required.sort()).toEqual(['actionType', 'id', 'schemaVersion']);
    expect(schema.additionalProperties).toEqual({});
  });
});
