import { browser } from 'wxt/browser';
import { SELFREPORT_FRAME_CLOSED, type SelfReportOpening } from './messages';

export const SELFREPORT_PAGE = '/selfreport.html';

const FRAME_STYLE =
  'position:fixed;inset:0;width:100%;height:100%;border:0;margin:0;padding:0;z-index:2147483647;background:transparent;color-scheme:normal';

/**
 * Opens the self-report form for a finding in a frame of the extension's own origin, laid over the
 * page inside the overlay's shadow root. What the form needs waits with the background under a
 * one-time token; the host page sees neither the form nor the draft. One form at a time.
 */
export async function openSelfReportFrame(root: ShadowRoot, opening: SelfReportOpening): Promise<void> {
  root.querySelector('iframe.zg-sr-frame')?.remove();
  const token = (await browser.runtime.sendMessage({ type: 'selfreport-stash', opening })) as string;
  const view = root.ownerDocument.defaultView!;
  const frame = root.ownerDocument.createElement('iframe');
  frame.className = 'zg-sr-frame';
  frame.setAttribute('style', FRAME_STYLE);
  frame.setAttribute('title', opening.locale === 'en' ? 'Self-report' : '自查发现');
  frame.src = `${browser.runtime.getURL(SELFREPORT_PAGE)}#${encodeURIComponent(token)}`;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow || event.data !== SELFREPORT_FRAME_CLOSED) return;
    view.removeEventListener('message', onMessage);
    frame.remove();
  };
  view.addEventListener('message', onMessage);
  frame.addEventListener('load', () => frame.focus(), { once: true });
  root.append(frame);
}
