/**
 * The text of an enforcement document shown on a page (a 行政处罚决定书 preview, a printable writ),
 * with a map back to the text nodes, so a finding about a sentence can be highlighted in place.
 */
export interface DocumentText {
  root: Element;
  text: string;
  /** Text nodes in document order with the offset of their first character in `text`. */
  pieces: { node: Text; start: number }[];
}

const TITLE = /行\s*政\s*处\s*罚\s*决\s*定\s*书|处罚决定书|行政强制.{0,6}决定书|不予行政许可决定书/;
const BODY = /依据|根据|依照/;
const MIN_LENGTH = 200;

const CANDIDATES = new Set(['article', 'section', 'div', 'td', 'main', 'pre']);

function holdsDocument(element: Element): boolean {
  const text = element.textContent ?? '';
  return text.length >= MIN_LENGTH && TITLE.test(text) && BODY.test(text) && /《/.test(text);
}

/**
 * The smallest element that holds a whole decision document, if the page shows one: from the body
 * down, into the first child that still holds it (one pass down the tree, not every element's text).
 */
export function findDocumentRoot(doc: Document): Element | undefined {
  let node: Element | null | undefined = doc.body;
  if (!node || !holdsDocument(node)) return undefined;
  let best: Element | undefined;
  descend: while (node) {
    for (const child of Array.from(node.children)) {
      if (child.localName === 'zhifa-guard-overlay' || !holdsDocument(child)) continue;
      if (CANDIDATES.has(child.localName)) best = child;
      node = child;
      continue descend;
    }
    break;
  }
  return best;
}

export function collectText(root: Element): DocumentText {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const pieces: { node: Text; start: number }[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && (parent.localName === 'script' || parent.localName === 'style')) continue;
    pieces.push({ node, start: text.length });
    text += node.data;
    if (parent && /^(p|div|tr|li|h\d|br)$/.test(parent.localName) && node === parent.lastChild) text += '\n';
  }
  return { root, text, pieces };
}

/** The text node and offset in it of a character offset of the collected text. */
export function positionAt(documentText: DocumentText, offset: number): { node: Text; offset: number } | undefined {
  for (let i = documentText.pieces.length - 1; i >= 0; i--) {
    const piece = documentText.pieces[i]!;
    if (piece.start <= offset) return { node: piece.node, offset: Math.min(offset - piece.start, piece.node.length) };
  }
  return undefined;
}

/** A DOM range over text offsets [start, end) of a collected document. */
export function rangeFor(documentText: DocumentText, start: number, end: number): Range | undefined {
  const from = positionAt(documentText, start);
  const to = positionAt(documentText, Math.max(start, end));
  if (!from || !to || !from.node.isConnected) return undefined;
  const range = documentText.root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

const SENTENCE_END = /[。；！？\n]/;

/** Widens a span to the whole sentence it sits in (a finding is about a sentence, not a keyword). */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  while (from < start && /\s/.test(text[from]!)) from++;
  let to = Math.max(end, start);
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return { start: from, end: Math.max(to, end) };
}
