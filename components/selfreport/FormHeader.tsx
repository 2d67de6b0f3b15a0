import type { Locale } from '../../lib/engine/types';
import { sr } from './i18n';

/** The title bar of the self-report form, with a close button when it can be closed. */
export function FormHeader(props: { locale: Locale; onClose?: () => void }) {
  const { locale } = props;
  return (
    <header class="zg-sr-head">
      <h2 id="zg-sr-title">{sr('title', locale)}</h2>
      {props.onClose && (
        <button type="button" class="zg-icon zg-sr-close" aria-label={sr('close', locale)} onClick={props.onClose}>
          ×
        </button>
      )}
    </header>
  );
}
