import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import { unknownOnPage } from '../helpers/page-reading';
import { isBefore, isBlank, isUnreadable, penaltyDecided } from '../helpers/penalty-sanctions';

export default defineRule({
  id: 'apl-40-facts-evidence',
  title: { zh: '处罚须事实清楚、证据确凿', en: 'Penalties need established facts and evidence' },
  category: 1,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 40 },
    { law: LAW.penalty, article: 46, paragraph: 2 },
    { law: LAW.shandongSupervision, article: 32, paragraph: 1, item: 1 },
  ],
  fix: {
    zh: '补充调查取证，查明并写明违法事实；证据应在作出决定前收集并查证属实。事实不清、证据不足的不得处罚，已作出的决定请评估撤销重作。',
    en: 'Investigate further, establish and state the facts; evidence must be collected and verified before the decision. Without clear facts and sufficient evidence no penalty may be given; assess withdrawing and remaking a decision already made.',
  },
  messages: {
    'no-evidence': {
      zh: '已作出处罚决定，但案件证据清单为空，可能违反行政处罚法第四十条（证据不足的不得给予行政处罚），请核实并补充证据材料。',
      en: 'A penalty was decided but the case lists no evidence at all; the penalty may rest on insufficient evidence, contrary to APL Art. 40. Please verify and add the evidence.',
    },
    'no-evidence-simple': {
      zh: '简易程序处罚案件未记录任何证据，请核实违法事实是否确凿（行政处罚法第四十条）、现场证据是否已固定。',
      en: 'An on-the-spot penalty case records no evidence; please verify that the facts were certain and the on-site evidence was secured.',
    },
    'evidence-unknown': {
      zh: '已作出处罚决定，但无法读取案件证据信息，请核实证据是否充分。',
      en: 'A penalty was decided but the evidence could not be read; please verify that the evidence is sufficient.',
    },
    'facts-missing': {
      zh: '已作出处罚决定，但未记录认定的违法事实，请核实是否已查明并在决定书中写明违法事实（行政处罚法第四十条）。',
      en: 'A penalty was decided but no established facts are recorded; please verify that the facts were established and stated in the decision (APL Art. 40).',
    },
    'evidence-after-decision': {
      zh: '证据“{title}”收集于{collected}，晚于处罚决定（{decision}），可能存在先决定后取证、作出决定时事实尚未查明的情形（行政处罚法第四十条），请核实该证据是否用于认定事实。',
      en: 'Evidence "{title}" was collected on {collected}, after the penalty decision ({decision}); the decision may have come before the facts were established (APL Art. 40). Please verify whether it supports the facts.',
    },
  },
  check(view) {
    if (!penaltyDecided(view)) return NOT_APPLICABLE;
    const outcomes: Outcome[] = [];
    const { evidence, facts } = view.case;
    // A page that shows no evidence list says nothing about the evidence on file.
    if (
      evidence === undefined ||
      isUnreadable(view, 'evidence') ||
      (evidence.length === 0 && unknownOnPage(view, 'evidence'))
    ) {
      outcomes.push(review('evidence-unknown', ['evidence']));
    } else if (evidence.length === 0) {
      outcomes.push(
        view.case.procedure === 'simple'
          ? review('no-evidence-simple', ['evidence'])
          : violation('no-evidence', ['evidence', 'events.decision']),
      );
    } else {
      const decision = view.last('decision');
      if (decision) {
        for (const item of evidence) {
          if (item.collectedAt !== undefined && isBefore(decision.at, item.collectedAt)) {
            outcomes.push(
              violation('evidence-after-decision', ['evidence', 'events.decision'], {
                title: item.title,
                collected: item.collectedAt,
                decision: decision.at,
              }),
            );
          }
        }
      }
    }
    if (isBlank(facts)) outcomes.push(review('facts-missing', ['facts']));
    return outcomes.length === 0 ? PASS : outcomes;
  },
});
