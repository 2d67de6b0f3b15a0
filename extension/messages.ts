import type { EnforcementCase } from '../lib/case/schema';
import type { Finding, Locale } from '../lib/engine/types';
import type { DeclarativeAdapter } from '../lib/adapters/declarative';

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
  | { type: 'check-document'; text: string; today?: string }
  | { type: 'overlay-setup'; origin: string }
  | { type: 'save-site-adapter'; origin: string; adapter: unknown }
  | { type: 'record-gate-override'; override: unknown };

/** What the overlay on one origin needs before it reads the page (validated by the background). */
export interface OverlaySetup {
  enabled: boolean;
  locale: Locale;
  closeButtons: string[];
  /** The site's taught adapter, when one is stored and valid. */
  adapter: DeclarativeAdapter | null;
}

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

/** What the self-report frame needs to open the form for one finding (left with the background by the overlay). */
export interface SelfReportOpening {
  finding: Finding;
  enforcementCase: EnforcementCase | null;
  caseId: string;
  locale: Locale;
}

/** The overlay's self-report frame ↔ background: leave what the form needs, take it back by token. */
export type SelfReportFrameMessage =
  { type: 'selfreport-stash'; opening: SelfReportOpening } | { type: 'selfreport-unstash'; token: string };

/** Posted by the self-report frame to the page when the officer closes the form. */
export const SELFREPORT_FRAME_CLOSED = 'zhifa-guard:selfreport-frame-closed';
