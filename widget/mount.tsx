import type { CaseResultJson } from '../lib/engine/report';
import { reportToJson } from '../lib/engine/report';
import type { Locale } from '../lib/engine/types';
import { createPanelModel } from '../components/model';
import { mountInShadow } from '../components/mount';
import { Panel } from '../components/Panel';
import { CaseInputError, parseCaseInput, runCheck } from './check';

export const REPORT_EVENT = 'zhifa-guard:report';

export interface MountOptions {
  case?: unknown;
  profile?: string;
  locale?: Locale;
  today?: string;
  onReport?: (report: CaseResultJson) => void;
}

export interface WidgetHandle {
  update(caseJson: unknown): void;
  setOptions(options: Partial<Pick<MountOptions, 'profile' | 'locale' | 'today'>>): void;
  destroy(): void;
}

/** Mounts the panel inside `element` (in its own shadow root) and re-checks on every update. */
export function mount(element: HTMLElement, options: MountOptions = {}): WidgetHandle {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const model = createPanelModel({ locale: options.locale });
  let current = options.case;
  let settings = { profile: options.profile, today: options.today };

  const check = () => {
    if (current === undefined || current === null || current === '') {
      model.report.value = null;
      model.error.value = null;
      return;
    }
    try {
      const report = runCheck(parseCaseInput(current), { ...settings, locale: model.locale.value });
      model.error.value = null;
      model.report.value = report;
      const detail = reportToJson(report);
      options.onReport?.(detail);
      element.dispatchEvent(new CustomEvent(REPORT_EVENT, { detail, bubbles: true, composed: true }));
    } catch (error) {
      model.report.value = null;
      model.error.value = error instanceof CaseInputError ? error.message : `检查失败 / check failed: ${String(error)}`;
    }
  };

  // Check first, so the first render already shows the findings.
  check();
  const { unmount } = mountInShadow(shadow, <Panel model={model} />, { floating: false });
  // Messages are rendered in the chosen language, so a language switch re-checks.
  let lastLocale = model.locale.peek();
  const stopLocale = model.locale.subscribe((locale) => {
    if (locale !== lastLocale) {
      lastLocale = locale;
      check();
    }
  });

  return {
    update(caseJson) {
      current = caseJson;
      check();
    },
    setOptions(next) {
      settings = { profile: next.profile ?? settings.profile, today: next.today ?? settings.today };
      if (next.locale) model.locale.value = next.locale;
      check();
    },
    destroy() {
      stopLocale();
      unmount();
    },
  };
}
