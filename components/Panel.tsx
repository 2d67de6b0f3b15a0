import type { ComponentChildren } from 'preact';
import { art7Heading } from '../lib/engine/citation';
import type { Finding } from '../lib/engine/types';
import { FindingItem } from './FindingItem';
import { t } from './i18n';
import { findingKey, type PanelModel } from './model';

export interface PanelProps {
  model: PanelModel;
  onLocate?: (finding: Finding) => void;
  onSelfReport?: (finding: Finding) => void;
  onRecheck?: () => void;
  /** Extra controls from the host of the panel (teach mode in the extension). */
  tools?: ComponentChildren;
}

/** Findings grouped by Art. 7 item; groups with violations first, then by item number. */
export function groupFindings(findings: readonly Finding[]): [number, Finding[]][] {
  const groups = new Map<number, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.category);
    if (list) list.push(finding);
    else groups.set(finding.category, [finding]);
  }
  const weight = (list: Finding[]) =>
    list.some((finding) => finding.status === 'violation' && finding.severity === 'high')
      ? 0
      : list.some((finding) => finding.status === 'violation')
        ? 1
        : 2;
  return [...groups.entries()].sort(([a, listA], [b, listB]) => weight(listA) - weight(listB) || a - b);
}

export function Panel({ model, onLocate, onSelfReport, onRecheck, tools }: PanelProps) {
  const locale = model.locale.value;
  const report = model.report.value;
  const violations = model.violations.value;
  const reviews = model.reviews.value;
  const badgeClass =
    violations > 0 ? 'zg-badge zg-badge-violation' : reviews > 0 ? 'zg-badge zg-badge-review' : 'zg-badge zg-badge-ok';

  if (model.collapsed.value) {
    return (
      <button
        type="button"
        class={`zg-pill zg-dock-${model.dock.value} ${badgeClass}`}
        aria-label={t('expand', locale)}
        title={t('expand', locale)}
        onClick={() => (model.collapsed.value = false)}
      >
        <span class="zg-pill-name">{t('appName', locale)}</span>
        <span class="zg-count zg-count-violation">{violations}</span>
        <span class="zg-count zg-count-review">{reviews}</span>
      </button>
    );
  }

  return (
    <section class={`zg-panel zg-dock-${model.dock.value}`} role="complementary" aria-label={t('appName', locale)}>
      <header class="zg-header">
        <strong class="zg-title">{t('appName', locale)}</strong>
        <span class={badgeClass} aria-live="polite">
          <span title={t('violations', locale)}>
            {t('violations', locale)} <b class="zg-count-violation">{violations}</b>
          </span>
          <span title={t('reviews', locale)}>
            {t('reviews', locale)} <b class="zg-count-review">{reviews}</b>
          </span>
        </span>
        <span class="zg-header-tools">
          <button
            type="button"
            class="zg-icon"
            title={t(model.dock.value === 'right' ? 'dockLeft' : 'dockRight', locale)}
            aria-label={t(model.dock.value === 'right' ? 'dockLeft' : 'dockRight', locale)}
            onClick={() => (model.dock.value = model.dock.value === 'right' ? 'left' : 'right')}
          >
            ⇆
          </button>
          <button
            type="button"
            class="zg-icon"
            title={t('language', locale)}
            aria-label={t('language', locale)}
            onClick={() => (model.locale.value = locale === 'en' ? 'zh-CN' : 'en')}
          >
            {locale === 'en' ? '中' : 'EN'}
          </button>
          <button
            type="button"
            class="zg-icon"
            title={t('collapse', locale)}
            aria-label={t('collapse', locale)}
            onClick={() => (model.collapsed.value = true)}
          >
            —
          </button>
        </span>
      </header>
      <div class="zg-body">
        {model.error.value && (
          <p class="zg-error" role="alert">
            {model.error.value}
          </p>
        )}
        {!report && !model.error.value && <p class="zg-empty">{t('noCase', locale)}</p>}
        {report && report.findings.length === 0 && <p class="zg-empty zg-ok">{t('noFindings', locale)}</p>}
        {report &&
          groupFindings(report.findings).map(([item, findings]) => (
            <section class="zg-group" key={item} data-item={item}>
              <h3 class="zg-group-title">{art7Heading(item, locale)}</h3>
              <ul class="zg-list">
                {findings.map((finding) => (
                  <FindingItem
                    key={findingKey(finding)}
                    finding={finding}
                    locale={locale}
                    active={model.active.value === findingKey(finding)}
                    onLocate={
                      onLocate &&
                      ((target) => {
                        model.active.value = findingKey(target);
                        onLocate(target);
                      })
                    }
                    onSelfReport={onSelfReport}
                  />
                ))}
              </ul>
            </section>
          ))}
      </div>
      <footer class="zg-footer">
        {report && (
          <span class="zg-case">
            {t('caseId', locale)}：{report.caseId} · {t('passed', locale)} {report.passed}
          </span>
        )}
        {onRecheck && (
          <button type="button" class="zg-btn zg-btn-secondary" onClick={onRecheck}>
            {t('recheck', locale)}
          </button>
        )}
        {tools}
        <p class="zg-disclaimer">{t('disclaimer', locale)}</p>
      </footer>
    </section>
  );
}
