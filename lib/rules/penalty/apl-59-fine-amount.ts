import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation } from '../../engine/types';
import { LAW } from '../helpers/laws';
import { citing, imposesSanction } from '../helpers/penalty-sanctions';

/** What the decision must state: the kind of penalty (¶1 (3)) and how and by when to perform it (¶1 (4)). */
const CONTENT: Citation[] = [
  { law: LAW.penalty, article: 59, paragraph: 1, item: 3 },
  { law: LAW.penalty, article: 59, paragraph: 1, item: 4 },
];
/** On-the-spot decisions state the fine amount in so many words (Art. 52 ¶2). */
const ON_THE_SPOT: Citation[] = [{ law: LAW.penalty, article: 52, paragraph: 2 }];
/** A decision with nothing to execute is void (山东省行政执法监督条例 Art. 34 ¶1 (3)). */
const VOID: Citation = { law: LAW.shandongSupervision, article: 34, paragraph: 1, item: 3 };
/** Wording or calculation errors in a document are corrected in writing (Art. 31 ¶1 (2)). */
const WORDING: Citation = { law: LAW.shandongSupervision, article: 31, paragraph: 1, item: 2 };

export default defineRule({
  id: 'apl-59-fine-amount',
  title: { zh: '罚款决定须载明罚款数额', en: 'A fine decision must state the amount' },
  category: 3,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [...CONTENT, ...ON_THE_SPOT, VOID, WORDING],
  fix: {
    zh: '在处罚决定书中写明罚款数额及缴纳方式和期限；处罚种类与数额不一致的，请以书面方式补正或改正。',
    en: 'State the fine amount, how and by when it is paid in the decision; where the kinds and amounts disagree, correct the decision in writing.',
  },
  messages: {
    'amount-missing': {
      zh: '处罚决定包含罚款，但未记录罚款数额，请核实决定书是否载明罚款数额。',
      en: 'The decision includes a fine but no amount is recorded; please verify that the decision states the amount.',
    },
    'amount-zero': {
      zh: '处罚决定包含罚款，但罚款数额为0元，可能不具有可执行内容，请核实罚款数额是否漏填或处罚种类是否有误。',
      en: 'The decision includes a fine of 0 yuan; it may have nothing to execute. Please verify whether the amount was left out or the kind is wrong.',
    },
    'kind-missing': {
      zh: '记录了罚款数额{amount}元，但处罚种类中没有罚款，请核实处罚种类并书面补正。',
      en: 'A fine amount of {amount} yuan is recorded but the penalty kinds do not include a fine; please verify the kinds and correct them in writing.',
    },
  },
  check(view) {
    if (!imposesSanction(view)) return NOT_APPLICABLE;
    const decision = view.case.decision!;
    const amount = decision.fineAmount;
    const fields = ['decision.fineAmount', 'decision.kinds'];
    const content = view.case.procedure === 'simple' ? ON_THE_SPOT : CONTENT;
    if (!decision.kinds.includes('fine')) {
      return amount !== undefined && amount > 0
        ? citing(review('kind-missing', fields, { amount }), [...content, WORDING])
        : NOT_APPLICABLE;
    }
    if (amount === undefined) return citing(review('amount-missing', fields), content);
    if (amount === 0) return citing(violation('amount-zero', fields), [...content, VOID]);
    return PASS;
  },
});
