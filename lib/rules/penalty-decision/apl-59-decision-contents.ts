import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import { cite, generalDecision, imposesPenalty } from '../helpers/penalty-decision-common';

const SEAL = [
  { law: LAW.penalty, article: 59, paragraph: 2 },
  { law: LAW.shandongSupervision, article: 34, paragraph: 1, item: 2 },
];
const CONTENTS = [{ law: LAW.penalty, article: 59, paragraph: 1 }];

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim().length === 0;
}

export default defineRule({
  id: 'apl-59-decision-contents',
  title: { zh: '处罚决定书载明事项与印章', en: 'Contents and seal of the penalty decision' },
  category: 3,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 59 },
    { law: LAW.shandongSupervision, article: 34, paragraph: 1, item: 2 },
  ],
  fix: {
    zh: '核对处罚决定书是否载明当事人姓名或名称及地址、违法事实和证据、处罚种类和依据、履行方式和期限、救济途径和期限、机关名称和决定日期，并加盖本机关有效印章；缺项的请书面补正，未盖章的请评估重新作出。',
    en: 'Check that the decision states the party’s name and address, the facts and evidence, the kind of penalty and its legal basis, how and by when to perform it, the remedy routes and periods, and the agency and date, and bears the agency’s valid seal; correct gaps in writing, and assess remaking a decision without a seal.',
  },
  messages: {
    'no-seal': {
      zh: '处罚决定（{decision}）记录为未加盖行政机关印章，可能违反第五十九条第二款，依山东省行政执法监督条例第三十四条可能被确认无效，请立即核实。',
      en: 'The decision ({decision}) is recorded as not bearing the agency’s seal; this may breach Art. 59 para 2 and the decision may be void under Art. 34 of the Shandong enforcement supervision regulation. Please verify now.',
    },
    incomplete: {
      zh: '已作出处罚决定（{decision}），但案件信息缺少{missing}，请核实处罚决定书是否载明上述事项（第五十九条第一款）。',
      en: 'A decision was made ({decision}) but the case lacks {missingEn}; please verify that the decision states them (Art. 59 para 1).',
    },
  },
  check(view) {
    const decision = generalDecision(view);
    if (!decision || !imposesPenalty(view)) return NOT_APPLICABLE;
    const findings: Outcome[] = [];

    if (decision.data?.sealed === false) {
      findings.push(cite(violation('no-seal', ['events.decision'], { decision: decision.at }), SEAL));
    }

    const c = view.case;
    const noName = blank(c.party?.name);
    const noFacts = blank(c.facts);
    const noBasis = !c.legalBasis?.some((ref) => ref.role === 'penalty');
    const noKinds = !c.decision || c.decision.kinds.length === 0;
    if (noName || noFacts || noBasis || noKinds) {
      const zh: string[] = [];
      const en: string[] = [];
      const fields: string[] = [];
      if (noName) {
        zh.push('当事人姓名或名称');
        en.push('the party’s name');
        fields.push('party.name');
      }
      if (noFacts) {
        zh.push('违法事实');
        en.push('the facts');
        fields.push('facts');
      }
      if (noBasis) {
        zh.push('处罚依据');
        en.push('the legal basis of the penalty');
        fields.push('legalBasis');
      }
      if (noKinds) {
        zh.push('处罚种类');
        en.push('the kind of penalty');
        fields.push('decision.kinds');
      }
      findings.push(
        cite(
          review('incomplete', fields, { decision: decision.at, missing: zh.join('、'), missingEn: en.join(', ') }),
          CONTENTS,
        ),
      );
    }

    return findings.length > 0 ? findings : PASS;
  },
});
