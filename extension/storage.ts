import { browser } from 'wxt/browser';
import { gateOverrideSchema, readSettings, type GateOverride, type Settings } from '../lib/settings/schema';

/**
 * Extension state in the extension's own storage (browser.storage.local), never in the host
 * page's storage. Values are validated when read.
 */
const SETTINGS_KEY = 'settings';
const GATE_KEY = 'gateOverrides';
const ADAPTER_PREFIX = 'siteAdapter:';
const MAX_GATE_OVERRIDES = 1000;

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = readSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export async function loadSiteAdapterJson(origin: string): Promise<unknown> {
  const key = ADAPTER_PREFIX + origin;
  const stored = await browser.storage.local.get(key);
  return stored[key];
}

export async function saveSiteAdapterJson(origin: string, adapter: unknown): Promise<void> {
  await browser.storage.local.set({ [ADAPTER_PREFIX + origin]: adapter });
}

export async function removeSiteAdapter(origin: string): Promise<void> {
  await browser.storage.local.remove(ADAPTER_PREFIX + origin);
}

/** Every site adapter, keyed by origin. */
export async function listSiteAdapters(): Promise<Record<string, unknown>> {
  const all = await browser.storage.local.get(null);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all))
    if (key.startsWith(ADAPTER_PREFIX)) out[key.slice(ADAPTER_PREFIX.length)] = value;
  return out;
}

/** Validates and keeps a gate override (the reason an officer gave for closing despite warnings). */
export async function appendGateOverride(override: unknown): Promise<void> {
  const valid = gateOverrideSchema.parse(override);
  const stored = await browser.storage.local.get(GATE_KEY);
  const list = Array.isArray(stored[GATE_KEY]) ? (stored[GATE_KEY] as unknown[]) : [];
  const next = [...list, valid].slice(-MAX_GATE_OVERRIDES);
  await browser.storage.local.set({ [GATE_KEY]: next });
}

export async function listGateOverrides(): Promise<GateOverride[]> {
  const stored = await browser.storage.local.get(GATE_KEY);
  const list = Array.isArray(stored[GATE_KEY]) ? stored[GATE_KEY] : [];
  return list.flatMap((item: unknown) => {
    const parsed = gateOverrideSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
