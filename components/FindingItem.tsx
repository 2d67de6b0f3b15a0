import { formatCitation } from '../lib/engine/citation';
import type { Finding, Locale } from '../lib/engine/types';
import { t } from './i18n';

interface Props {
  finding: Finding;
  locale: Locale;
  active: boolean;
  onLocate?: (finding: Finding) => void;
  onSelfReport?: (finding: Finding) => void;
}

const SEVERITY_KEY = { high: 'severityHigh', medium: 'severityMedium', low: 'severityLow' } as const;

export function FindingItem({ finding, locale, active, onLocate, onSelfReport }: Props) {
  const isViolation = finding.status === 'violation';
  return (
    <li
      class={`zg-finding zg-${finding.status}${active ? ' zg-active' : ''}`}
      data-rule-id={finding.ruleId}
      data-status={finding.status}
    >
      <div class="zg-finding-head">
        <span class={`zg-tag zg-tag-${finding.status}`}>
          {t(isViolation ? 'violationTag' : 'reviewTag', locale)}·{t(SEVERITY_KEY[finding.severity], locale)}
        </span>
        <span class="zg-finding-title">{finding.title}</span>
      </div>
      <p class="zg-message">{finding.message}</p>
      <p class="zg-basis">
        <b>{t('basis', locale)}：</b>
        {finding.citations.map((citation) => formatCitation(citation, locale)).join(locale === 'en' ? '; ' : '、')}
      </p>
      <p class="zg-fix">
        <b>{t('fix', locale)}：</b>
        {finding.fix}
      </p>
      {finding.due && (
        <p class="zg-due">
          <b>{t('due', locale)}：</b>
          {finding.due}
        </p>
      )}
      <div class="zg-actions">
        {onLocate && finding.fields.length > 0 && (
          <button type="button" class="zg-btn" onClick={() => onLocate(finding)}>
            {t('locate', locale)}
          </button>
        )}
        {onSelfReport && (
          <button type="button" class="zg-btn zg-btn-secondary" onClick={() => onSelfReport(finding)}>
            {t('selfReport', locale)}
          </button>
        )}
      </div>
    </li>
  );
}
