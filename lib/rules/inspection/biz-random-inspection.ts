import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import { findByDataFlag } from '../helpers/general-records';
import { LAW } from '../helpers/laws';

/** Events that may carry the plan's classification (`data.keySector`, `data.mode`). */
const PLAN_KINDS = ['inspection-planned', 'random-selection', 'inspection-notified', 'inspection'] as const;

/**
 * Where the record says how the inspection was chosen. `data.keySector: true` or `data.mode: 'key'`
 * marks 重点监管 of a special sector (exempt from random selection); `data.mode: 'targeted'` a check
 * prompted by a complaint, referral or data monitoring; `data.keySector: false` or
 * `data.mode: 'random'` a routine check outside the key sectors.
 */
function planMode(view: CaseView): 'key' | 'targeted' | 'routine' | undefined {
  if (findByDataFlag(view, PLAN_KINDS, 'keySector', true)) return 'key';
  let routine = false;
  for (const kind of PLAN_KINDS) {
    for (const event of view.events(kind)) {
      const mode = event.data?.mode;
      if (mode === 'key') return 'key';
      if (mode === 'targeted') return 'targeted';
      if (mode === 'random' || event.data?.keySector === false) routine = true;
    }
  }
  return routine ? 'routine' : undefined;
}

export default defineRule({
  id: 'biz-random-inspection',
  title: { zh: '涉企日常检查实行“双随机、一公开”', en: 'Routine inspections of market entities by random selection' },
  category: 6,
  severity: 'medium',
  appliesTo: ['inspection'],
  citations: [
    { law: LAW.businessEnvironment, article: 54, paragraph: 1 },
    { law: LAW.shandongBusinessEnvironment, article: 43, paragraph: 1 },
    { law: LAW.jinanBusinessEnvironment, article: 41, paragraph: 1 },
  ],
  fix: {
    zh: '日常监管检查应通过随机抽取检查对象、随机选派执法检查人员进行，并保存抽取记录；属于特殊行业重点监管或投诉举报、转办交办引发的针对性检查的，请在检查计划或案件来源中注明。',
    en: 'Choose the inspected entity and the inspectors by random draw for routine checks and keep the draw record; if the check is key-sector supervision or a targeted check prompted by a complaint or referral, record that in the plan or the case source.',
  },
  messages: {
    missing: {
      zh: '对市场主体的日常检查（{date}）未见“双随机”抽取记录，而检查计划记载其不属于特殊重点领域，可能未按规定随机抽取检查对象和执法检查人员，请核实。',
      en: 'The routine inspection of a market entity ({date}) has no random-draw record although the plan says it is not key-sector supervision; the entity and inspectors may not have been chosen at random. Please verify.',
    },
    'check-exception': {
      zh: '对市场主体的检查（{date}）未见“双随机”抽取记录。除特殊行业、重点领域的重点监管和投诉举报、转办交办等针对性检查外，市场监管领域的检查应“双随机、一公开”，请核实本次检查属于何种情形。',
      en: 'The inspection of a market entity ({date}) has no random-draw record. Outside key-sector supervision and targeted checks prompted by complaints or referrals, market-regulation inspections must use random selection; please verify which applies.',
    },
    unknown: {
      zh: '无法读取“双随机”抽取记录，请核实对市场主体的检查（{date}）是否经随机抽取检查对象和执法检查人员。',
      en: 'The random-draw record could not be read; please verify that the inspection ({date}) chose the entity and inspectors at random.',
    },
  },
  check(view) {
    const inspection = view.first('inspection');
    if (!inspection) return NOT_APPLICABLE;
    const enterprise = view.isEnterprise;
    if (enterprise === false) return NOT_APPLICABLE;
    const source = view.case.source;
    // 优化营商环境条例 Art. 54(2): complaint, referral and data-driven findings get targeted checks.
    if (source === 'complaint' || source === 'referral' || source === 'transfer' || source === 'self-report') {
      return NOT_APPLICABLE;
    }
    const mode = planMode(view);
    if (mode === 'key' || mode === 'targeted') return NOT_APPLICABLE;
    if (view.has('random-selection')) return PASS;
    const fields = ['events.random-selection', 'source', 'party.isEnterprise'];
    const data = { date: inspection.at };
    if (!view.knownAbsent('random-selection')) return review('unknown', fields, data);
    if (enterprise === true && mode === 'routine' && (source === 'inspection' || source === undefined)) {
      return violation('missing', fields, data);
    }
    return review('check-exception', fields, data);
  },
});
