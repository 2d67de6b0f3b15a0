/** Messages between the popup/options pages, the background and the overlay. */
export interface OverlayState {
  enabled: boolean;
  caseId: string;
  violations: number;
  reviews: number;
  adapter: string;
}

export type Message =
  | { type: 'overlay-state' }
  | { type: 'warm-up' }
  | { type: 'enable-site'; origin: string; tabId?: number }
  | { type: 'disable-site'; origin: string }
  | { type: 'check-case'; case: unknown; locale?: 'zh-CN' | 'en'; today?: string }
  | { type: 'check-document'; text: string; today?: string };

/** Self-report messages from the overlay to the background, which owns the extension's IndexedDB. */
export type SelfReportMessage =
  | { type: 'selfreport-save-draft'; draft: unknown }
  | { type: 'selfreport-load-draft'; id: string }
  | { type: 'selfreport-seal'; report: unknown }
  | { type: 'selfreport-print'; id: string; version: number }
  | { type: 'selfreport-ledger' };

/** Every self-report answer: a result, or a bilingual error. */
export type SelfReportReply<T> = { ok: true; value: T } | { ok: false; error: string };

export const SELFREPORT_MESSAGE_TYPES: readonly SelfReportMessage['type'][] = [
  'selfreport-save-draft',
  'selfreport-load-draft',
  'selfreport-seal',
  'selfreport-print',
  'selfreport-ledger',
];
