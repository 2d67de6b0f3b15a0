import { dayNumber, statutoryPeriod } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import { assessDeadline } from '../helpers/deadline';
import { LAW } from '../helpers/laws';
import { citing, isBefore } from '../helpers/penalty-sanctions';

/** 行政处罚法 Art. 56: handling decision 在七日内; Art. 85: 七日 are working days. */
const HANDLING_PERIOD = statutoryPeriod('penalty', 7);

/** The approval finding concerns Art. 56 alone; the deadline findings also rest on Art. 85 (working days). */
const APPROVAL: Citation[] = [{ law: LAW.penalty, article: 56 }];
const HANDLING: Citation[] = [...APPROVAL, { law: LAW.penalty, article: 85 }];

export default defineRule({
  id: 'apl-56-preservation',
  title: {
    zh: '先行登记保存的审批与七日内处理',
    en: 'Registration-preservation: approval and handling within 7 working days',
  },
  category: 3,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: HANDLING,
  fix: {
    zh: '先行登记保存须事先经行政机关负责人批准，并在七个工作日内作出处理决定（如检测、移送、没收或解除保存）；逾期的请立即作出处理决定并告知当事人。',
    en: 'Registration-preservation needs the agency head’s prior approval and a handling decision within 7 working days (testing, transfer, confiscation or release); if overdue, decide now and tell the party.',
  },
  messages: {
    'approval-not-found': {
      zh: '先行登记保存（{at}）之前未见负责人审批记录，请核实是否按行政处罚法第五十六条经行政机关负责人事先批准。',
      en: 'No head’s approval is recorded on or before the registration-preservation of {at}; please verify that it was approved beforehand (APL Art. 56).',
    },
    late: {
      zh: '先行登记保存（{at}）的处理决定作出于{handled}，超过行政处罚法第五十六条规定的七个工作日期限（{due}），可能违反法定程序，请核实。',
      en: 'The handling decision for the preservation of {at} was made on {handled}, after the 7-working-day limit of APL Art. 56 ({due}); this may breach statutory procedure. Please verify.',
    },
    overdue: {
      zh: '先行登记保存（{at}）已超过行政处罚法第五十六条规定的七个工作日期限（{due}）仍未作出处理决定，请立即作出处理决定。',
      en: 'The preservation of {at} passed its 7-working-day limit under APL Art. 56 ({due}) with no handling decision; decide now.',
    },
    approaching: {
      zh: '先行登记保存（{at}）的处理期限将于{due}届满（剩余{daysLeft}天），请及时作出处理决定。',
      en: 'The handling period for the preservation of {at} ends on {due} ({daysLeft} days left); please decide in time.',
    },
    'handling-missing': {
      zh: '先行登记保存（{at}）未见处理决定记录（期限至{due}），请核实是否在七个工作日内作出处理决定。',
      en: 'No handling decision is recorded for the preservation of {at} (limit {due}); please verify it was made within 7 working days.',
    },
    uncertain: {
      zh: '先行登记保存（{at}）的处理期限（约至{due}）涉及节假日数据未覆盖的年份，请人工核实是否在七个工作日内处理。',
      en: 'The handling period for the preservation of {at} (about {due}) falls in a year the holiday calendar does not cover; please check it by hand.',
    },
  },
  check(view, context) {
    const preserved = view.events('evidence-preserved');
    if (preserved.length === 0) return NOT_APPLICABLE;
    const approvals = view.events('approval');
    const handled = view.events('preservation-handled');
    const caseOpen = !view.isClosed;
    const outcomes: Outcome[] = [];
    for (const event of preserved) {
      // Approval counts when on or before the preservation (same day without times: benefit of the doubt).
      const approval = approvals[0];
      if (!approval || isBefore(event.at, approval.at)) {
        const fields = ['events.approval', 'events.evidence-preserved'];
        outcomes.push(citing(review('approval-not-found', fields, { at: event.at }), APPROVAL));
      }
      const start = dayNumber(event.at);
      // The first handling decision on or after this preservation closes it.
      const handling = handled.find((step) => dayNumber(step.at) >= start);
      const state = assessDeadline(start, handling && dayNumber(handling.at), HANDLING_PERIOD, context, caseOpen);
      const fields = ['events.evidence-preserved', 'events.preservation-handled'];
      const base = { at: event.at, due: state.due };
      switch (state.kind) {
        case 'late':
          outcomes.push(violation('late', fields, { ...base, handled: handling!.at }, state.due));
          break;
        case 'overdue':
          outcomes.push(
            view.knownAbsent('preservation-handled')
              ? violation('overdue', fields, base, state.due)
              : review('handling-missing', fields, base, state.due),
          );
          break;
        case 'approaching':
          outcomes.push(review('approaching', fields, { ...base, daysLeft: state.daysLeft }, state.due));
          break;
        case 'missing-end':
          outcomes.push(review('handling-missing', fields, base, state.due));
          break;
        case 'uncertain':
          outcomes.push(review('uncertain', fields, base, state.due));
          break;
        default:
          break;
      }
    }
    return outcomes.length === 0 ? PASS : outcomes;
  },
});
