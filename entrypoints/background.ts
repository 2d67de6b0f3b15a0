import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { Message } from '../extension/messages';
import { OVERLAY_SCRIPT, registerOverlay, syncRegistrations, unregisterOverlay } from '../extension/registration';
import { registerSelfReportHandlers } from '../extension/selfreport-service';
import { registerOverlayHandlers } from '../extension/overlay-service';
import { startOutbox } from '../extension/outbox';
import { startProceedingReminders } from '../extension/proceedings-reminders';
import { loadSettings, saveSettings } from '../extension/storage';
import { settleReadCase } from '../lib/adapters/validate';
import { getProfile } from '../lib/engine/profile';
import { runRules } from '../lib/engine/run';
import { ensureLawIndex } from '../lib/laws';
import { RULES } from '../lib/rules';
import { runDecision } from '../lib/documents';

export default defineBackground(() => {
  // Warm up: load the law registry and run the catalogue once, so the first page check is quick.
  void ensureLawIndex().then(() => checkCase({ schemaVersion: 1, id: 'warm-up', actionType: 'penalty' }));
  browser.storage.onChanged.addListener(() => (cachedSettings = undefined));
  const sync = async () => syncRegistrations((await loadSettings()).enabledOrigins);
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  startOutbox();
  startProceedingReminders();
  registerSelfReportHandlers();
  registerOverlayHandlers();

  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const message = raw as Message;
    if (message.type === 'enable-site') {
      void enableSite(message.origin, message.tabId).then(
        () => sendResponse({ ok: true }),
        (error: unknown) => sendResponse({ ok: false, error: String(error) }),
      );
      return true;
    }
    if (message.type === 'check-case') {
      void checkCase(message.case, message.locale, message.today).then(sendResponse, () => sendResponse(null));
      return true;
    }
    if (message.type === 'check-document') {
      void checkDocumentText(message.text, message.today).then(sendResponse, () => sendResponse([]));
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

/** Checks a decision document's text (contents, remedy notice, amounts, legal basis); findings carry spans. */
async function checkDocumentText(text: string, today?: string) {
  const [settings] = await Promise.all([loadSettings(), ensureLawIndex()]);
  const report = runDecision(text, { profile: getProfile(settings.profile), today, locale: settings.locale });
  if (report.kind !== 'decision') return [];
  const disabled = new Set(settings.disabledRules);
  return report.findings.filter((finding) => !disabled.has(finding.ruleId));
}

/**
 * The whole catalogue (with the legal-basis rules and their law registry) runs here, in the
 * extension's own worker, so the page carries neither; the overlay sends the case it read.
 */
/** Settings read once per worker life and dropped whenever extension storage changes. */
let cachedSettings: ReturnType<typeof loadSettings> | undefined;

async function checkCase(input: unknown, locale?: 'zh-CN' | 'en', today?: string) {
  // The page script sends the case as read; it is schema-checked (and repaired) here.
  const enforcementCase = settleReadCase(input);
  if (!enforcementCase) return null;
  cachedSettings ??= loadSettings();
  const [settings] = await Promise.all([cachedSettings, ensureLawIndex()]);
  return runRules(enforcementCase, RULES, {
    today,
    profile: getProfile(settings.profile),
    locale: locale ?? settings.locale,
    disabled: new Set(settings.disabledRules),
  });
}
