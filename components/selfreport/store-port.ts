import type { ZhifaStore } from '../../lib/store';
import { renderSelfReportHtml, type SealedRecord } from '../../lib/selfreport';
import type { SelfReportPort } from './port';

function fail(error: { zh: string; en: string }): never {
  throw new Error(`${error.zh} / ${error.en}`);
}

/** Opens the printable report as a Blob URL in a new tab (the HTML is escaped by renderSelfReportHtml). */
export function openPrintable(record: SealedRecord, win: Window = window): void {
  const html = renderSelfReportHtml(record);
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  win.open(url, '_blank', 'noopener');
  win.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A port straight over a store (dashboard: the extension's DB; widget: the host page's DB). */
export function storePort(store: ZhifaStore | Promise<ZhifaStore>, options: { win?: Window } = {}): SelfReportPort {
  const get = () => Promise.resolve(store);
  return {
    async saveDraft(draft) {
      const result = await (await get()).saveDraft(draft);
      if (!result.ok) fail(result.error);
      return result.draft;
    },
    async loadDraft(id) {
      return (await (await get()).loadDraft(id)).draft;
    },
    async seal(report) {
      const opened = await get();
      const result = await opened.sealAndStore(report);
      if (!result.ok) fail(result.error);
      await opened.recordFaultOf(result.record);
      return { record: result.record, receipt: result.record.receipt };
    },
    async loadLedger() {
      return (await get()).ledgerForAssessment();
    },
    printable(record) {
      openPrintable(record, options.win);
    },
  };
}
