import type { Finding } from '../../lib/engine/types';
import { CORRECTION_LABELS, CORRECTION_METHODS, type CorrectionMethod } from '../../lib/selfreport';
import { inputValue, str, TriSelect } from './fields';
import { pick, sr } from './i18n';
import type { SectionProps } from './types';

/** 纠正: how, when and with whose approval the fault was corrected, and the proof of it. */
export function CorrectionSection(props: SectionProps & { finding: Finding }) {
  const { draft, finding, locale, update } = props;
  const correction = draft.correction ?? {};
  const setCorrection = (patch: Record<string, unknown>) =>
    update((d) => ({ ...d, correction: { ...d.correction, ...patch } }));
  return (
    <fieldset>
      <legend>{sr('correction', locale)}</legend>
      <div class="zg-sr-row">
        <label>
          <span>{sr('method', locale)}</span>
          <select
            name="correction.method"
            value={str(correction.method)}
            onChange={(event) => {
              const v = inputValue(event);
              setCorrection({ method: v === '' ? undefined : (v as CorrectionMethod) });
            }}
          >
            <option value="">—</option>
            {CORRECTION_METHODS.map((m) => (
              <option key={m} value={m}>
                {pick(CORRECTION_LABELS[m], locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{sr('correctedAt', locale)}</span>
          <input
            type="date"
            name="correction.correctedAt"
            value={str(correction.correctedAt).slice(0, 10)}
            onChange={(event) => setCorrection({ correctedAt: inputValue(event) || undefined })}
          />
        </label>
        <label>
          <span>{sr('approvedBy', locale)}</span>
          <input
            name="correction.approvedBy"
            value={str(correction.approvedBy)}
            onInput={(event) => setCorrection({ approvedBy: inputValue(event) || undefined })}
          />
        </label>
        <TriSelect
          name="correction.partyNotified"
          label={sr('partyNotified', locale)}
          locale={locale}
          value={correction.partyNotified}
          onChange={(v) => setCorrection({ partyNotified: v })}
        />
      </div>
      <label class="zg-sr-wide">
        <span>{sr('correctionDescription', locale)}</span>
        <textarea
          name="correction.description"
          rows={2}
          value={str(correction.description)}
          placeholder={finding.fix}
          onInput={(event) => setCorrection({ description: inputValue(event) })}
        />
      </label>
      <label class="zg-sr-wide">
        <span>{sr('proof', locale)}</span>
        <textarea
          name="correction.proof"
          rows={2}
          value={(correction.proof ?? []).join('\n')}
          onInput={(event) => {
            const lines = inputValue(event).split('\n');
            setCorrection({ proof: lines.some((l) => l.trim()) ? lines : undefined });
          }}
        />
      </label>
    </fieldset>
  );
}
