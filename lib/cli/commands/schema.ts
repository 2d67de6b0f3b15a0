import { caseJsonSchema } from '../../case/json-schema';
import type { CliIo } from '../io';

export async function runSchema(_argv: string[], io: CliIo): Promise<number> {
  io.stdout.write(JSON.stringify(caseJsonSchema(), null, 2) + '\n');
  return 0;
}
