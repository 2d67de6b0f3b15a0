import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Window } from 'happy-dom';

/**
 * Loads a saved page into a DOM without running any of its scripts or fetching anything.
 * Same-origin frames whose `src` is a file beside the page are loaded too, as a browser would.
 */
export function loadSavedPage(html: string, file?: string): { document: Document; close(): void } {
  const window = new Window({
    url: 'http://saved-page.local/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableMainFrameNavigation: true,
      },
    },
  });
  const document = window.document as unknown as Document;
  document.write(html);
  if (file) loadLocalFrames(document, dirname(file), 0);
  keepSelectedOptions(document);
  return { document, close: () => void window.happyDOM.close() };
}

function loadLocalFrames(document: Document, dir: string, depth: number): void {
  if (depth > 3) return;
  for (const frame of Array.from(document.querySelectorAll('iframe[src]'))) {
    const src = frame.getAttribute('src') ?? '';
    if (/^[a-z]+:/i.test(src) || src.startsWith('//')) continue; // another origin: not ours to read
    const path = resolve(dir, src.split(/[?#]/)[0]!.replace(/^\//, ''));
    if (!existsSync(path)) continue;
    (frame as HTMLIFrameElement).srcdoc = readFileSync(path, 'utf8');
    const inner = (frame as HTMLIFrameElement).contentDocument;
    if (inner) loadLocalFrames(inner, dirname(path), depth + 1);
  }
}

/** happy-dom marks the wrong <option> selected while parsing; re-apply the page's own `selected` attributes. */
function keepSelectedOptions(document: Document): void {
  for (const select of Array.from(document.querySelectorAll('select'))) {
    const chosen = select.querySelector('option[selected]');
    if (chosen) (chosen as HTMLOptionElement).selected = true;
  }
}
