import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import { imposesSanction, sanctionNames } from '../helpers/penalty-sanctions';

/** 行政处罚法 Art. 51: fines of at most 200 yuan for a citizen, 3,000 yuan for a legal person or other organisation. */
const PERSON_CAP = 200;
const ORGANISATION_CAP = 3_000;

const ALLOWED = new Set(['warning', 'fine']);

export default defineRule({
  id: 'apl-51-simplified',
  title: { zh: '简易程序适用条件', en: 'Limits of the on-the-spot (simplified) procedure' },
  category: 3,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 51 },
    { law: LAW.penalty, article: 54, paragraph: 1 },
  ],
  fix: {
    zh: '超出简易程序范围的处罚应适用普通程序（立案、调查取证、事先告知、审核决定）；已当场作出的决定请评估撤销并依普通程序重新办理，或核实是否有法律另有规定。',
    en: 'A penalty beyond the on-the-spot limits needs the general procedure (filing, investigation, prior notice, review); assess withdrawing the decision and redoing it, or verify the special law relied on.',
  },
  messages: {
    'person-over-cap': {
      zh: '简易程序对公民处以罚款{amount}元，超过行政处罚法第五十一条规定的二百元当场处罚上限，可能违反法定程序，请核实是否有法律另有规定。',
      en: 'An on-the-spot fine of {amount} yuan on a citizen exceeds the 200-yuan limit of APL Art. 51; this may breach statutory procedure unless a law provides otherwise. Please verify.',
    },
    'organisation-over-cap': {
      zh: '简易程序对法人或其他组织处以罚款{amount}元，超过行政处罚法第五十一条规定的三千元当场处罚上限，可能违反法定程序，请核实是否有法律另有规定。',
      en: 'An on-the-spot fine of {amount} yuan on a legal person or other organisation exceeds the 3,000-yuan limit of APL Art. 51; this may breach statutory procedure unless a law provides otherwise. Please verify.',
    },
    'other-sanction': {
      zh: '简易程序作出了警告、罚款以外的处罚（{sanctions}），可能超出行政处罚法第五十一条规定的当场处罚适用范围，请核实是否有法律另有规定。',
      en: 'The on-the-spot procedure imposed sanctions other than a warning or fine ({sanctionsEn}); this may exceed its scope under APL Art. 51 unless a law provides otherwise. Please verify.',
    },
    'over-both-caps': {
      zh: '简易程序罚款{amount}元，超过行政处罚法第五十一条规定的当场处罚上限（公民二百元、法人或其他组织三千元），可能违反法定程序，请核实是否有法律另有规定。',
      en: 'An on-the-spot fine of {amount} yuan exceeds every on-the-spot limit of APL Art. 51 (200 yuan for citizens, 3,000 for organisations); this may breach statutory procedure unless a law provides otherwise. Please verify.',
    },
    'party-unknown': {
      zh: '简易程序罚款{amount}元超过对公民的二百元上限，但未记录当事人类型，请核实当事人是否为法人或其他组织。',
      en: 'The on-the-spot fine of {amount} yuan exceeds the 200-yuan limit for citizens but the party type is not recorded; please verify whether the party is an organisation.',
    },
    'amount-unknown': {
      zh: '简易程序处以罚款但未记录罚款数额，无法核对当场处罚上限（公民二百元、法人或其他组织三千元），请补录并核实。',
      en: 'An on-the-spot fine was imposed but its amount is not recorded, so the limits (200 yuan for citizens, 3,000 for organisations) cannot be checked. Please add and verify it.',
    },
  },
  check(view) {
    if (view.case.procedure !== 'simple' || !imposesSanction(view)) return NOT_APPLICABLE;
    const kinds = view.sanctionKinds();
    const outcomes: Outcome[] = [];
    let others: string[] | undefined;
    for (const kind of kinds) if (!ALLOWED.has(kind)) (others ??= []).push(kind);
    if (others) outcomes.push(violation('other-sanction', ['decision.kinds'], sanctionNames(others)));
    if (kinds.includes('fine')) {
      const amount = view.case.decision?.fineAmount;
      const partyKind = view.case.party?.kind;
      const fields = ['decision.fineAmount', 'party.kind'];
      if (amount === undefined) outcomes.push(review('amount-unknown', ['decision.fineAmount']));
      else if (amount > ORGANISATION_CAP) {
        const messageId =
          partyKind === 'person'
            ? 'person-over-cap'
            : partyKind === undefined
              ? 'over-both-caps'
              : 'organisation-over-cap';
        outcomes.push(violation(messageId, fields, { amount }));
      } else if (amount > PERSON_CAP) {
        if (partyKind === 'person') outcomes.push(violation('person-over-cap', fields, { amount }));
        else if (partyKind === undefined) outcomes.push(review('party-unknown', fields, { amount }));
      }
    }
    return outcomes.length === 0 ? PASS : outcomes;
  },
});
