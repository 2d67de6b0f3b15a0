import type { EnforcementCase } from '../../lib/case/schema';
import { compareFindings } from '../../lib/engine/compare';
import type { CaseReport, Finding, Locale } from '../../lib/engine/types';
import type { GateOverride } from '../../lib/settings/origins';
import { GateDialog } from '../GateDialog';
import { highlightElement } from '../highlight';
import { createPanelModel, type PanelModel } from '../model';
import { mountInShadow, renderLive, type LiveRender } from '../mount';
import { Panel } from '../Panel';
import { buttonText, clickableOf, isClosingButton } from './gate';
import { createTeachState, TeachTools, type TeachController } from './TeachTools';
import { collectText, findDocumentRoot, rangeFor, sentenceAround, type DocumentText } from './document-text';
import { highlightRange } from './highlight-range';
import { signal } from '@preact/signals-core';

/** What reading the page produced: the case, and the host element behind each case path. */
export interface PageReading {
  case: EnforcementCase | null;
  fields: Map<string, Element>;
  adapterId: string;
  closeButtons?: string[];
}

export interface OverlayOptions {
  /** The page read for the case (with its same-origin frames). */
  doc: Document;
  /**
   * The document the panel lives in, asked again whenever a frame loads: `doc` itself, or, when
   * `doc` is a frameset that cannot show a panel, the frame that holds the case.
   */
  panelDocument?: () => Document;
  locale: Locale;
  /** Texts of the host's closing buttons, unless the site's adapter names its own. */
  closeButtons: readonly string[];
  /** Reads the case on display; called on every (debounced) change. */
  read: (doc: Document) => PageReading;
  /**
   * Checks the case. The extension runs the rules (and the law registry) in its background, so
   * the page carries neither the rule catalogue nor the law registry.
   */
  check: (enforcementCase: EnforcementCase, locale: Locale) => Promise<CaseReport>;
  recordGateOverride?: (override: GateOverride) => void | Promise<void>;
  onSelfReport?: (finding: Finding, enforcementCase: EnforcementCase | null) => void;
  teach?: TeachController;
  debounceMs?: number;
  /** Checks the text of a decision document shown on the page; findings carry text spans. */
  checkDocument?: (text: string) => Promise<DocumentFinding[]>;
}

export interface Overlay {
  host: HTMLElement;
  model: PanelModel;
  recheck(): void;
  destroy(): void;
  /** The last report (for tests and the popup). */
  readonly report: CaseReport | null;
}

export const OVERLAY_TAG = 'zhifa-guard-overlay';

/** A finding about a document's text, with the character spans of the sentences it is about. */
export type DocumentFinding = Finding & { spans: { start: number; end: number }[] };

const DOCUMENT_FIELD = 'document:';

/**
 * The in-page overlay: reads the case, checks it, shows the panel in a shadow root, re-checks
 * after edits, highlights fields, and gates closing buttons while violations remain.
 */
export function startOverlay(options: OverlayOptions): Overlay {
  const { doc } = options;
  const panelDocument = options.panelDocument ?? (() => doc);
  let home = panelDocument();
  home.querySelectorAll(OVERLAY_TAG).forEach((stale) => stale.remove());
  const host = home.createElement(OVERLAY_TAG);
  host.setAttribute('data-violations', '0');
  host.setAttribute('data-reviews', '0');
  const shadow = host.attachShadow({ mode: 'open' });
  home.documentElement.append(host);
  /** After a frame loads: the panel follows the frame that now holds the case (a frameset's main frame). */
  const rehome = () => {
    const next = panelDocument();
    if (next === home && host.isConnected) return;
    home = next;
    home.documentElement.append(host);
  };

  const model = createPanelModel({ locale: options.locale });
  let reading: PageReading = { case: null, fields: new Map(), adapterId: 'generic' };
  let report: CaseReport | null = null;
  let timer: number | undefined;
  let bypassNextClick = false;
  const dialogRoot = home.createElement('div');
  const teach = options.teach && { controller: options.teach, state: createTeachState(options.teach) };
  const view = doc.defaultView!;

  /** Shows the current report: the panel re-renders at once as the report signal changes. */
  const publish = () => {
    model.report.value = report;
    const violations = report?.findings.filter((finding) => finding.status === 'violation').length ?? 0;
    host.setAttribute('data-case-id', reading.case?.id ?? '');
    host.setAttribute('data-violations', String(violations));
    host.setAttribute('data-reviews', String((report?.findings.length ?? 0) - violations));
    host.setAttribute('data-adapter', reading.adapterId);
  };
  let checks = 0;
  const clock = doc.defaultView!.performance;
  let sequence = 0;
  /** Reads the page and checks the case; resolves once the report on screen is the new one. */
  const check = (): Promise<void> => {
    const started = clock.now();
    reading = options.read(doc);
    const read = clock.now();
    const mine = ++sequence;
    const finish = (next: CaseReport | null) => {
      if (mine !== sequence) return; // a newer check has superseded this one
      report = next;
      const checked = clock.now();
      publish();
      const done = clock.now();
      checks++;
      // Timings for the benchmark and for support: extract, rules, render (ms).
      host.setAttribute('data-check-count', String(checks));
      host.setAttribute('data-check-ms', (done - started).toFixed(2));
      host.setAttribute(
        'data-timings',
        `${(read - started).toFixed(2)},${(checked - read).toFixed(2)},${(done - checked).toFixed(2)}`,
      );
      requestExtra();
    };
    if (!reading.case) {
      finish(null);
      return Promise.resolve();
    }
    // If the checker cannot answer (the background may be restarting), the last report stays on screen.
    return options.check(reading.case, model.locale.value).then(finish, () => undefined);
  };

  let documentText: DocumentText | undefined;
  /** A decision document shown on the page is checked too; its findings join the report when they come. */
  const requestExtra = () => {
    const checkedReport = report;
    if (!checkedReport || !options.checkDocument) return;
    const root = findDocumentRoot(doc) ?? (home !== doc ? findDocumentRoot(home) : undefined);
    documentText = root ? collectText(root) : undefined;
    if (!documentText) return;
    void options.checkDocument(documentText.text).then(
      (found) => {
        const seen = new Set(checkedReport.findings.map((finding) => finding.message));
        const extra = toPageFindings(found).filter((finding) => !seen.has(finding.message));
        // Merge only into the report it was asked for: a newer check has made its own request.
        if (report !== checkedReport || extra.length === 0) return;
        report = { ...checkedReport, findings: [...checkedReport.findings, ...extra].sort(compareFindings) };
        publish();
      },
      () => undefined, // the background may be restarting; the next check asks again
    );
  };

  const schedule = () => {
    if (timer !== undefined) view.clearTimeout(timer);
    timer = view.setTimeout(check, options.debounceMs ?? 150);
  };

  // Typing in the panel's own forms (self-report) is not an edit of the case.
  const onEdit = (event: Event) => {
    const target = event.target as Node | null;
    if (target && (target === host || host.contains(target))) return;
    schedule();
  };

  const locate = (finding: Finding) => {
    for (const field of finding.fields) {
      if (field.startsWith(DOCUMENT_FIELD) && documentText) {
        const [start, end] = field.slice(DOCUMENT_FIELD.length).split('-').map(Number);
        const sentence = sentenceAround(documentText.text, start!, end!);
        const range = rangeFor(documentText, sentence.start, sentence.end);
        if (range) {
          highlightRange(range);
          return;
        }
        continue;
      }
      const element = findFieldElement(reading.fields, field);
      if (element) {
        highlightElement(element, { label: finding.title });
        return;
      }
    }
  };

  let gate: LiveRender | undefined;
  const closeDialog = () => {
    gate?.unmount();
    gate = undefined;
  };

  const onClick = (event: Event) => {
    const target = clickableOf(event.target);
    if (!target || host.contains(target)) return;
    if (bypassNextClick) {
      bypassNextClick = false;
      return;
    }
    const closeTexts = reading.closeButtons ?? options.closeButtons;
    const text = buttonText(target);
    if (!isClosingButton(text, closeTexts)) return;
    // Decide on the page as it is now, not as it was at the last debounce. The check answers
    // asynchronously: hold the click, then let it through or show the gate.
    event.preventDefault();
    event.stopImmediatePropagation();
    void check().then(() => {
      if (violationsNow().length > 0) showGate(target, text);
      else {
        bypassNextClick = true;
        target.click();
      }
    });
  };

  const violationsNow = () => report?.findings.filter((finding) => finding.status === 'violation') ?? [];

  const showGate = (target: HTMLElement, text: string) => {
    const violations = violationsNow();
    const reason = signal('');
    closeDialog();
    gate = renderLive(
      () => (
        <GateDialog
          locale={model.locale.value}
          reason={reason}
          buttonText={text}
          violations={violations}
          onLocate={(finding) => {
            closeDialog();
            locate(finding);
          }}
          onSelfReport={
            options.onSelfReport && ((finding) => (closeDialog(), options.onSelfReport!(finding, reading.case)))
          }
          onCancel={closeDialog}
          onProceed={(stated) => {
            closeDialog();
            void options.recordGateOverride?.({
              caseId: reading.case?.id ?? '',
              url: view.location.href,
              button: text,
              reason: stated,
              ruleIds: violations.map((finding) => finding.ruleId),
              at: new Date().toISOString(),
            });
            bypassNextClick = true;
            target.click();
          }}
        />
      ),
      dialogRoot,
    );
  };

  const observer = new view.MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const node = mutation.target as Node;
      if (host.contains(node) || node === host || isOwnNode(node)) continue;
      schedule();
      return;
    }
  });

  const watched = new Set<Document>();
  const watch = (target: Document) => {
    if (watched.has(target)) return;
    watched.add(target);
    target.addEventListener('input', onEdit, true);
    target.addEventListener('change', onEdit, true);
    target.addEventListener('click', onClick, true);
    observer.observe(target.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['value', 'class', 'style', 'hidden', 'src'],
    });
  };
  const watchFrames = () => {
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
      try {
        const inner = frame.contentDocument;
        if (inner?.documentElement) watch(inner);
      } catch {
        // cross-origin frame: not ours to read
      }
    }
  };
  const onFrameLoad = (event: Event) => {
    const tag = (event.target as Element)?.localName;
    if (tag === 'iframe' || tag === 'frame') {
      rehome();
      watchFrames();
      schedule();
    }
  };

  // The panel appears at once; the first check fills it in.
  const { unmount } = mountInShadow(
    shadow,
    () => (
      <Panel
        model={model}
        onLocate={locate}
        onSelfReport={options.onSelfReport && ((finding) => options.onSelfReport!(finding, reading.case))}
        onRecheck={check}
        tools={
          teach && (
            <TeachTools
              controller={teach.controller}
              state={teach.state}
              locale={model.locale.value}
              onChange={check}
              doc={home}
            />
          )
        }
      />
    ),
    { floating: true },
  );
  shadow.append(dialogRoot);
  // The first reading waits for the browser to be idle: the host page finishes its own loading first.
  if (view.requestIdleCallback) view.requestIdleCallback(() => void check(), { timeout: 300 });
  else void check();

  watch(doc);
  watchFrames();
  doc.addEventListener('load', onFrameLoad, true);

  // Never cover the host's own buttons: move to the other edge, or fold into the pill.
  let placementFrame = 0;
  let moved = false;
  const keepButtonsFree = () => {
    placementFrame = 0;
    if (moved || model.collapsed.peek()) return;
    if (!coversHostButton(shadow, home, host)) return;
    moved = true;
    // Signal writes re-render the panel at once, so the next measurement sees the new place.
    model.dock.value = model.dock.peek() === 'right' ? 'left' : 'right';
    if (coversHostButton(shadow, home, host)) model.collapsed.value = true;
  };
  const schedulePlacement = () => {
    if (!placementFrame) placementFrame = view.requestAnimationFrame(keepButtonsFree);
  };
  view.addEventListener('scroll', schedulePlacement, { passive: true });
  view.addEventListener('resize', schedulePlacement);
  schedulePlacement();

  return {
    host,
    model,
    recheck: check,
    get report() {
      return report;
    },
    destroy() {
      if (timer !== undefined) view.clearTimeout(timer);
      observer.disconnect();
      for (const target of watched) {
        target.removeEventListener('input', onEdit, true);
        target.removeEventListener('change', onEdit, true);
        target.removeEventListener('click', onClick, true);
      }
      doc.removeEventListener('load', onFrameLoad, true);
      view.removeEventListener('scroll', schedulePlacement);
      view.removeEventListener('resize', schedulePlacement);
      if (placementFrame) view.cancelAnimationFrame(placementFrame);
      teach?.state.stop?.();
      closeDialog();
      unmount();
      host.remove();
    },
  };
}

function isOwnNode(node: Node): boolean {
  const element = (node.nodeType === 1 ? node : node.parentElement) as Element | null;
  return Boolean(element?.closest?.('.zhifa-guard-highlight'));
}

/** The element for a finding path: exact, then the closest parent path (`events.decision` → `events`). */
function findFieldElement(fields: Map<string, Element>, path: string): Element | undefined {
  let candidate = path;
  while (candidate) {
    const element = fields.get(candidate);
    if (element?.isConnected) return element;
    const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
    if (cut <= 0) break;
    candidate = candidate.slice(0, cut);
  }
  for (const [key, element] of fields) if (key.startsWith(path) && element.isConnected) return element;
  return undefined;
}

/** Document findings point at their sentences through `document:<start>-<end>` fields. */
function toPageFindings(findings: DocumentFinding[]): Finding[] {
  return findings.map(({ spans, ...finding }) => ({
    ...finding,
    fields: [...spans.map((span) => `${DOCUMENT_FIELD}${span.start}-${span.end}`), ...finding.fields],
  }));
}

const HOST_BUTTONS =
  'button, input[type=button], input[type=submit], .el-button, .layui-btn, .ant-btn, .btn, [role=button]';

/** Whether the panel (or pill) lies over one of the host page's visible buttons. */
function coversHostButton(shadow: ShadowRoot, doc: Document, host: Element): boolean {
  const panel = shadow.querySelector('.zg-panel, .zg-pill');
  if (!panel) return false;
  const box = panel.getBoundingClientRect();
  if (box.width === 0) return false;
  for (const button of Array.from(doc.querySelectorAll(HOST_BUTTONS))) {
    if (host.contains(button)) continue;
    const rect = button.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top) return true;
  }
  return false;
}
