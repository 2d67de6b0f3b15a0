import type { Citation } from '../engine/types';
import { LAW } from '../rules/helpers/laws';
import { ART59, defineCheck, type Collector } from './check-kit';
import type { ElementName, ParsedDocument } from './types';

/** The contents 行政处罚法 Art. 59 requires a decision to state. */

export const CONTENTS = defineCheck({
  id: 'doc-decision-contents',
  title: { zh: '处罚决定书载明法定事项', en: 'The decision states what Art. 59 requires' },
  category: 3,
  severity: 'medium',
  citations: [{ law: LAW.penalty, article: 59, paragraph: 1 }],
  fix: {
    zh: '按行政处罚法第五十九条补全决定书：当事人姓名或名称、地址；违法事实和证据；处罚种类和依据；履行方式和期限；复议、诉讼的途径和期限；作出决定的机关名称和日期。已送达的请书面补正。',
    en: 'Complete the decision as Art. 59 requires: party’s name and address; facts and evidence; kind and basis of the penalty; how and by when to perform it; routes and periods for review and suit; the deciding agency and the date. Correct a served decision in writing.',
  },
  messages: {
    party: {
      zh: '决定书中未能识别当事人的姓名或名称，可能未载明第五十九条第一款第（一）项要求的事项，请核实。',
      en: 'No party name could be found in the decision; it may lack what Art. 59 para 1 item 1 requires. Please verify.',
    },
    address: {
      zh: '决定书载明了当事人（{party}），但未能识别其地址，请核实是否载明当事人地址。',
      en: 'The decision names the party ({party}) but no address could be found; please verify that it states one.',
    },
    facts: {
      zh: '决定书中未能识别违法事实的陈述，可能未载明违反法律、法规、规章的事实（第五十九条第一款第（二）项），请核实。',
      en: 'No statement of the facts could be found; the decision may not state the facts of the breach (Art. 59 para 1 item 2). Please verify.',
    },
    evidence: {
      zh: '决定书中未能识别认定事实的证据，可能未载明证据（第五十九条第一款第（二）项），请核实。',
      en: 'No evidence could be found in the decision; it may not state the evidence (Art. 59 para 1 item 2). Please verify.',
    },
    basis: {
      zh: '决定书中未能识别所依据的法律、法规、规章条款，可能未载明处罚依据（第五十九条第一款第（三）项），请核实。',
      en: 'No provision of a law, regulation or rule could be found; the decision may not state the legal basis (Art. 59 para 1 item 3). Please verify.',
    },
    penalty: {
      zh: '决定书中未能识别处罚种类和内容（如罚款数额），可能未载明行政处罚的种类（第五十九条第一款第（三）项），请核实。',
      en: 'No kind or content of penalty (e.g. a fine amount) could be found (Art. 59 para 1 item 3). Please verify.',
    },
    performance: {
      zh: '决定书处以{penalties}，但未能识别履行方式和期限（如“自收到本决定书之日起十五日内缴纳”），可能不符合第五十九条第一款第（四）项，请核实。',
      en: 'The decision imposes {penaltiesEn} but states no way or period of performance (e.g. pay within 15 days of receipt) (Art. 59 para 1 item 4). Please verify.',
    },
    remedy: {
      zh: '决定书中未能识别申请行政复议、提起行政诉讼的途径和期限，可能不符合第五十九条第一款第（五）项，请核实。',
      en: 'No routes and periods for administrative review or suit could be found (Art. 59 para 1 item 5). Please verify.',
    },
    authority: {
      zh: '未能从文本中识别作出决定的行政机关名称（可能在印章或版头中未被转换），请核实决定书是否载明机关名称。',
      en: 'The deciding agency’s name could not be read from the text (it may be in a seal or letterhead lost in conversion); please verify that the decision names it.',
    },
    date: {
      zh: '未能从文本中识别作出决定的日期，请核实决定书是否载明日期（未载明的，依山东省行政执法监督条例第三十一条应当补正）。',
      en: 'The decision date could not be read from the text; please verify that the decision is dated (an undated one must be corrected).',
    },
  },
});

const ELEMENT_ITEM: Record<ElementName, number> = {
  party: 1,
  facts: 2,
  evidence: 2,
  legalBasis: 3,
  penalty: 3,
  performance: 4,
  remedy: 5,
  authority: 6,
  date: 6,
};
const ELEMENT_FIELD: Record<ElementName, string> = {
  party: 'party.name',
  facts: 'facts',
  evidence: 'evidence',
  legalBasis: 'legalBasis',
  penalty: 'decision.kinds',
  performance: 'decision',
  remedy: 'events.decision',
  authority: 'agency.name',
  date: 'events.decision',
};
const PAYABLE = new Set(['fine', 'confiscate-gains']);
const PENALTY_ZH: Record<string, string> = { fine: '罚款', 'confiscate-gains': '没收违法所得' };

/** An on-the-spot decision form states less (行政处罚法 Art. 52 ¶2: no evidence, address or payment terms). */
const ON_THE_SPOT: Citation = { law: LAW.penalty, article: 52, paragraph: 2 };

export function checkContents(doc: ParsedDocument, out: Collector): void {
  if (doc.kind !== 'decision' || doc.type === 'no-penalty-decision') return;
  const e = doc.elements;
  const simple = doc.partialCase.procedure === 'simple';
  const missing = (name: ElementName, messageId: string, status: 'violation' | 'review') =>
    out.add(CONTENTS, status, messageId, [], [ELEMENT_FIELD[name]], undefined, [
      simple ? ON_THE_SPOT : ART59(ELEMENT_ITEM[name]),
    ]);
  if (simple) {
    if (!e.party) missing('party', 'party', 'violation');
    if (!e.facts) missing('facts', 'facts', 'violation');
    if (!e.legalBasis) missing('legalBasis', 'basis', 'violation');
    if (!e.penalty) missing('penalty', 'penalty', 'violation');
    if (!e.remedy) missing('remedy', 'remedy', 'violation');
    if (!e.authority) missing('authority', 'authority', 'review');
    return;
  }
  if (!e.party) missing('party', 'party', 'violation');
  else if (!doc.party?.address) {
    out.add(CONTENTS, 'review', 'address', [doc.party?.span], ['party.address'], { party: doc.party!.name }, [
      ART59(1),
    ]);
  }
  if (!e.facts) missing('facts', 'facts', 'violation');
  if (!e.evidence) missing('evidence', 'evidence', 'violation');
  if (!e.legalBasis) missing('legalBasis', 'basis', 'violation');
  if (!e.penalty) missing('penalty', 'penalty', 'violation');
  const payable = [...new Set(doc.penalties.filter((p) => PAYABLE.has(p.kind)).map((p) => p.kind))];
  if (!e.performance && payable.length > 0) {
    out.add(
      CONTENTS,
      'violation',
      'performance',
      doc.penalties.filter((p) => PAYABLE.has(p.kind)).map((p) => p.span),
      ['decision'],
      { penalties: payable.map((kind) => PENALTY_ZH[kind] ?? kind).join('、'), penaltiesEn: payable.join(', ') },
      [ART59(4)],
    );
  }
  if (!e.remedy) missing('remedy', 'remedy', 'violation');
  if (!e.authority) missing('authority', 'authority', 'review');
  if (!e.date) {
    out.add(CONTENTS, 'review', 'date', [], ['events.decision'], undefined, [
      ART59(6),
      { law: LAW.shandongSupervision, article: 31, paragraph: 1, item: 3 },
    ]);
  }
}
