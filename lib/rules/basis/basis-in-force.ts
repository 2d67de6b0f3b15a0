import { ACTION_TYPES } from '../../case/schema';
import { isoFromDay } from '../../calendar/days';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import {
  actDates,
  basisFields,
  basisItems,
  citedTitle,
  citing,
  getLawIndex,
  hasBasis,
  type BasisItem,
  type LawIndex,
  type LawRecord,
  type VersionState,
} from '../../laws';
import { LAW } from '../helpers/laws';

const ART37: Citation[] = [{ law: LAW.penalty, article: 37 }];
const WRONG_BASIS: Citation[] = [
  { law: LAW.penalty, article: 37 },
  { law: LAW.shandongSupervision, article: 32, paragraph: 1, item: 2 },
];

function firstDate(record: LawRecord): string {
  const start = record.phases[0]?.startLo;
  return start !== undefined && Number.isFinite(start) ? isoFromDay(start) : '';
}

export default defineRule({
  id: 'basis-in-force',
  title: { zh: '所引法律在行为时和决定时有效', en: 'Cited laws in force when the act happened and when decided' },
  category: 2,
  severity: 'high',
  appliesTo: ACTION_TYPES,
  citations: [
    { law: LAW.penalty, article: 37 },
    { law: LAW.shandongSupervision, article: 32, paragraph: 1, item: 2 },
  ],
  fix: {
    zh: '按行政处罚法第三十七条适用违法行为发生时有效的法律、法规、规章；作出决定时已修改或废止且新规定处罚较轻或不认为违法的，适用新规定。请核对所引版本的施行和失效日期，更正为应适用的版本和条款。',
    en: 'Apply the law in force when the act took place (Administrative Penalty Law Art. 37); apply a newer rule only when, by the decision, the old one was amended or repealed and the new one is lighter or no longer treats the act as illegal. Check the dates of the cited version and correct it to the version and provision that apply.',
  },
  messages: {
    'not-yet': {
      zh: '法规库记载《{law}》最早于{from}通过或施行，晚于作出决定或实施行为的日期（{date}），所依据的规定当时可能尚未生效，请核实。',
      en: 'The registry dates {law} from {from} at the earliest, after the decision or act ({date}); the provision relied on may not yet have been in force. Please verify.',
    },
    'not-yet-today': {
      zh: '法规库记载《{law}》最早于{from}通过或施行，违法行为发生时（{date}）及今日均尚未生效，可能适用依据错误，请核实。',
      en: 'The registry dates {law} from {from} at the earliest; it was not in force when the act took place ({date}) and is not yet today. The basis may be wrong. Please verify.',
    },
    'newer-than-act': {
      zh: '《{law}》自{from}起才施行，晚于违法行为发生时（{date}）；依行政处罚法第三十七条，仅在新规定处罚较轻或不认为违法时才可适用新规定，请核实是否应适用行为时的规定。',
      en: '{law} applies only from {from}, after the act ({date}); under Administrative Penalty Law Art. 37 a newer rule applies only if it is lighter or no longer treats the act as illegal. Please verify which rule applies.',
    },
    'maybe-not-yet': {
      zh: '《{law}》于{from}通过，法规库未载明施行日期，{date}时可能尚未施行，请核实其施行日期。',
      en: '{law} was adopted on {from} and the registry gives no effective date; it may not yet have been in force on {date}. Please verify when it took effect.',
    },
    'maybe-repealed': {
      zh: '法规库将《{law}》标记为已废止或失效（失效日期未载明），{date}时可能已不再有效，请核实其效力及替代的规定。',
      en: 'The registry marks {law} as repealed (date not given); it may no longer have been in force on {date}. Please verify its status and what replaced it.',
    },
    'version-out': {
      zh: '引用的《{law}》（{version}）版本施行期间约为{from}至{until}，违法行为发生时和作出决定时均不在该版本有效期内，可能引用了已被修订的旧版本，请核实并改用应适用的版本。',
      en: 'The cited {law} ({version}) was in force from about {from} until {until}, covering neither the date of the act nor the decision; a superseded text may be cited. Please verify and cite the version that applies.',
    },
    'version-newer': {
      zh: '引用的《{law}》（{version}）版本自{from}起施行，晚于违法行为发生时（{date}）；依行政处罚法第三十七条仅在新规定处罚较轻或不认为违法时适用，请核实。',
      en: 'The cited {law} ({version}) applies from {from}, after the act ({date}); under Art. 37 it applies only if it is lighter or no longer treats the act as illegal. Please verify.',
    },
    'version-unknown': {
      zh: '引用的《{law}》注明版本“{version}”，法规库中没有对应的版本记载，请核实所引版本在{date}是否有效。',
      en: 'The cited {law} names the version “{version}”, which the registry does not record; please verify that this version was in force on {date}.',
    },
    'version-uncertain': {
      zh: '引用的《{law}》（{version}）版本在{date}前后修订，无法确定该版本当时是否有效，请核实。',
      en: 'The cited {law} ({version}) was revised around {date}; whether that text was in force then cannot be told. Please verify.',
    },
    'no-date': {
      zh: '案件未记录处罚决定日期和违法行为发生日期，无法核对所引法律在行为时是否有效，请补充日期后核实。',
      en: 'The case records neither the decision date nor the date of the act, so whether the cited laws were in force cannot be checked; please add the dates and verify.',
    },
    'registry-not-loaded': {
      zh: '法规库尚未加载，暂无法核对所引法律的施行和废止日期，请加载后重新检查。',
      en: 'The law registry is not loaded, so the effective and repeal dates of the cited laws cannot be checked yet; please check again once it is loaded.',
    },
  },
  check(view, context) {
    if (!hasBasis(view)) return NOT_APPLICABLE;
    const index = getLawIndex();
    if (!index) return review('registry-not-loaded', ['legalBasis']);
    const items = basisItems(view, index).filter((item) => item.resolved.record !== undefined);
    if (items.length === 0) return NOT_APPLICABLE;
    const dates = actDates(view);
    if (dates.actDay === undefined) return review('no-date', ['legalBasis', 'events.decision', 'violationDate']);
    const outcomes: Outcome[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      const record = item.resolved.record!;
      const hint = item.resolved.title.hint;
      const key = `${record.id}|${hint?.year ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const outcome =
        lawOutcome(index, record, item, dates, context.todayDay) ?? versionOutcome(index, record, item, dates);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes.length > 0 ? outcomes : PASS;
  },
});

interface Dates {
  decision?: string;
  decisionDay?: number;
  violation?: string;
  violationDay?: number;
}

/** The law as a whole: not yet in force, maybe not yet, maybe repealed. */
function lawOutcome(
  index: LawIndex,
  record: LawRecord,
  item: BasisItem,
  dates: Dates,
  todayDay: number,
): Outcome | undefined {
  const law = citedTitle(item);
  const from = firstDate(record);
  const fields = basisFields(item.index, dates.decision ? 'events.decision' : 'violationDate');
  const atDecision = dates.decisionDay === undefined ? undefined : index.onDay(record, dates.decisionDay);
  const atViolation = dates.violationDay === undefined ? undefined : index.onDay(record, dates.violationDay);
  if (atDecision?.notYet) return violation('not-yet', fields, { law, from, date: dates.decision! });
  if (atViolation?.notYet) {
    if (!atDecision && index.onDay(record, todayDay).notYet) {
      return violation('not-yet-today', fields, { law, from, date: dates.violation! });
    }
    return citing(review('newer-than-act', fields, { law, from, date: dates.violation! }), ART37);
  }
  const main = atDecision ?? atViolation!;
  const date = dates.decision ?? dates.violation!;
  // Asked only while the law may well not be in force yet: 240 days after adoption almost all are.
  const day = dates.decisionDay ?? dates.violationDay!;
  if (main.maybeNotYet && record.historyKnown && day < record.phases[0]!.likelyHi) {
    return review('maybe-not-yet', fields, { law, from, date });
  }
  if (main.maybeRepealed) return review('maybe-repealed', fields, { law, date });
  return undefined;
}

/** A citation that names its version (（2017年修正）): was that text in force? */
function versionOutcome(index: LawIndex, record: LawRecord, item: BasisItem, dates: Dates): Outcome | undefined {
  const hint = item.resolved.title.hint;
  if (!hint || hint.year === undefined) return undefined;
  const law = citedTitle(item);
  const fields = basisFields(item.index);
  const date = dates.decision ?? dates.violation!;
  const phase = index.phaseByHint(record, hint);
  if (phase === undefined) {
    // A version newer than the registry (（2025年修订） of a law revised after it) cannot be checked,
    // unless the act was decided before the year the citation names.
    const actDay = dates.decisionDay ?? dates.violationDay!;
    if (index.hintAfterRegistry(record, hint) && Number(isoFromDay(actDay).slice(0, 4)) >= hint.year) {
      return undefined;
    }
    return review('version-unknown', fields, { law, version: hint.text, date });
  }
  const atViolation: VersionState | undefined =
    dates.violationDay === undefined ? undefined : index.phaseState(record, phase, dates.violationDay);
  const atDecision: VersionState | undefined =
    dates.decisionDay === undefined ? undefined : index.phaseState(record, phase, dates.decisionDay);
  if (atViolation === 'in') return undefined;
  if (atViolation === undefined && atDecision === 'in') return undefined;
  const { from, until } = index.phaseDates(record, phase);
  const data = { law, version: hint.text, from, until: until || '—', date };
  if ((atViolation ?? 'out') === 'out' && (atDecision ?? 'out') === 'out') {
    return citing(violation('version-out', fields, data), WRONG_BASIS);
  }
  if (atViolation === 'out' && atDecision === 'in' && dates.violationDay! < record.phases[phase]!.startLo) {
    return citing(review('version-newer', fields, { ...data, date: dates.violation! }), ART37);
  }
  return review('version-uncertain', fields, data);
}
