import { browser } from 'wxt/browser';
import { matchPatternFor } from '../lib/settings/schema';

/** The built overlay script, as WXT names it. */
export const OVERLAY_SCRIPT = '/content-scripts/overlay.js' as const;

const scriptId = (origin: string) => `zhifa-guard:${origin}`;

/** Registers the overlay for an origin the officer enabled (after the host permission was granted). */
export async function registerOverlay(origin: string): Promise<void> {
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    {
      id,
      matches: [matchPatternFor(origin)],
      js: [OVERLAY_SCRIPT],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

export async function unregisterOverlay(origin: string): Promise<void> {
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/** Brings registrations in line with the enabled origins whose permission is still granted. */
export async function syncRegistrations(enabledOrigins: readonly string[]): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const wanted = new Set<string>();
  for (const origin of enabledOrigins) {
    const granted = await browser.permissions.contains({ origins: [matchPatternFor(origin)] });
    if (granted) wanted.add(scriptId(origin));
  }
  const stale = registered
    .filter((script) => script.id.startsWith('zhifa-guard:') && !wanted.has(script.id))
    .map((script) => script.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  for (const origin of enabledOrigins) if (wanted.has(scriptId(origin))) await registerOverlay(origin);
}
