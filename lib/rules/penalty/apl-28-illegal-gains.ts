import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import { LAW } from '../helpers/laws';
import { imposesSanction } from '../helpers/penalty-sanctions';

/** Words of Art. 28(2)'s exception (依法应当退赔) as decisions record a refund to those harmed. */
const REFUND_WORDS = ['退赔', '退还', '返还'] as const;

function refundRecorded(summary: string | undefined): boolean {
  if (!summary) return false;
  for (const word of REFUND_WORDS) if (summary.includes(word)) return true;
  return false;
}

export default defineRule({
  id: 'apl-28-illegal-gains',
  title: { zh: '违法所得应予没收', en: 'Illegal gains must be confiscated' },
  category: 2,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [{ law: LAW.penalty, article: 28, paragraph: 2 }],
  fix: {
    zh: '当事人有违法所得的，除依法应当退赔的外，应在处罚决定中予以没收，没收数额以认定的违法所得为限；依法退赔的，请在案卷中写明退赔依据和凭证。',
    en: 'Confiscate the party’s illegal gains in the decision, up to the amount established, unless they must be refunded by law; if refunded, record the legal ground and the proof in the file.',
  },
  messages: {
    'not-confiscated': {
      zh: '案件认定违法所得{gains}元，但处罚决定未没收违法所得；依行政处罚法第二十八条第二款，除依法应当退赔的外应予没收，请核实是否属于退赔情形。',
      en: 'Illegal gains of {gains} yuan are established but the decision does not confiscate them; under APL Art. 28(2) they must be confiscated unless refunded by law. Please verify.',
    },
    'over-confiscated': {
      zh: '没收违法所得{confiscated}元，超过认定的违法所得{gains}元，可能超出行政处罚法第二十八条第二款规定的没收范围，请核实计算。',
      en: 'The decision confiscates {confiscated} yuan of gains, more than the {gains} yuan established; this may exceed what APL Art. 28(2) allows. Please check the calculation.',
    },
    'no-gains': {
      zh: '处罚决定没收违法所得，但案件记录的违法所得为0元，可能没收依据不足或数额漏填，请核实违法所得的认定。',
      en: 'The decision confiscates illegal gains but the gains established are 0 yuan; the confiscation may lack a factual basis. Please verify the gains.',
    },
    'gains-unknown': {
      zh: '处罚决定没收违法所得，但未记录违法所得数额，请核实违法所得的计算及证据。',
      en: 'The decision confiscates illegal gains but their amount is not recorded; please verify the calculation and its evidence.',
    },
  },
  check(view) {
    if (!imposesSanction(view)) return NOT_APPLICABLE;
    const decision = view.case.decision!;
    const gains = decision.illegalGains;
    const kinds = decision.kinds;
    const fields = ['decision.illegalGains', 'decision.kinds'];
    if (!kinds.includes('confiscate-gains')) {
      if (gains === undefined) return NOT_APPLICABLE;
      if (gains <= 0) return PASS;
      // Art. 28(2): gains that must be refunded are not confiscated; a decision that records the refund is in order.
      return refundRecorded(decision.summary) ? PASS : review('not-confiscated', fields, { gains });
    }
    const confiscated = decision.confiscatedAmount;
    if (gains === undefined) return review('gains-unknown', fields);
    // confiscatedAmount names the gains only when no property is confiscated with them.
    if (confiscated !== undefined && !kinds.includes('confiscate-property') && confiscated > gains) {
      return violation('over-confiscated', [...fields, 'decision.confiscatedAmount'], { confiscated, gains });
    }
    // Gains of 0 beside a confiscation of gains: one of the two records is wrong, which one is for a person.
    if (gains === 0) return review('no-gains', fields);
    return PASS;
  },
});
