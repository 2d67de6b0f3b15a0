/**
 * Walking a page (and its same-origin frames) into label/value pairs, lists and text lines: the
 * scanners run in order (framework fields, tables, controls, then 标签：值 text lines), each
 * leaving what it read to the next.
 */
import { collectLineSets, rootElement, withPageCache, type Line } from './dom';
import { scanControls } from './scan-controls';
import { scanStructured } from './scan-forms';
import { scanLines } from './scan-lines';
import { scanSteps } from './scan-steps';
import { scanTables } from './scan-tables';
import { Scanner, type PageScan, type RootIndex } from './scanner';

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
    scanSteps(index, scanner);
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
    // A line that is only a label (a grid column 案号：) is left out of the sentences, as labels are.
    const labelLines = scanLines(free!, scanner);
    for (const line of all!) if (labelLines.get(line.element) !== line.text) allLines.push(line);
  }
  const values = new Set<Element>();
  for (const pair of scanner.pairs) if (pair.source !== 'line') values.add(pair.valueElement);
  return { roots, pairs: scanner.pairs, lists: scanner.lists, lines: allLines, values, order: scanner.order };
}
