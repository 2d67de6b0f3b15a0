import { daysFromCivil, dayNumber, deadline } from '../../calendar';
import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import { LAW } from '../helpers/laws';
import { imposesSanction, penaltyDecided, penaltyNotImposed } from '../helpers/penalty-sanctions';

/** The day `years` calendar years after an ISO date (02-29 → 02-28), without Date objects. */
function anniversary(iso: string, years: number): number {
  const year = Number(iso.slice(0, 4)) + years;
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return daysFromCivil(year, month, month === 2 && day === 29 && !leap ? 28 : day);
}

/** Longest run of consecutive rest days a last day can be pushed over (Spring Festival plus weekends). */
const REST_RUN_MAX = 14;

/** The last day of an N-year period from the violation: ends on the next working day after a rest day. */
function periodEnd(violationDate: string, violationDay: number, discovered: number, years: number) {
  const raw = anniversary(violationDate, years);
  if (discovered <= raw) return { beyond: false, certain: true, due: '' };
  // Only near or past the line: the holiday calendar may move the last day a few days later.
  const limit = deadline(violationDay, { length: years, unit: 'years' });
  const beyond = discovered > limit.due;
  // Outside the holiday data the last day is only known to within a run of rest days.
  return { beyond, certain: limit.covered || (beyond && discovered > raw + REST_RUN_MAX), due: limit.dueIso };
}

/** Earliest recorded sign that the agency knew of the act, used only when discoveredAt is absent. */
function discoveryProxy(view: CaseView): string | undefined {
  let best: string | undefined;
  for (const kind of ['lead-received', 'inspection', 'filing-approved'] as const) {
    const event = view.first(kind);
    if (event && (best === undefined || event.at < best)) best = event.at;
  }
  return best;
}

export default defineRule({
  id: 'apl-36-limitation',
  title: { zh: '行政处罚追责时效', en: 'Limitation period for penalties' },
  category: 2,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 36, paragraph: 1 },
    { law: LAW.penalty, article: 36, paragraph: 2 },
  ],
  fix: {
    zh: '核实违法行为发生（或连续、继续状态终了）之日和发现之日；超过二年未被发现的，除涉及公民生命健康安全、金融安全且有危害后果（五年）或法律另有规定外，不再给予行政处罚，应撤销立案或作出不予处罚决定。',
    en: 'Check the date the act happened (or its continuing state ended) and the date it was discovered; after two years undiscovered no penalty may be given, unless life/health or financial safety with harm (five years) or another law applies; close the case or decide no penalty.',
  },
  messages: {
    'beyond-five-years': {
      zh: '违法行为发生于{violation}，至{discovered}才被发现，已超过五年（期限至{due}），可能已超过行政处罚法第三十六条规定的追责时效仍予处罚，请核实是否有法律另有规定。',
      en: 'The act happened on {violation} and was discovered on {discovered}, more than five years later (limit {due}); the penalty may be time-barred under APL Art. 36 unless another law provides otherwise. Please verify.',
    },
    'beyond-two-years': {
      zh: '违法行为发生于{violation}，至{discovered}才被发现，已超过二年（期限至{due}），可能已超过行政处罚法第三十六条规定的追责时效；请核实是否属于涉及公民生命健康安全、金融安全且有危害后果（五年）或法律另有规定的情形，否则不得处罚。',
      en: 'The act happened on {violation} and was discovered on {discovered}, more than two years later (limit {due}); under APL Art. 36, unless life/health or financial safety with harm is involved (five years) or another law provides otherwise, no penalty may be given. Please verify.',
    },
    'beyond-five-years-pending': {
      zh: '违法行为发生于{violation}，至{discovered}才被发现，已超过五年（期限至{due}），可能已超过行政处罚法第三十六条规定的追责时效，请核实后再决定是否处罚。',
      en: 'The act happened on {violation} and was discovered on {discovered}, more than five years later (limit {due}); a penalty may be time-barred under APL Art. 36. Please verify before deciding.',
    },
    'proxy-beyond-two-years': {
      zh: '未记录发现日期；违法行为发生于{violation}，最早的立案或检查记录为{proxy}，已超过二年，请核实发现日期，确认未超过第三十六条规定的追责时效。',
      en: 'No discovery date is recorded; the act happened on {violation} and the earliest lead, inspection or filing record is {proxy}, more than two years later. Please verify the discovery date and the limitation period of APL Art. 36.',
    },
    'uncertain-calendar': {
      zh: '违法行为发生于{violation}，发现于{discovered}，时效期限末日（约{due}）所在年份的节假日数据缺失，请人工核实是否超过第三十六条规定的追责时效。',
      en: 'The act happened on {violation} and was discovered on {discovered}; the holiday calendar does not cover the last day of the limitation period (about {due}). Please check the limitation period by hand.',
    },
    'dates-missing': {
      zh: '已作出处罚决定，但未记录违法行为发生日期或发现日期，无法核对行政处罚法第三十六条规定的追责时效，请补录并核实。',
      en: 'A penalty was decided but the date of the act or of its discovery is not recorded, so the limitation period of APL Art. 36 cannot be checked. Please add and verify them.',
    },
  },
  check(view) {
    if (penaltyNotImposed(view)) return NOT_APPLICABLE;
    const decided = penaltyDecided(view);
    const violationDate = view.case.violationDate;
    const recorded = view.case.discoveredAt;
    const discovered = recorded ?? discoveryProxy(view);
    const fields = ['violationDate', 'discoveredAt'];
    if (violationDate === undefined || discovered === undefined) {
      return decided ? review('dates-missing', fields) : NOT_APPLICABLE;
    }
    const violationDay = dayNumber(violationDate);
    const discoveredDay = dayNumber(discovered);
    const two = periodEnd(violationDate, violationDay, discoveredDay, 2);
    if (!two.beyond)
      return two.certain
        ? PASS
        : review('uncertain-calendar', fields, { violation: violationDate, discovered, due: two.due });
    if (recorded === undefined) {
      // A proxy is a later date than the discovery may have been: never a violation.
      return review('proxy-beyond-two-years', fields, { violation: violationDate, proxy: discovered });
    }
    const data = { violation: violationDate, discovered };
    const five = periodEnd(violationDate, violationDay, discoveredDay, 5);
    if (five.beyond) {
      if (!five.certain) return review('uncertain-calendar', fields, { ...data, due: five.due });
      return imposesSanction(view)
        ? violation('beyond-five-years', fields, { ...data, due: five.due })
        : review('beyond-five-years-pending', fields, { ...data, due: five.due });
    }
    if (!five.certain) return review('uncertain-calendar', fields, { ...data, due: five.due });
    if (!two.certain) return review('uncertain-calendar', fields, { ...data, due: two.due });
    return review('beyond-two-years', fields, { ...data, due: two.due });
  },
});
