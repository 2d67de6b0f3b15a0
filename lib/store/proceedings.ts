import { randomUuid } from '../selfreport/canonical';
import { describeIssues } from '../selfreport/issues';
import { proceedingDeadline, type ProceedingDeadline } from '../selfreport/proceedings';
import { sortRows } from './row-checks';
import { proceedingRowSchema, type ProceedingRow } from './rows';
import { storageError } from './transactions';
import type { Failure, ProceedingInput, QuarantinedItem, StoreContext } from './types';

/** Proceeding steps (schema v2) and their statutory deadlines. */

export async function addProceedingStep(
  ctx: StoreContext,
  input: ProceedingInput,
): Promise<{ ok: true; step: ProceedingRow; deadline: ProceedingDeadline } | Failure> {
  const candidate: ProceedingRow = { ...input, id: input.id ?? randomUuid(), createdAt: ctx.clock().toISOString() };
  const parsed = proceedingRowSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      error: { zh: '程序步骤格式不对，未保存', en: 'the proceeding step is malformed and was not saved' },
      issues: describeIssues(parsed.error.issues, candidate),
    };
  }
  let deadline: ProceedingDeadline;
  try {
    deadline = proceedingDeadline(parsed.data);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { zh: `程序步骤无法计算期限：${message}`, en: `cannot compute the period: ${message}` },
    };
  }
  try {
    await ctx.db.put('proceedings', parsed.data);
    return { ok: true, step: parsed.data, deadline };
  } catch (error) {
    return storageError(error);
  }
}

/** Recorded steps (of one report, when given) with their deadlines, by date. */
export async function listProceedings(
  ctx: StoreContext,
  options: { reportId?: string; today?: string } = {},
): Promise<{ steps: { step: ProceedingRow; deadline: ProceedingDeadline }[]; quarantined: QuarantinedItem[] }> {
  const tx = ctx.db.transaction('proceedings');
  const rows: { key: IDBValidKey; value: unknown }[] = [];
  let cursor = options.reportId
    ? await tx.store.index('by-report').openCursor(IDBKeyRange.only(options.reportId))
    : await tx.store.openCursor();
  while (cursor) {
    rows.push({ key: cursor.primaryKey, value: cursor.value });
    cursor = await cursor.continue();
  }
  await tx.done;
  const { valid, corrupt } = sortRows<ProceedingRow>('proceedings', rows);
  const steps: { step: ProceedingRow; deadline: ProceedingDeadline }[] = [];
  for (const step of valid) {
    try {
      steps.push({ step, deadline: proceedingDeadline(step, options.today ? { today: options.today } : {}) });
    } catch {
      corrupt.push({
        store: 'proceedings',
        key: step.id,
        issues: [
          {
            path: '$',
            expected: { zh: '可计算期限的步骤', en: 'a step with a computable period' },
            found: step.kind,
          },
        ],
      });
    }
  }
  steps.sort((a, b) => (a.deadline.start < b.deadline.start ? -1 : a.deadline.start > b.deadline.start ? 1 : 0));
  return { steps, quarantined: await ctx.setAside(corrupt) };
}
