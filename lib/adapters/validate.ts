/** Checking an assembled record against the case schema, dropping what breaks it. */
import { caseSchema, type EnforcementCase } from '../case/schema';

/** Validates against caseSchema; a value that breaks it is dropped and its path reported. */
export function validate(record: Record<string, unknown>): { data: EnforcementCase; dropped: string[] } {
  const dropped: string[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = caseSchema.safeParse(record);
    if (parsed.success) return { data: parsed.data, dropped };
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      if (path.length === 0) continue;
      dropAt(record, path);
      const named = path[0] === 'events' && path.length > 1 ? 'events' : path.filter((p) => !/^\d+$/.test(p)).join('.');
      dropped.push(named);
    }
  }
  throw new Error('extracted case could not be made valid');
}

function dropAt(record: Record<string, unknown>, path: string[]): void {
  // Remove the smallest unit: an array item, or a key.
  let node: unknown = record;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = (node as Record<string, unknown>)[key];
    if (Array.isArray(next) && /^\d+$/.test(path[i + 1]!)) {
      next.splice(Number(path[i + 1]), 1);
      if (next.length === 0) delete (node as Record<string, unknown>)[key];
      return;
    }
    node = next;
    if (node === null || typeof node !== 'object') return;
  }
  delete (node as Record<string, unknown>)[path[path.length - 1]!];
}
