import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { DeclarativeAdapter } from '../../lib/adapters/declarative';
import type { CaseReport } from '../../lib/engine/types';
import type { OverlaySetup, OverlayState } from '../../extension/messages';
import { createPageReader } from '../../extension/read-page';
import { openSelfReportFrame } from '../../extension/selfreport-frame';
import { startOverlay, type DocumentFinding } from '../../components/overlay/controller';
import { panelDocumentFor } from '../../components/overlay/panel-document';

declare global {
  interface Window {
    __zhifaGuardOverlay?: boolean;
  }
}

const ask = <T,>(message: object) => browser.runtime.sendMessage(message) as Promise<T>;

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Injected both by the manifest/registration and by the popup's "enable": run once per page.
    if (window.__zhifaGuardOverlay) return;
    window.__zhifaGuardOverlay = true;
    // The background validates settings and the site's adapter (and wakes up for the first check).
    const setup = await ask<OverlaySetup | null>({ type: 'overlay-setup', origin: location.origin });
    if (!setup?.enabled) return;
    const saveAdapter = async (adapter: DeclarativeAdapter) => {
      const saved = await ask<{ ok: boolean; adapter?: DeclarativeAdapter; error?: string }>({
        type: 'save-site-adapter',
        origin: location.origin,
        adapter,
      });
      if (!saved?.ok || !saved.adapter) throw new Error(saved?.error ?? 'the adapter was not saved');
      return saved.adapter;
    };
    const reader = createPageReader(location.origin, setup.adapter, saveAdapter);
    const overlay = startOverlay({
      doc: document,
      panelDocument: () => panelDocumentFor(document),
      locale: setup.locale,
      closeButtons: setup.closeButtons,
      // The rules (and the law registry) run in the background; the page only reads and shows.
      check: async (enforcementCase, locale) => {
        const report = await ask<CaseReport | null>({ type: 'check-case', case: enforcementCase, locale });
        if (!report) throw new Error('the background could not check the case');
        return report;
      },
      read: (doc) => reader.read(doc, location.href),
      recordGateOverride: (override) => void ask({ type: 'record-gate-override', override }),
      teach: reader.teach,
      // 自查发现 (panel or gate dialog): the form opens in an extension-origin frame over the page.
      onSelfReport: (finding, enforcementCase) =>
        void openSelfReportFrame(overlay.host.shadowRoot!, {
          finding,
          enforcementCase,
          caseId: overlay.host.getAttribute('data-case-id') ?? '',
          locale: overlay.model.locale.value,
        }),
      checkDocument: async (text) => (await ask<DocumentFinding[] | undefined>({ type: 'check-document', text })) ?? [],
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
