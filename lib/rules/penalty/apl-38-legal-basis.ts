import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import { citing, imposesSanction, isUnreadable, sanctionNames } from '../helpers/penalty-sanctions';

const VOID: Citation[] = [
  { law: LAW.penalty, article: 38, paragraph: 1 },
  { law: LAW.shandongSupervision, article: 34, paragraph: 1, item: 1 },
];
/** What the decision must state: Art. 59 ¶1 (2) facts of the breach, (3) penalty and its basis. */
const GENERAL = {
  noBasis: [...VOID, { law: LAW.penalty, article: 59, paragraph: 1, item: 3 }],
  noViolated: [{ law: LAW.penalty, article: 59, paragraph: 1, item: 2 }],
  noArticle: [{ law: LAW.penalty, article: 59, paragraph: 1, item: 3 }],
  rolesUnclear: [
    { law: LAW.penalty, article: 59, paragraph: 1, item: 2 },
    { law: LAW.penalty, article: 59, paragraph: 1, item: 3 },
  ],
};
/** On-the-spot decisions: Art. 52 ¶2 (the breach, the kind of penalty and its basis). */
const ON_THE_SPOT_FORM: Citation = { law: LAW.penalty, article: 52, paragraph: 2 };
const SIMPLE = {
  noBasis: [...VOID, ON_THE_SPOT_FORM],
  noViolated: [ON_THE_SPOT_FORM],
  noArticle: [ON_THE_SPOT_FORM],
  rolesUnclear: [ON_THE_SPOT_FORM],
};

const BRACKETS = /[《》]/g;

export default defineRule({
  id: 'apl-38-legal-basis',
  title: { zh: '处罚决定须有法定依据', en: 'A penalty needs a cited legal basis' },
  category: 2,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [...GENERAL.noBasis, ...GENERAL.noViolated, ON_THE_SPOT_FORM],
  fix: {
    zh: '在决定书中写明当事人违反的法律、法规、规章条款（违法依据）和据以处罚的条款（处罚依据），具体到条、款、项；没有法定依据的处罚无效，应撤销。',
    en: 'State in the decision the provision the party broke and the provision that sets the penalty, down to article, paragraph and item; a penalty without a legal basis is void and must be withdrawn.',
  },
  messages: {
    'no-basis': {
      zh: '处罚决定（{sanctions}）未记录任何法律依据，依行政处罚法第三十八条第一款，没有依据的行政处罚无效，请核实。',
      en: 'The penalty ({sanctionsEn}) records no legal basis at all; a penalty without a basis is void (APL Art. 38(1)). Please verify.',
    },
    'no-penalty-basis': {
      zh: '处罚决定（{sanctions}）未引用处罚依据条款（设定该处罚的条款），可能属于行政处罚法第三十八条第一款规定的没有依据的行政处罚，请核实并补正。',
      en: 'The penalty ({sanctionsEn}) cites no provision that sets the sanction; a penalty without a basis is void (APL Art. 38(1)). Please verify and correct.',
    },
    'no-violated-basis': {
      zh: '处罚决定未引用当事人违反的法律条款（违法依据），可能未写明违法行为违反的规定，请核实并补正。',
      en: 'The decision cites no provision the party broke; it may not state which rule was violated. Please verify and correct.',
    },
    'roles-unclear': {
      zh: '法律依据未标明违法依据或处罚依据（{missing}），请核实引用的条款是否包含相应依据。',
      en: 'The legal basis does not mark a {missingEn} provision; please verify that the cited provisions include one.',
    },
    'no-article': {
      zh: '引用的《{laws}》未具体到条，可能无法确认适用依据，请补充条、款、项。',
      en: 'The reference to {laws} names no article; please add the article, paragraph and item.',
    },
    'basis-unknown': {
      zh: '已作出处罚决定，但无法读取法律依据，请核实决定书是否引用违法依据和处罚依据。',
      en: 'A penalty was decided but its legal basis could not be read; please verify that the decision cites both the provision broken and the penalty provision.',
    },
  },
  check(view) {
    if (!imposesSanction(view)) return NOT_APPLICABLE;
    const basis = view.case.legalBasis;
    if (basis === undefined || isUnreadable(view, 'legalBasis')) return review('basis-unknown', ['legalBasis']);
    const cite = view.case.procedure === 'simple' ? SIMPLE : GENERAL;
    const sanctions = sanctionNames(view.sanctionKinds());
    if (basis.length === 0) return citing(violation('no-basis', ['legalBasis'], sanctions), cite.noBasis);
    let penalty = false;
    let violated = false;
    let unclassified = false;
    let noArticle: string[] | undefined;
    for (const ref of basis) {
      if (ref.role === 'penalty') penalty = true;
      else if (ref.role === 'violated') violated = true;
      else if (ref.role === 'other') unclassified = true;
      // Art. 59(1)(ii)(iii) asks for the violated and the penalty provisions; a discretion benchmark or
      // a procedural law is commonly cited as a whole.
      if (ref.article === undefined && ref.role !== 'discretion' && ref.role !== 'procedure') {
        const law = ref.law.replace(BRACKETS, '');
        if (!noArticle) noArticle = [law];
        else if (!noArticle.includes(law)) noArticle.push(law);
      }
    }
    const outcomes: Outcome[] = [];
    // An entry marked 'other' may be the missing one, recorded without its role: ask, do not accuse.
    // So may a provision the page being read simply does not show.
    if (view.readFromPage) unclassified = true;
    if (!penalty && !unclassified) {
      outcomes.push(citing(violation('no-penalty-basis', ['legalBasis'], sanctions), cite.noBasis));
    }
    if (!violated && !unclassified) {
      outcomes.push(citing(violation('no-violated-basis', ['legalBasis']), cite.noViolated));
    }
    if (unclassified && (!penalty || !violated)) {
      const missing = !penalty && !violated ? '违法依据、处罚依据' : !penalty ? '处罚依据' : '违法依据';
      const missingEn = !penalty && !violated ? 'violated or penalty' : !penalty ? 'penalty' : 'violated';
      outcomes.push(citing(review('roles-unclear', ['legalBasis'], { missing, missingEn }), cite.rolesUnclear));
    }
    if (noArticle) {
      outcomes.push(citing(review('no-article', ['legalBasis'], { laws: noArticle.join('》《') }), cite.noArticle));
    }
    return outcomes.length === 0 ? PASS : outcomes;
  },
});
