import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation } from '../../engine/types';
import { sanctionImposed, sanctionNamesZh, withCitations } from '../helpers/general-records';
import { LAW } from '../helpers/laws';

const MANDATORY: Citation[] = [{ law: LAW.penalty, article: 33, paragraph: 1 }];
const DISCRETIONARY: Citation[] = [
  { law: LAW.penalty, article: 33, paragraph: 1 },
  { law: LAW.jinanBusinessEnvironment, article: 45 },
];

const FIELDS_MANDATORY = ['decision.kinds', 'flags.minorViolation', 'flags.correctedInTime', 'flags.noHarm'];
const FIELDS_FIRST = ['decision.kinds', 'flags.firstViolation', 'flags.minorHarm', 'flags.correctedInTime'];

export default defineRule({
  id: 'apl-33-no-penalty',
  title: { zh: '轻微违法不罚、首违不罚', en: 'No penalty for minor, corrected violations (first offence)' },
  category: 4,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: DISCRETIONARY,
  fix: {
    zh: '核实违法行为是否轻微、是否及时改正、有无危害后果及是否初次违法，对照本单位不予处罚事项清单；符合“不予行政处罚”条件的，应作出不予处罚决定并对当事人进行教育，已作出的处罚决定请评估是否撤销。',
    en: 'Check whether the violation was minor, promptly corrected, harmless and a first offence, against the unit’s no-penalty list; where the law says no penalty, decide so and educate the party, and assess whether a penalty already imposed must be revoked.',
  },
  messages: {
    mandatory: {
      zh: '案件记载违法行为轻微、已及时改正且没有造成危害后果，但仍作出了处罚（{kinds}），依法应当不予行政处罚，可能适用依据错误、行政行为明显不当，请核实。',
      en: 'The case records a minor violation, promptly corrected, with no harm, yet a penalty was imposed ({kindsEn}); the law says no penalty shall be imposed. Please verify.',
    },
    'first-offence': {
      zh: '案件记载初次违法、危害后果轻微且已及时改正，可以不予行政处罚，但作出了处罚（{kinds}）；请对照不予处罚事项清单核实是否应适用“首违不罚”，并在决定中说明不适用的理由。',
      en: 'The case records a first violation with slight harm, promptly corrected, which may go unpunished, yet a penalty was imposed ({kindsEn}); check the no-penalty list and state why it does not apply.',
    },
    'harm-unknown': {
      zh: '案件记载违法行为轻微且已及时改正，但未记录是否造成危害后果，而已作出处罚（{kinds}）；没有危害后果的应当不予处罚，请核实。',
      en: 'The case records a minor, promptly corrected violation but not whether it caused harm, and a penalty was imposed ({kindsEn}); with no harm there must be no penalty. Please verify.',
    },
  },
  check(view) {
    if (!sanctionImposed(view)) return NOT_APPLICABLE;
    const minor = view.flag('minorViolation');
    const corrected = view.flag('correctedInTime');
    const noHarm = view.flag('noHarm');
    const kinds = view.sanctionKinds();
    const data = { kinds: sanctionNamesZh(kinds), kindsEn: kinds.join(', ') };
    if (minor === true && corrected === true) {
      if (noHarm === true) return withCitations(violation('mandatory', FIELDS_MANDATORY, data), MANDATORY);
      if (noHarm === undefined && view.flag('minorHarm') !== true) {
        return withCitations(review('harm-unknown', FIELDS_MANDATORY, data), MANDATORY);
      }
    }
    if (view.flag('firstViolation') === true && view.flag('minorHarm') === true && corrected === true) {
      return withCitations(review('first-offence', FIELDS_FIRST, data), DISCRETIONARY);
    }
    return PASS;
  },
});
