import type { Signal } from '@preact/signals-core';
import type { Finding, Locale } from '../lib/engine/types';
import { t } from './i18n';

export interface GateDialogProps {
  locale: Locale;
  /** The reason typed so far (the dialog re-renders as it changes). */
  reason: Signal<string>;
  buttonText: string;
  violations: Finding[];
  onLocate: (finding: Finding) => void;
  onSelfReport?: (finding: Finding) => void;
  onProceed: (reason: string) => void;
  onCancel: () => void;
}

export const MIN_REASON_LENGTH = 5;

/** Stops 结案/提交审批 while violations remain: go to the field, self-report, or proceed with a reason. */
export function GateDialog({
  locale,
  reason,
  buttonText,
  violations,
  onLocate,
  onSelfReport,
  onProceed,
  onCancel,
}: GateDialogProps) {
  const ready = reason.value.trim().length >= MIN_REASON_LENGTH;
  return (
    <div class="zg-dialog-backdrop" onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <div class="zg-dialog" role="dialog" aria-modal="true" aria-labelledby="zg-gate-title">
        <h2 id="zg-gate-title">
          {t('gateTitle', locale)}（{buttonText}）
        </h2>
        <p>{t('gateIntro', locale)}</p>
        <ol class="zg-gate-list">
          {violations.map((finding) => (
            <li key={finding.ruleId + finding.message} data-rule-id={finding.ruleId}>
              <p class="zg-message">{finding.message}</p>
              <div class="zg-actions">
                <button type="button" class="zg-btn" onClick={() => onLocate(finding)}>
                  {t('locate', locale)}
                </button>
                {onSelfReport && (
                  <button type="button" class="zg-btn zg-btn-secondary" onClick={() => onSelfReport(finding)}>
                    {t('selfReport', locale)}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
        <label for="zg-gate-reason">{t('gateReason', locale)}</label>
        <textarea
          id="zg-gate-reason"
          placeholder={t('gateReasonHint', locale)}
          value={reason.value}
          onInput={(event) => (reason.value = (event.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="zg-dialog-actions">
          <button type="button" class="zg-btn zg-btn-secondary zg-gate-cancel" autoFocus onClick={onCancel}>
            {t('gateCancel', locale)}
          </button>
          <button
            type="button"
            class="zg-btn zg-btn-danger zg-gate-proceed"
            disabled={!ready}
            onClick={() => onProceed(reason.value.trim())}
          >
            {t('gateProceed', locale)}
          </button>
        </div>
      </div>
    </div>
  );
}
