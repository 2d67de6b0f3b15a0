import { describe, expect, it } from 'vitest';
import { formatIssue, validateCase } from './validate';

describe('validateCase', () => {
  it('accepts the minimal case and keeps unknown fields', () => {
    const result = validateCase({ schemaVersion: 1, id: 'A', actionType: 'penalty', hostField: { x: 1 } });
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.case as Record<string, unknown>).hostField).toEqual({ x: 1 });
  });

  it('names the JSON path, what was expected and what was found', () => {
    const result = validateCase({
      schemaVersion: 1,
      id: 'A',
      actionType: 'fine',
      events: [{ kind: 'decision', at: '2025/03/05' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((issue) => [issue.path, issue]));
    expect(byPath['$.actionType']!.expected.en).toContain('"penalty"');
    expect(byPath['$.actionType']!.found).toBe('"fine"');
    expect(byPath['$.events[0].at']!.found).toBe('"2025/03/05"');
    expect(formatIssue(byPath['$.events[0].at']!)).toMatch(/^\$\.events\[0\]\.at：应为需要日期/);
    expect(formatIssue(byPath['$.events[0].at']!, 'en')).toContain('expected');
  });

  it('reports a missing required field as missing', () => {
    const result = validateCase({ schemaVersion: 1, actionType: 'penalty' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual(expect.objectContaining({ path: '$.id', found: '(缺失 missing)' }));
  });

  it('rejects impossible dates', () => {
    const result = validateCase({ schemaVersion: 1, id: 'A', actionType: 'penalty', violationDate: '2025-02-30' });
    expect(result.ok).toBe(false);
  });

  it('knows month lengths and leap years', () => {
    const ok = (date: string) =>
      validateCase({ schemaVersion: 1, id: 'A', actionType: 'penalty', violationDate: date }).ok;
    expect([ok('2024-02-29'), ok('2000-02-29'), ok('2025-04-30'), ok('2025-12-31')]).toEqual([true, true, true, true]);
    expect([ok('2025-02-29'), ok('1900-02-29'), ok('2025-04-31'), ok('2025-13-01'), ok('2025-01-00')]).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('rejects a non-object with a clear message', () => {
    const result = validateCase(42);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: '$', found: '42' });
  });
});
