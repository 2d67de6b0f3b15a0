import { dayNumber, hasTime } from '../../calendar/days';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import { LAW } from '../helpers/laws';
import { isBefore } from '../helpers/penalty-decision-common';

export default defineRule({
  id: 'apl-65-decide-after-hearing',
  title: { zh: '听证结束后根据听证笔录作出决定', en: 'Deciding after the hearing, on its record' },
  category: 3,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [{ law: LAW.penalty, article: 65 }],
  fix: {
    zh: '听证结束后，根据听证笔录，依照第五十七条由负责人审查作出决定；决定早于听证的，请评估撤销后依听证笔录重新作出。',
    en: 'After the hearing, have the head decide on the hearing record under Art. 57; if the decision predates the hearing, assess withdrawing it and deciding again on the record.',
  },
  messages: {
    'before-hearing': {
      zh: '处罚决定（{decision}）早于听证（{held}），可能未根据听证笔录作出决定，可能违反第六十五条，请核实。',
      en: 'The decision ({decision}) predates the hearing ({held}); it may not rest on the hearing record, as Art. 65 requires. Please verify.',
    },
    'same-day': {
      zh: '处罚决定与听证同日（{held}），无法判断先后，请核实决定是否在听证结束后根据听证笔录作出。',
      en: 'The decision and the hearing are on the same day ({held}) and their order is unclear; please verify that the decision followed the hearing and rests on its record.',
    },
  },
  check(view) {
    const decision = view.first('decision');
    const held = view.last('hearing-held');
    if (!decision || !held) return NOT_APPLICABLE;
    const fields = ['events.decision', 'events.hearing-held'];
    if (isBefore(decision.at, held.at))
      return violation('before-hearing', fields, { decision: decision.at, held: held.at });
    if (dayNumber(decision.at) === dayNumber(held.at) && !(hasTime(decision.at) && hasTime(held.at))) {
      return review('same-day', fields, { held: held.at });
    }
    return PASS;
  },
});
