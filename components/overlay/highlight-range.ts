import { HIGHLIGHT_CLASS } from '../styles';

/** Scrolls to a text range and draws a box around each of its lines for a moment. */
export function highlightRange(range: Range, duration = 2400): void {
  const doc = range.startContainer.ownerDocument!;
  const start = range.startContainer.parentElement;
  start?.scrollIntoView({ block: 'center', behavior: 'auto' });
  const boxes: HTMLElement[] = [];
  for (const rect of Array.from(range.getClientRects())) {
    if (rect.width < 1 || rect.height < 1) continue;
    const box = doc.createElement('div');
    box.className = HIGHLIGHT_CLASS;
    box.setAttribute('aria-hidden', 'true');
    Object.assign(box.style, {
      position: 'fixed',
      left: `${rect.left - 2}px`,
      top: `${rect.top - 2}px`,
      width: `${rect.width + 4}px`,
      height: `${rect.height + 4}px`,
      background: 'rgba(198, 40, 40, 0.14)',
      borderBottom: '2px solid #c62828',
      pointerEvents: 'none',
      zIndex: '2147482999',
    });
    doc.documentElement.append(box);
    boxes.push(box);
  }
  doc.defaultView?.setTimeout(() => boxes.forEach((box) => box.remove()), duration);
}
