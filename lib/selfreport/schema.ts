import * as z from 'zod/mini';
import { isoDate } from '../case/schema';
import type { Bilingual } from '../engine/types';

/**
 * Self-reports (自查纠错记录) for the exemption of 《济南市行政执法过错责任追究办法》 Art. 12(1):
 * a fault that is 情节显著轻微, found and corrected in time by the unit or its staff, with no
 * harmful consequence. A report is a draft until it is sealed; a sealed report is never rewritten —
 * a change is a new version linked to the previous one by its hash (see chain.ts).
 *
 * Sealed data is strict (unknown keys are refused) because the hash covers the raw JSON: a field the
 * schema would silently drop could otherwise be changed without the chain noticing.
 */

export const SELF_REPORT_SCHEMA_VERSION = 1;
export const BUNDLE_FORMAT = 'zhifa-guard-selfreport-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
/** previousHash of the first record of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

// ---------------------------------------------------------------- enums and their labels

/** Who or what brought the fault to light. */
export const DISCOVERY_CHANNELS = [
  'self',
  'colleague',
  'unit-inspection',
  'legal-review',
  'complaint',
  'hotline-12345',
  'administrative-review',
  'litigation',
  'supervision',
  'audit',
  'media',
  'procuratorate',
  'other',
] as const;
export type DiscoveryChannel = (typeof DISCOVERY_CHANNELS)[number];

/** Channels inside the unit: Art. 12(1) speaks of 行政执法单位及其工作人员 finding the fault. */
export const INTERNAL_CHANNELS: readonly DiscoveryChannel[] = ['self', 'colleague', 'unit-inspection', 'legal-review'];
/** Channels outside the unit: a fault they raise was not found by the unit itself. */
export const EXTERNAL_CHANNELS: readonly DiscoveryChannel[] = [
  'complaint',
  'hotline-12345',
  'administrative-review',
  'litigation',
  'supervision',
  'audit',
  'media',
  'procuratorate',
];

export const DISCOVERY_LABELS: Record<DiscoveryChannel, Bilingual> = {
  self: { zh: '承办人员本人自查发现', en: "the officer's own check" },
  colleague: { zh: '本单位其他工作人员发现', en: 'a colleague in the unit' },
  'unit-inspection': { zh: '本单位自查、案卷评查发现', en: "the unit's own inspection or file review" },
  'legal-review': { zh: '本单位法制审核发现', en: "the unit's legal review" },
  complaint: { zh: '当事人或他人投诉、举报', en: 'complaint or report' },
  'hotline-12345': { zh: '12345 热线', en: '12345 hotline' },
  'administrative-review': { zh: '行政复议', en: 'administrative review' },
  litigation: { zh: '行政诉讼', en: 'litigation' },
  supervision: { zh: '行政执法监督机构检查、评查', en: 'enforcement supervision body' },
  audit: { zh: '审计', en: 'audit' },
  media: { zh: '媒体、舆情', en: 'media or public opinion' },
  procuratorate: { zh: '检察机关（检察建议等）', en: 'procuratorate (e.g. procuratorial suggestion)' },
  other: { zh: '其他途径', en: 'other' },
};

/** How the fault was corrected (ASCII ids; the Chinese terms are the labels). */
export const CORRECTION_METHODS = [
  'supplement',
  're-serve',
  'withdraw-remake',
  'refund',
  'release',
  'amend',
  'other',
] as const;
export type CorrectionMethod = (typeof CORRECTION_METHODS)[number];

export const CORRECTION_LABELS: Record<CorrectionMethod, Bilingual> = {
  supplement: { zh: '补正', en: 'supplemented' },
  're-serve': { zh: '重新送达', en: 'served again' },
  'withdraw-remake': { zh: '撤销重作', en: 'withdrawn and made again' },
  refund: { zh: '退还', en: 'refunded' },
  release: { zh: '解除', en: 'released' },
  amend: { zh: '更正', en: 'amended' },
  other: { zh: '其他', en: 'other' },
};

/** Grounds the officer may claim: Art. 12 items (一)–(七) and Art. 13 of Order 294. */
export const EXEMPTION_GROUNDS = ['12-1', '12-2', '12-3', '12-4', '12-5', '12-6', '12-7', '13'] as const;
export type ExemptionGround = (typeof EXEMPTION_GROUNDS)[number];

// ---------------------------------------------------------------- primitives

const requiredText = z.string().check(z.minLength(1, { error: '不能为空 / must not be empty' }));
const HASH = /^[0-9a-f]{64}$/;
export const hashSchema = z
  .string()
  .check(z.regex(HASH, { error: '需要 64 位小写十六进制 SHA-256 值 / expected a 64-digit lowercase hex SHA-256' }));
/** An instant with its offset, e.g. 2025-03-10T09:30:00.000+08:00 (machine-set stamps). */
export const instantSchema = z.iso.datetime({
  offset: true,
  error: '需要带时区的时间，如 2025-03-10T09:30:00+08:00 / expected an ISO date-time with offset',
});
/** A day (YYYY-MM-DD, China Standard Time) or an instant — for dates the officer enters. */
export const dayOrInstantSchema = z.union([isoDate, instantSchema]);
const art7ItemSchema = z.int().check(z.minimum(1), z.maximum(8));
export const uuidSchema = z.uuid({ error: '需要 UUID / expected a UUID' });
const versionSchema = z.int().check(z.minimum(1));
export const RECEIPT_CODE = /^ZG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export const citationSchema = z.strictObject({
  law: requiredText,
  article: z.int().check(z.minimum(1)),
  paragraph: z.optional(z.int().check(z.minimum(1))),
  item: z.optional(z.int().check(z.minimum(1))),
});

// ---------------------------------------------------------------- the report's parts (shapes shared by strict and draft forms)

const discovererShape = { name: requiredText, role: z.optional(z.string()) };

const correctionShape = {
  method: z.enum(CORRECTION_METHODS),
  description: requiredText,
  /** When the correction was completed (written correction approved / served). */
  correctedAt: z.optional(dayOrInstantSchema),
  /** The head who approved the correction. */
  approvedBy: z.optional(z.string()),
  partyNotified: z.optional(z.boolean()),
  /** References to proof: before/after documents, service receipts, refund vouchers. */
  proof: z.optional(z.array(z.string())),
};

/** Art. 12(1) 未造成危害后果. Each answer is true, false, or absent (not answered). */
const harmShape = {
  partyLoss: z.optional(z.boolean()),
  complaintFiled: z.optional(z.boolean()),
  reviewOrSuitFiled: z.optional(z.boolean()),
  thirdPartyOrPublicEffect: z.optional(z.boolean()),
  publishedInfoWithdrawn: z.optional(z.boolean()),
  notes: z.optional(z.string()),
};

/** Art. 12(1) 情节显著轻微: facts a reviewer weighs. Each answer is true, false, or absent. */
const gravityShape = {
  /** Did the defect change the outcome (penalty kind or amount, grant or refusal)? */
  changedOutcome: z.optional(z.boolean()),
  /** Did it shorten or deny a right of the party (statement, hearing, remedy period)? */
  rightsAffected: z.optional(z.boolean()),
  /** Was any deadline of the party affected? */
  partyDeadlineAffected: z.optional(z.boolean()),
  partyObjected: z.optional(z.boolean()),
  /** Amount involved, in yuan. */
  amountInvolved: z.optional(z.number().check(z.nonnegative())),
  notes: z.optional(z.string()),
};

const claimsShape = {
  exemptionGrounds: z.array(z.enum(EXEMPTION_GROUNDS)),
  explanation: z.optional(z.string()),
};

const officerShape = { name: requiredText, unit: z.optional(z.string()), certificateNo: z.optional(z.string()) };

const reportShape = {
  schemaVersion: z.literal(SELF_REPORT_SCHEMA_VERSION),
  id: uuidSchema,
  version: versionSchema,
  /** Hash of the sealed record of version − 1 of this report (absent for version 1). */
  previousHash: z.optional(hashSchema),
  caseId: requiredText,
  ruleId: z.optional(z.string()),
  art7Item: art7ItemSchema,
  citations: z.array(citationSchema),
  /** The case fields involved: case-model path → value. */
  caseSnapshot: z.record(z.string(), z.unknown()),
  /** When the self-report was begun — set by the tool, not typed in. */
  discoveredAt: instantSchema,
  discoveredBy: z.enum(DISCOVERY_CHANNELS),
  discoverer: z.strictObject(discovererShape),
  description: requiredText,
  /** Whether the act had already taken external effect (e.g. the decision was served) when corrected. */
  actTookExternalEffect: z.optional(z.boolean()),
  /** The earliest day an external channel (complaint, 12345, review, suit, supervision…) raised this fault. */
  externalRaisedAt: z.optional(dayOrInstantSchema),
  /** The defect makes the act void (no legal basis, no competent subject, gross and obvious procedural breach). */
  voidDefect: z.optional(z.boolean()),
  gravity: z.optional(z.strictObject(gravityShape)),
  correction: z.strictObject(correctionShape),
  harm: z.strictObject(harmShape),
  claims: z.optional(z.strictObject(claimsShape)),
  officer: z.strictObject(officerShape),
  status: z.enum(['draft', 'sealed']),
};

export const selfReportSchema = z.strictObject(reportShape);
export type SelfReport = z.infer<typeof selfReportSchema>;

export const sealedReportSchema = z.strictObject({ ...reportShape, status: z.literal('sealed') });
export type SealedReport = z.infer<typeof sealedReportSchema>;

/**
 * A draft: any part may be missing, unknown keys are kept (drafts outlive code versions; nothing
 * is lost when an older draft is read back). Only id and updatedAt are required.
 */
const draftShape = {
  schemaVersion: z.optional(z.literal(SELF_REPORT_SCHEMA_VERSION)),
  id: uuidSchema,
  updatedAt: instantSchema,
  version: z.optional(versionSchema),
  previousHash: z.optional(hashSchema),
  caseId: z.optional(z.string()),
  ruleId: z.optional(z.string()),
  art7Item: z.optional(art7ItemSchema),
  citations: z.optional(z.array(citationSchema)),
  caseSnapshot: z.optional(z.record(z.string(), z.unknown())),
  discoveredAt: z.optional(instantSchema),
  discoveredBy: z.optional(z.enum(DISCOVERY_CHANNELS)),
  discoverer: z.optional(z.partial(z.looseObject(discovererShape))),
  description: z.optional(z.string()),
  actTookExternalEffect: z.optional(z.boolean()),
  externalRaisedAt: z.optional(dayOrInstantSchema),
  voidDefect: z.optional(z.boolean()),
  gravity: z.optional(z.looseObject(gravityShape)),
  correction: z.optional(z.partial(z.looseObject(correctionShape))),
  harm: z.optional(z.looseObject(harmShape)),
  claims: z.optional(z.partial(z.looseObject(claimsShape))),
  officer: z.optional(z.partial(z.looseObject(officerShape))),
  status: z.optional(z.literal('draft')),
};
export const draftSchema = z.looseObject(draftShape);
export type Draft = z.infer<typeof draftSchema>;

/** What assessExemption reads: a full report or a draft in progress. */
export const reportLikeSchema = z.object({
  ...draftShape,
  id: z.optional(z.string()),
  updatedAt: z.optional(z.string()),
  status: z.optional(z.enum(['draft', 'sealed'])),
});
export type ReportLike = z.infer<typeof reportLikeSchema>;

// ---------------------------------------------------------------- sealed records and bundles

export const receiptSchema = z.strictObject({
  /** Short human code derived from the hash, e.g. ZG-7K3F-9Q2D. */
  code: z.string().check(z.regex(RECEIPT_CODE, { error: '回执码格式应为 ZG-XXXX-XXXX / expected ZG-XXXX-XXXX' })),
  hash: hashSchema,
  sealedAt: instantSchema,
});
export type Receipt = z.infer<typeof receiptSchema>;

export const sealedRecordSchema = z.strictObject({
  report: sealedReportSchema,
  sealedAt: instantSchema,
  /** sha256(canonical({report, sealedAt, previousHash})). */
  hash: hashSchema,
  /** The hash of the record before this one in the chain; GENESIS_HASH for the first. */
  previousHash: hashSchema,
  receipt: receiptSchema,
});
export type SealedRecord = z.infer<typeof sealedRecordSchema>;

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  exportedAt: instantSchema,
  generator: z.optional(z.string()),
  records: z.array(sealedRecordSchema),
});
export type Bundle = z.infer<typeof bundleSchema>;

// ---------------------------------------------------------------- ledger (Art. 10 context)

/** A recorded fault of the officer or unit (for Art. 10(2): two or more within a year). */
export const ledgerFaultSchema = z.strictObject({
  id: uuidSchema,
  kind: z.literal('fault'),
  at: dayOrInstantSchema,
  art7Item: art7ItemSchema,
  ruleId: z.optional(z.string()),
  caseId: z.optional(z.string()),
  /** The self-report about this fault, if any (so it is not counted twice). */
  reportId: z.optional(z.string()),
  officer: z.optional(z.string()),
  unit: z.optional(z.string()),
  /** False when liability was not pursued (e.g. exempted); such faults do not count for Art. 10(2). */
  pursued: z.optional(z.boolean()),
  note: z.optional(z.string()),
});
export type LedgerFault = z.infer<typeof ledgerFaultSchema>;

/** A correction the unit was told to make (监督意见书, 复议意见书…) and whether it was made on time. */
export const ledgerCorrectionSchema = z.strictObject({
  id: uuidSchema,
  kind: z.literal('correction-notice'),
  noticeAt: dayOrInstantSchema,
  dueAt: dayOrInstantSchema,
  doneAt: z.optional(dayOrInstantSchema),
  refused: z.optional(z.boolean()),
  source: z.optional(z.string()),
  caseId: z.optional(z.string()),
  note: z.optional(z.string()),
});
export type LedgerCorrection = z.infer<typeof ledgerCorrectionSchema>;

export const ledgerEntrySchema = z.discriminatedUnion('kind', [ledgerFaultSchema, ledgerCorrectionSchema]);
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
