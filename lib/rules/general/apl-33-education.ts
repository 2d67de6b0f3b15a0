import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { CaseEvent } from '../../case/schema';
import { dataFlag } from '../helpers/general-records';
import { LAW } from '../helpers/laws';
import { citesArticle } from '../helpers/legal-basis';
import type { CaseView } from '../../engine/case-view';

const EDUCATION_WORD = '教育';

export default defineRule({
  id: 'apl-33-education',
  title: { zh: '不予处罚的应当对当事人进行教育', en: 'Education when no penalty is imposed' },
  category: 5,
  severity: 'low',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 33, paragraph: 3 },
    { law: LAW.penalty, article: 6 },
  ],
  fix: {
    zh: '对依法不予行政处罚的当事人进行批评教育、告诫或普法宣传，并在不予处罚决定书或执法记录中载明教育的方式和内容（可在事件备注中写明“教育”或设 data.education = true）。',
    en: 'Educate the party who is not penalised (criticism, warning talk, legal information) and record how in the no-penalty decision or the case record (a note mentioning 教育, or data.education = true).',
  },
  messages: {
    missing: {
      zh: '案件作出不予行政处罚决定（{decision}），但未见对当事人进行教育的记录，可能未履行教育职责，请核实并补充记录。',
      en: 'A no-penalty decision was made ({decision}) but no education of the party is recorded; the duty to educate may not have been performed. Please verify and record it.',
    },
    'not-educated': {
      zh: '案件作出不予行政处罚决定，但记录显示未对当事人进行教育（{at}），可能未履行教育职责，请核实并补正。',
      en: 'A no-penalty decision was made and the record says the party was not educated ({at}); the duty to educate may not have been performed. Please verify and correct.',
    },
  },
  check(view) {
    if (view.case.decision?.outcome !== 'no-penalty') return NOT_APPLICABLE;
    if (notEstablished(view)) return NOT_APPLICABLE;
    if (educationIn(view.case.decision.summary) === true) return PASS;
    let refused: CaseEvent | undefined;
    for (const event of view.case.events ?? NO_EVENTS) {
      const educated = dataFlag(event, 'education') ?? educationIn(event.note);
      if (educated === true) return PASS;
      if (educated === false && !refused) refused = event;
    }
    if (refused) return violation('not-educated', [`events.${refused.kind}`], { at: refused.at });
    const decision = view.first('decision');
    return review('missing', ['decision.summary', 'events.decision'], { decision: decision?.at ?? '—' });
  },
});

const NO_EVENTS: readonly CaseEvent[] = [];
const NOT_ESTABLISHED = '违法事实不能成立';

/**
 * Art. 33(3) concerns a violation that is not penalised. When the violation itself is not established
 * (Art. 57(1)(iii): 违法事实不能成立的，不予行政处罚) there is nothing to educate the party about.
 */
function notEstablished(view: CaseView): boolean {
  if (citesArticle(view, LAW.penalty, 57, 1, 3)) return true;
  return view.case.decision?.summary?.includes(NOT_ESTABLISHED) ?? false;
}
const NEGATIONS = ['未教育', '未进行教育', '未予教育', '未对当事人进行教育', '没有进行教育'] as const;

/** Whether a note or summary records education (批评教育, 教育告诫 …), its absence, or neither. */
function educationIn(text: string | undefined): boolean | undefined {
  if (text === undefined || !text.includes(EDUCATION_WORD)) return undefined;
  for (const negation of NEGATIONS) if (text.includes(negation)) return false;
  return true;
}
