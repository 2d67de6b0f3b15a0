import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals-core';
import type { CaseReport, Finding, Locale } from '../lib/engine/types';

/** Panel state, created per mounted panel so that two panels on a page never share it. */
export interface PanelModel {
  report: Signal<CaseReport | null>;
  locale: Signal<Locale>;
  collapsed: Signal<boolean>;
  dock: Signal<'left' | 'right'>;
  /** Key of the finding the officer last located. */
  active: Signal<string | null>;
  /** A message for input that could not be checked (e.g. an invalid case from the host). */
  error: Signal<string | null>;
  violations: ReadonlySignal<number>;
  reviews: ReadonlySignal<number>;
}

export function createPanelModel(
  init: { locale?: Locale; collapsed?: boolean; dock?: 'left' | 'right' } = {},
): PanelModel {
  const report = signal<CaseReport | null>(null);
  const violations = computed(
    () => report.value?.findings.filter((finding) => finding.status === 'violation').length ?? 0,
  );
  const reviews = computed(() => report.value?.findings.filter((finding) => finding.status === 'review').length ?? 0);
  return {
    report,
    locale: signal(init.locale ?? 'zh-CN'),
    collapsed: signal(init.collapsed ?? false),
    dock: signal(init.dock ?? 'right'),
    active: signal(null),
    error: signal(null),
    violations,
    reviews,
  };
}

export function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.messageId}|${finding.fields.join(',')}|${finding.message}`;
}
