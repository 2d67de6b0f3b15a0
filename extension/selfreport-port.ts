import { browser } from 'wxt/browser';
import type { SelfReportPort } from '../components/selfreport/port';
import type { Draft, Receipt, SealedRecord } from '../lib/selfreport';
import type { AssessLedger } from '../lib/selfreport/assess-types';
import type { SelfReportMessage, SelfReportReply } from './messages';

async function ask<T>(message: SelfReportMessage): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as SelfReportReply<T> | undefined;
  if (!reply) throw new Error('扩展后台未响应 / the extension background did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The content script's port: every call is a message to the background (extension-origin IndexedDB). */
export function messagingPort(): SelfReportPort {
  return {
    saveDraft: (draft) => ask<Draft>({ type: 'selfreport-save-draft', draft }),
    loadDraft: async (id) => (await ask<Draft | null>({ type: 'selfreport-load-draft', id })) ?? undefined,
    seal: (report) => ask<{ record: SealedRecord; receipt: Receipt }>({ type: 'selfreport-seal', report }),
    loadLedger: () => ask<AssessLedger>({ type: 'selfreport-ledger' }),
    printable: async (record) => {
      await ask<null>({ type: 'selfreport-print', id: record.report.id, version: record.report.version });
    },
  };
}
