import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { countDistinct } from '../helpers/coercion-data';
import { LAW } from '../helpers/laws';

const FIELDS = ['events.inspection'];

/**
 * 行政许可法 Art. 34(3): where the substance of the materials must be verified, the agency sends two or
 * more staff. A verification (核查) is recorded as an `inspection` event of the licence case.
 */
export default defineRule({
  id: 'all-34-verification-staff',
  title: { zh: '实质核查由两名以上工作人员进行', en: 'Substantive verification by two or more staff' },
  category: 3,
  severity: 'medium',
  appliesTo: ['license'],
  citations: [{ law: LAW.license, article: 34, paragraph: 3 }],
  fix: {
    zh: '对申请材料实质内容进行核实的，应指派两名以上工作人员核查，并在核查记录上签名。请核对核查记录，人数不足的重新组织核查。',
    en: 'Send two or more staff to verify the substance of the materials and have them sign the verification record; if fewer went, verify again.',
  },
  messages: {
    'too-few': {
      zh: '{at} 的现场核查记录仅有 {count} 名工作人员，可能不符合行政许可法第三十四条第三款“指派两名以上工作人员进行核查”的要求，请核实。',
      en: 'The verification on {at} lists only {count} staff member(s); Art. 34(3) requires two or more. Please verify.',
    },
    unknown: {
      zh: '{at} 的现场核查未记录核查人员，无法判断是否由两名以上工作人员进行，请核实并补充。',
      en: 'The verification on {at} does not list its staff; please verify that two or more took part.',
    },
  },
  check(view) {
    const inspections = view.events('inspection');
    if (inspections.length === 0) return NOT_APPLICABLE;
    const outcomes: Outcome[] = [];
    for (const event of inspections) {
      const officers = event.officers;
      if (!officers || officers.length === 0) {
        outcomes.push(review('unknown', FIELDS, { at: event.at }));
        continue;
      }
      const count = countDistinct(officers);
      if (count < 2) outcomes.push(violation('too-few', FIELDS, { at: event.at, count }));
    }
    return outcomes.length > 0 ? outcomes : PASS;
  },
});
