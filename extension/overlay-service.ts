import { browser } from 'wxt/browser';
import { adapterSchema } from '../lib/adapters/declarative';
import { isOriginEnabled } from '../lib/settings/schema';
import type { Message, OverlaySetup, SelfReportFrameMessage, SelfReportOpening } from './messages';
import { appendGateOverride, loadSettings, loadSiteAdapterJson, saveSiteAdapterJson } from './storage';

/**
 * The background's answers to the overlay: its setup, taught adapters and gate records are
 * validated here, so the page script carries no schema library; self-report openings wait here
 * for the extension-origin frame that shows the form.
 */
const MAX_OPENINGS = 20;
const openings = new Map<string, SelfReportOpening>();

type OverlayMessage = Extract<Message, { type: 'overlay-setup' | 'save-site-adapter' | 'record-gate-override' }>;
type Reply = (value: unknown) => void;

async function setup(origin: string): Promise<OverlaySetup> {
  const settings = await loadSettings();
  const stored = adapterSchema.safeParse(await loadSiteAdapterJson(origin));
  return {
    enabled: isOriginEnabled(settings, origin),
    locale: settings.locale,
    closeButtons: settings.closeButtons,
    adapter: stored.success ? stored.data : null,
  };
}

async function saveAdapter(origin: string, adapter: unknown) {
  const parsed = adapterSchema.safeParse(adapter);
  if (!parsed.success) return { ok: false, error: '适配器无效 / the adapter is invalid' };
  await saveSiteAdapterJson(origin, parsed.data);
  return { ok: true, adapter: parsed.data };
}

function handle(message: OverlayMessage): Promise<unknown> {
  switch (message.type) {
    case 'overlay-setup':
      return setup(message.origin);
    case 'save-site-adapter':
      return saveAdapter(message.origin, message.adapter);
    case 'record-gate-override':
      return appendGateOverride(message.override).then(
        () => ({ ok: true }),
        () => ({ ok: false }),
      );
  }
}

function stash(opening: SelfReportOpening): string {
  const token = crypto.randomUUID();
  openings.set(token, opening);
  while (openings.size > MAX_OPENINGS) openings.delete(openings.keys().next().value!);
  return token;
}

/** Registers the overlay's message handlers. Call once in the background. */
export function registerOverlayHandlers(): void {
  const ownPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw, sender, sendResponse: Reply) => {
    const message = raw as OverlayMessage | SelfReportFrameMessage;
    switch (message?.type) {
      case 'overlay-setup':
      case 'save-site-adapter':
      case 'record-gate-override':
        handle(message).then(sendResponse, () => sendResponse(null));
        return true;
      case 'selfreport-stash':
        sendResponse(stash(message.opening));
        return false;
      case 'selfreport-unstash':
        // Only the extension's own frame takes an opening back.
        sendResponse(sender.url?.startsWith(ownPages) ? (openings.get(message.token) ?? null) : null);
        return false;
      default:
        return false;
    }
  });
}
