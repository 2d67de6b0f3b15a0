import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { distinctNames, inspectionFeedsPenalty, isUnreadable } from '../helpers/general-records';
import { LAW } from '../helpers/laws';

/**
 * Inspection cases (行政检查). Penalty cases are covered by apl-42-officers in the penalty group.
 * 行政处罚法 Art. 42(1) binds an inspection once it serves a penalty procedure (a case is filed, a
 * notice served or a sanction imposed): the inspection record is then penalty evidence. For other
 * inspections no statute in the reference set fixes the number of officers, so a single officer is
 * only put up for review.
 */
export default defineRule({
  id: 'apl-42-inspection-officers',
  title: { zh: '行政检查执法人员不少于两人', en: 'At least two officers at an inspection' },
  category: 3,
  severity: 'high',
  appliesTo: ['inspection'],
  citations: [{ law: LAW.penalty, article: 42, paragraph: 1 }],
  fix: {
    zh: '现场检查应由两名以上具有行政执法资格的执法人员实施，并在检查笔录上签名；已发生的，请评估检查笔录作为证据的效力，必要时重新检查、补强证据。',
    en: 'Have at least two certified officers carry out each on-site inspection and sign its record; for past checks, assess whether the record can stand as evidence and re-inspect if needed.',
  },
  messages: {
    'one-officer': {
      zh: '现场检查（{at}）仅记录一名执法人员（{names}），而该检查已转入行政处罚程序，执法人员可能少于两人，请核实。',
      en: 'The inspection on {at} records one officer ({names}) and has led to a penalty procedure; fewer than two officers may have acted. Please verify.',
    },
    'one-officer-check': {
      zh: '现场检查（{at}）仅记录一名执法人员（{names}），请核实是否由两名以上执法人员实施；检查笔录拟作为行政处罚证据的，执法人员不得少于两人。',
      en: 'The inspection on {at} records one officer ({names}); please verify that two or more officers acted. If the record is to serve as penalty evidence, at least two officers are required.',
    },
    'few-on-case': {
      zh: '检查案件仅登记{count}名执法人员（{names}），且各次检查未记录参与人员，请核实现场检查是否由两名以上执法人员实施。',
      en: 'The case lists {count} officer ({names}) and the inspections do not say who took part; please verify that two or more officers inspected.',
    },
    unknown: {
      zh: '未记录或无法读取实施检查的执法人员，请核实现场检查（{at}）是否由两名以上执法人员实施。',
      en: 'The inspecting officers are not recorded or could not be read; please verify that two or more officers inspected on {at}.',
    },
  },
  check(view) {
    const inspections = view.events('inspection');
    const first = inspections[0];
    if (!first) return NOT_APPLICABLE;
    const linked = inspectionFeedsPenalty(view);
    const outcomes: Outcome[] = [];
    let listed = false;
    for (const event of inspections) {
      const names = distinctNames(event.officers);
      if (names.length === 0) continue;
      listed = true;
      if (names.length >= 2) continue;
      const data = { at: event.at, names: names[0]! };
      outcomes.push(
        linked
          ? violation('one-officer', ['events.inspection'], data)
          : review('one-officer-check', ['events.inspection'], data),
      );
    }
    if (outcomes.length > 0) return outcomes;
    if (listed) return PASS;
    // No inspection names its officers: fall back on the case's officer list.
    const officers = view.case.officers;
    if (!officers || officers.length === 0 || isUnreadable(view, 'officers')) {
      return review('unknown', ['officers', 'events.inspection'], { at: first.at });
    }
    const names = distinctNames(officers.map((officer) => officer.name));
    if (names.length < 2) {
      return review('few-on-case', ['officers'], { count: names.length, names: names.join('、') || '—' });
    }
    return PASS;
  },
});
