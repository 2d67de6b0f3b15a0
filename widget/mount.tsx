import type { CaseResultJson } from '../lib/engine/report';
import { reportToJson } from '../lib/engine/report';
import type { Finding, Locale } from '../lib/engine/types';
import { createPanelModel } from '../components/model';
import { mountInShadow } from '../components/mount';
import { Panel } from '../components/Panel';
import { openSelfReportModal } from '../components/selfreport/SelfReportModal';
import { storePort } from '../components/selfreport/store-port';
import type { SealedResult } from '../components/selfreport/SelfReportForm';
import type { SelfReportPort } from '../components/selfreport/port';
import { ZhifaStore } from '../lib/store';
import type { EnforcementCase } from '../lib/case/schema';
import { CaseInputError, parseCaseInput, runCheck } from './check';

export const REPORT_EVENT = 'zhifa-guard:report';
/** Fired on the mount element when a self-report is sealed; detail is `{ record, receipt }`. */
export const SELF_REPORT_EVENT = 'zhifa-guard:self-report';
/** The host page's IndexedDB database for the widget's self-reports. */
export const WIDGET_DB_NAME = 'zhifa-guard-widget';

export interface MountOptions {
  case?: unknown;
  profile?: string;
  locale?: Locale;
  today?: string;
  onReport?: (report: CaseResultJson) => void;
  /** Called with `{ record, receipt }` when the officer seals a self-report (自查发现 → 封存). */
  onSelfReport?: (result: SealedResult) => void;
  /** Where self-reports are kept; default the host page's IndexedDB, database 'zhifa-guard-widget'. */
  selfReportPort?: SelfReportPort;
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
  let lastCase: EnforcementCase | null = null;
  let port = options.selfReportPort;
  const selfReport = (finding: Finding) => {
    port ??= storePort(ZhifaStore.open(WIDGET_DB_NAME, element.ownerDocument.defaultView?.indexedDB));
    openSelfReportModal(shadow, {
      port,
      finding,
      enforcementCase: lastCase,
      caseId: model.report.peek()?.caseId ?? '',
      locale: model.locale.peek(),
      onSealed: (result) => {
        options.onSelfReport?.(result);
        element.dispatchEvent(new CustomEvent(SELF_REPORT_EVENT, { detail: result, bubbles: true, composed: true }));
      },
    });
  };

  const check = () => {
    if (current === undefined || current === null || current === '') {
      model.report.value = null;
      model.error.value = null;
      return;
    }
    try {
      lastCase = parseCaseInput(current);
      const report = runCheck(lastCase, { ...settings, locale: model.locale.value });
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
  const { unmount } = mountInShadow(shadow, () => <Panel model={model} onSelfReport={selfReport} />, {
    floating: false,
  });
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
