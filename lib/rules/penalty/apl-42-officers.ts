import { unknownOnPage } from '../helpers/page-reading';
import type { Officer } from '../../case/schema';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import { citing, distinctNames, isBlank, isUnreadable, STEP_NAMES } from '../helpers/penalty-sanctions';

/** Steps an officer takes in person with the party (调查取证), each needing two officers. */
const FIELD_STEPS = ['inspection', 'inquiry', 'sampling', 'evidence-preserved'] as const;

const TWO_OFFICERS: Citation[] = [{ law: LAW.penalty, article: 42, paragraph: 1 }];
const CERTIFICATES: Citation[] = [
  { law: LAW.penalty, article: 42, paragraph: 1 },
  { law: LAW.penalty, article: 55, paragraph: 1 },
  { law: LAW.shandongSupervision, article: 10, paragraph: 2 },
  { law: LAW.shandongSupervision, article: 10, paragraph: 3 },
];

/** Officers who act towards the party (承办、调查、记录); reviewers and approvers work inside the agency. */
function isFieldOfficer(officer: Officer): boolean {
  const roles = officer.roles;
  if (roles.length === 0) return true;
  return roles.includes('handler') || roles.includes('investigator') || roles.includes('recorder');
}

export default defineRule({
  id: 'apl-42-officers',
  title: { zh: '执法人员资格与人数（不少于两人、持证）', en: 'Qualified officers, at least two' },
  category: 3,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [...CERTIFICATES],
  fix: {
    zh: '由两名以上持有行政执法证件的执法人员实施调查、检查并在笔录上签名，录入执法证号；无执法资格的人员不得从事执法。已发生的请评估相关证据效力并补正。',
    en: 'Have at least two officers holding enforcement certificates carry out each investigation or inspection and sign its record, and record their certificate numbers; staff without certificates may not enforce. Assess the evidence already taken.',
  },
  messages: {
    'too-few-officers': {
      zh: '案件承办、调查执法人员仅登记一人（{names}），且各调查步骤和证据均未显示第二名执法人员，可能少于行政处罚法第四十二条第一款规定的两名执法人员，请核实。',
      en: 'Only one handling or investigating officer is recorded ({names}) and no step or record names a second; fewer than the two officers required by APL Art. 42(1) may have acted. Please verify.',
    },
    'too-few-officers-simple': {
      zh: '简易程序案件执法人员仅登记一人（{names}），依行政处罚法第四十二条第一款，除法律另有规定外执法人员不得少于两人，请核实适用的特别规定。',
      en: 'The on-the-spot case records only one officer ({names}); APL Art. 42(1) requires at least two unless a law provides otherwise. Please verify the special provision relied on.',
    },
    'no-certificate': {
      zh: '执法人员{names}未登记行政执法证件号，请核实其是否具有行政执法资格（行政处罚法第四十二条第一款、山东省行政执法监督条例第十条）并补录证号。',
      en: 'No enforcement certificate number is recorded for {names}; please verify they are certified enforcement officers (APL Art. 42(1); Shandong supervision regulation Art. 10) and record the numbers.',
    },
    'step-one-officer': {
      zh: '{step}（{at}）仅记录一名执法人员（{names}），可能少于行政处罚法第四十二条第一款规定的两名执法人员，请核实。',
      en: 'The {stepEn} on {at} records only one officer ({names}); fewer than the two officers of APL Art. 42(1) may have acted. Please verify.',
    },
    'officer-list-incomplete': {
      zh: '案件执法人员名单仅登记一名承办或调查人员（{names}），但调查记录显示有两名以上执法人员，请补全执法人员名单及证号。',
      en: 'The officer list names only one handling or investigating officer ({names}) although the records show two or more; please complete the list with certificate numbers.',
    },
    'no-field-officers': {
      zh: '执法人员名单中未登记承办或调查人员，请核实并补录实施调查的执法人员（不少于两人）。',
      en: 'The officer list names no handling or investigating officer; please verify and record the officers who investigated (at least two).',
    },
    'officers-unknown': {
      zh: '无法读取执法人员信息，请核实执法人员不少于两人且均持有执法证件。',
      en: 'The officers could not be read; please verify that at least two certified officers acted.',
    },
  },
  check(view) {
    const officers = view.case.officers;
    const simple = view.case.procedure === 'simple';
    const outcomes: Outcome[] = [];
    let applicable = false;
    // Two officers named on any step or record: a one-name officer list is then incomplete, not proof.
    let twoSeen = false;
    for (const kind of FIELD_STEPS) {
      for (const event of view.events(kind)) {
        const names = distinctNames(event.officers);
        if (names.length === 0) continue;
        applicable = true;
        if (names.length >= 2) {
          twoSeen = true;
          continue;
        }
        const data = { step: STEP_NAMES[kind].zh, stepEn: STEP_NAMES[kind].en, at: event.at, names: names[0]! };
        const fields = [`events.${kind}`];
        outcomes.push(
          citing(
            simple ? review('step-one-officer', fields, data) : violation('step-one-officer', fields, data),
            TWO_OFFICERS,
          ),
        );
      }
    }
    if (isUnreadable(view, 'officers')) {
      outcomes.push(review('officers-unknown', ['officers']));
    } else if (officers && officers.length > 0) {
      applicable = true;
      const names: string[] = [];
      const uncertified: string[] = [];
      for (const officer of officers) {
        if (!isFieldOfficer(officer)) continue;
        const name = officer.name.trim();
        if (name.length === 0 || names.includes(name)) continue;
        names.push(name);
        if (isBlank(officer.certificateNo)) uncertified.push(name);
      }
      if (names.length === 0) {
        outcomes.push(review('no-field-officers', ['officers']));
      } else if (names.length === 1) {
        const data = { names: names[0]! };
        if (!twoSeen) twoSeen = view.case.evidence?.some((item) => distinctNames(item.collectors).length >= 2) === true;
        // A page that lists one officer and shows no empty slot for a second may list only the handler.
        const listMayBePartial = twoSeen || unknownOnPage(view, 'officers');
        const messageId = simple
          ? 'too-few-officers-simple'
          : listMayBePartial
            ? 'officer-list-incomplete'
            : 'too-few-officers';
        outcomes.push(
          citing(
            messageId === 'too-few-officers'
              ? violation('too-few-officers', ['officers'], data)
              : review(messageId, ['officers'], data),
            TWO_OFFICERS,
          ),
        );
      }
      if (uncertified.length > 0) {
        outcomes.push(citing(review('no-certificate', ['officers'], { names: uncertified.join('、') }), CERTIFICATES));
      }
    }
    if (outcomes.length > 0) return outcomes;
    return applicable ? PASS : NOT_APPLICABLE;
  },
});
