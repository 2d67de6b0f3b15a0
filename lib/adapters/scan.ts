/**
 * Walking a page (and its same-origin frames) into label/value pairs, lists and text lines: the
 * scanners run in order (framework fields, tables, controls, then 标签：值 text lines), each
 * leaving what it read to the next.
 */
import { collectLineSets, rootElement, withPageCache, type Line } from './dom';
import { matchLabel } from './label-map';
import { trimValue } from './parse/text';
import { scanControls, signerOf } from './scan-controls';
import { scanStructured } from './scan-forms';
import { scanTables } from './scan-tables';
import { Scanner, type PageScan, type RootIndex } from './scanner';

const LINE_LABEL = /([\u4e00-\u9fa5A-Za-z0-9（）()、/*]{2,24})\s*[：:]/g;

/** 标签：值 pairs in free text lines (printable writs, read-only pages). */
function scanLines(lines: Line[], scanner: Scanner): void {
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    const found: Array<{ label: string; start: number; end: number }> = [];
    for (const match of line.text.matchAll(LINE_LABEL)) {
      const candidate = match[1]!;
      // Try the longest suffix that is a known label (text may run into the label).
      let label: string | undefined;
      for (let k = 0; k < candidate.length - 1; k++) {
        const suffix = candidate.slice(k);
        const hit = matchLabel(suffix);
        if (!hit || (!hit.exact && k > 0)) continue;
        // A label glued to text before it must follow a value's tail (…12号当事人：), not prose
        // (本局决定对当事人作出如下行政处罚：).
        if (k > 0 && !/[\d号元日)）]$/.test(candidate.slice(0, k))) continue;
        label = suffix;
        break;
      }
      if (!label) continue;
      const start = match.index + match[0].length - label.length - (match[0].length - match[1]!.length);
      found.push({ label, start: Math.max(0, start), end: match.index + match[0].length });
    }
    for (let i = 0; i < found.length; i++) {
      const current = found[i]!;
      const next = found[i + 1];
      let value = trimValue(line.text.slice(current.end, next ? next.start : undefined));
      if (value === '' && !next) {
        const following = lines[l + 1];
        const target = matchLabel(current.label)?.target.path ?? '';
        if (
          following &&
          /^(facts|legalBasis|decision|evidence|discretion)/.test(target) &&
          !LINE_LABEL.test(following.text)
        ) {
          value = following.text;
        }
        LINE_LABEL.lastIndex = 0;
      }
      if (value === '') continue;
      const signer = signerOf(line.text.slice(0, current.start), line.element, scanner);
      scanner.pairs.push({
        label: current.label,
        valueElement: line.element,
        value,
        order: scanner.order(line.element),
        source: 'line',
        ...(signer ? { signer } : {}),
      });
    }
  }
}

/**
 * Indexes a root and every same-origin frame document under it (recursively), as frameRoots does.
 * Cross-origin frames, whose contentDocument is null or throws, are skipped silently.
 */
function indexFrames(root: Element, scanner: Scanner, out: RootIndex[], depth: number): void {
  const index = scanner.indexRoot(root);
  out.push(index);
  if (depth > 4) return;
  for (const frame of index.frames) {
    let doc: Document | null = null;
    try {
      doc = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      doc = null;
    }
    if (doc && doc.documentElement) indexFrames(doc.documentElement, scanner, out, depth + 1);
  }
}

/** Reads a page (and its same-origin frames) into labels, values, lists and lines. */
export function scanPage(root: Document | Element): PageScan {
  return withPageCache(() => scan(root));
}

function scan(root: Document | Element): PageScan {
  const scanner = new Scanner();
  const indexes: RootIndex[] = [];
  const top = rootElement(root);
  if (top) indexFrames(top, scanner, indexes, 0);
  const roots = indexes.map((index) => index.root);
  const allLines: Line[] = [];
  for (const index of indexes) {
    const element = index.root;
    scanStructured(index, scanner);
    scanTables(index, scanner);
    scanControls(index, scanner);
    // One walk, two readings: the text outside read fields (for 标签：值 lines), and all the text
    // but labels (for the sentences of a writ).
    const [free, all] = collectLineSets(
      element,
      [
        (node) => scanner.consumed.has(node) || scanner.skipped.has(node),
        (node) => scanner.skipped.has(node) || scanner.labels.has(node),
      ],
      (node) => scanner.consumedText.has(node),
    );
    scanLines(free!, scanner);
    for (const line of all!) allLines.push(line);
  }
  const values = new Set<Element>();
  for (const pair of scanner.pairs) if (pair.source !== 'line') values.add(pair.valueElement);
  return { roots, pairs: scanner.pairs, lists: scanner.lists, lines: allLines, values, order: scanner.order };
}
