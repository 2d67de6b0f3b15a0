import { writeFileSync } from 'node:fs';
import { caseJsonSchema } from '../case/json-schema';

/** Writes schema/case.schema.json from the zod schema (`npm run schema`). */
const target = new URL('../../schema/case.schema.json', import.meta.url);
writeFileSync(target, JSON.stringify(caseJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
