import { describeIssues, type ValidationIssue } from '../selfreport/issues';
import { draftSchema, ledgerEntrySchema } from '../selfreport/schema';
import { outboxRowSchema, proceedingRowSchema, reportRowSchema } from './rows';
import type { Corrupt, DataStore } from './types';

/** Validation of rows as they are read: what is wrong with a row, if anything. */

export function rowIssues(store: DataStore, key: IDBValidKey, value: unknown): ValidationIssue[] | undefined {
  switch (store) {
    case 'selfReports': {
      const parsed = reportRowSchema.safeParse(value);
      if (!parsed.success) return describeIssues(parsed.error.issues, value);
      const row = parsed.data;
      if (row.id !== row.record.report.id || row.version !== row.record.report.version) {
        return [
          {
            path: '$.record.report',
            expected: {
              zh: `与主键 ${row.id} 第 ${row.version} 版一致`,
              en: `to match the key ${row.id} v${row.version}`,
            },
            found: `${row.record.report.id} v${row.record.report.version}`,
          },
        ];
      }
      return undefined;
    }
    case 'drafts': {
      const parsed = draftSchema.safeParse(value);
      return parsed.success ? undefined : describeIssues(parsed.error.issues, value);
    }
    case 'ledger': {
      const parsed = ledgerEntrySchema.safeParse(value);
      return parsed.success ? undefined : describeIssues(parsed.error.issues, value);
    }
    case 'outbox': {
      const parsed = outboxRowSchema.safeParse(value);
      if (!parsed.success) return describeIssues(parsed.error.issues, value);
      return parsed.data.idempotencyKey === `${parsed.data.reportId}:${parsed.data.version}`
        ? undefined
        : [
            {
              path: '$.idempotencyKey',
              expected: { zh: '报告标识:版本', en: 'reportId:version' },
              found: String(key),
            },
          ];
    }
    case 'proceedings': {
      const parsed = proceedingRowSchema.safeParse(value);
      return parsed.success ? undefined : describeIssues(parsed.error.issues, value);
    }
  }
}

/** Splits raw rows into valid values and corrupt ones. */
export function sortRows<T>(
  store: DataStore,
  rows: readonly { key: IDBValidKey; value: unknown }[],
): { valid: T[]; corrupt: Corrupt[] } {
  const valid: T[] = [];
  const corrupt: Corrupt[] = [];
  for (const { key, value } of rows) {
    const issues = rowIssues(store, key, value);
    if (issues) corrupt.push({ store, key, issues });
    else valid.push(value as T);
  }
  return { valid, corrupt };
}

export function issueText(issue: ValidationIssue): string {
  return `${issue.path}: expected ${issue.expected.en}, found ${issue.found}`;
}
