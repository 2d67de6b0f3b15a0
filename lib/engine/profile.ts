import * as z from 'zod/mini';

/**
 * Thresholds that differ by place. Values marked (U) in docs/legal-rules.md are parameters to confirm
 * with the unit's legal staff, not statutory figures.
 */
export const profileSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.object({ zh: z.string(), en: z.string() }),
  /** Province-level division code prefix (two digits), e.g. 37 for Shandong. */
  provinceCode: z.optional(z.string()),
  /** 较大数额罚款 that brings the hearing right (行政处罚法 Art. 63), in yuan. */
  hearingFine: z.object({
    person: z.number().check(z.positive()),
    organisation: z.number().check(z.positive()),
    businessPerson: z.number().check(z.positive()),
    businessOrganisation: z.number().check(z.positive()),
  }),
  /** 较大数额 of confiscated gains or property value for the hearing right, in yuan. */
  hearingConfiscation: z.object({
    person: z.number().check(z.positive()),
    organisation: z.number().check(z.positive()),
  }),
  /** Night-time window in which enforcement is barred (行政强制法 Art. 43), HH:mm. */
  nightWindow: z.object({
    start: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
    end: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
  }),
  /** Working days within which penalty and licence decisions are published. */
  publicationWorkingDays: z.int().check(z.positive()),
  /** Routine inspections of one enterprise by one department allowed per year. */
  inspectionCapPerYear: z.int().check(z.positive()),
  /** Days within which a second inspection of the same enterprise counts as repeated. */
  repeatInspectionWindowDays: z.int().check(z.positive()),
  /** Share of a deadline after which an open case gets a yellow warning. */
  yellowFraction: z.number().check(z.gt(0), z.lt(1)),
  /** Calendar days from filing to decision for penalties (行政处罚法 Art. 60 default 90). */
  penaltyDecisionDays: z.int().check(z.positive()),
});

export type Profile = z.infer<typeof profileSchema>;

export const NATIONAL: Profile = profileSchema.parse({
  id: 'national',
  name: { zh: '全国默认', en: 'National default' },
  // 市场监督管理行政处罚听证办法 Art. 5 uses 10,000 / 100,000 yuan; a common national reference point.
  hearingFine: { person: 10_000, organisation: 100_000, businessPerson: 10_000, businessOrganisation: 100_000 },
  hearingConfiscation: { person: 10_000, organisation: 100_000 },
  nightWindow: { start: '22:00', end: '06:00' },
  publicationWorkingDays: 7,
  inspectionCapPerYear: 2,
  repeatInspectionWindowDays: 30,
  yellowFraction: 0.8,
  penaltyDecisionDays: 90,
});

/** Shandong's 较大数额 standard (legal-rules.md SEC-HEAR-SD, secondary source: confirm locally). */
export const SHANDONG: Profile = profileSchema.parse({
  ...NATIONAL,
  id: 'shandong',
  name: { zh: '山东省', en: 'Shandong' },
  provinceCode: '37',
  hearingFine: { person: 1_000, organisation: 5_000, businessPerson: 3_000, businessOrganisation: 10_000 },
  hearingConfiscation: { person: 3_000, organisation: 10_000 },
});

export const JINAN: Profile = profileSchema.parse({
  ...SHANDONG,
  id: 'jinan',
  name: { zh: '山东省济南市', en: 'Jinan, Shandong' },
});

export const PROFILES: Record<string, Profile> = { national: NATIONAL, shandong: SHANDONG, jinan: JINAN };

export function getProfile(id: string): Profile | undefined {
  return PROFILES[id];
}
