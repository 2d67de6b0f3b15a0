/** Checking an assembled record against the case schema, dropping what breaks it. */
import { caseSchema, type EnforcementCase } from '../case/schema';

/** Validates against caseSchema; a value that breaks it is dropped and its path reported. */
export function validate(record: Record<string, unknown>): { data: EnforcementCase; dropped: string[] } {
  const dropped: string[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = caseSchema.safeParse(record);
    if (parsed.success) return { data: parsed.data, dropped };
    for (const issue of parsed.error.issues) {
      let path = issue.path.map(String);
      // A required value that is missing: drop the object that lacks it.
      while (path.length > 0 && !dropAt(record, path)) path = path.slice(0, -1);
      if (path.length === 0) continue;
      const named = path[0] === 'events' && path.length > 1 ? 'events' : path.filter((p) => !/^\d+$/.test(p)).join('.');
      dropped.push(named);
    }
  }
  throw new Error('extracted case could not be made valid');
}

/** Removes the smallest unit at `path` (an array item, or a key); false when nothing is there. */
function dropAt(record: Record<string, unknown>, path: string[]): boolean {
  let node: unknown = record;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = (node as Record<string, unknown>)[key];
    if (Array.isArray(next) && /^\d+$/.test(path[i + 1]!)) {
      if (Number(path[i + 1]) >= next.length) return false;
      next.splice(Number(path[i + 1]), 1);
      if (next.length === 0) delete (node as Record<string, unknown>)[key];
      return true;
    }
    node = next;
    if (node === null || typeof node !== 'object') return false;
  }
  const last = path[path.length - 1]!;
  if (!(last in (node as Record<string, unknown>))) return false;
  delete (node as Record<string, unknown>)[last];
  return true;
}

/**
 * A case read by the overlay's page script (which has no schema library): checked here, a value
 * that breaks the case schema dropped and its path added to origin.unreadable. Null when the
 * input is not a case record at all.
 */
export function settleReadCase(input: unknown): EnforcementCase | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return null;
  try {
    const { data, dropped } = validate(structuredClone(input) as Record<string, unknown>);
    if (dropped.length > 0) {
      const origin = (data.origin ??= {}) as { unreadable?: string[] };
      origin.unreadable = [...new Set([...(origin.unreadable ?? []), ...dropped])].sort();
    }
    return data;
  } catch {
    return null;
  }
}
