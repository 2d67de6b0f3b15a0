import type { CaseEvent, SanctionKind } from '../../case/schema';
import { dayNumber, hasTime, isoFromDay } from '../../calendar/days';
import { isWorkingDay } from '../../calendar/workdays';
import type { CaseView } from '../../engine/case-view';
import type { Profile } from '../../engine/profile';
import type { Citation, Outcome } from '../../engine/types';

/**
 * Shared helpers of the penalty decision-stage rules (lib/rules/penalty-decision). All cheap: no
 * regexes, no Date objects, strings built only when a finding is reported.
 */

/**
 * Whether `a` is strictly earlier than `b`. Two values on different days compare by day; on the same
 * day they compare by time only when both carry one (an untimed same-day pair is not "before").
 */
export function isBefore(a: string, b: string): boolean {
  const dayA = dayNumber(a);
  const dayB = dayNumber(b);
  if (dayA !== dayB) return dayA < dayB;
  return hasTime(a) && hasTime(b) && a < b;
}

/** `a` is on or before `b` (same untimed day counts as on). */
export function notAfter(a: string, b: string): boolean {
  return !isBefore(b, a);
}

/** The latest event (of a kind-sorted list) dated on or before `at`. */
export function lastNotAfter(events: readonly CaseEvent[], at: string): CaseEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (notAfter(event.at, at)) return event;
  }
  return undefined;
}

/** The earliest event (of a kind-sorted list) dated on or after the day `day`. */
export function firstFromDay(events: readonly CaseEvent[], day: number): CaseEvent | undefined {
  for (const event of events) if (dayNumber(event.at) >= day) return event;
  return undefined;
}

/** Gives a finding narrower citations than its rule's own (the outcome is freshly made, so it is changed in place). */
export function cite(outcome: Outcome, citations: Citation[]): Outcome {
  if (outcome.status === 'violation' || outcome.status === 'review') outcome.citations = citations;
  return outcome;
}

/** A number in `event.data[key]`, or undefined. */
export function dataNumber(event: CaseEvent | undefined, key: string): number | undefined {
  const value = event?.data?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A string in `event.data[key]`, or undefined. */
export function dataString(event: CaseEvent | undefined, key: string): string | undefined {
  const value = event?.data?.[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The decision event of a penalty decided under the general (or fast) procedure. Undefined for the
 * on-the-spot (simple) procedure, which has its own rules (行政处罚法 Arts. 51–53), and before a decision.
 */
export function generalDecision(view: CaseView): CaseEvent | undefined {
  if (view.case.procedure === 'simple') return undefined;
  return view.first('decision');
}

/** The decision imposes a penalty: not 不予处罚 and not withdrawn (case model: `outcome` marks penalties not imposed). */
export function imposesPenalty(view: CaseView): boolean {
  const outcome = view.case.decision?.outcome;
  return outcome !== 'no-penalty' && outcome !== 'withdrawn';
}

/** Sanction kinds that bring the hearing right by name (行政处罚法 Art. 63 para 1 items 3 and 4). */
const HEARING_KINDS: ReadonlyMap<SanctionKind, { item: 3 | 4; zh: string; en: string }> = new Map([
  ['lower-qualification', { item: 3, zh: '降低资质等级', en: 'lowering a qualification grade' }],
  ['revoke-license', { item: 3, zh: '吊销许可证件', en: 'revoking a licence' }],
  ['order-suspension', { item: 4, zh: '责令停产停业', en: 'ordering suspension of production or business' }],
  ['order-closure', { item: 4, zh: '责令关闭', en: 'ordering closure' }],
  ['restrict-employment', { item: 4, zh: '限制从业', en: 'restricting employment' }],
] as const);

/** The heavy sanction kinds named in 行政处罚法 Art. 63 para 1 items 3–4. */
export function heavySanction(view: CaseView): SanctionKind | undefined {
  const kinds = view.case.decision?.kinds;
  if (!kinds) return undefined;
  for (const kind of kinds) if (HEARING_KINDS.has(kind)) return kind;
  return undefined;
}

export function sanctionName(kind: SanctionKind): { zh: string; en: string } {
  return HEARING_KINDS.get(kind) ?? { zh: kind, en: kind };
}

/**
 * Whether the decided penalty brings the right to ask for a hearing (行政处罚法 Art. 63 para 1):
 * `yes` (item 1–4 met on the data), `maybe` (depends on facts the case does not give: the party's kind
 * or business status, or whether 限制开展生产经营活动 counts as "其他较重的行政处罚", item 5),
 * `no` (none of items 1–5 is visible in the data).
 */
export type HearingTrigger =
  | { status: 'yes' | 'maybe'; item: number; what: 'kind'; kind: SanctionKind }
  | { status: 'yes' | 'maybe'; item: number; what: 'fine' | 'confiscation'; amount: number; threshold: number }
  | { status: 'no' };

const NO_TRIGGER: HearingTrigger = Object.freeze({ status: 'no' });

/**
 * Words naming agencies under vertical (central) administration: tax bureaus of 国家税务总局, customs,
 * financial regulators, postal and tobacco monopoly administrations. Their 较大数额 standard is set by
 * their own central department, so a province's thresholds (the profile's) may not govern them.
 */
const VERTICAL_AGENCY_WORDS = ['税务', '海关', '金融监督管理', '证监局', '外汇管理', '邮政管理', '烟草专卖'] as const;

function verticalAgency(view: CaseView): boolean {
  const name = view.case.agency?.name;
  if (!name) return false;
  for (const word of VERTICAL_AGENCY_WORDS) if (name.includes(word)) return true;
  return false;
}

export function hearingTrigger(view: CaseView, profile: Profile): HearingTrigger {
  const decision = view.case.decision;
  if (!decision) return NO_TRIGGER;
  const heavy = heavySanction(view);
  if (heavy) return { status: 'yes', item: HEARING_KINDS.get(heavy)!.item, what: 'kind', kind: heavy };

  const partyKind = view.case.party?.kind;
  const business = view.isEnterprise;
  const fines = profile.hearingFine;
  let maybe: HearingTrigger = NO_TRIGGER;
  // A provincial profile's amounts reach a vertically administered agency only as a hint.
  const sure: 'yes' | 'maybe' = profile.provinceCode !== undefined && verticalAgency(view) ? 'maybe' : 'yes';

  const fine = decision.fineAmount;
  if (fine !== undefined && fine > 0) {
    let low: number;
    let high: number;
    if (partyKind === 'person') {
      low = business === true ? fines.businessPerson : fines.person;
      high = business === false ? fines.person : fines.businessPerson;
    } else if (partyKind === 'legal-person' || partyKind === 'other-org') {
      low = business === true ? fines.businessOrganisation : fines.organisation;
      high = business === false ? fines.organisation : fines.businessOrganisation;
    } else {
      low = Math.min(fines.person, fines.businessPerson, fines.organisation, fines.businessOrganisation);
      high = Math.max(fines.person, fines.businessPerson, fines.organisation, fines.businessOrganisation);
    }
    if (low > high) [low, high] = [high, low];
    if (fine >= high) return { status: sure, item: 1, what: 'fine', amount: fine, threshold: high };
    if (fine >= low) maybe = { status: 'maybe', item: 1, what: 'fine', amount: fine, threshold: low };
  }

  const kinds = decision.kinds;
  const confiscates = kinds.includes('confiscate-gains') || kinds.includes('confiscate-property');
  const confiscated =
    decision.confiscatedAmount ?? (kinds.includes('confiscate-gains') ? decision.illegalGains : undefined);
  if (confiscates && confiscated !== undefined && confiscated > 0) {
    const limits = profile.hearingConfiscation;
    const low =
      partyKind === 'person'
        ? limits.person
        : partyKind === undefined
          ? Math.min(limits.person, limits.organisation)
          : limits.organisation;
    const high =
      partyKind === 'person'
        ? limits.person
        : partyKind === undefined
          ? Math.max(limits.person, limits.organisation)
          : limits.organisation;
    if (confiscated >= high)
      return { status: sure, item: 2, what: 'confiscation', amount: confiscated, threshold: high };
    if (confiscated >= low && maybe.status === 'no') {
      maybe = { status: 'maybe', item: 2, what: 'confiscation', amount: confiscated, threshold: low };
    }
  }

  if (maybe.status === 'no' && kinds.includes('restrict-activity')) {
    maybe = { status: 'maybe', item: 5, what: 'kind', kind: 'restrict-activity' };
  }
  return maybe;
}

/** Words for a hearing trigger, built only when a finding is reported. */
export function describeTrigger(trigger: HearingTrigger): { zh: string; en: string } {
  if (trigger.status === 'no') return { zh: '', en: '' };
  if (trigger.what === 'kind') {
    if (trigger.kind === 'restrict-activity') {
      return { zh: '限制开展生产经营活动', en: 'restricting production or business activities' };
    }
    return sanctionName(trigger.kind);
  }
  if (trigger.what === 'fine') {
    return {
      zh: `罚款${trigger.amount}元（较大数额标准${trigger.threshold}元）`,
      en: `a fine of ${trigger.amount} yuan (larger-amount threshold ${trigger.threshold} yuan)`,
    };
  }
  return {
    zh: `没收金额${trigger.amount}元（较大数额标准${trigger.threshold}元）`,
    en: `confiscation of ${trigger.amount} yuan (larger-amount threshold ${trigger.threshold} yuan)`,
  };
}

const HEARING_RIGHT_WORDS = ['要求听证', '听证的权利', '听证权利', '申请听证'] as const;
const HEARING_RIGHT_NEGATIONS = ['未告知', '不享有', '不适用听证', '无听证', '没有告知'] as const;

/**
 * Whether a prior notice states the hearing right: `data.hearingRight`, or else a note that names the
 * right (告知……要求听证的权利) without negating it.
 */
export function statesHearingRight(intent: CaseEvent): boolean {
  const flag = intent.data?.hearingRight;
  if (flag === true || flag === false) return flag;
  const note = intent.note;
  if (!note) return false;
  let named = false;
  for (const word of HEARING_RIGHT_WORDS) if (note.includes(word)) named = true;
  if (!named) return false;
  for (const word of HEARING_RIGHT_NEGATIONS) if (note.includes(word)) return false;
  return true;
}

/** The latest notice of the hearing right on or before `at`: a 听证告知, or a prior notice that states the right. */
export function hearingRightNotice(view: CaseView, at: string): CaseEvent | undefined {
  const notice = lastNotAfter(view.events('hearing-notice'), at);
  const intents = view.events('notice-of-intent');
  for (let i = intents.length - 1; i >= 0; i--) {
    const intent = intents[i]!;
    if (statesHearingRight(intent) && notAfter(intent.at, at)) {
      return notice && !isBefore(notice.at, intent.at) ? notice : intent;
    }
  }
  return notice;
}

/**
 * The last day of a period of `days` calendar days from `start` (start day not counted, a rest day as
 * last day moves to the next working day), as `calendar.deadline` computes it but without building the
 * ISO string: call `dueIso` only when reporting.
 */
export function calendarDue(start: number, days: number): number {
  let due = start + days;
  while (!isWorkingDay(due)) due++;
  return due;
}

export function dueIso(day: number): string {
  return isoFromDay(day);
}
