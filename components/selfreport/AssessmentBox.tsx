import type { Locale } from '../../lib/engine/types';
import type { ExemptionAssessment } from '../../lib/selfreport';
import { pick, sr } from './i18n';

/** The live Art. 12(1) assessment: each element's status, reason and missing evidence, and the verdict. */
export function AssessmentBox(props: { assessment: ExemptionAssessment; locale: Locale }) {
  const { assessment, locale } = props;
  return (
    <section class={`zg-sr-assessment zg-sr-${assessment.verdict}`} data-verdict={assessment.verdict}>
      <h3>{sr('assessment', locale)}</h3>
      <ul>
        {assessment.elements.map((element) => (
          <li key={element.element} data-element={element.element} data-status={element.status}>
            <span class={`zg-sr-status zg-sr-status-${element.status}`}>{sr(element.status, locale)}</span>{' '}
            <b>{pick(element.title, locale)}</b>
            {element.reasons[0] && <span class="zg-sr-reason"> — {pick(element.reasons[0], locale)}</span>}
            {element.missingEvidence.length > 0 && (
              <span class="zg-sr-missing">
                {' '}
                {sr('missing', locale)}：{element.missingEvidence.map((m) => pick(m, locale)).join('；')}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p class="zg-sr-summary">{pick(assessment.summary, locale)}</p>
    </section>
  );
}
