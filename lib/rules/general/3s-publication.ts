import { daysFromCivil, dayNumber } from '../../calendar/days';
import {
  FIRST_COVERED_YEAR,
  LAST_COVERED_YEAR,
  isCoveredDay,
  isWorkingDay,
  workingDaysBetween,
  type Period,
} from '../../calendar';
import type { CaseEvent } from '../../case/schema';
import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import { assessDeadline } from '../helpers/deadline';
import { withCitations } from '../helpers/general-records';
import { LAW } from '../helpers/laws';

const PENALTY: Citation[] = [
  { law: LAW.penalty, article: 48, paragraph: 1 },
  { law: LAW.jinanBusinessEnvironment, article: 43, paragraph: 2 },
  { law: LAW.samrDisclosure, article: 9 },
];
/** 市场监督管理行政处罚信息公示规定 Art. 9: twenty working days for market regulators. */
const SAMR_DAYS = 20;
const SAMR: Citation[] = [{ law: LAW.samrDisclosure, article: 9 }];
const MARKET_REGULATOR = ['市场监督管理', '市场监管'] as const;

/** Whether the deciding agency is a market regulator (its own disclosure rule applies). */
function marketRegulator(view: CaseView): boolean {
  const name = view.case.agency?.name;
  if (!name) return false;
  for (const word of MARKET_REGULATOR) if (name.includes(word)) return true;
  return false;
}

const LICENSE: Citation[] = [
  { law: LAW.license, article: 40 },
  { law: LAW.jinanBusinessEnvironment, article: 43, paragraph: 2 },
];

/** Whether the decision must be published: true, false, or undefined when the record cannot tell. */
function mustPublish(view: CaseView): boolean | undefined {
  const outcome = view.case.decision?.outcome;
  if (view.actionType === 'license') {
    if (outcome === 'granted') return true; // 行政许可法 Art. 40: grants are public
    return outcome === undefined ? undefined : false;
  }
  if (outcome === 'no-penalty' || outcome === 'withdrawn' || outcome === 'refused') return false;
  // On-the-spot decisions are outside the publication duty of general-procedure decisions.
  if (view.case.procedure === 'simple') return false;
  const kinds = view.sanctionKinds();
  if (kinds.length === 0) return undefined;
  // A warning alone is not published (市场监督管理行政处罚信息公示规定 Art. 2(2)).
  let beyondWarning = false;
  for (const kind of kinds) if (kind !== 'warning') beyondWarning = true;
  if (!beyondWarning) return false;
  // 行政处罚法 Art. 48(1) requires publication of decisions "具有一定社会影响的"; a penalty on a private
  // person who is no market entity may or may not be one, so the record alone cannot demand it.
  if (view.case.party?.kind === 'person' && view.isEnterprise !== true && !marketRegulator(view)) return undefined;
  return true;
}

/** The span of days the holiday calendar covers without a gap, found once at load. */
const COVERED_FROM = daysFromCivil(FIRST_COVERED_YEAR, 1, 1);
const COVERED_TO = coveredUntil();

function coveredUntil(): number {
  let last = COVERED_FROM - 1;
  for (let year = FIRST_COVERED_YEAR; year <= LAST_COVERED_YEAR; year++) {
    const first = daysFromCivil(year, 1, 1);
    if (!isCoveredDay(first)) break;
    last = daysFromCivil(year, 12, 31);
  }
  return last;
}

/**
 * Cheap test for the common case, publication within the period, without building the deadline:
 * the period ends on its n-th working day, so publication is in time when fewer than n working days
 * have passed, or exactly n and publication fell on that working day.
 */
function publishedInTime(start: number, end: number, days: number): boolean {
  if (start < COVERED_FROM || end > COVERED_TO || end < start) return false;
  const counted = workingDaysBetween(start, end);
  return counted < days || (counted === days && isWorkingDay(end));
}

function decisionEvent(view: CaseView): CaseEvent | undefined {
  return view.actionType === 'license'
    ? (view.first('license-decision') ?? view.first('decision'))
    : view.first('decision');
}

export default defineRule({
  id: '3s-publication',
  title: { zh: '行政执法决定及时公示', en: 'Timely publication of enforcement decisions' },
  category: 3,
  severity: 'medium',
  appliesTo: ['penalty', 'license'],
  citations: [...PENALTY, { law: LAW.license, article: 40 }],
  fix: {
    zh: '在规定期限内通过政府网站或国家企业信用信息公示系统公示决定信息（依法处理个人信息和商业秘密），并在案件中记录公示日期；依法不予公开的，请记录理由。市场监管部门的期限为作出决定之日起二十个工作日。',
    en: 'Publish the decision within the period (government website or the national enterprise credit publicity system, with personal data and trade secrets handled as the law requires) and record the date; if the law bars publication, record why. Market regulation: 20 working days from the decision.',
  },
  messages: {
    late: {
      zh: '决定于{decision}作出，{published}才公示，超过本单位设定的{days}个工作日公示期限（应于{due}前），晚{daysLate}日，可能未及时公开执法结果，请核实。',
      en: 'The decision of {decision} was published on {published}, after the {days}-working-day period set for the unit (due {due}), {daysLate} days late; the result may not have been published in time. Please verify.',
    },
    overdue: {
      zh: '决定于{decision}作出，至今未见公示记录，已超过{days}个工作日的公示期限（{due}）{daysLate}日，可能未及时公开执法结果，请立即核实并公示。',
      en: 'The decision of {decision} has no publication record and the {days}-working-day period ended on {due}, {daysLate} days ago; please verify and publish now.',
    },
    approaching: {
      zh: '决定于{decision}作出，尚未见公示记录，公示期限将于{due}届满（剩余{daysLeft}日），请及时公示。',
      en: 'The decision of {decision} is not yet published; the period ends on {due} ({daysLeft} days left). Please publish in time.',
    },
    missing: {
      zh: '案件已结案，但未见决定（{decision}）的公示记录（期限{due}），请核实是否已依法公示或属于依法不予公开的情形。',
      en: 'The case is closed but no publication of the decision ({decision}, due {due}) is recorded; please verify that it was published or is exempt.',
    },
    unknown: {
      zh: '决定于{decision}作出，公示期限{due}已过，但无法读取公示记录，请核实是否已公示。',
      en: 'The decision of {decision} is past its publication period ({due}) and the publication record could not be read; please verify.',
    },
    'sector-late': {
      zh: '决定于{decision}作出，{published}公示，超过本单位设定的{days}个工作日，但在市场监督管理行政处罚信息公示规定第九条规定的二十个工作日内；请核实本单位适用的公示期限。',
      en: 'The decision of {decision} was published on {published}: after the {days} working days set for the unit but within the 20 working days of the market-regulation disclosure rule (Art. 9). Please verify which period applies to the unit.',
    },
    uncertain: {
      zh: '决定于{decision}作出，公示期限涉及节假日数据未覆盖的年份（约{due}），请人工核对公示是否及时。',
      en: 'The publication period of the decision of {decision} runs into a year the holiday calendar does not cover (about {due}); please check the timing by hand.',
    },
  },
  check(view, context) {
    const decision = decisionEvent(view);
    if (!decision) return NOT_APPLICABLE;
    const must = mustPublish(view);
    if (must === false) return NOT_APPLICABLE;
    const start = dayNumber(decision.at);
    let end: number | undefined;
    let publishedAt = '';
    for (const event of view.events('disclosure')) {
      const day = dayNumber(event.at);
      if (day >= start) {
        end = day;
        publishedAt = event.at;
        break;
      }
    }
    const unitDays = context.profile.publicationWorkingDays;
    if (end !== undefined && publishedInTime(start, end, unitDays)) return PASS;
    const fields = ['events.disclosure', `events.${decision.kind}`];
    // A market regulator's own rule gives it twenty working days: later than the unit's period but
    // within those is a question for the unit, not a breach (市场监督管理行政处罚信息公示规定 Art. 9).
    const sector = view.actionType === 'penalty' && marketRegulator(view) && unitDays < SAMR_DAYS;
    const days = sector ? SAMR_DAYS : unitDays;
    if (sector && end !== undefined && publishedInTime(start, end, days)) {
      return withCitations(
        review('sector-late', fields, { decision: decision.at, published: publishedAt, days: unitDays }),
        SAMR,
      );
    }
    const period: Period = { length: days, unit: 'working-days' };
    const state = assessDeadline(start, end, period, context, !view.isClosed);
    const base = { decision: decision.at, due: state.due, days };
    // A decision the record cannot show must be published is put up for review, never accused.
    const found = (id: 'late' | 'overdue', data: Record<string, string | number>): Outcome =>
      must ? violation(id, fields, data) : review(id, fields, data);
    const citations = view.actionType === 'license' ? LICENSE : PENALTY;
    let outcome: Outcome;
    switch (state.kind) {
      case 'met':
      case 'running':
        return PASS;
      case 'late':
        outcome = found('late', { ...base, published: publishedAt, daysLate: state.daysLate });
        break;
      case 'overdue':
        outcome = view.knownAbsent('disclosure')
          ? found('overdue', { ...base, daysLate: state.daysLate })
          : review('unknown', fields, base);
        break;
      case 'approaching':
        outcome = review('approaching', fields, { ...base, daysLeft: state.daysLeft }, state.due);
        break;
      case 'missing-end':
        outcome = review('missing', fields, base);
        break;
      case 'uncertain':
        outcome = review('uncertain', fields, base);
        break;
    }
    if (outcome.status === 'violation' || outcome.status === 'review') outcome.due ??= state.due;
    return withCitations(outcome, citations);
  },
});
