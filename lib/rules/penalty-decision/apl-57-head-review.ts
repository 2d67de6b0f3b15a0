import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import {
  cite,
  generalDecision,
  heavySanction,
  imposesPenalty,
  lastNotAfter,
  sanctionName,
} from '../helpers/penalty-decision-common';

const HEAD = [{ law: LAW.penalty, article: 57, paragraph: 1 }];
const COLLECTIVE = [{ law: LAW.penalty, article: 57, paragraph: 2 }];

export default defineRule({
  id: 'apl-57-head-review',
  title: { zh: '负责人审查决定与集体讨论', en: 'Head review of the investigation and collective discussion' },
  category: 3,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 57, paragraph: 1 },
    { law: LAW.penalty, article: 57, paragraph: 2 },
  ],
  fix: {
    zh: '调查终结后报行政机关负责人审查并签批后再作出决定；情节复杂或者重大违法行为须经负责人集体讨论决定并留存会议纪要。已作出的决定请评估是否需要补正或撤销重作。',
    en: 'After the investigation, have the agency head review and sign off before the decision is made; complex cases and major violations must be decided by the heads collectively, with minutes kept. Assess whether a decision already made must be corrected or remade.',
  },
  messages: {
    'no-approval': {
      zh: '已作出处罚决定（{decision}），但案件时间线中未见行政机关负责人审查批准，可能违反第五十七条第一款，请核实并补充审批记录。',
      en: 'A decision was made ({decision}) but the timeline shows no review and approval by the agency head; this may breach Art. 57 para 1. Please verify and add the approval record.',
    },
    'approval-after': {
      zh: '负责人审批（{approval}）晚于处罚决定（{decision}），可能先决定后审批，请核实。',
      en: 'The head’s approval ({approval}) is dated after the decision ({decision}); the decision may have been made before approval. Please verify.',
    },
    'approval-unknown': {
      zh: '已作出处罚决定，但无法读取负责人审批记录，请核实决定前是否经行政机关负责人审查批准。',
      en: 'A decision was made but the head’s approval could not be read; please verify that the agency head reviewed and approved it before the decision.',
    },
    'no-discussion': {
      zh: '本案{reason}，但处罚决定（{decision}）前未见负责人集体讨论记录，可能违反第五十七条第二款，请核实。',
      en: 'This case {reasonEn}, but no collective discussion by the agency heads is recorded before the decision ({decision}); this may breach Art. 57 para 2. Please verify.',
    },
    'discussion-after': {
      zh: '本案{reason}，但集体讨论（{discussion}）晚于处罚决定（{decision}），可能未经集体讨论即作出决定，请核实。',
      en: 'This case {reasonEn}, but the collective discussion ({discussion}) is dated after the decision ({decision}); the decision may have been made without it. Please verify.',
    },
    'discussion-unknown': {
      zh: '本案{reason}，但无法读取集体讨论记录，请核实决定前是否经负责人集体讨论。',
      en: 'This case {reasonEn}, but the collective-discussion record could not be read; please verify that the heads discussed it before the decision.',
    },
    'discussion-unclear': {
      zh: '本案决定{reason}，虽标注为非重大案件，但未见负责人集体讨论，请核实是否属于情节复杂或者重大违法行为。',
      en: 'The decision involves {reasonEn}; the case is marked as not major, but no collective discussion is recorded. Please verify that it is neither complex nor a major violation.',
    },
  },
  check(view) {
    const decision = generalDecision(view);
    if (!decision) return NOT_APPLICABLE;
    const findings: Outcome[] = [];

    // Para 1: the head reviews the investigation and decides (penalty, no penalty or transfer).
    const approvals = view.events('approval');
    const approvalFields = ['events.approval', 'events.decision'];
    // The heads' collective discussion that decides the case (para 2) is itself the heads' review.
    const decidedCollectively = lastNotAfter(view.events('collective-discussion'), decision.at) !== undefined;
    if (!decidedCollectively) {
      if (approvals.length === 0) {
        findings.push(
          cite(
            view.knownAbsent('approval')
              ? violation('no-approval', approvalFields, { decision: decision.at })
              : review('approval-unknown', approvalFields),
            HEAD,
          ),
        );
      } else if (!lastNotAfter(approvals, decision.at)) {
        findings.push(
          cite(
            violation('approval-after', approvalFields, { approval: approvals[0]!.at, decision: decision.at }),
            HEAD,
          ),
        );
      }
    }

    // Para 2: complex cases and major violations are decided collectively by the heads.
    if (imposesPenalty(view)) {
      const major = view.flag('major');
      const heavy = heavySanction(view);
      if (major === true || heavy) {
        const discussions = view.events('collective-discussion');
        const reasonData = (): Record<string, string> => {
          if (major === true) return { reason: '标注为重大执法决定', reasonEn: 'is marked as a major decision' };
          const name = sanctionName(heavy!);
          return { reason: `拟${name.zh}`, reasonEn: `involves ${name.en}` };
        };
        const fields = ['events.collective-discussion', 'events.decision', 'flags.major'];
        if (!lastNotAfter(discussions, decision.at)) {
          if (major === false) {
            const name = sanctionName(heavy!);
            findings.push(
              cite(review('discussion-unclear', fields, { reason: name.zh, reasonEn: name.en }), COLLECTIVE),
            );
          } else if (discussions.length > 0) {
            findings.push(
              cite(
                violation('discussion-after', fields, {
                  ...reasonData(),
                  discussion: discussions[0]!.at,
                  decision: decision.at,
                }),
                COLLECTIVE,
              ),
            );
          } else if (view.knownAbsent('collective-discussion')) {
            findings.push(
              cite(violation('no-discussion', fields, { ...reasonData(), decision: decision.at }), COLLECTIVE),
            );
          } else {
            findings.push(cite(review('discussion-unknown', fields, reasonData()), COLLECTIVE));
          }
        }
      }
    }

    return findings.length > 0 ? findings : PASS;
  },
});
