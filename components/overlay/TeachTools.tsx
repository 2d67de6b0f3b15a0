import type { Signal } from '@preact/signals-core';
import { useEffect, useState } from 'preact/hooks';
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

interface Props {
  controller: TeachController;
  locale: Signal<Locale>;
  doc: Document;
  onChange: () => void;
}

/** Teach mode: pick a case field, then click the host element that shows it. */
export function TeachTools({ controller, locale, doc, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState(controller.fields[0]?.path ?? '');
  const [waiting, setWaiting] = useState(false);
  const [last, setLast] = useState('');
  const lang = locale.value;

  useEffect(() => {
    if (!waiting) return;
    const onPick = (event: Event) => {
      const target = event.target as Element;
      if (target.closest?.('zhifa-guard-overlay')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      setWaiting(false);
      void Promise.resolve(controller.assign(path, target)).then(() => {
        highlightElement(target, { duration: 1200 });
        setLast(path);
        onChange();
      });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setWaiting(false);
    };
    doc.addEventListener('click', onPick, true);
    doc.addEventListener('keydown', onKey, true);
    return () => {
      doc.removeEventListener('click', onPick, true);
      doc.removeEventListener('keydown', onKey, true);
    };
  }, [waiting, path]);

  if (!open) {
    return (
      <button type="button" class="zg-btn zg-btn-secondary zg-teach-open" onClick={() => setOpen(true)}>
        {t('teach', lang)}
      </button>
    );
  }
  return (
    <div class="zg-teach">
      <select
        class="zg-teach-field"
        aria-label={t('teachPick', lang)}
        value={path}
        onChange={(event) => setPath((event.currentTarget as HTMLSelectElement).value)}
      >
        {controller.fields.map((field) => (
          <option key={field.path} value={field.path}>
            {lang === 'en' ? field.label.en : field.label.zh}
          </option>
        ))}
      </select>
      <button type="button" class="zg-btn zg-teach-pick" disabled={waiting} onClick={() => setWaiting(true)}>
        {t('teachClick', lang)}
      </button>
      <button type="button" class="zg-btn zg-btn-secondary" onClick={() => (setWaiting(false), setOpen(false))}>
        {t('teachStop', lang)}
      </button>
      <p class="zg-teach-status" aria-live="polite">
        {waiting ? t('teachWaiting', lang) : last ? `✓ ${last}` : t('teachPick', lang)}
      </p>
    </div>
  );
}
