import type { Locale } from '../../lib/engine/types';
import { sr } from './i18n';

/** Small input helpers shared by the sections of the self-report form. */

export const str = (value: unknown) => (typeof value === 'string' ? value : '');
export const inputValue = (event: Event) => (event.currentTarget as HTMLInputElement).value;

export function TriSelect(props: {
  name: string;
  label: string;
  value: boolean | undefined;
  locale: Locale;
  onChange: (v: boolean | undefined) => void;
}) {
  const { name, label, value, locale, onChange } = props;
  return (
    <label class="zg-sr-tri">
      <span>{label}</span>
      <select
        name={name}
        value={value === undefined ? '' : String(value)}
        onChange={(event) => {
          const v = inputValue(event);
          onChange(v === '' ? undefined : v === 'true');
        }}
      >
        <option value="">{sr('unanswered', locale)}</option>
        <option value="false">{sr('no', locale)}</option>
        <option value="true">{sr('yes', locale)}</option>
      </select>
    </label>
  );
}
