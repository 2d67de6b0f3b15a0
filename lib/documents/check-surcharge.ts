import { LAW } from '../rules/helpers/laws';
import { defineCheck, type Collector } from './check-kit';
import type { ParsedDocument } from './types';

/** The late-payment surcharge (加处罚款): its rate and its cap. */

export const SURCHARGE = defineCheck({
  id: 'doc-surcharge',
  title: { zh: '加处罚款的告知准确', en: 'Late-payment surcharge stated correctly' },
  category: 2,
  severity: 'medium',
  citations: [
    { law: LAW.penalty, article: 72, paragraph: 1, item: 1 },
    { law: LAW.coercion, article: 45 },
  ],
  fix: {
    zh: '告知：到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额（行政处罚法第七十二条第一款第（一）项，行政强制法第四十五条）。',
    en: 'State: if the fine is not paid when due, 3 % of the fine is added each day, and the surcharge may not exceed the fine (Administrative Penalty Law Art. 72 para 1 item 1; Administrative Coercion Law Art. 45).',
  },
  messages: {
    rate: {
      zh: '决定书告知加处罚款为每日按罚款数额的{rate}，与法定的百分之三不符，可能违反行政处罚法第七十二条第一款第（一）项，请核实。',
      en: 'The decision states a surcharge of {rate} of the fine a day, not the statutory 3 % (Art. 72 para 1 item 1). Please verify.',
    },
    cap: {
      zh: '决定书写明“{cap}”，而加处罚款的数额不得超出罚款的数额（行政处罚法第七十二条第一款第（一）项、行政强制法第四十五条第二款），可能告知错误，请核实。',
      en: 'The decision says “{cap}”, but the surcharge may not exceed the fine itself (Art. 72 para 1 item 1; Coercion Law Art. 45 para 2). Please verify.',
    },
    'no-rate': {
      zh: '决定书提到加处罚款，但未写明加处标准（每日按罚款数额的百分之三），行政强制法第四十五条要求告知加处罚款的标准，请核实。',
      en: 'The decision mentions a surcharge without its rate (3 % of the fine a day); Coercion Law Art. 45 requires the rate to be stated. Please verify.',
    },
  },
});

export function checkSurcharge(doc: ParsedDocument, out: Collector): void {
  const surcharge = doc.surcharge;
  if (!surcharge) return;
  const fields = ['decision'];
  if (surcharge.rate === undefined) {
    if (!surcharge.rateText) out.add(SURCHARGE, 'review', 'no-rate', [surcharge.span], fields);
  } else if (Math.abs(surcharge.rate - 0.03) > 1e-9) {
    out.add(SURCHARGE, 'violation', 'rate', [surcharge.span], fields, { rate: surcharge.rateText ?? '' });
  }
  if (surcharge.capText && surcharge.capIsFine === false) {
    out.add(SURCHARGE, 'violation', 'cap', [surcharge.span], fields, { cap: surcharge.capText }, [
      { law: LAW.penalty, article: 72, paragraph: 1, item: 1 },
      { law: LAW.coercion, article: 45, paragraph: 2 },
    ]);
  }
}
