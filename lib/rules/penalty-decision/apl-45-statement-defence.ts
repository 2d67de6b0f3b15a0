import type { CaseEvent } from '../../case/schema';
import { dayNumber } from '../../calendar/days';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import {
  cite,
  dataNumber,
  generalDecision,
  imposesPenalty,
  isBefore,
  lastNotAfter,
  notAfter,
} from '../helpers/penalty-decision-common';

const HEAVIER = [{ law: LAW.penalty, article: 45, paragraph: 2 }];
const HEARD = [
  { law: LAW.penalty, article: 45, paragraph: 1 },
  { law: LAW.penalty, article: 62 },
];

/** A recorded waiver of the right to state and defend (行政处罚法 Art. 62, last clause). */
function isWaiver(event: CaseEvent): boolean {
  return event.data?.waived === true || (event.note !== undefined && event.note.includes('放弃'));
}

export default defineRule({
  id: 'apl-45-statement-defence',
  title: {
    zh: '听取陈述申辩，不因申辩加重处罚',
    en: 'Hearing the statement and defence; no heavier penalty for defending',
  },
  category: 3,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 45 },
    { law: LAW.penalty, article: 62 },
  ],
  fix: {
    zh: '在作出决定前给当事人合理的陈述、申辩期间，记录并复核其提出的事实、理由和证据（或留存当事人明确放弃的书面材料）；处罚不得重于告知的拟处罚内容，确需加重须基于新的事实重新告知。已作出的决定请评估是否需要撤销重作。',
    en: 'Before deciding, give the party a reasonable time to state and defend, record and review its facts, reasons and evidence (or keep its written waiver); do not impose more than the notified penalty, and re-notify on new facts if a heavier one is justified. Assess whether a decision already made must be withdrawn and remade.',
  },
  messages: {
    heavier: {
      zh: '处罚决定罚款{fine}元，高于事先告知（{notice}）拟罚款{proposed}元，可能因当事人陈述申辩而加重处罚（第四十五条第二款），请核实是否有新的事实并已重新告知。',
      en: 'The decision fines {fine} yuan, more than the {proposed} yuan proposed in the prior notice ({notice}); the penalty may have been increased because the party defended itself (Art. 45 para 2). Please verify that new facts justify it and that the party was notified again.',
    },
    'heard-after': {
      zh: '陈述申辩记录（{statement}）晚于处罚决定（{decision}），决定前未见听取陈述申辩，可能违反第四十五条、第六十二条，请核实。',
      en: 'The statement and defence were recorded ({statement}) after the decision ({decision}); nothing shows they were heard before deciding, which may breach Arts. 45 and 62. Please verify.',
    },
    'too-soon': {
      zh: '事先告知（{notice}）后当日或次日即作出处罚决定（{decision}），未见陈述申辩记录或当事人明确放弃的记录，当事人可能未获陈述申辩的机会，请核实。',
      en: 'The decision ({decision}) came on the day of, or the day after, the prior notice ({notice}), with no statement, defence or recorded waiver; the party may not have had a chance to be heard. Please verify.',
    },
  },
  check(view) {
    const decision = generalDecision(view);
    if (!decision || !imposesPenalty(view)) return NOT_APPLICABLE;
    const findings: Outcome[] = [];
    let applied = false;

    // Art. 45 para 2: no heavier fine than the (latest) notified one.
    const notice = lastNotAfter(view.events('notice-of-intent'), decision.at);
    const proposed = dataNumber(notice, 'proposedFine');
    const fine = view.case.decision?.fineAmount;
    if (notice && proposed !== undefined && fine !== undefined) {
      applied = true;
      if (fine > proposed) {
        findings.push(
          cite(
            violation('heavier', ['decision.fineAmount', 'events.notice-of-intent'], {
              fine,
              proposed,
              notice: notice.at,
            }),
            HEAVIER,
          ),
        );
      }
    }

    // Arts. 45 para 1 and 62: the party is heard (or waives) before the decision.
    const statements = view.events('statement-heard');
    let heardBefore = false;
    let heardAfter: CaseEvent | undefined;
    let waived = notice?.data?.statementWaived === true;
    for (const statement of statements) {
      if (isWaiver(statement)) waived = true;
      else if (notAfter(statement.at, decision.at)) {
        // A statement taken before the notice is not an answer to it.
        if (!notice || notAfter(notice.at, statement.at)) heardBefore = true;
      } else if (!heardAfter && isBefore(decision.at, statement.at)) heardAfter = statement;
    }
    const fields = ['events.statement-heard', 'events.decision'];
    if (heardBefore || waived) applied = true;
    else if (heardAfter) {
      applied = true;
      findings.push(cite(violation('heard-after', fields, { statement: heardAfter.at, decision: decision.at }), HEARD));
    } else if (notice) {
      applied = true;
      if (dayNumber(decision.at) - dayNumber(notice.at) <= 1) {
        findings.push(
          cite(
            review('too-soon', ['events.notice-of-intent', ...fields], { notice: notice.at, decision: decision.at }),
            HEARD,
          ),
        );
      }
    }

    if (findings.length > 0) return findings;
    return applied ? PASS : NOT_APPLICABLE;
  },
});
