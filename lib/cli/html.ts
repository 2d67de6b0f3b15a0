import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { decodeText } from '../documents/sources';

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
  // Parsing only: script evaluation, script and CSS loading and navigation are all disabled above.
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
    (frame as HTMLIFrameElement).srcdoc = decodeText(readFileSync(path)).text; // UTF-8, or GBK as saved on Windows
    const inner = (frame as HTMLIFrameElement).contentDocument;
    if (inner) loadLocalFrames(inner, dirname(path), depth + 1);
  }
}

/**
 * happy-dom marks the wrong <option> selected while parsing; re-apply the page's own `selected`
 * attributes as a browser would (the last marked option of a single select, every marked option of a
 * multiple one, else the first), in same-origin frames too.
 */
export function keepSelectedOptions(document: Document): void {
  for (const select of Array.from(document.querySelectorAll('select'))) {
    const options = Array.from(select.querySelectorAll('option'));
    const marked = options.filter((option) => option.hasAttribute('selected'));
    if (select.hasAttribute('multiple')) {
      for (const option of options) option.selected = option.hasAttribute('selected');
    } else if (marked.length > 0) {
      marked[marked.length - 1]!.selected = true;
    } else if (options.length > 0) {
      options[0]!.selected = true;
    }
  }
  for (const frame of Array.from(document.querySelectorAll('iframe'))) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      continue; // another origin
    }
    if (inner) keepSelectedOptions(inner);
  }
}
