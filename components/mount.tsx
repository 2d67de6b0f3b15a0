import { render, type ComponentChildren } from 'preact';
import { PANEL_CSS } from './styles';

/**
 * Renders a Preact tree into a shadow root together with the panel styles. Works for the
 * extension's overlay and the widget alike (no extension APIs). Returns an unmount function.
 */
export function mountInShadow(
  shadow: ShadowRoot,
  tree: ComponentChildren,
  options: { floating: boolean; extraCss?: string },
): () => void {
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = PANEL_CSS + (options.extraCss ?? '');
  const container = shadow.ownerDocument.createElement('div');
  container.className = options.floating ? 'zg-floating' : 'zg-inline';
  shadow.append(style, container);
  render(tree, container);
  return () => {
    render(null, container);
    container.remove();
    style.remove();
  };
}
