import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { OverlayState } from '../../extension/messages';
import { createPageReader } from '../../extension/read-page';
import { appendGateOverride, loadSettings } from '../../extension/storage';
import { startOverlay, type DocumentFinding } from '../../components/overlay/controller';
import { isOriginEnabled } from '../../lib/settings/schema';
import type { CaseReport } from '../../lib/engine/types';
import { openSelfReportModal } from '../../components/selfreport/SelfReportModal';
import { messagingPort } from '../../extension/selfreport-port';

declare global {
  interface Window {
    __zhifaGuardOverlay?: boolean;
  }
}

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Injected both by the manifest/registration and by the popup's "enable": run once per page.
    if (window.__zhifaGuardOverlay) return;
    window.__zhifaGuardOverlay = true;
    // Wake the background now, so it is ready by the time the page has been read.
    void browser.runtime.sendMessage({ type: 'warm-up' }).catch(() => undefined);
    const settings = await loadSettings();
    if (!isOriginEnabled(settings, location.origin)) return;
    const reader = await createPageReader(location.origin);
    const selfReportPort = messagingPort();
    const overlay = startOverlay({
      doc: document,
      // The rules (and the law registry) run in the background; the page only reads and shows.
      rules: [],
      checkRemotely: async (enforcementCase, locale) => {
        const report = (await browser.runtime.sendMessage({
          type: 'check-case',
          case: enforcementCase,
          locale,
        })) as CaseReport | null;
        if (!report) throw new Error('the background could not check the case');
        return report;
      },
      settings,
      read: (doc) => reader.read(doc, location.href),
      recordGateOverride: appendGateOverride,
      teach: reader.teach,
      // 自查发现 (panel or gate dialog): the form opens as a modal in the panel's shadow root.
      onSelfReport: (finding, enforcementCase) =>
        void openSelfReportModal(overlay.host.shadowRoot!, {
          port: selfReportPort,
          finding,
          enforcementCase,
          caseId: overlay.host.getAttribute('data-case-id') ?? '',
          locale: overlay.model.locale.value,
        }),
      checkDocument: async (text) =>
        ((await browser.runtime.sendMessage({ type: 'check-document', text })) as DocumentFinding[] | undefined) ?? [],
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => overlay.recheck());
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (state: OverlayState) => void) => {
      if ((message as { type?: string })?.type !== 'overlay-state') return false;
      sendResponse({
        enabled: true,
        caseId: overlay.host.getAttribute('data-case-id') ?? '',
        violations: Number(overlay.host.getAttribute('data-violations')),
        reviews: Number(overlay.host.getAttribute('data-reviews')),
        adapter: overlay.host.getAttribute('data-adapter') ?? '',
      });
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      overlay.destroy();
      window.__zhifaGuardOverlay = false;
    });
  },
});
