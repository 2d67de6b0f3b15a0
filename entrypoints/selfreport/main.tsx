import { browser } from 'wxt/browser';
import { PANEL_CSS } from '../../components/styles';
import { openSelfReportModal } from '../../components/selfreport/SelfReportModal';
import { messagingPort } from '../../extension/selfreport-port';
import { SELFREPORT_FRAME_CLOSED, type SelfReportOpening } from '../../extension/messages';

/**
 * The self-report form, opened from the overlay as a frame of the extension's own origin over the
 * host page: the officer's draft never enters the host page's DOM, and the page script stays small.
 * The overlay leaves what the form needs with the background under a one-time token (the URL hash).
 */
const closeFrame = () => window.parent.postMessage(SELFREPORT_FRAME_CLOSED, '*');

async function open(): Promise<void> {
  const token = decodeURIComponent(location.hash.slice(1));
  const opening = (await browser.runtime.sendMessage({ type: 'selfreport-unstash', token })) as
    SelfReportOpening | null | undefined;
  if (!opening) {
    closeFrame();
    return;
  }
  document.documentElement.lang = opening.locale;
  const host = document.body.appendChild(document.createElement('div'));
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;
  shadow.append(style);
  openSelfReportModal(shadow, { ...opening, port: messagingPort(), onClose: closeFrame });
  shadow.querySelector<HTMLElement>('.zg-sr-modal select, .zg-sr-modal textarea, .zg-sr-modal button')?.focus();
}

void open().catch(closeFrame);
