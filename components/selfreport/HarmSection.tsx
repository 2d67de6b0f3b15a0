import { TriSelect } from './fields';
import { sr } from './i18n';
import type { SectionProps } from './types';

type HarmKey =
  'partyLoss' | 'complaintFiled' | 'reviewOrSuitFiled' | 'thirdPartyOrPublicEffect' | 'publishedInfoWithdrawn';
type GravityKey = 'changedOutcome' | 'rightsAffected';
const HARM_KEYS: HarmKey[] = [
  'partyLoss',
  'complaintFiled',
  'reviewOrSuitFiled',
  'thirdPartyOrPublicEffect',
  'publishedInfoWithdrawn',
];
const GRAVITY_KEYS: GravityKey[] = ['changedOutcome', 'rightsAffected'];

/** 危害: the yes / no / unanswered questions on harm and gravity that the Art. 12(1) assessment weighs. */
export function HarmSection(props: SectionProps) {
  const { draft, locale, update } = props;
  return (
    <fieldset>
      <legend>{sr('harm', locale)}</legend>
      <div class="zg-sr-grid">
        {HARM_KEYS.map((key) => (
          <TriSelect
            key={key}
            name={`harm.${key}`}
            label={sr(key, locale)}
            locale={locale}
            value={draft.harm?.[key]}
            onChange={(v) => update((d) => ({ ...d, harm: { ...d.harm, [key]: v } }))}
          />
        ))}
        {GRAVITY_KEYS.map((key) => (
          <TriSelect
            key={key}
            name={`gravity.${key}`}
            label={sr(key, locale)}
            locale={locale}
            value={draft.gravity?.[key]}
            onChange={(v) => update((d) => ({ ...d, gravity: { ...d.gravity, [key]: v } }))}
          />
        ))}
        <TriSelect
          name="actTookExternalEffect"
          label={sr('actTookExternalEffect', locale)}
          locale={locale}
          value={draft.actTookExternalEffect}
          onChange={(v) => update((d) => ({ ...d, actTookExternalEffect: v }))}
        />
      </div>
    </fieldset>
  );
}
