import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeReport } from '../../test/store/fixtures';
import { assessExemption } from './assess';
import { checkBundle } from './chain';
import { completeDraft, createDraft, draftFromFinding } from './draft';
import { bundleJsonSchema, selfReportJsonSchema } from './json-schema';
import { bundleSchema, draftSchema, selfReportSchema } from './schema';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('JSON Schemas in schema/', () => {
  it('are current with the zod schemas (run `tsx lib/selfreport/write-schemas.ts` after a change)', () => {
    expect(read('schema/self-report.schema.json')).toEqual(selfReportJsonSchema());
    expect(read('schema/bundle.schema.json')).toEqual(bundleJsonSchema());
  });

  it('describe the contract: required fields, enums, no unknown fields', () => {
    const schema = selfReportJsonSchema() as {
      properties: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }>;
      required: string[];
      additionalProperties: unknown;
    };
    expect(schema.required.sort()).toEqual(
      [
        'art7Item',
        'caseId',
        'caseSnapshot',
        'citations',
        'correction',
        'description',
        'discoveredAt',
        'discoveredBy',
        'discoverer',
        'harm',
        'id',
        'officer',
        'schemaVersion',
        'status',
        'version',
      ].sort(),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.discoveredBy!.enum).toContain('hotline-12345');
    expect(schema.properties.correction!.properties!.method!.enum).toEqual([
      'supplement',
      're-serve',
      'withdraw-remake',
      'refund',
      'release',
      'amend',
      'other',
    ]);
    const bundle = bundleJsonSchema() as { properties: Record<string, { const?: unknown }> };
    expect(bundle.properties.format!.const).toBe('zhifa-guard-selfreport-bundle');
  });
});

describe('examples', () => {
  it('self-reports are valid and assess as their names say (on 2026-11-25)', () => {
    const verdicts: Record<string, string> = {
      eligible: 'likely-eligible',
      'not-eligible': 'not-eligible',
      incomplete: 'incomplete',
    };
    for (const [name, verdict] of Object.entries(verdicts)) {
      const parsed = selfReportSchema.safeParse(read(`examples/self-reports/${name}.json`));
      expect(parsed.success, name).toBe(true);
      const assessment = assessExemption(parsed.data!, { faults: [] }, { now: '2026-11-25' });
      expect(assessment.verdict, name).toBe(verdict);
    }
    const notEligible = selfReportSchema.parse(read('examples/self-reports/not-eligible.json'));
    expect(notEligible.discoveredBy).toBe('hotline-12345');
  });

  it('the sealed bundle is a real chain of three records, the third a revision of the first', async () => {
    const bundle = read('examples/bundles/sealed.json');
    const check = await checkBundle(bundle);
    expect(check.status).toBe('intact');
    const records = bundleSchema.parse(bundle).records;
    expect(records).toHaveLength(3);
    expect(records[2]!.report.id).toBe(records[0]!.report.id);
    expect(records[2]!.report.version).toBe(2);
    expect(records[2]!.report.previousHash).toBe(records[0]!.hash);
  });
});

describe('drafts', () => {
  const now = new Date('2025-07-08T01:12:00.000Z');

  it('createDraft stamps discoveredAt and updatedAt and is a valid draft', () => {
    const draft = createDraft({ caseId: 'c1', ruleId: 'r1', art7Item: 3 }, { now });
    expect(draft.discoveredAt).toBe('2025-07-08T01:12:00.000Z');
    expect(draft.updatedAt).toBe(draft.discoveredAt);
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });

  it('draftFromFinding carries the rule, Art. 7 item and citations', () => {
    const draft = draftFromFinding(
      {
        ruleId: 'apl-59-decision-contents',
        category: 3,
        citations: [{ law: '中华人民共和国行政处罚法', article: 59, paragraph: 1 }],
        fields: ['decision'],
      },
      'case-1',
      { decision: null },
      { now },
    );
    expect(draft).toMatchObject({ ruleId: 'apl-59-decision-contents', art7Item: 3, caseId: 'case-1' });
    expect(draft.citations).toEqual([{ law: '中华人民共和国行政处罚法', article: 59, paragraph: 1 }]);
  });

  it('completeDraft says what is missing, and returns a report when complete', () => {
    const draft = createDraft({ caseId: 'c1', art7Item: 3 }, { now });
    const incomplete = completeDraft(draft);
    expect(incomplete.ok).toBe(false);
    if (!incomplete.ok) {
      const paths = incomplete.issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['$.discoveredBy', '$.description', '$.correction', '$.officer']));
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { id, status, ...rest } = makeReport();
    const complete = completeDraft({ ...draft, ...rest, id: draft.id, updatedAt: draft.updatedAt });
    expect(complete.ok).toBe(true);
  });

  it('a draft keeps fields it does not know (written by a newer version)', () => {
    const parsed = draftSchema.parse({ id: makeReport().id, updatedAt: now.toISOString(), futureField: 1 });
    expect(parsed).toHaveProperty('futureField', 1);
  });
});
