import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import { isBlank, isUnreadable, withCitations } from '../helpers/general-records';
import { LAW } from '../helpers/laws';
import { unknownOnPage } from '../helpers/page-reading';

const REASONS: Citation[] = [
  { law: LAW.penalty, article: 5, paragraph: 2 },
  { law: LAW.shandongSupervision, article: 31, paragraph: 1, item: 1 },
];
const BENCHMARK: Citation[] = [
  { law: LAW.penalty, article: 34 },
  { law: LAW.shandongSupervision, article: 12 },
];

export default defineRule({
  id: 'apl-34-heavier-discretion',
  title: { zh: '从重处罚应说明理由并依据裁量基准', en: 'Heavier penalty: reasons and discretion benchmark' },
  category: 4,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [...REASONS, ...BENCHMARK],
  fix: {
    zh: '在处罚决定书及审批材料中写明从重处罚的事实和理由，并注明所适用的行政处罚裁量基准及其条目；理由不足的，请按一般情节重新裁量。',
    en: 'State the facts and reasons for the heavier penalty in the decision and approval papers and name the discretion benchmark and entry applied; if the reasons do not hold, reassess at the normal level.',
  },
  messages: {
    'no-reason': {
      zh: '案件适用从重处罚，但未记录从重的理由，可能与违法行为的事实、性质、情节及社会危害程度不相当或未说明理由，请核实并补充说明。',
      en: 'A heavier penalty was applied but no reason is recorded; it may be disproportionate or unexplained. Please verify and state the reasons.',
    },
    'reason-unknown': {
      zh: '案件适用从重处罚，但无法读取从重理由，请核实决定书是否说明了从重处罚的事实和理由。',
      en: 'A heavier penalty was applied but its reasons could not be read; please verify that the decision states them.',
    },
    'no-standard': {
      zh: '案件适用从重处罚，但未记录所依据的行政处罚裁量基准，请核实并注明适用的裁量基准及条目。',
      en: 'A heavier penalty was applied but no discretion benchmark is recorded; please verify and name the benchmark and entry applied.',
    },
  },
  check(view) {
    const discretion = view.case.discretion;
    if (discretion?.level !== 'heavier') return NOT_APPLICABLE;
    // The step is reached once a penalty is proposed or decided.
    if (!view.has('decision') && !view.has('notice-of-intent') && view.sanctionKinds().length === 0) {
      return NOT_APPLICABLE;
    }
    const outcomes: Outcome[] = [];
    if (isBlank(discretion.reason)) {
      const outcome =
        isUnreadable(view, 'discretion.reason') ||
        isUnreadable(view, 'discretion') ||
        unknownOnPage(view, 'discretion.reason')
          ? review('reason-unknown', ['discretion.reason'])
          : violation('no-reason', ['discretion.reason', 'discretion.level']);
      outcomes.push(withCitations(outcome, REASONS));
    }
    if (isBlank(discretion.standard)) {
      outcomes.push(withCitations(review('no-standard', ['discretion.standard']), BENCHMARK));
    }
    return outcomes.length > 0 ? outcomes : PASS;
  },
});
