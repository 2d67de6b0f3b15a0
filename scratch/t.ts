import { z } from 'zod';
import { caseSchema } from '../lib/case/schema.ts';
const js = z.toJSONSchema(caseSchema, { target: 'draft-2020-12', io: 'input' });
console.log(JSON.stringify(js).slice(0, 600));
console.log(
  JSON.stringify(
    caseSchema.safeParse({
      schemaVersion: 1,
      id: 'x',
      actionType: 'penalty',
      extra: 1,
      events: [{ kind: 'decision', at: '2025-1-1' }],
    }).error?.issues,
  ),
);
