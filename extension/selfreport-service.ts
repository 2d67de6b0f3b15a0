import { kickOutbox } from './outbox';
import { browser } from 'wxt/browser';
import { draftSchema, selfReportSchema } from '../lib/selfreport';
import { ZhifaStore } from '../lib/store';
import { SELFREPORT_MESSAGE_TYPES, type SelfReportMessage, type SelfReportReply } from './messages';

/** The dashboard page; `#print/<id>/<version>` opens the printable report of that version. */
export const DASHBOARD_PAGE = '/dashboard.html';

let opened: Promise<ZhifaStore> | undefined;

/** The extension's self-report store (extension-origin IndexedDB), opened once per worker. */
export function extensionStore(): Promise<ZhifaStore> {
  opened ??= ZhifaStore.open().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

const bilingual = (error: { zh: string; en: string }) => `${error.zh} / ${error.en}`;

async function handle(message: SelfReportMessage): Promise<SelfReportReply<unknown>> {
  const store = await extensionStore();
  switch (message.type) {
    case 'selfreport-save-draft': {
      const parsed = draftSchema.safeParse(message.draft);
      if (!parsed.success) return { ok: false, error: '草稿格式不对 / the draft is malformed' };
      const result = await store.saveDraft(parsed.data);
      return result.ok ? { ok: true, value: result.draft } : { ok: false, error: bilingual(result.error) };
    }
    case 'selfreport-load-draft':
      return { ok: true, value: (await store.loadDraft(String(message.id))).draft ?? null };
    case 'selfreport-seal': {
      const parsed = selfReportSchema.safeParse(message.report);
      if (!parsed.success) return { ok: false, error: '自查报告不完整 / the self-report is incomplete' };
      const result = await store.sealAndStore(parsed.data);
      if (result.ok) {
        await store.recordFaultOf(result.record);
        void kickOutbox(); // deliver now when an endpoint is set; the outbox retries otherwise
      }
      return result.ok
        ? { ok: true, value: { record: result.record, receipt: result.record.receipt } }
        : { ok: false, error: bilingual(result.error) };
    }
    case 'selfreport-ledger':
      return { ok: true, value: await store.ledgerForAssessment() };
    case 'selfreport-print': {
      const hash = `#print/${encodeURIComponent(message.id)}/${Number(message.version)}`;
      await browser.tabs.create({ url: browser.runtime.getURL(DASHBOARD_PAGE) + hash });
      return { ok: true, value: null };
    }
  }
}

/** Answers the overlay's self-report messages (save/load draft, seal, print). Call once in the background. */
export function registerSelfReportHandlers(): void {
  browser.runtime.onMessage.addListener((raw, _sender, sendResponse) => {
    const message = raw as SelfReportMessage;
    if (!message || !SELFREPORT_MESSAGE_TYPES.includes(message.type)) return false;
    handle(message).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: `存储出错 / storage error: ${String(error)}` }),
    );
    return true;
  });
}
