import * as z from 'zod/mini';
import { checkEndpoint, DEFAULT_CLOSE_BUTTONS } from './origins';

export * from './origins';

export const settingsSchema = z.object({
  /** Origins (scheme://host[:port]) the officer enabled besides the defaults. */
  enabledOrigins: z._default(z.array(z.string()), []),
  /** Default origins the officer switched off. */
  disabledOrigins: z._default(z.array(z.string()), []),
  profile: z._default(z.enum(['national', 'shandong', 'jinan']), 'jinan'),
  locale: z._default(z.enum(['zh-CN', 'en']), 'zh-CN'),
  disabledRules: z._default(z.array(z.string()), []),
  /** Texts of the host buttons that close a case; a click on them is gated while violations remain. */
  closeButtons: z._default(z.array(z.string().check(z.minLength(1))), [...DEFAULT_CLOSE_BUTTONS]),
  /**
   * Where sealed self-reports are delivered (the agency's receiving server, POST). Absent: nothing
   * is sent (exporting a file always works). https, or http on 127.0.0.1/localhost for tests/demos.
   */
  endpoint: z.optional(
    z
      .string()
      .check(z.refine((value) => checkEndpoint(value).ok, { error: 'https URL, or http://127.0.0.1 / localhost' })),
  ),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Reads stored settings; anything invalid falls back to the defaults field by field. */
export function readSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  const out: Record<string, unknown> = {};
  const source = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(source[key]);
    out[key] = field.success ? field.data : DEFAULT_SETTINGS[key];
  }
  return out as Settings;
}

export const gateOverrideSchema = z.object({
  caseId: z.string(),
  url: z.string(),
  button: z.string(),
  reason: z.string().check(z.minLength(1)),
  ruleIds: z.array(z.string()),
  at: z.string(),
});
