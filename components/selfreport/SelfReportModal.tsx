import { render } from 'preact';
import type { EnforcementCase } from '../../lib/case/schema';
import type { Finding, Locale } from '../../lib/engine/types';
import type { SelfReportPort } from './port';
import { SELFREPORT_CSS } from './styles';
import { SelfReportForm, type SealedResult } from './SelfReportForm';

export interface OpenSelfReportOptions {
  port: SelfReportPort;
  finding: Finding;
  enforcementCase?: EnforcementCase | null;
  caseId?: string;
  draftId?: string;
  locale: Locale;
  onSealed?: (result: SealedResult) => void;
  onClose?: () => void;
}

/**
 * Opens the form as a modal inside a shadow root that already holds the panel styles (and
 * SELFREPORT_CSS). One modal per root: opening another replaces it. Returns close().
 */
export function openSelfReportModal(root: ShadowRoot, options: OpenSelfReportOptions): () => void {
  root.querySelector(':scope > .zg-sr-root')?.dispatchEvent(new Event('zg-sr-close'));
  if (!root.querySelector(':scope > style[data-zg-sr]')) {
    const style = root.ownerDocument.createElement('style');
    style.setAttribute('data-zg-sr', '');
    style.textContent = SELFREPORT_CSS;
    root.append(style);
  }
  const container = root.ownerDocument.createElement('div');
  container.className = 'zg-sr-root';
  root.append(container);
  const close = () => {
    render(null, container);
    container.remove();
    options.onClose?.();
  };
  container.addEventListener('zg-sr-close', close, { once: true });
  render(
    <div
      class="zg-sr-backdrop"
      onKeyDown={(event) => event.key === 'Escape' && close()}
      onClick={(event) => event.target === event.currentTarget && close()}
    >
      <div class="zg-sr-modal" role="dialog" aria-modal="true" aria-labelledby="zg-sr-title">
        <SelfReportForm
          port={options.port}
          finding={options.finding}
          enforcementCase={options.enforcementCase}
          caseId={options.caseId}
          draftId={options.draftId}
          locale={options.locale}
          onSealed={options.onSealed}
          onClose={close}
        />
      </div>
    </div>,
    container,
  );
  return close;
}
