import { dayNumber } from '../../calendar/days';
import type { CaseEvent } from '../../case/schema';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { dataFlag } from '../helpers/general-records';
import { LAW } from '../helpers/laws';

/** Words of a check on the correction ordered at an earlier inspection (复查, 跟踪检查, 整改验收, 回访). */
/** '整改情况' covers every wording of a check on the rectification (整改情况检查, 对整改情况进行检查, 核查整改情况). */
const FOLLOW_UP_WORDS = ['复查', '跟踪检查', '整改验收', '整改情况', '回访'] as const;
const FOLLOW_UP_PURPOSES: ReadonlySet<unknown> = new Set(['follow-up', 'recheck', 'rectification-check']);

/** A re-check of a rectification order (复查) is part of the same inspection, not a new one. */
function isFollowUp(event: CaseEvent): boolean {
  if (dataFlag(event, 'followUp') === true || FOLLOW_UP_PURPOSES.has(event.data?.purpose)) return true;
  const note = event.note;
  if (note === undefined) return false;
  for (const word of FOLLOW_UP_WORDS) if (note.includes(word)) return true;
  return false;
}

export default defineRule({
  id: 'biz-repeat-inspection',
  title: { zh: '涉企检查合并进行、控制频次', en: 'Merged and capped inspections of one market entity' },
  category: 6,
  severity: 'medium',
  appliesTo: ['inspection'],
  citations: [
    { law: LAW.businessEnvironment, article: 54, paragraph: 1 },
    { law: LAW.shandongBusinessEnvironment, article: 42, paragraph: 2 },
    { law: LAW.jinanBusinessEnvironment, article: 42 },
  ],
  fix: {
    zh: '同一部门对同一市场主体的多项检查应当合并进行，能够通过书面核查、信息共享完成的不再入企；请核实重复检查的必要性，今后纳入年度检查计划统筹安排。对整改情况的复查请在记录中注明“复查”。',
    en: 'Merge one department’s checks of the same entity into one visit and avoid visits that a document review or data sharing can replace; verify why the entity was visited again and plan future visits in the annual plan. Mark re-checks of a rectification as 复查 in the record.',
  },
  messages: {
    repeat: {
      zh: '对同一市场主体在{first}和{second}两次实施日常检查，间隔{gap}日（本单位重复检查提示期为{window}日），可能未将多项检查合并进行，请核实。',
      en: 'The same market entity was inspected on {first} and again on {second}, {gap} days apart (the unit’s repeat window is {window} days); the checks may not have been merged. Please verify.',
    },
    cap: {
      zh: '{year}年对同一市场主体实施日常检查{count}次，超过本单位设定的每年{cap}次上限，可能违反涉企检查合并、控频要求，请核实。',
      en: 'The same market entity was inspected {count} times in {year}, more than the unit’s cap of {cap} a year; this may breach the rules on merging and limiting inspections. Please verify.',
    },
    'repeat-check': {
      zh: '对市场主体在{first}和{second}两次实施检查，间隔{gap}日（提示期{window}日）；案件来源或市场主体身份未记录，无法排除针对性检查，请核实是否应当合并进行。',
      en: 'The entity was inspected on {first} and {second}, {gap} days apart (window {window} days); the case source or the party’s status is not recorded, so a targeted check cannot be ruled out. Please verify whether the checks should have been merged.',
    },
    'cap-check': {
      zh: '{year}年对该当事人实施检查{count}次，超过每年{cap}次上限；案件来源或市场主体身份未记录，请核实是否属于应控制频次的日常检查。',
      en: 'The party was inspected {count} times in {year}, more than the cap of {cap}; the case source or the party’s status is not recorded. Please verify whether these were routine checks subject to the cap.',
    },
  },
  check(view, context) {
    if (view.isEnterprise === false) return NOT_APPLICABLE;
    const source = view.case.source;
    // Complaint- and referral-driven checks are targeted (优化营商环境条例 Art. 54(2)); they are not capped here.
    if (source === 'complaint' || source === 'referral' || source === 'transfer' || source === 'self-report') {
      return NOT_APPLICABLE;
    }
    const inspections = view.events('inspection');
    if (inspections.length === 0) return NOT_APPLICABLE;
    const certain = view.isEnterprise === true && source === 'inspection';
    const window = context.profile.repeatInspectionWindowDays;
    const cap = context.profile.inspectionCapPerYear;
    const fields = ['events.inspection'];
    const outcomes: Outcome[] = [];

    let previousDay: number | undefined;
    let previousAt = '';
    let year = '';
    let yearCount = 0;
    const closeYear = () => {
      if (yearCount > cap) {
        const data = { year, count: yearCount, cap };
        outcomes.push(certain ? violation('cap', fields, data) : review('cap-check', fields, data));
      }
    };
    for (const event of inspections) {
      if (isFollowUp(event)) continue;
      const day = dayNumber(event.at);
      if (day === previousDay) continue; // several records of one visit
      const eventYear = event.at.slice(0, 4);
      if (eventYear !== year) {
        closeYear();
        year = eventYear;
        yearCount = 0;
      }
      yearCount++;
      if (previousDay !== undefined && day - previousDay <= window) {
        const data = { first: previousAt.slice(0, 10), second: event.at.slice(0, 10), gap: day - previousDay, window };
        outcomes.push(certain ? violation('repeat', fields, data) : review('repeat-check', fields, data));
      }
      previousDay = day;
      previousAt = event.at;
    }
    closeYear();
    return outcomes.length > 0 ? outcomes : PASS;
  },
});
