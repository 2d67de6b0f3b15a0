import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation } from '../../engine/types';
import { withCitations } from '../helpers/coercion-data';
import { LAW } from '../helpers/laws';

const FIELDS = [
  'flags.minorViolation',
  'flags.noHarm',
  'flags.minorHarm',
  'flags.correctedInTime',
  'events.coercion-applied',
];
const CITATIONS: Citation[] = [
  { law: LAW.coercion, article: 5 },
  { law: LAW.coercion, article: 16, paragraph: 2 },
  { law: LAW.businessEnvironment, article: 59, paragraph: 1 },
];
const JINAN_CITATIONS: Citation[] = [...CITATIONS, { law: LAW.jinanBusinessEnvironment, article: 44 }];

/**
 * Necessity of coercion against a market entity: 行政强制法 Art. 5 (no coercion where non-coercive
 * means achieve the purpose), Art. 16(2) (may refrain when the violation is very minor or not clearly
 * harmful); 优化营商环境条例 Art. 59(1); in Jinan, 济南市优化营商环境条例 Art. 44 (shall not take
 * coercive measures against a market entity whose violation is very minor or not clearly harmful when
 * non-coercive means achieve the purpose). Whether non-coercive means would have sufficed is a
 * judgement: the rule accuses only when the file itself records a harmless violation that the party
 * corrected in time, and otherwise (a minor violation, slight harm) asks for review.
 */
export default defineRule({
  id: 'acl-16-necessity',
  title: { zh: '对市场主体轻微违法慎用行政强制措施', en: 'Coercion against a market entity for a minor violation' },
  category: 6,
  severity: 'medium',
  appliesTo: ['coercion'],
  citations: CITATIONS,
  fix: {
    zh: '对情节轻微、没有明显社会危害且采用说服教育、责令改正等非强制手段能够达到管理目的的市场主体违法行为，不采取行政强制措施；已采取的，请在案卷中说明必要性，不再必要的及时解除。',
    en: 'Do not use coercive measures against a market entity whose minor, harmless violation can be dealt with by non-coercive means (persuasion, orders to correct); where a measure was taken, record why it was necessary, and lift it once it no longer is.',
  },
  messages: {
    corrected: {
      zh: '案件记载违法行为没有造成危害后果且当事人已及时改正，仍对市场主体实施了行政强制措施（{applied}），可能不符合行政强制法第五条及优化营商环境有关规定，请核实采取强制措施的必要性。',
      en: 'The file records a minor or harmless violation that the party corrected in time, yet a coercive measure was applied to a market entity ({applied}); this may breach Art. 5 of the Administrative Coercion Law and the business-environment rules. Please verify the need for the measure.',
    },
    minor: {
      zh: '案件记载违法行为轻微或无明显危害后果，仍实施了行政强制措施（{applied}），请核实采用非强制手段能否达到管理目的，并在案卷中说明采取强制措施的必要性。',
      en: 'The file records a minor or harmless violation, yet a coercive measure was applied ({applied}). Please verify whether non-coercive means would have sufficed and record why the measure was necessary.',
    },
  },
  check(view, context) {
    const applied = view.first('coercion-applied');
    if (!applied) return NOT_APPLICABLE;
    const enterprise = view.isEnterprise;
    if (enterprise === false) return NOT_APPLICABLE;
    const minor =
      view.flag('minorViolation') === true || view.flag('noHarm') === true || view.flag('minorHarm') === true;
    if (!minor || view.flag('emergency') === true) return PASS;
    const citations = context.profile.id === 'jinan' ? JINAN_CITATIONS : CITATIONS;
    const data = { applied: applied.at };
    // The statutes speak of a violation 情节显著轻微 or 没有明显社会危害: a merely minor violation or slight
    // harm (minorViolation, minorHarm) falls short of that, so only a recorded absence of harm accuses.
    if (enterprise === true && view.flag('noHarm') === true && view.flag('correctedInTime') === true) {
      return withCitations(violation('corrected', FIELDS, data), citations);
    }
    return withCitations(review('minor', FIELDS, data), citations);
  },
});
