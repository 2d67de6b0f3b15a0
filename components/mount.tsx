import { render, type ComponentChildren } from 'preact';
import { effect, signal } from '@preact/signals-core';
import { PANEL_CSS } from './styles';

export interface LiveRender {
  /** Renders again now (synchronously). */
  rerender: () => void;
  unmount: () => void;
}

/**
 * Renders `view()` into `container`, and again whenever a signal read while rendering changes
 * (the panel model's report, locale, collapsed …) or `rerender()` is called. The view is called
 * each time, so every component sees the new state.
 */
export function renderLive(view: () => ComponentChildren, container: Element): LiveRender {
  const renders = signal(0);
  const stop = effect(() => {
    void renders.value;
    render(view(), container);
  });
  return {
    rerender: () => void renders.value++,
    unmount: () => {
      stop();
      render(null, container);
    },
  };
}

/**
 * Renders a Preact tree into a shadow root together with the panel styles. Works for the
 * extension's overlay and the widget alike (no extension APIs). Returns unmount and a synchronous rerender.
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
  // A check's cost includes its render: rerender() draws now rather than on the next signal flush.
  const live = renderLive(view, container);
  return {
    rerender: live.rerender,
    unmount: () => {
      live.unmount();
      container.remove();
      style.remove();
    },
  };
}
