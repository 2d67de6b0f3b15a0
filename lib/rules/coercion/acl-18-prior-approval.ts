import { dayNumber } from '../../calendar/days';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { CaseEvent } from '../../case/schema';
import { lagWithin, notLaterThan } from '../helpers/coercion-data';
import { LAW } from '../helpers/laws';

const DAY_MINUTES = 24 * 60;
const FIELDS = ['events.coercion-approved', 'events.coercion-applied'];
const EMERGENCY_FIELDS = [
  'events.emergency-report',
  'events.coercion-approved',
  'events.coercion-applied',
  'flags.emergency',
];

/**
 * 行政强制法 Art. 18(一): approval by the agency head before a coercive measure; Art. 19: in an
 * emergency the officers report to the head within 24 clock hours and complete the approval.
 */
export default defineRule({
  id: 'acl-18-prior-approval',
  title: { zh: '实施行政强制措施前报经负责人批准', en: 'Head approval before a coercive measure' },
  category: 3,
  severity: 'high',
  appliesTo: ['coercion'],
  citations: [
    { law: LAW.coercion, article: 18, item: 1 },
    { law: LAW.coercion, article: 19 },
  ],
  fix: {
    zh: '实施前向行政机关负责人报告并经批准；情况紧急当场实施的，应在二十四小时内报告负责人并补办批准手续，负责人认为不应采取的立即解除。请补齐审批记录，无法补正的评估是否解除措施。',
    en: 'Obtain the agency head’s approval before the measure; in an emergency report to the head within 24 hours and complete the approval, and lift the measure at once if the head disagrees. Complete the approval record, or assess whether the measure must be lifted.',
  },
  messages: {
    missing: {
      zh: '已于 {applied} 实施行政强制措施，但案件中未见负责人批准记录，可能违反行政强制法第十八条第一项，请核实。',
      en: 'A coercive measure was applied on {applied} but no approval by the agency head is recorded; this may breach Art. 18(1) of the Administrative Coercion Law. Please verify.',
    },
    'approved-after': {
      zh: '负责人批准（{approved}）晚于实施行政强制措施（{applied}），且案件未记载情况紧急，可能未经事前批准，请核实；如属情况紧急当场实施，请标注并附二十四小时内报告的记录。',
      en: 'The head approved ({approved}) after the measure was applied ({applied}) and no emergency is recorded; the measure may lack prior approval. Please verify; if it was an on-the-spot emergency measure, record that and the report made within 24 hours.',
    },
    'emergency-late': {
      zh: '情况紧急当场实施强制措施（{applied}），但向负责人报告或补办批准在 {reported}，可能超过行政强制法第十九条规定的二十四小时，请核实。',
      en: 'An emergency measure was applied on the spot ({applied}) but was reported to the head or approved only on {reported}, possibly later than the 24 hours allowed by Art. 19. Please verify.',
    },
    'emergency-missing': {
      zh: '情况紧急当场实施强制措施（{applied}）已超过二十四小时，案件中未见向负责人报告或补办批准的记录，可能违反行政强制法第十九条，请核实。',
      en: 'More than 24 hours have passed since the emergency measure ({applied}) and no report to the head or completed approval is recorded; this may breach Art. 19. Please verify.',
    },
    'emergency-unclear': {
      zh: '情况紧急当场实施强制措施（{applied}），报告或补批日期为 {reported}，因未记录具体时刻无法判断是否在二十四小时内，请核实。',
      en: 'Emergency measure applied {applied}, reported or approved {reported}; without clock times it cannot be told whether that was within 24 hours. Please verify.',
    },
    'emergency-no-approval': {
      zh: '情况紧急当场实施强制措施（{applied}）后已于 {reported} 报告负责人，但未见补办批准手续或解除措施的记录，请核实并补齐（行政强制法第十九条）。',
      en: 'The emergency measure ({applied}) was reported to the head on {reported}, but neither a completed approval nor the lifting of the measure is recorded. Please verify and complete the file (Art. 19).',
    },
    unknown: {
      zh: '已实施行政强制措施，但无法读取负责人批准记录，请核实是否经事前批准（或紧急情况下二十四小时内补批）。',
      en: 'A coercive measure was applied but the approval record could not be read; please verify prior approval (or, in an emergency, approval completed within 24 hours).',
    },
  },
  check(view, context) {
    const applied = view.first('coercion-applied');
    if (!applied) return NOT_APPLICABLE;
    const approved = view.first('coercion-approved');
    if (approved && notLaterThan(approved.at, applied.at)) return PASS;

    const report = view.first('emergency-report');
    const emergencyFlag = view.flag('emergency');
    const emergency = emergencyFlag === true || (emergencyFlag === undefined && report !== undefined);

    if (!emergency) {
      if (approved) return violation('approved-after', FIELDS, { applied: applied.at, approved: approved.at });
      return view.knownAbsent('coercion-approved')
        ? violation('missing', FIELDS, { applied: applied.at })
        : review('unknown', FIELDS);
    }

    // Emergency: the first report or approval after the measure must come within 24 clock hours.
    const first = earliest(report, approved);
    if (!first) {
      if (!view.knownAbsent('coercion-approved') || !view.knownAbsent('emergency-report')) {
        return review('unknown', EMERGENCY_FIELDS);
      }
      // Nothing yet: a breach only once 24 hours have certainly passed (two days on from the measure).
      return context.todayDay - dayNumber(applied.at) >= 2
        ? violation('emergency-missing', EMERGENCY_FIELDS, { applied: applied.at })
        : PASS;
    }
    const lag = lagWithin(applied.at, first.at, DAY_MINUTES);
    if (lag === 'within') {
      // Reported in time; the approval must still be completed, or the measure lifted at once.
      if (!approved && view.knownAbsent('coercion-approved') && !view.has('coercion-lifted')) {
        return review('emergency-no-approval', EMERGENCY_FIELDS, { applied: applied.at, reported: first.at });
      }
      return PASS;
    }
    const data = { applied: applied.at, reported: first.at };
    return lag === 'over'
      ? violation('emergency-late', EMERGENCY_FIELDS, data)
      : review('emergency-unclear', EMERGENCY_FIELDS, data);
  },
});

function earliest(a: CaseEvent | undefined, b: CaseEvent | undefined): CaseEvent | undefined {
  if (!a) return b;
  if (!b) return a;
  return notLaterThan(a.at, b.at) ? a : b;
}
