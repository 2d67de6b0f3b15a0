import { render, type ComponentChildren } from 'preact';
import { PANEL_CSS } from './styles';

/**
 * Renders a Preact tree into a shadow root together with the panel styles. Works for the
 * extension's overlay and the widget alike (no extension APIs). Returns unmount and a synchronous rerender.
 */
export function mountInShadow(
  shadow: ShadowRoot,
  tree: ComponentChildren,
  options: { floating: boolean; extraCss?: string },
): { unmount: () => void; rerender: () => void } {
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = PANEL_CSS + (options.extraCss ?? '');
  const container = shadow.ownerDocument.createElement('div');
  container.className = options.floating ? 'zg-floating' : 'zg-inline';
  shadow.append(style, container);
  render(tree, container);
  return {
    // Renders now rather than on the next signal flush, so a check's cost includes its render.
    rerender: () => render(tree, container),
    unmount: () => {
      render(null, container);
      container.remove();
      style.remove();
    },
  };
}
