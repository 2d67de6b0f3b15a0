import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Message } from '../extension/messages';
import { OVERLAY_SCRIPT, registerOverlay, syncRegistrations, unregisterOverlay } from '../extension/registration';
import { loadSettings, saveSettings } from '../extension/storage';

export default defineBackground(() => {
  const sync = async () => syncRegistrations((await loadSettings()).enabledOrigins);
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());

  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const message = raw as Message;
    if (message.type === 'enable-site') {
      void enableSite(message.origin, message.tabId).then(
        () => sendResponse({ ok: true }),
        (error: unknown) => sendResponse({ ok: false, error: String(error) }),
      );
      return true;
    }
    if (message.type === 'disable-site') {
      void disableSite(message.origin).then(() => sendResponse({ ok: true }));
      return true;
    }
    return false;
  });
});

async function enableSite(origin: string, tabId?: number): Promise<void> {
  const settings = await loadSettings();
  await saveSettings({
    enabledOrigins: [...new Set([...settings.enabledOrigins, origin])],
    disabledOrigins: settings.disabledOrigins.filter((entry) => entry !== origin),
  });
  await registerOverlay(origin);
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY_SCRIPT] });
}

async function disableSite(origin: string): Promise<void> {
  const settings = await loadSettings();
  await saveSettings({
    enabledOrigins: settings.enabledOrigins.filter((entry) => entry !== origin),
    disabledOrigins: [...new Set([...settings.disabledOrigins, origin])],
  });
  await unregisterOverlay(origin);
}
