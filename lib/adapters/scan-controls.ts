/**
 * Loose form controls labelled by the text just before them, a wrapping <label> or aria-label, and
 * who signs beside a date (the labels before it on its line and its table row's label).
 */
import {
  choiceText,
  controlValue,
  isChecked,
  isControl,
  isElement,
  isTextInput,
  selectText,
  tagOf,
  textOf,
} from './dom';
import { matchLabel } from './label-map';
import { ownCells } from './lists';
import { group, labelText, type RootIndex, type Scanner } from './scanner';

/** The label of the table row an element sits in (审批意见 for the signatures in its cell). */
function rowLabel(element: Element, scanner: Scanner): string | undefined {
  const cell = element.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row || tagOf(row) !== 'TR') return undefined;
  const first = ownCells(row)[0];
  if (!first || first === cell || !scanner.labels.has(first)) return undefined;
  return labelText(first);
}

/** The signer context of a field: the labels before it on its line and its row's label. */
export function signerOf(before: string, element: Element, scanner: Scanner): string | undefined {
  const labels = [...before.matchAll(/([\u4e00-\u9fa5]{2,12})\s*[：:]/g)].map((match) => match[1]!);
  const row = rowLabel(element, scanner);
  const parts = [row, ...labels].filter((part): part is string => !!part);
  return parts.length > 0 ? parts.join('|') : undefined;
}

/** Controls labelled by text just before them, a wrapping <label> or aria-label. */
export function scanControls(index: RootIndex, scanner: Scanner): void {
  const seenGroups = new Set<string>();
  const lineParents = new Map<Element, boolean>();
  for (const control of group(index, 'control')) {
    if (!isControl(control) || scanner.isConsumed(control)) continue;
    const type = (control.getAttribute('type') ?? '').toLowerCase();
    const choice = type === 'radio' || type === 'checkbox';
    let value: string;
    let anchor: Element = control;
    if (choice) {
      const name = control.getAttribute('name') ?? '';
      const parent = control.parentElement;
      if (!parent) continue;
      const key = `${scanner.order(parent)}|${name}`;
      if (seenGroups.has(key)) continue;
      seenGroups.add(key);
      const group = Array.from(parent.querySelectorAll(`input[type=${type}]`)).filter(
        (input) => (input.getAttribute('name') ?? '') === name,
      );
      anchor = group[0] ?? control;
      value = group.filter(isChecked).map(choiceText).join('、');
    } else {
      const parent = control.parentElement;
      if (parent) {
        let line = lineParents.get(parent);
        if (line === undefined) {
          line = readsAsLine(parent, scanner);
          lineParents.set(parent, line);
        }
        // 经办人：[张振华]（执法证号[…]）[李雯]（执法证号[…]）: read as a text line (scanLines).
        if (line) continue;
      }
      value = tagOf(control) === 'SELECT' ? selectText(control) : controlValue(control);
    }
    const aria = ariaLabel(control);
    // An explicit accessible name (aria-label) beats text guessed from around the control.
    const found = aria ? undefined : precedingLabel(anchor, scanner);
    const label = aria ?? found?.text;
    if (!label || !matchLabel(label)) continue;
    if (found) for (const node of found.nodes) scanner.consumedText.add(node);
    const signer = found ? signerOf(textBefore(found.nodes, anchor), control, scanner) : undefined;
    scanner.addPair({ label, valueElement: control, value, source: 'control', ...(signer ? { signer } : {}) });
  }
}

/** The aria-label of a control when it is a known label. */
function ariaLabel(control: Element): string | undefined {
  const aria = control.getAttribute('aria-label');
  return aria && matchLabel(aria) ? aria : undefined;
}

/** The text of a block before a control's label (分管负责人： 吴志刚 before 签字日期：). */
function textBefore(labelNodes: Node[], anchor: Element): string {
  const first = labelNodes[labelNodes.length - 1] ?? anchor;
  let text = '';
  let node = first.previousSibling;
  while (node && text.length < 60) {
    const piece = isElement(node)
      ? isControl(node)
        ? ` ${controlValue(node)} `
        : textOf(node)
      : (node.textContent ?? '');
    text = piece + text;
    node = node.previousSibling;
  }
  return text;
}

/**
 * Whether a parent's inline controls form one text line (经办人：[A]（执法证号[X]）[B]…): a labelled
 * control is followed by one whose text before it is not a label (only brackets or 至).
 */
function readsAsLine(parent: Element, scanner: Scanner): boolean {
  const controls = Array.from(parent.children).filter(
    (child) => isControl(child) && (tagOf(child) !== 'INPUT' || isTextInput(child)),
  );
  if (controls.length < 2) return false;
  let labelled = false;
  let orphan = false;
  for (const control of controls) {
    if (ariaLabel(control)) {
      labelled = true;
      continue;
    }
    const found = precedingLabel(control, scanner, parent);
    if (found && matchLabel(found.text)) labelled = true;
    else if (labelled && ownTextBefore(control)) orphan = true;
  }
  return labelled && orphan;
}

/** Whether non-blank text (not another control) sits right before a control. */
function ownTextBefore(control: Element): boolean {
  let node = control.previousSibling;
  while (node) {
    if (isElement(node) && isControl(node)) return false;
    const text = isElement(node) ? textOf(node) : (node.textContent ?? '');
    if (/\S/.test(text)) return true;
    node = node.previousSibling;
  }
  return false;
}

const HEADING_TAGS = /^(H[1-6]|LEGEND|CAPTION)$/;

/**
 * The text right before an element in its block (up to two levels up, never past `bound`), e.g.
 * "当事人：". A section heading (legend, h3) before it is not its label.
 */
export function precedingLabel(
  element: Element,
  scanner: Scanner,
  bound?: Element,
): { text: string; nodes: Node[] } | undefined {
  let node: Element | null = element;
  for (let level = 0; level < 3 && node && node !== bound; level++) {
    const nodes: Node[] = [];
    let text = '';
    let sibling = node.previousSibling;
    let heading = false;
    while (sibling) {
      if (isElement(sibling) && (isControl(sibling) || sibling.querySelector('input, textarea, select'))) break;
      if (isElement(sibling) && scanner.isConsumed(sibling)) break;
      if (isElement(sibling) && HEADING_TAGS.test(tagOf(sibling))) {
        heading = true;
        break;
      }
      const piece = isElement(sibling) ? textOf(sibling) : (sibling.textContent ?? '');
      nodes.push(sibling);
      text = piece + text;
      if (/\S/.test(piece) && /[：:]\s*$/.test(text)) break;
      if (text.replace(/\s+/g, '').length > 30) break;
      sibling = sibling.previousSibling;
    }
    const squashed = text.replace(/\s+/g, '');
    // （执法证号[…]）: the bracket opens the label's note, it is not part of the label.
    const last = (squashed.split(/[：:]\s*(?=.)/).pop() ?? '').replace(/^[（(【[]+/, '');
    if (last !== '' && last.length <= 24) return { text: last, nodes };
    if (squashed !== '' || heading) return undefined;
    const parent: Element | null = node.parentElement;
    if (!parent || parent === bound) return undefined;
    if (['TD', 'TH', 'LI', 'P', 'FORM', 'BODY'].includes(tagOf(parent)) === false) {
      node = parent;
      continue;
    }
    node = parent;
    if (['TD', 'TH'].includes(tagOf(node))) {
      // The label may be the previous cell.
      const prev = node.previousElementSibling;
      if (prev && !scanner.isConsumed(prev) && !prev.querySelector('input, textarea, select')) {
        const prevText = labelText(prev);
        if (prevText.length > 0 && prevText.length <= 24) return { text: prevText, nodes: [prev] };
      }
      return undefined;
    }
  }
  return undefined;
}
