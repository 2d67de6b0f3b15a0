import { dayNumber } from '../../calendar/days';
import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import { citing, isBefore, penaltyNotImposed, STEP_NAMES } from '../helpers/penalty-sanctions';

/**
 * Steps of a formal investigation that belong after filing (先立案后调查). An inspection before
 * filing is normal: leads come from inspections. Sampling and testing are often routine
 * monitoring (监督抽检) that produces the lead, so before filing they only ask for a look.
 */
const FORMAL_STEPS = ['inquiry', 'evidence-preserved'] as const;
const ROUTINE_STEPS = ['sampling', 'expert-opinion'] as const;

const PRESERVATION: Citation[] = [
  { law: LAW.penalty, article: 54, paragraph: 2 },
  { law: LAW.penalty, article: 56 },
];

/** Whether an on-site inspection took place on the same day as, and not after, the preservation. */
function preservedAtScene(view: CaseView, at: string): boolean {
  const day = dayNumber(at);
  for (const inspection of view.events('inspection')) {
    if (dayNumber(inspection.at) === day && !isBefore(at, inspection.at)) return true;
  }
  return false;
}

export default defineRule({
  id: 'apl-54-file-first',
  title: { zh: '先立案后调查（及时立案）', en: 'File the case before investigating it' },
  category: 3,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 54, paragraph: 2 },
    { law: LAW.penalty, article: 76, paragraph: 2 },
  ],
  fix: {
    zh: '符合立案标准的应及时立案审批，再开展询问、先行登记保存等调查取证；已先查后立的，请在案卷中说明情况并评估相关证据的合法性。',
    en: 'Once the filing standard is met, have the filing approved, then take inquiries, preserve evidence and so on; where the investigation came first, explain it in the file and assess the evidence so obtained.',
  },
  messages: {
    'before-filing': {
      zh: '{step}（{at}）早于立案（{filed}），可能存在先调查后立案的情形，与行政处罚法第五十四条第二款“符合立案标准的，应当及时立案”的要求不符，请核实。',
      en: 'The {stepEn} on {at} came before the filing ({filed}); the case may have been investigated before it was filed, although APL Art. 54(2) requires filing as soon as it meets the standard. Please verify.',
    },
    'routine-before-filing': {
      zh: '{step}（{at}）早于立案（{filed}），请核实其属于日常监督抽检（线索来源）还是立案前的案件调查。',
      en: 'The {stepEn} on {at} came before the filing ({filed}); please verify whether it was routine monitoring that produced the lead or an investigation before filing.',
    },
    'preserved-on-site': {
      zh: '先行登记保存（{at}）系在现场检查当日、立案（{filed}）之前采取；证据可能灭失或者以后难以取得时可以当场先行登记保存（第五十六条），请核实是否经负责人批准、是否及时立案。',
      en: 'The evidence was preserved ({at}) at the scene on the day of the inspection, before the filing ({filed}); Art. 56 allows on-the-spot preservation where evidence may be lost. Please verify the head’s approval and that the case was filed promptly.',
    },
    'no-filing': {
      zh: '已开展{step}（{at}）并作出处罚决定（{decision}），但案件中未见立案记录，可能未依行政处罚法第五十四条第二款立案即调查处罚，请核实。',
      en: 'A {stepEn} ({at}) was taken and a penalty decided ({decision}) but no filing is recorded; the case may never have been filed as APL Art. 54(2) requires. Please verify.',
    },
    'filing-unknown': {
      zh: '已开展{step}（{at}），但未见立案记录或立案记录无法读取，请核实是否已立案。',
      en: 'A {stepEn} ({at}) was taken but no filing is recorded, or it could not be read; please verify that the case was filed.',
    },
  },
  check(view) {
    if (view.case.procedure === 'simple' || penaltyNotImposed(view)) return NOT_APPLICABLE;
    const filing = view.first('filing-approved');
    const outcomes: Outcome[] = [];
    let applicable = false;
    for (const kind of FORMAL_STEPS) {
      const step = view.first(kind);
      if (!step) continue;
      applicable = true;
      const data = { step: STEP_NAMES[kind].zh, stepEn: STEP_NAMES[kind].en, at: step.at };
      const fields = [`events.${kind}`, 'events.filing-approved'];
      if (!filing) {
        const decision = view.first('decision');
        if (decision && view.knownAbsent('filing-approved')) {
          outcomes.push(violation('no-filing', fields, { ...data, decision: decision.at }));
        } else outcomes.push(review('filing-unknown', fields, data));
        break; // one finding about the missing filing is enough
      }
      if (!isBefore(step.at, filing.at)) continue;
      // Preservation at the scene when the lead is found (Art. 56: evidence that may be lost) is not an
      // investigation run before filing; it only asks whether the filing followed promptly.
      if (kind === 'evidence-preserved' && preservedAtScene(view, step.at)) {
        outcomes.push(citing(review('preserved-on-site', fields, { ...data, filed: filing.at }), PRESERVATION));
      } else outcomes.push(violation('before-filing', fields, { ...data, filed: filing.at }));
    }
    if (filing) {
      for (const kind of ROUTINE_STEPS) {
        const step = view.first(kind);
        if (!step) continue;
        applicable = true;
        if (isBefore(step.at, filing.at)) {
          outcomes.push(
            review('routine-before-filing', [`events.${kind}`, 'events.filing-approved'], {
              step: STEP_NAMES[kind].zh,
              stepEn: STEP_NAMES[kind].en,
              at: step.at,
              filed: filing.at,
            }),
          );
        }
      }
    }
    if (outcomes.length > 0) return outcomes;
    return applicable ? PASS : NOT_APPLICABLE;
  },
});
