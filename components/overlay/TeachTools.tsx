import { signal, type Signal } from '@preact/signals-core';
import type { Locale } from '../../lib/engine/types';
import { highlightElement } from '../highlight';
import { t } from '../i18n';

export interface TeachableField {
  path: string;
  label: { zh: string; en: string };
}

export interface TeachController {
  fields: readonly TeachableField[];
  /** The officer clicked `element` as the one that shows `path`: update and save the site's adapter. */
  assign(path: string, element: Element): void | Promise<void>;
}

/** Teach mode's state, kept in signals so the panel re-renders as it changes. */
export interface TeachState {
  open: Signal<boolean>;
  path: Signal<string>;
  /** Waiting for the officer to click the host element (set while the page listeners are on). */
  waiting: Signal<boolean>;
  /** The path taught last. */
  last: Signal<string>;
  /** Takes the page listeners off (while waiting). */
  stop?: () => void;
}

export function createTeachState(controller: TeachController): TeachState {
  return {
    open: signal(false),
    path: signal(controller.fields[0]?.path ?? ''),
    waiting: signal(false),
    last: signal(''),
  };
}

interface Props {
  controller: TeachController;
  state: TeachState;
  locale: Locale;
  doc: Document;
  onChange: () => void;
}

/** Listens for the one click on the host page that shows the chosen field (Escape cancels). */
function startPicking({ controller, state, doc, onChange }: Props): void {
  state.stop?.();
  const path = state.path.value;
  const onPick = (event: Event) => {
    const target = event.target as Element;
    if (target.closest?.('zhifa-guard-overlay')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    stop();
    void Promise.resolve(controller.assign(path, target)).then(() => {
      highlightElement(target, { duration: 1200 });
      state.last.value = path;
      onChange();
    });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') stop();
  };
  const stop = () => {
    doc.removeEventListener('click', onPick, true);
    doc.removeEventListener('keydown', onKey, true);
    state.stop = undefined;
    state.waiting.value = false;
  };
  doc.addEventListener('click', onPick, true);
  doc.addEventListener('keydown', onKey, true);
  state.stop = stop;
  state.waiting.value = true;
}

/** Teach mode: pick a case field, then click the host element that shows it. */
export function TeachTools(props: Props) {
  const { controller, state, locale: lang } = props;
  if (!state.open.value) {
    return (
      <button type="button" class="zg-btn zg-btn-secondary zg-teach-open" onClick={() => (state.open.value = true)}>
        {t('teach', lang)}
      </button>
    );
  }
  const waiting = state.waiting.value;
  const last = state.last.value;
  return (
    <div class="zg-teach">
      <select
        class="zg-teach-field"
        aria-label={t('teachPick', lang)}
        value={state.path.value}
        onChange={(event) => (state.path.value = (event.currentTarget as HTMLSelectElement).value)}
      >
        {controller.fields.map((field) => (
          <option key={field.path} value={field.path}>
            {lang === 'en' ? field.label.en : field.label.zh}
          </option>
        ))}
      </select>
      <button type="button" class="zg-btn zg-teach-pick" disabled={waiting} onClick={() => startPicking(props)}>
        {t('teachClick', lang)}
      </button>
      <button
        type="button"
        class="zg-btn zg-btn-secondary"
        onClick={() => (state.stop?.(), (state.open.value = false))}
      >
        {t('teachStop', lang)}
      </button>
      <p class="zg-teach-status" aria-live="polite">
        {waiting ? t('teachWaiting', lang) : last ? `✓ ${last}` : t('teachPick', lang)}
      </p>
    </div>
  );
}
