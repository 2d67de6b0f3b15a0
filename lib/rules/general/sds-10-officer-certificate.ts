import { ACTION_TYPES, type Officer, type Role } from '../../case/schema';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { isBlank, isUnreadable } from '../helpers/general-records';
import { LAW } from '../helpers/laws';

/** Penalty cases are covered by apl-42-officers (penalty group), which also asks for certificate numbers. */
const APPLIES_TO = ACTION_TYPES.filter((type) => type !== 'penalty');

/** Officers who act towards the party: 承办 and 调查取证. Reviewers and approvers work inside the agency. */
function actsInTheField(officer: Officer): boolean {
  return officer.roles.includes('handler') || officer.roles.includes('investigator');
}

const ROLE_ZH: Record<Role, string> = {
  handler: '承办',
  reviewer: '审核',
  approver: '批准',
  'legal-reviewer': '法制审核',
  investigator: '调查取证',
  recorder: '记录',
};

/** 劳动合同制、劳务派遣、临时借调 and other staff without enforcement qualification (Art. 10(3)). */
const BARRED_STAFF: ReadonlySet<unknown> = new Set(['contract', 'dispatched', 'seconded', 'temporary', 'auxiliary']);

function isBarredStaff(category: unknown): boolean {
  return BARRED_STAFF.has(category);
}

function officerData(officer: Officer) {
  return {
    name: officer.name,
    roles: officer.roles.map((role) => ROLE_ZH[role]).join('、'),
    rolesEn: officer.roles.join(', '),
  };
}

export default defineRule({
  id: 'sds-10-officer-certificate',
  title: { zh: '执法人员持证上岗', en: 'Officers hold enforcement certificates' },
  category: 3,
  severity: 'medium',
  appliesTo: APPLIES_TO,
  citations: [
    { law: LAW.shandongSupervision, article: 10, paragraph: 2 },
    { law: LAW.shandongSupervision, article: 10, paragraph: 3 },
  ],
  fix: {
    zh: '核实承办、调查人员均已取得行政执法证件（一般为省人民政府统一颁发的证件），在案件中录入证号；劳动合同制、劳务派遣、临时借调等无执法资格人员不得从事执法，其参与形成的材料请评估效力。',
    en: 'Verify that every handling and investigating officer holds an enforcement certificate (normally the one issued by the provincial government) and record its number; contract, dispatched, seconded or other uncertified staff may not enforce, and the material they produced must be reassessed.',
  },
  messages: {
    'no-certificate': {
      zh: '执法人员{name}（{roles}）未登记行政执法证件号，请核实其是否取得行政执法证件、具有执法资格并补录证号。',
      en: 'No enforcement certificate number is recorded for {name} ({rolesEn}); please verify that the officer is certified and record the number.',
    },
    uncertified: {
      zh: '{name}（{roles}）被记录为无行政执法证件或属于劳动合同制、劳务派遣、临时借调等人员，此类人员不得从事行政执法工作，可能违反持证上岗要求，请核实。',
      en: '{name} ({rolesEn}) is recorded as uncertified or as contract, dispatched, seconded or auxiliary staff, who may not enforce. Please verify.',
    },
    unknown: {
      zh: '无法读取执法人员信息，请核实承办、调查人员均持有行政执法证件。',
      en: 'The officers could not be read; please verify that the handling and investigating officers are certified.',
    },
  },
  check(view) {
    if (isUnreadable(view, 'officers')) return review('unknown', ['officers']);
    const officers = view.case.officers;
    if (!officers) return NOT_APPLICABLE;
    const outcomes: Outcome[] = [];
    let applicable = false;
    for (const officer of officers) {
      if (!actsInTheField(officer)) continue;
      applicable = true;
      // Extension fields a host system may send: `certified: false`, or a staff category barred by Art. 10(3).
      if (officer.certified === false || isBarredStaff(officer.staffCategory)) {
        outcomes.push(violation('uncertified', ['officers'], officerData(officer)));
      } else if (isBlank(officer.certificateNo)) {
        outcomes.push(review('no-certificate', ['officers'], officerData(officer)));
      }
    }
    if (outcomes.length > 0) return outcomes;
    return applicable ? PASS : NOT_APPLICABLE;
  },
});
