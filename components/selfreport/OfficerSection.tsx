import { inputValue, str } from './fields';
import { sr } from './i18n';
import type { SectionProps } from './types';

/** The officer making the report, and their unit. */
export function OfficerSection(props: SectionProps) {
  const { draft, locale, update } = props;
  return (
    <fieldset>
      <legend>{sr('officer', locale)}</legend>
      <div class="zg-sr-row">
        <label>
          <span>{sr('officer', locale)}</span>
          <input
            name="officer.name"
            value={str(draft.officer?.name)}
            onInput={(event) => {
              const v = inputValue(event);
              update((d) => ({ ...d, officer: { ...d.officer, name: v } }));
            }}
          />
        </label>
        <label>
          <span>{sr('officerUnit', locale)}</span>
          <input
            name="officer.unit"
            value={str(draft.officer?.unit)}
            onInput={(event) => {
              const v = inputValue(event);
              update((d) => ({ ...d, officer: { ...d.officer, unit: v || undefined } }));
            }}
          />
        </label>
      </div>
    </fieldset>
  );
}
