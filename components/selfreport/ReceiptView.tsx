import { formatChinaTime } from '../../lib/selfreport';
import type { Locale } from '../../lib/engine/types';
import { FormHeader } from './FormHeader';
import { sr } from './i18n';
import type { SelfReportPort } from './port';
import type { SealedResult } from './types';

/** What the form shows once sealed: the receipt code, sealing time and hash, and print / close. */
export function ReceiptView(props: {
  sealed: SealedResult;
  port: SelfReportPort;
  locale: Locale;
  onClose?: () => void;
}) {
  const { sealed, port, locale } = props;
  const { receipt, record } = sealed;
  return (
    <div class="zg-sr" data-state="sealed">
      <FormHeader locale={locale} onClose={props.onClose} />
      <section class="zg-sr-receipt" aria-live="polite">
        <h3>{sr('receipt', locale)}</h3>
        <p class="zg-sr-code-label">{sr('receiptCode', locale)}</p>
        <p class="zg-sr-code" data-receipt-code={receipt.code}>
          {receipt.code}
        </p>
        <dl>
          <dt>{sr('sealedAt', locale)}</dt>
          <dd class="zg-sr-sealed-at">{formatChinaTime(receipt.sealedAt)}</dd>
          <dt>{sr('hash', locale)}</dt>
          <dd class="zg-sr-hash">{receipt.hash}</dd>
        </dl>
        <p class="zg-sr-note">{sr('receiptNote', locale)}</p>
        <div class="zg-dialog-actions">
          {port.printable && (
            <button type="button" class="zg-btn zg-sr-print" onClick={() => void port.printable!(record)}>
              {sr('print', locale)}
            </button>
          )}
          {props.onClose && (
            <button type="button" class="zg-btn zg-btn-secondary" onClick={props.onClose}>
              {sr('close', locale)}
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
