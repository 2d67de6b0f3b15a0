import * as z from 'zod/mini';
import {
  ACTION_TYPES,
  ROLES,
  EVIDENCE_KINDS,
  LEGAL_REF_ROLES,
  SANCTION_KINDS,
  OUTCOMES,
  DISCRETION_LEVELS,
  FLAG_NAMES,
  EVENT_KINDS,
  SOURCES,
} from './vocabulary';

export * from './vocabulary';

/** The public case contract, schemaVersion 1 (see docs/case-model.md). Unknown fields are kept. */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the YYYY-MM-DD prefix names a real calendar day (rejects 2025-02-30). */
export function isRealDate(value: string): boolean {
  if (!DATE.test(value.slice(0, 10))) return true; // the format check reports it
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  if (month !== 2) return day <= MONTH_DAYS[month - 1]!;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (leap ? 29 : 28);
}

export const isoDate = z
  .string()
  .check(
    z.regex(DATE, { error: '需要日期 YYYY-MM-DD / expected a date YYYY-MM-DD' }),
    z.refine(isRealDate, { error: '不存在的日期 / not a real calendar date' }),
  );

export const isoDateOrDateTime = z.string().check(
  z.regex(DATE_OR_TIME, {
    error: '需要日期 YYYY-MM-DD 或时间 YYYY-MM-DDTHH:mm / expected YYYY-MM-DD or YYYY-MM-DDTHH:mm',
  }),
  z.refine(isRealDate, { error: '不存在的日期 / not a real calendar date' }),
);

export const actionType = z.enum(ACTION_TYPES);

const positiveInt = z.int().check(z.minimum(1));

export const agencySchema = z.looseObject({
  name: z.string(),
  code: z.optional(z.string()),
  /** Administrative division code, e.g. 370100. */
  region: z.optional(z.string()),
});

export const partySchema = z.looseObject({
  kind: z.enum(['person', 'legal-person', 'other-org']),
  name: z.optional(z.string()),
  idNumber: z.optional(z.string()),
  isEnterprise: z.optional(z.boolean()),
  address: z.optional(z.string()),
});

export const officerSchema = z.looseObject({
  name: z.string(),
  certificateNo: z.optional(z.string()),
  roles: z.array(z.enum(ROLES)),
  /** Extension: false when the officer holds no valid enforcement certificate. */
  certified: z.optional(z.boolean()),
  /** Extension: staff category as the host records it (e.g. 在编, 协管员, 劳务派遣). */
  staffCategory: z.optional(z.string()),
});

export const evidenceSchema = z.looseObject({
  kind: z.enum(EVIDENCE_KINDS),
  title: z.string(),
  collectedAt: z.optional(isoDateOrDateTime),
  collectors: z.optional(z.array(z.string())),
  ref: z.optional(z.string()),
});

export const legalRefSchema = z.looseObject({
  role: z.enum(LEGAL_REF_ROLES),
  law: z.string(),
  article: z.optional(positiveInt),
  paragraph: z.optional(positiveInt),
  item: z.optional(positiveInt),
  text: z.optional(z.string()),
});

export const decisionSchema = z.looseObject({
  kinds: z.array(z.enum(SANCTION_KINDS)),
  fineAmount: z.optional(z.number().check(z.nonnegative())),
  confiscatedAmount: z.optional(z.number().check(z.nonnegative())),
  illegalGains: z.optional(z.number().check(z.nonnegative())),
  summary: z.optional(z.string()),
  outcome: z.optional(z.enum(OUTCOMES)),
});

export const discretionSchema = z.looseObject({
  standard: z.optional(z.string()),
  level: z.optional(z.enum(DISCRETION_LEVELS)),
  reason: z.optional(z.string()),
});

export const flagsSchema = z.looseObject(
  Object.fromEntries(FLAG_NAMES.map((name) => [name, z.optional(z.boolean())])) as Record<
    (typeof FLAG_NAMES)[number],
    z.ZodMiniOptional<z.ZodMiniBoolean>
  >,
);

export const eventSchema = z.looseObject({
  kind: z.enum(EVENT_KINDS),
  at: isoDateOrDateTime,
  officers: z.optional(z.array(z.string())),
  ref: z.optional(z.string()),
  note: z.optional(z.string()),
  data: z.optional(z.record(z.string(), z.unknown())),
});

export const originSchema = z.looseObject({
  url: z.optional(z.string()),
  system: z.optional(z.string()),
  adapter: z.optional(z.string()),
  extractedAt: z.optional(z.string()),
  /** Extension: case paths the record builder could not read (e.g. `events.delivery`); rules treat them as unknown. */
  unreadable: z.optional(z.array(z.string())),
  /** Extension: case paths the page shows with an empty value (e.g. an empty 听证告知日期 field). */
  emptyFields: z.optional(z.array(z.string())),
  /** Extension: whether `events` is the whole procedural record (default: yes, unless read from a page). */
  timelineComplete: z.optional(z.boolean()),
});

export const caseSchema = z.looseObject({
  schemaVersion: z.literal(1),
  id: z.string().check(z.minLength(1)),
  title: z.optional(z.string()),
  actionType,
  procedure: z.optional(z.enum(['simple', 'general', 'fast'])),
  status: z.optional(z.enum(['open', 'closed'])),
  agency: z.optional(agencySchema),
  party: z.optional(partySchema),
  officers: z.optional(z.array(officerSchema)),
  facts: z.optional(z.string()),
  violationDate: z.optional(isoDate),
  discoveredAt: z.optional(isoDate),
  source: z.optional(z.enum(SOURCES)),
  evidence: z.optional(z.array(evidenceSchema)),
  legalBasis: z.optional(z.array(legalRefSchema)),
  decision: z.optional(decisionSchema),
  discretion: z.optional(discretionSchema),
  flags: z.optional(flagsSchema),
  events: z.optional(z.array(eventSchema)),
  origin: z.optional(originSchema),
});

export type EnforcementCase = z.infer<typeof caseSchema>;
export type ActionType = (typeof ACTION_TYPES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type CaseEvent = z.infer<typeof eventSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type LegalRef = z.infer<typeof legalRefSchema>;
export type Officer = z.infer<typeof officerSchema>;
export type Party = z.infer<typeof partySchema>;
export type SanctionKind = (typeof SANCTION_KINDS)[number];
export type FlagName = (typeof FLAG_NAMES)[number];
export type Role = (typeof ROLES)[number];
