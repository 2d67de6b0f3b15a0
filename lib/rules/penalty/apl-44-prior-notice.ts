import { dayNumber, epochMinutes, hasTime } from '../../calendar/days';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import { LAW } from '../helpers/laws';

export default defineRule({
  id: 'apl-44-prior-notice',
  title: { zh: '作出处罚决定前事先告知', en: 'Prior notice before a penalty decision' },
  category: 3,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 44 },
    { law: LAW.penalty, article: 62 },
  ],
  fix: {
    zh: '送达《行政处罚事先告知书》（拟处罚内容、事实、理由、依据及陈述、申辩、听证权利），听取陈述申辩后再作出决定；已作出的决定请评估是否撤销重作。',
    en: 'Serve a notice of intended penalty (content, facts, reasons, basis, rights to state, defend and ask for a hearing), hear the party, then decide; assess whether a decision already made must be withdrawn and remade.',
  },
  messages: {
    missing: {
      zh: '已作出处罚决定（{decision}），但案件中未见行政处罚事先告知，可能违反法定程序，请核实。',
      en: 'A penalty decision was made ({decision}) but no prior notice of the intended penalty is recorded; this may breach statutory procedure. Please verify.',
    },
    'same-day': {
      zh: '事先告知与处罚决定同日（{notice}、{decision}）且未记录时刻，无法确认告知在决定之前，请核实告知、陈述申辩和决定的先后顺序。',
      en: 'The prior notice and the decision are on the same day ({notice}, {decision}) with no times recorded, so it cannot be told that the notice came first. Please verify the order of notice, statement and decision.',
    },
    'after-decision': {
      zh: '事先告知（{notice}）不早于处罚决定（{decision}），可能未在决定前告知当事人，请核实。',
      en: 'The prior notice ({notice}) is not earlier than the decision ({decision}); the party may not have been told before the decision. Please verify.',
    },
    unknown: {
      zh: '已作出处罚决定，但无法读取事先告知的记录，请核实是否已送达事先告知书。',
      en: 'A decision was made but the prior-notice record could not be read; please verify that the notice was served.',
    },
  },
  check(view) {
    if (view.case.procedure === 'simple' || view.case.decision?.outcome === 'no-penalty') return NOT_APPLICABLE;
    const decision = view.first('decision');
    if (!decision) return NOT_APPLICABLE;
    const notice = view.first('notice-of-intent');
    const fields = ['events.notice-of-intent', 'events.decision'];
    if (!notice) {
      return view.knownAbsent('notice-of-intent')
        ? violation('missing', fields, { decision: decision.at })
        : review('unknown', fields);
    }
    const noticeDay = dayNumber(notice.at);
    const decisionDay = dayNumber(decision.at);
    if (noticeDay < decisionDay) return PASS;
    const data = { notice: notice.at, decision: decision.at };
    if (noticeDay > decisionDay) return violation('after-decision', fields, data);
    // Same day: the times tell the order when both are given (whether the party had time to answer is
    // apl-45's question); without them the order is unknown.
    if (hasTime(notice.at) && hasTime(decision.at)) {
      return epochMinutes(notice.at) < epochMinutes(decision.at) ? PASS : violation('after-decision', fields, data);
    }
    return review('same-day', fields, data);
  },
});
