import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import { LAW } from '../helpers/laws';
import { imposesSanction, penaltyNotImposed, sanctionNames } from '../helpers/penalty-sanctions';

/** GB 11643 check digit (ISO 7064 MOD 11-2) of an 18-character 居民身份证 number. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export interface IdBirth {
  year: number;
  month: number;
  day: number;
  /** The check digit matches: the number was not mistyped or misread. */
  checked: boolean;
}

/** Birth date from digits 7–14 of an 18-character 居民身份证 number; undefined when it has none. */
export function birthFromId(id: string): IdBirth | undefined {
  if (id.length !== 18) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    sum += digit * WEIGHTS[i]!;
  }
  const last = id.charAt(17).toUpperCase();
  if (!(last === 'X' || (last >= '0' && last <= '9'))) return undefined;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, checked: CHECK_CHARS.charAt(sum % 11) === last };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whole years of age on an ISO date, and whether that date is a birthday (the day the count changes). */
function ageOn(birth: IdBirth, iso: string): { age: number; birthday: boolean } {
  const year = Number(iso.slice(0, 4));
  const monthDay = Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
  const birthMonthDay = birth.month * 100 + birth.day;
  return { age: year - birth.year - (monthDay < birthMonthDay ? 1 : 0), birthday: monthDay === birthMonthDay };
}

/** Earliest recorded date the act is known to precede, when its own date is absent. */
function upperBound(view: CaseView, today: string): string {
  let best = view.case.discoveredAt ?? today;
  for (const kind of ['lead-received', 'inspection', 'filing-approved', 'decision'] as const) {
    const event = view.first(kind);
    if (event && event.at.slice(0, 10) < best) best = event.at.slice(0, 10);
  }
  return best;
}

/**
 * Without the violation date, a person this old at the upper bound may still have been a minor when
 * acting: 18 plus the longest limitation period of 行政处罚法 Art. 36 (five years).
 */
const POSSIBLY_MINOR_AGE = 23;

const MITIGATED = new Set(['lighter', 'mitigated', 'exempt']);

export default defineRule({
  id: 'apl-30-minor',
  title: { zh: '未成年人的处罚责任能力', en: 'Minors: capacity for penalties' },
  category: 2,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [{ law: LAW.penalty, article: 30 }],
  fix: {
    zh: '不满十四周岁的不予行政处罚，责令监护人加以管教；已满十四周岁不满十八周岁的应当从轻或者减轻处罚，并在裁量说明中写明。已作出的决定请评估撤销或变更。',
    en: 'No penalty under 14 (the guardian is told to discipline the child); from 14 to under 18 the penalty must be lighter or mitigated, with the reason stated. Assess withdrawing or changing a decision already made.',
  },
  messages: {
    'under-14': {
      zh: '当事人出生于{birth}，违法行为时（{at}）不满十四周岁，依行政处罚法第三十条不予行政处罚，但已作出处罚（{sanctions}），请核实。',
      en: 'The party was born on {birth} and was under 14 at the time of the act ({at}); no penalty may be given (APL Art. 30), yet one was imposed ({sanctionsEn}). Please verify.',
    },
    'under-14-pending': {
      zh: '当事人出生于{birth}，违法行为时（{at}）不满十四周岁，依行政处罚法第三十条不予行政处罚，应责令监护人加以管教，请核实。',
      en: 'The party was born on {birth} and was under 14 at the time of the act ({at}); no penalty may be given (APL Art. 30) and the guardian should be told to discipline the child. Please verify.',
    },
    'minor-not-mitigated': {
      zh: '当事人出生于{birth}，违法行为时（{at}）已满十四周岁不满十八周岁，依行政处罚法第三十条应当从轻或者减轻处罚，但裁量等级为“{level}”，请核实。',
      en: 'The party was born on {birth} and was 14 to 17 at the time of the act ({at}); the penalty must be lighter or mitigated (APL Art. 30), but the discretion level is "{level}". Please verify.',
    },
    'minor-level-unknown': {
      zh: '当事人出生于{birth}，违法行为时（{at}）未满十八周岁，请核实处罚是否已依行政处罚法第三十条从轻或者减轻，并记录裁量等级。',
      en: 'The party was born on {birth} and was under 18 at the time of the act ({at}); please verify that the penalty was lighter or mitigated and record the discretion level.',
    },
    'age-uncertain': {
      zh: '当事人出生于{birth}，未记录违法行为发生日期，违法时可能未满十八周岁，请核实违法时的年龄并依法处理。',
      en: 'The party was born on {birth} and the date of the act is not recorded; the party may have been under 18 when acting. Please verify the age at the time.',
    },
    'birthday-boundary': {
      zh: '违法行为发生之日（{at}）恰为当事人{age}周岁生日，请核实行为时是否已满{age}周岁。',
      en: 'The act happened on the party’s {age}th birthday ({at}); please verify whether the party had reached {age}.',
    },
    'id-check-failed': {
      zh: '按身份证号推算当事人出生于{birth}，违法行为时（{at}）可能未满十八周岁，但身份证号校验位不符，请核实身份证号和年龄。',
      en: 'By the ID number the party was born on {birth} and may have been under 18 at the time of the act ({at}), but the number’s check digit does not match. Please verify the number and the age.',
    },
  },
  check(view, context) {
    const party = view.case.party;
    if (party?.kind !== 'person' || party.idNumber === undefined || penaltyNotImposed(view)) return NOT_APPLICABLE;
    const birth = birthFromId(party.idNumber.trim());
    if (!birth) return NOT_APPLICABLE;
    const violationDate = view.case.violationDate;
    const at = violationDate ?? upperBound(view, context.today);
    const { age, birthday } = ageOn(birth, at);
    if (age < 0) return NOT_APPLICABLE;
    const sanctioned = imposesSanction(view);
    const data = { birth: `${birth.year}-${pad(birth.month)}-${pad(birth.day)}`, at };
    const fields = ['party.idNumber', 'violationDate'];
    if (violationDate === undefined && age >= 14) {
      // `age` is only the most the party can have been: a minor then cannot be ruled out.
      return age < POSSIBLY_MINOR_AGE ? review('age-uncertain', fields, data) : NOT_APPLICABLE;
    }
    if (age >= 18 && !(age === 18 && birthday)) return NOT_APPLICABLE;
    if (!birth.checked) return review('id-check-failed', fields, data);
    if (birthday && (age === 14 || age === 18)) return review('birthday-boundary', fields, { at, age });
    if (age < 14) {
      if (sanctioned) {
        return violation('under-14', [...fields, 'decision.kinds'], {
          ...data,
          ...sanctionNames(view.sanctionKinds()),
        });
      }
      return review('under-14-pending', fields, data);
    }
    if (!sanctioned) return NOT_APPLICABLE;
    const level = view.case.discretion?.level;
    if (level === undefined) return review('minor-level-unknown', [...fields, 'discretion.level'], data);
    if (MITIGATED.has(level)) return PASS;
    return violation('minor-not-mitigated', [...fields, 'discretion.level'], { ...data, level });
  },
});

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
