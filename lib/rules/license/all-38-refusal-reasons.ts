import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { CaseEvent } from '../../case/schema';
import type { Citation, Outcome } from '../../engine/types';
import { dataBoolean, dataString, withCitations } from '../helpers/coercion-data';
import { LAW } from '../helpers/laws';
import { licenseDecision, licenseOutcome } from '../helpers/license-period';

const FIELDS = ['decision.summary', 'events.license-decision'];
const REJECT_FIELDS = ['events.application-rejected'];
const REJECT_CITATIONS: Citation[] = [
  { law: LAW.license, article: 32, paragraph: 2 },
  { law: LAW.license, article: 72, item: 7 },
];

/**
 * 行政许可法 Art. 38(2): a refusal is a written decision that gives reasons and tells the applicant of
 * the right to administrative review or litigation; Art. 72(七): not explaining a refusal to accept or
 * to grant is a breach. Art. 32(2): an acceptance or rejection gets a sealed, dated written voucher.
 */
export default defineRule({
  id: 'all-38-refusal-reasons',
  title: { zh: '不予受理、不予许可说明理由并告知救济权利', en: 'Reasons and remedies for a refusal' },
  category: 3,
  severity: 'medium',
  appliesTo: ['license'],
  citations: [
    { law: LAW.license, article: 38, paragraph: 2 },
    { law: LAW.license, article: 72, item: 7 },
  ],
  fix: {
    zh: '不予许可应作出书面决定，写明事实、理由和依据，并告知申请人依法申请行政复议或者提起行政诉讼的权利；不予受理的，出具加盖印章、注明日期的书面凭证并说明理由。请补正文书后重新送达。',
    en: 'Make a refusal in writing with its facts, reasons and basis, and tell the applicant of the right to administrative review or litigation; a rejection gets a sealed, dated written voucher with reasons. Correct the document and serve it again.',
  },
  messages: {
    'no-reason': {
      zh: '不予许可决定（{decided}）记载未说明理由，可能违反行政许可法第三十八条第二款，请核实。',
      en: 'The refusal ({decided}) is recorded as giving no reasons; this may breach Art. 38(2). Please verify.',
    },
    'no-remedy': {
      zh: '不予许可决定（{decided}）未告知申请人申请行政复议或者提起行政诉讼的权利，可能违反行政许可法第三十八条第二款，请核实。',
      en: 'The refusal ({decided}) does not tell the applicant of the right to review or litigation; this may breach Art. 38(2). Please verify.',
    },
    'reason-unknown': {
      zh: '不予许可决定（{decided}）未记录理由，请核实书面决定是否说明理由并告知救济权利。',
      en: 'No reasons are recorded for the refusal ({decided}); please verify the written decision states them and the remedies.',
    },
    'rejected-no-reason': {
      zh: '不予受理（{at}）记载未说明理由，可能违反行政许可法第七十二条第七项，请核实。',
      en: 'The rejection ({at}) is recorded as giving no reasons; this may breach Art. 72(7). Please verify.',
    },
    'rejected-reason-unknown': {
      zh: '不予受理（{at}）未记录理由，请核实是否出具书面凭证并说明不予受理的理由。',
      en: 'No reasons are recorded for the rejection ({at}); please verify a written voucher with reasons was issued.',
    },
  },
  check(view) {
    const outcomes: Outcome[] = [];
    let applicable = false;

    const decision = licenseDecision(view);
    if (licenseOutcome(view, decision) === 'refused') {
      applicable = true;
      const decided = decision?.at ?? '';
      const stated = dataBoolean(decision, 'reasonStated');
      const text = view.case.decision?.summary?.trim() || dataString(decision, 'reason') || decision?.note?.trim();
      if (stated === false) outcomes.push(violation('no-reason', FIELDS, { decided }));
      else if (stated !== true && !text) outcomes.push(review('reason-unknown', FIELDS, { decided }));
      if (dataBoolean(decision, 'remedyNotice') === false) outcomes.push(violation('no-remedy', FIELDS, { decided }));
    }

    for (const rejected of view.events('application-rejected')) {
      applicable = true;
      const finding = checkRejection(rejected);
      if (finding) outcomes.push(withCitations(finding, REJECT_CITATIONS));
    }

    if (!applicable) return NOT_APPLICABLE;
    return outcomes.length > 0 ? outcomes : PASS;
  },
});

function checkRejection(rejected: CaseEvent): Outcome | undefined {
  const stated = dataBoolean(rejected, 'reasonStated');
  if (stated === false) return violation('rejected-no-reason', REJECT_FIELDS, { at: rejected.at });
  if (stated === true || dataString(rejected, 'reason') || rejected.note?.trim()) return undefined;
  return review('rejected-reason-unknown', REJECT_FIELDS, { at: rejected.at });
}
