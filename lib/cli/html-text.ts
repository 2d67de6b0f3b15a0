import { joinCells } from '../documents/sources';
import { loadSavedPage } from './html';

/**
 * The text of a saved page in reading order, as the officer sees it printed: block elements and <br>
 * start new lines, table rows read "label value" on one line, scripts, styles and hidden elements are
 * dropped, form fields show their values. The page is only parsed (see loadSavedPage): no script runs.
 */
export function htmlToText(html: string, file?: string): string {
  const page = loadSavedPage(html, file);
  try {
    const body = page.document.body ?? page.document.documentElement;
    if (!body) return '';
    const lines = new Lines();
    walk(body, lines);
    return lines
      .done()
      .join('\n')
      .replace(/\n{3,}/g, '\n\n');
  } finally {
    page.close();
  }
}

const DROPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'BUTTON',
  'DIALOG',
]);
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER ' +
    'FORM H1 H2 H3 H4 H5 H6 HEADER HR LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL'
  ).split(' '),
);

class Lines {
  private lines: string[] = [];
  private current = '';

  text(text: string): void {
    this.current += text;
  }
  /** Ends the current line if it has anything on it (block boundaries). */
  softBreak(): void {
    if (this.current.trim() !== '') this.hardBreak();
    else this.current = '';
  }
  /** Always ends the line (<br>). */
  hardBreak(): void {
    this.lines.push(this.current.trim());
    this.current = '';
  }
  push(lines: string[]): void {
    this.softBreak();
    this.lines.push(...lines);
  }
  done(): string[] {
    this.softBreak();
    return this.lines;
  }
}

const styled = new WeakMap<Document, boolean>();

function hasStyleSheets(document: Document): boolean {
  let has = styled.get(document);
  if (has === undefined) styled.set(document, (has = document.querySelector('style') !== null));
  return has;
}

function hidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style') ?? '';
  if (/(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  // Class rules of the page's own <style> sheets (linked sheets are never loaded).
  const document = element.ownerDocument;
  const view = document.defaultView;
  if (!view || !element.getAttribute('class') || !hasStyleSheets(document)) return false;
  const computed = view.getComputedStyle(element);
  return computed.display === 'none' || computed.visibility === 'hidden';
}

function walk(node: Node, out: Lines, pre = false): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      if (pre) {
        const parts = data.split('\n');
        parts.forEach((part, i) => {
          if (i > 0) out.hardBreak();
          out.text(part);
        });
      } else out.text(data.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const tag = element.tagName.toUpperCase();
    if (DROPPED.has(tag) || hidden(element)) continue;
    switch (tag) {
      case 'BR':
        out.hardBreak();
        continue;
      case 'TR':
        out.push(row(element));
        continue;
      case 'INPUT':
        out.text(inputText(element as HTMLInputElement));
        continue;
      case 'TEXTAREA':
        out.softBreak();
        out.push((element as HTMLTextAreaElement).value.split('\n').map((line) => line.trim()));
        continue;
      case 'SELECT': {
        const select = element as HTMLSelectElement;
        out.text(
          Array.from(select.selectedOptions)
            .map((option) => option.text.trim())
            .join('、'),
        );
        continue;
      }
      case 'IFRAME': {
        const inner = (element as HTMLIFrameElement).contentDocument?.body;
        if (inner) {
          out.softBreak();
          walk(inner, out);
          out.softBreak();
        }
        continue;
      }
    }
    const block = BLOCKS.has(tag);
    if (block) out.softBreak();
    walk(element, out, pre || tag === 'PRE');
    if (block) out.softBreak();
  }
}

/** One table row: each cell's text, cells joined by a space. */
function row(tr: Element): string[] {
  const cells: string[][] = [];
  for (const cell of Array.from(tr.children)) {
    if (!/^T[DH]$/i.test(cell.tagName) || hidden(cell)) continue;
    const lines = new Lines();
    walk(cell, lines);
    cells.push(lines.done());
  }
  return joinCells(cells);
}

function inputText(input: HTMLInputElement): string {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (['hidden', 'password', 'submit', 'button', 'reset', 'image', 'file'].includes(type)) return '';
  if (type === 'checkbox' || type === 'radio') return input.checked ? '☑' : '';
  return input.value ? ` ${input.value} ` : '';
}
