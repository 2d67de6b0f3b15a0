import { HIGHLIGHT_CLASS } from './styles';

const DURATION_MS = 2400;

/**
 * Scrolls a host element into view and draws an outline box over it. The box is a separate
 * fixed-position element, so the host's own element and styles are never modified.
 */
export function highlightElement(target: Element, options: { duration?: number; label?: string } = {}): () => void {
  const doc = target.ownerDocument;
  const view = doc.defaultView;
  target.scrollIntoView({ block: 'center', behavior: 'auto' });
  if (target instanceof (view?.HTMLElement ?? HTMLElement) && 'focus' in target) {
    try {
      (target as HTMLElement).focus({ preventScroll: true });
    } catch {
      // focusing is a convenience only
    }
  }
  const box = doc.createElement('div');
  box.className = HIGHLIGHT_CLASS;
  box.setAttribute('aria-hidden', 'true');
  if (options.label) box.dataset.label = options.label;
  const place = () => {
    const rect = target.getBoundingClientRect();
    Object.assign(box.style, {
      position: 'fixed',
      left: `${rect.left - 4}px`,
      top: `${rect.top - 4}px`,
      width: `${rect.width + 8}px`,
      height: `${rect.height + 8}px`,
      border: '3px solid #c62828',
      borderRadius: '4px',
      boxShadow: '0 0 0 4px rgba(198, 40, 40, 0.25)',
      pointerEvents: 'none',
      zIndex: '2147482999',
      transition: 'opacity 0.3s',
    });
  };
  place();
  doc.documentElement.append(box);
  view?.addEventListener('scroll', place, true);
  view?.addEventListener('resize', place);
  const remove = () => {
    view?.removeEventListener('scroll', place, true);
    view?.removeEventListener('resize', place);
    box.remove();
  };
  const timer = view?.setTimeout(remove, options.duration ?? DURATION_MS);
  return () => {
    if (timer !== undefined) view?.clearTimeout(timer);
    remove();
  };
}
