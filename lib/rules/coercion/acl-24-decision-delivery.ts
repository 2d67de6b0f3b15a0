import { dayNumber, statutoryPeriod } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation } from '../../engine/types';
import type { CaseEvent } from '../../case/schema';
import type { CaseView } from '../../engine/case-view';
import { firstOnOrAfter, measureKind, surelyOnTime, withCitations } from '../helpers/coercion-data';
import { assessDeadline } from '../helpers/deadline';
import { LAW } from '../helpers/laws';

const FIELDS = ['events.delivery', 'events.coercion-applied'];
const FREEZE_PERIOD = statutoryPeriod('coercion', 3);
const FREEZE_CITATIONS: Citation[] = [
  { law: LAW.coercion, article: 31 },
  { law: LAW.coercion, article: 69 },
];

/** The party was not at the scene: flagged so, or a witness stood in for it (行政强制法 Art. 18(8)). */
function partyAbsent(view: CaseView, applied: CaseEvent): boolean {
  if (view.flag('partyPresent') === false) return true;
  if (view.flag('partyPresent') === true) return false;
  if (typeof applied.data?.witness === 'string') return true;
  const record = view.first('on-site-record');
  return typeof record?.data?.witness === 'string';
}

/**
 * 行政强制法 Art. 24: the sealing or seizure decision and the inventory are made and handed over on
 * the spot. Art. 31: a freezing decision is delivered to the party within three days, which Art. 69
 * makes working days.
 */
export default defineRule({
  id: 'acl-24-decision-delivery',
  title: {
    zh: '查封扣押决定书和清单当场交付（冻结决定书三日内交付）',
    en: 'Seizure decision and inventory handed over on the spot',
  },
  category: 3,
  severity: 'medium',
  appliesTo: ['coercion'],
  citations: [{ law: LAW.coercion, article: 24, paragraph: 1 }],
  fix: {
    zh: '实施查封、扣押时当场制作并交付查封扣押决定书和清单（清单一式二份）；冻结存款、汇款的，在三个工作日内向当事人交付冻结决定书。请核对送达回证，未交付的立即补交付并说明情况。',
    en: 'Make and hand over the sealing/seizure decision and the inventory (in duplicate) on the spot; deliver a freezing decision within three working days. Check the proofs of service; deliver at once anything not yet delivered and record why.',
  },
  messages: {
    late: {
      zh: '查封扣押于 {applied} 实施，决定书送达记录为 {delivered}，可能未按行政强制法第二十四条当场交付决定书和清单，请核实。',
      en: 'The seizure was applied on {applied} but the decision was delivered on {delivered}; Art. 24 requires the decision and inventory to be handed over on the spot. Please verify.',
    },
    'party-absent': {
      zh: '查封扣押于 {applied} 实施时当事人不在场，决定书送达记录为 {delivered}；当事人不到场时无法当场交付，请核实是否在见证人见证下当场留置或张贴，并及时依法送达。',
      en: 'The party was absent when the seizure was applied ({applied}) and the decision was delivered on {delivered}; it cannot be handed over on the spot to an absent party. Please verify it was left or posted on the spot before a witness and served promptly.',
    },
    missing: {
      zh: '已于 {applied} 实施查封扣押，但案件中未见决定书和清单的交付记录，可能违反行政强制法第二十四条，请核实。',
      en: 'A seizure was applied on {applied} but no delivery of the decision and inventory is recorded; this may breach Art. 24. Please verify.',
    },
    unknown: {
      zh: '已实施查封扣押，但无法确认决定书和清单的交付记录，请核实是否当场交付。',
      en: 'A seizure was applied but the delivery of the decision and inventory cannot be confirmed; please verify it was handed over on the spot.',
    },
    'freeze-late': {
      zh: '冻结于 {applied} 实施，冻结决定书交付于 {delivered}，超过行政强制法第三十一条规定的三日（工作日，截止 {due}），可能违反法定程序，请核实。',
      en: 'Freezing applied on {applied}, decision delivered on {delivered}: later than the three (working) days of Art. 31 (due {due}). Please verify.',
    },
    'freeze-overdue': {
      zh: '冻结于 {applied} 实施，至今未见冻结决定书交付记录，已超过三个工作日期限（{due}），可能违反行政强制法第三十一条，请立即交付并核实。',
      en: 'Freezing applied on {applied}; no delivery of the decision is recorded and the three-working-day period ended on {due} (Art. 31). Deliver it now and verify.',
    },
    'freeze-approaching': {
      zh: '冻结决定书应于 {due} 前交付当事人，剩余 {daysLeft} 日，请及时交付。',
      en: 'The freezing decision must be delivered by {due} ({daysLeft} day(s) left). Please deliver it in time.',
    },
    'freeze-unknown': {
      zh: '无法确认冻结决定书的交付日期（期限截止 {due}），请核实。',
      en: 'The delivery date of the freezing decision cannot be confirmed (period ends {due}); please verify.',
    },
  },
  check(view, context) {
    const applied = view.first('coercion-applied');
    if (!applied) return NOT_APPLICABLE;
    const kind = measureKind(applied);
    const appliedDay = dayNumber(applied.at);
    const delivery = firstOnOrAfter(view.events('delivery'), appliedDay);

    if (kind === 'freezing') {
      const deliveredDay = delivery ? dayNumber(delivery.at) : undefined;
      if (surelyOnTime(appliedDay, deliveredDay, FREEZE_PERIOD, context, !view.isClosed)) return PASS;
      const state = assessDeadline(appliedDay, deliveredDay, FREEZE_PERIOD, context, !view.isClosed);
      const data = { applied: applied.at, delivered: delivery?.at ?? '', due: state.due };
      switch (state.kind) {
        case 'met':
        case 'running':
          return PASS;
        case 'late':
          return withCitations(violation('freeze-late', FIELDS, data, state.due), FREEZE_CITATIONS);
        case 'overdue':
          return withCitations(
            view.knownAbsent('delivery')
              ? violation('freeze-overdue', FIELDS, data, state.due)
              : review('freeze-unknown', FIELDS, data, state.due),
            FREEZE_CITATIONS,
          );
        case 'approaching':
          return withCitations(
            review('freeze-approaching', FIELDS, { ...data, daysLeft: state.daysLeft }, state.due),
            FREEZE_CITATIONS,
          );
        default:
          return withCitations(review('freeze-unknown', FIELDS, data, state.due), FREEZE_CITATIONS);
      }
    }
    if (kind === 'liberty' || kind === 'other') return NOT_APPLICABLE;

    // 查封、扣押 (stated or not stated).
    if (!delivery) {
      return view.knownAbsent('delivery')
        ? violation('missing', FIELDS, { applied: applied.at })
        : review('unknown', FIELDS);
    }
    const deliveredDay = dayNumber(delivery.at);
    if (deliveredDay === appliedDay) return PASS;
    // A delivery on or after the measure ended is the handling decision, not the seizure decision.
    const endDay = Math.min(view.firstDay('coercion-lifted') ?? Infinity, view.firstDay('items-handled') ?? Infinity);
    if (deliveredDay >= endDay) return review('unknown', FIELDS);
    const data = { applied: applied.at, delivered: delivery.at };
    // Art. 18(8) provides for a party who does not come (a witness signs instead): a decision cannot be
    // handed over on the spot to someone who is not there.
    if (partyAbsent(view, applied)) return review('party-absent', FIELDS, data);
    return violation('late', FIELDS, data);
  },
});
