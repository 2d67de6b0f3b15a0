import * as z from 'zod/mini';
import { PROCEEDING_KINDS } from '../selfreport/proceedings';
import { dayOrInstantSchema, instantSchema, sealedRecordSchema, uuidSchema } from '../selfreport/schema';

/**
 * The shapes of the rows in IndexedDB. Every row is validated when read: data in IndexedDB outlives
 * the code that wrote it, and a row that no longer matches is set aside (quarantine), not thrown.
 */

/** selfReports: one row per sealed version, key [id, version]. */
export const reportRowSchema = z.object({
  id: z.string(),
  version: z.int().check(z.minimum(1)),
  /** Position in the store's single chain, 1, 2, 3… (index by-seq, unique). */
  seq: z.int().check(z.minimum(1)),
  /** Present (= seq) only on the latest version of a report: the sparse index by-latest lists reports. */
  latest: z.optional(z.int()),
  /** Hoisted for the by-case index (added in schema v2, back-filled by the v2 migration). */
  caseId: z.optional(z.string()),
  record: sealedRecordSchema,
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const OUTBOX_STATES = ['pending', 'delivered', 'dead'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** outbox: a sealed version waiting to be delivered (e.g. to the unit's server), key `${id}:${version}`. */
export const outboxRowSchema = z.object({
  idempotencyKey: z.string().check(z.regex(/^[^:]+:\d+$/)),
  reportId: uuidSchema,
  version: z.int().check(z.minimum(1)),
  state: z.enum(OUTBOX_STATES),
  attempts: z.int().check(z.minimum(0)),
  /** Epoch milliseconds; present only while pending (the sparse index by-next-attempt). */
  nextAttemptAt: z.optional(z.number()),
  createdAt: instantSchema,
  lastAttemptAt: z.optional(instantSchema),
  deliveredAt: z.optional(instantSchema),
  lastError: z.optional(z.string()),
  /**
   * Epoch milliseconds: an attempt is in flight until then (set by claimDue, cleared by the outcome).
   * If the sender dies mid-attempt, the row falls due again when the lease runs out.
   */
  sendingUntil: z.optional(z.number()),
  /** What the receiving server answered on delivery (its receipt), when it answered with one. */
  serverReceipt: z.optional(z.unknown()),
});
export type OutboxRow = z.infer<typeof outboxRowSchema>;

/** proceedings (schema v2): a recorded step of the Order 294 liability proceedings. */
export const proceedingRowSchema = z.object({
  id: uuidSchema,
  kind: z.enum(PROCEEDING_KINDS),
  at: dayOrInstantSchema,
  filedAt: z.optional(dayOrInstantSchema),
  extensionDays: z.optional(z.int().check(z.minimum(1), z.maximum(30))),
  reportId: z.optional(z.string()),
  caseId: z.optional(z.string()),
  note: z.optional(z.string()),
  createdAt: instantSchema,
});
export type ProceedingRow = z.infer<typeof proceedingRowSchema>;

export interface QuarantineRow {
  qid?: number;
  store: string;
  key: IDBValidKey;
  value: unknown;
  issues: string[];
  at: string;
}
