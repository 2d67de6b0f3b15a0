import type { Locale } from '../../lib/engine/types';
import type { ValidationIssue } from '../../lib/selfreport';
import { AssessmentBox } from './AssessmentBox';
import { CorrectionSection } from './CorrectionSection';
import { DiscoverySection } from './DiscoverySection';
import { FormHeader } from './FormHeader';
import { HarmSection } from './HarmSection';
import { pick, sr, type SelfReportStringKey } from './i18n';
import { OfficerSection } from './OfficerSection';
import { ReceiptView } from './ReceiptView';
import type { SelfReportFormProps } from './types';
import { useSelfReportDraft } from './useSelfReportDraft';

export type { SealedResult, SelfReportFormProps } from './types';

/** Labels for the paths completeDraft names, so "what is missing" reads as the form does. */
const PATH_LABELS: Record<string, SelfReportStringKey> = {
  discoveredBy: 'discoveredBy',
  'discoverer.name': 'discoverer',
  discoverer: 'discoverer',
  description: 'description',
  correction: 'correction',
  'correction.method': 'method',
  'correction.description': 'correctionDescription',
  officer: 'officer',
  'officer.name': 'officer',
  art7Item: 'art7',
  caseId: 'caseId',
};

function issueLabel(issue: ValidationIssue, locale: Locale): string {
  const path = issue.path.replace(/^\$\.?/, '');
  const key = PATH_LABELS[path];
  return key ? sr(key, locale) : `${path}: ${pick(issue.expected, locale)}`;
}

/**
 * 自查发现 → 纠正 → 危害 → live Art. 12(1) assessment → 封存并生成回执, in one compact form.
 * Every change saves the draft (debounced); the draft id comes from caseId + ruleId, so reopening
 * the same finding restores it.
 */
export function SelfReportForm(props: SelfReportFormProps) {
  const { port, finding, locale } = props;
  const { draft, restored, saveState, issues, error, sealing, sealed, update, assessment, onSeal } =
    useSelfReportDraft(props);
  const header = <FormHeader locale={locale} onClose={props.onClose} />;

  if (sealed) {
    return <ReceiptView sealed={sealed} port={port} locale={locale} onClose={props.onClose} />;
  }

  if (!draft) {
    return (
      <div class="zg-sr" data-state="loading">
        {header}
        {error ? (
          <p class="zg-error" role="alert">
            {error}
          </p>
        ) : (
          <p class="zg-empty">{sr('loading', locale)}</p>
        )}
      </div>
    );
  }

  return (
    <form
      class="zg-sr"
      data-state="editing"
      data-draft-id={draft.id}
      data-save-state={saveState}
      onSubmit={(event) => {
        event.preventDefault();
        void onSeal();
      }}
    >
      {header}
      {restored && <p class="zg-sr-restored">{sr('restored', locale)}</p>}

      <DiscoverySection draft={draft} finding={finding} locale={locale} update={update} />
      <CorrectionSection draft={draft} finding={finding} locale={locale} update={update} />
      <HarmSection draft={draft} locale={locale} update={update} />
      <OfficerSection draft={draft} locale={locale} update={update} />
      {assessment && <AssessmentBox assessment={assessment} locale={locale} />}

      {issues.length > 0 && (
        <div class="zg-error zg-sr-issues" role="alert">
          {sr('cannotSeal', locale)}
          <ul>
            {issues.map((issue) => (
              <li key={issue.path}>{issueLabel(issue, locale)}</li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p class="zg-error" role="alert">
          {error}
        </p>
      )}
      <footer class="zg-dialog-actions">
        <span class="zg-sr-save" aria-live="polite">
          {saveState === 'saving'
            ? sr('saving', locale)
            : saveState === 'saved'
              ? sr('saved', locale)
              : saveState === 'error'
                ? sr('saveFailed', locale)
                : ''}
        </span>
        {props.onClose && (
          <button type="button" class="zg-btn zg-btn-secondary" onClick={props.onClose}>
            {sr('close', locale)}
          </button>
        )}
        <button type="submit" class="zg-btn zg-sr-seal" disabled={sealing}>
          {sr(sealing ? 'sealing' : 'seal', locale)}
        </button>
      </footer>
    </form>
  );
}
