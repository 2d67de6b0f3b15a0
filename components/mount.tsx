import { render, type ComponentChildren } from 'preact';
import { effect } from '@preact/signals-core';
import { PANEL_CSS } from './styles';

export interface LiveRender {
  unmount: () => void;
}

/**
 * Renders `view()` into `container`, and again, at once, whenever a signal read while rendering
 * changes (the panel model's report, locale, collapsed …). The view is called each time, so every
 * component sees the new state.
 */
export function renderLive(view: () => ComponentChildren, container: Element): LiveRender {
  const stop = effect(() => {
    render(view(), container);
  });
  return {
    unmount: () => {
      stop();
      render(null, container);
    },
  };
}

/**
 * Renders a Preact tree into a shadow root together with the panel styles, re-rendering as the
 * signals it reads change. Works for the extension's overlay and the widget alike (no extension APIs).
 */
export function mountInShadow(
  shadow: ShadowRoot,
  view: () => ComponentChildren,
  options: { floating: boolean; extraCss?: string },
): LiveRender {
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = PANEL_CSS + (options.extraCss ?? '');
  const container = shadow.ownerDocument.createElement('div');
  container.className = options.floating ? 'zg-floating' : 'zg-inline';
  shadow.append(style, container);
  const live = renderLive(view, container);
  return {
    unmount: () => {
      live.unmount();
      container.remove();
      style.remove();
    },
  };
}
