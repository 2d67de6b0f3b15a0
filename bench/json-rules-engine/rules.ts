import { Engine, type Almanac, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import {
  deadline,
  dayNumber,
  epochMinutes,
  hasTime,
  isCoveredDay,
  isStatutoryHoliday,
  minutesOfDay,
} from '../../lib/calendar';
import type { CaseEvent, EnforcementCase, EventKind } from '../../lib/case/schema';
import type { RuleContext } from '../../lib/engine/types';

/**
 * Ten rules of our catalogue written a second time for json-rules-engine, the common JavaScript
 * rules engine, so the benchmark compares engines on the same checks over the same cases.
 *
 * The json-rules-engine versions are written the way that library is meant to be used: the case
 * is a runtime fact, derived values are dynamic facts (cached per run by the almanac, as our
 * CaseView indexes events once per case), conditions are JSON. They reproduce the *violation*
 * outcomes of our rules (which `bench/measurements/engine.ts` checks case by case); our rules also
 * work out review outcomes and messages, so the comparison favours json-rules-engine.
 */
export const OUR_RULE_IDS = [
  'apl-44-prior-notice',
  'apl-51-simplified',
  'apl-34-heavier-discretion',
  'apl-54-file-first',
  'apl-40-facts-evidence',
  'acl-18-prior-approval',
  'acl-25-seizure-term',
  'acl-43-night-holiday',
  'biz-random-inspection',
  'biz-repeat-inspection',
] as const;

export type BenchRuleId = (typeof OUR_RULE_IDS)[number];

type Index = Map<string, CaseEvent[]>;

const fact = (name: string, params?: Record<string, unknown>) => (params ? { fact: name, params } : { fact: name });
const first = (kind: EventKind) => fact('firstAt', { kind });
const absent = (kind: EventKind) => fact('knownAbsent', { kind });

interface Condition {
  fact: string;
  operator: string;
  value: unknown;
  params?: Record<string, unknown>;
}

function isA(actionType: string): Condition {
  return { fact: 'actionType', operator: 'equal', value: actionType };
}

function rule(id: BenchRuleId, conditions: TopLevelCondition): RuleProperties {
  return { name: id, conditions, event: { type: 'violation', params: { ruleId: id } } };
}

export const JSON_RULES: RuleProperties[] = [
  rule('apl-44-prior-notice', {
    all: [
      isA('penalty'),
      { fact: 'procedure', operator: 'notEqual', value: 'simple' },
      { fact: 'outcome', operator: 'notEqual', value: 'no-penalty' },
      { ...first('decision'), operator: 'notEqual', value: null },
      {
        any: [
          {
            all: [
              { ...first('notice-of-intent'), operator: 'equal', value: null },
              { ...absent('notice-of-intent'), operator: 'equal', value: true },
            ],
          },
          { ...first('notice-of-intent'), operator: 'dayNotBefore', value: first('decision') },
        ],
      },
    ],
  }),
  rule('apl-51-simplified', {
    all: [
      isA('penalty'),
      { fact: 'procedure', operator: 'equal', value: 'simple' },
      { fact: 'imposesSanction', operator: 'equal', value: true },
      {
        any: [
          { fact: 'sanctionKinds', operator: 'hasKindOtherThan', value: ['warning', 'fine'] },
          {
            all: [
              { fact: 'sanctionKinds', operator: 'contains', value: 'fine' },
              { fact: 'fineAmount', operator: 'greaterThan', value: 3000 },
            ],
          },
          {
            all: [
              { fact: 'sanctionKinds', operator: 'contains', value: 'fine' },
              { fact: 'partyKind', operator: 'equal', value: 'person' },
              { fact: 'fineAmount', operator: 'greaterThan', value: 200 },
            ],
          },
        ],
      },
    ],
  }),
  rule('apl-34-heavier-discretion', {
    all: [
      isA('penalty'),
      { fact: 'discretionLevel', operator: 'equal', value: 'heavier' },
      {
        any: [
          { ...first('decision'), operator: 'notEqual', value: null },
          { ...first('notice-of-intent'), operator: 'notEqual', value: null },
          { fact: 'sanctionCount', operator: 'greaterThan', value: 0 },
        ],
      },
      { fact: 'discretionReasonBlank', operator: 'equal', value: true },
      { fact: 'discretionUnreadable', operator: 'equal', value: false },
    ],
  }),
  rule('apl-54-file-first', {
    all: [
      isA('penalty'),
      { fact: 'procedure', operator: 'notEqual', value: 'simple' },
      { fact: 'penaltyNotImposed', operator: 'equal', value: false },
      {
        any: [
          {
            all: [
              { ...first('filing-approved'), operator: 'notEqual', value: null },
              { ...first('inquiry'), operator: 'before', value: first('filing-approved') },
            ],
          },
          {
            all: [
              { ...first('filing-approved'), operator: 'notEqual', value: null },
              { ...first('evidence-preserved'), operator: 'before', value: first('filing-approved') },
            ],
          },
          {
            all: [
              { ...first('filing-approved'), operator: 'equal', value: null },
              { ...first('decision'), operator: 'notEqual', value: null },
              { ...absent('filing-approved'), operator: 'equal', value: true },
              {
                any: [
                  { ...first('inquiry'), operator: 'notEqual', value: null },
                  { ...first('evidence-preserved'), operator: 'notEqual', value: null },
                ],
              },
            ],
          },
        ],
      },
    ],
  }),
  rule('apl-40-facts-evidence', {
    all: [
      isA('penalty'),
      { fact: 'penaltyDecided', operator: 'equal', value: true },
      {
        any: [
          {
            all: [
              { fact: 'evidenceCount', operator: 'equal', value: 0 },
              { fact: 'procedure', operator: 'notEqual', value: 'simple' },
            ],
          },
          { fact: 'evidenceAfterDecision', operator: 'greaterThan', value: 0 },
        ],
      },
    ],
  }),
  rule('acl-18-prior-approval', {
    all: [
      isA('coercion'),
      { ...first('coercion-applied'), operator: 'notEqual', value: null },
      {
        any: [
          {
            all: [
              { fact: 'emergency', operator: 'equal', value: false },
              {
                any: [
                  {
                    all: [
                      { ...first('coercion-approved'), operator: 'equal', value: null },
                      { ...absent('coercion-approved'), operator: 'equal', value: true },
                    ],
                  },
                  { ...first('coercion-approved'), operator: 'laterThan', value: first('coercion-applied') },
                ],
              },
            ],
          },
          {
            all: [
              { fact: 'emergency', operator: 'equal', value: true },
              { fact: 'emergencyReportLate', operator: 'equal', value: true },
            ],
          },
        ],
      },
    ],
  }),
  rule('acl-25-seizure-term', { all: [isA('coercion'), { fact: 'seizureLate', operator: 'equal', value: true }] }),
  rule('acl-43-night-holiday', {
    all: [
      isA('coercion'),
      { fact: 'emergencyFlag', operator: 'notEqual', value: true },
      { fact: 'nightOrHolidayEnforcement', operator: 'equal', value: true },
    ],
  }),
  rule('biz-random-inspection', {
    all: [
      isA('inspection'),
      { ...first('inspection'), operator: 'notEqual', value: null },
      { fact: 'isEnterprise', operator: 'equal', value: true },
      { fact: 'source', operator: 'in', value: ['inspection', 'none'] },
      { fact: 'inspectionPlanMode', operator: 'equal', value: 'routine' },
      { ...first('random-selection'), operator: 'equal', value: null },
      { ...absent('random-selection'), operator: 'equal', value: true },
    ],
  }),
  rule('biz-repeat-inspection', {
    all: [
      isA('inspection'),
      { fact: 'isEnterprise', operator: 'equal', value: true },
      { fact: 'source', operator: 'equal', value: 'inspection' },
      { fact: 'repeatedInspections', operator: 'greaterThan', value: 0 },
    ],
  }),
];

/** Builds the engine with its facts and operators; `context` supplies today and the profile. */
export function createJsonRulesEngine(context: RuleContext): Engine {
  const engine = new Engine(JSON_RULES, { allowUndefinedFacts: true });

  const dayOf = (value: unknown) => (typeof value === 'string' ? dayNumber(value) : undefined);
  engine.addOperator('dayNotBefore', (a: unknown, b: unknown) => {
    const left = dayOf(a);
    const right = dayOf(b);
    return left !== undefined && right !== undefined && left >= right;
  });
  engine.addOperator('before', (a: unknown, b: unknown) => {
    if (typeof a !== 'string' || typeof b !== 'string') return false;
    if (a.length >= 16 && b.length >= 16) return a.slice(0, 16) < b.slice(0, 16);
    return a.slice(0, 10) < b.slice(0, 10);
  });
  engine.addOperator('laterThan', (a: unknown, b: unknown) => {
    if (typeof a !== 'string' || typeof b !== 'string') return false;
    if (hasTime(a) && hasTime(b)) return epochMinutes(a) > epochMinutes(b);
    return dayNumber(a) > dayNumber(b);
  });
  engine.addOperator('hasKindOtherThan', (kinds: unknown, allowed: unknown) => {
    if (!Array.isArray(kinds) || !Array.isArray(allowed)) return false;
    return kinds.some((kind) => !allowed.includes(kind));
  });

  const theCase = (almanac: Almanac) => almanac.factValue<EnforcementCase>('case');
  const index = (almanac: Almanac) => almanac.factValue<Index>('eventIndex');
  const derive = <T>(id: string, compute: (c: EnforcementCase, events: Index) => T) =>
    engine.addFact<Promise<T>>(id, async (_params, almanac) => compute(await theCase(almanac), await index(almanac)));

  engine.addFact<Promise<Index>>('eventIndex', async (_params, almanac) => {
    const map: Index = new Map();
    for (const event of (await theCase(almanac)).events ?? []) {
      const list = map.get(event.kind);
      if (list) list.push(event);
      else map.set(event.kind, [event]);
    }
    for (const list of map.values()) if (list.length > 1) list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    return map;
  });
  engine.addFact<Promise<string | null>>('firstAt', async (params, almanac) => {
    return (await index(almanac)).get(params.kind as string)?.[0]?.at ?? null;
  });
  engine.addFact<Promise<boolean>>('knownAbsent', async (params, almanac) => {
    const c = await theCase(almanac);
    if ((await index(almanac)).has(params.kind as string) || (c.events?.length ?? 0) === 0) return false;
    const unreadable = c.origin?.unreadable;
    return !(
      Array.isArray(unreadable) &&
      (unreadable.includes(`events.${params.kind}`) || unreadable.includes('events'))
    );
  });

  derive('actionType', (c) => c.actionType);
  derive('procedure', (c) => c.procedure ?? 'none');
  derive('outcome', (c) => c.decision?.outcome ?? 'none');
  derive('source', (c) => c.source ?? 'none');
  derive('sanctionKinds', (c) => c.decision?.kinds ?? []);
  derive('sanctionCount', (c) => c.decision?.kinds.length ?? 0);
  derive('fineAmount', (c) => c.decision?.fineAmount ?? null);
  derive('partyKind', (c) => c.party?.kind ?? null);
  derive('penaltyNotImposed', (c) => notImposed(c));
  derive('imposesSanction', (c) => (c.decision?.kinds.length ?? 0) > 0 && !notImposed(c));
  derive(
    'penaltyDecided',
    (c, events) => !notImposed(c) && ((c.decision?.kinds.length ?? 0) > 0 || events.has('decision')),
  );
  derive('discretionLevel', (c) => c.discretion?.level ?? null);
  derive('discretionReasonBlank', (c) => (c.discretion?.reason ?? '').trim().length === 0);
  derive('discretionUnreadable', (c) => unreadable(c, 'discretion.reason') || unreadable(c, 'discretion'));
  derive('evidenceCount', (c) => (c.evidence === undefined || unreadable(c, 'evidence') ? null : c.evidence.length));
  derive('evidenceAfterDecision', (c, events) => {
    const decisions = events.get('decision');
    const decision = decisions?.[decisions.length - 1];
    if (!decision || !c.evidence || unreadable(c, 'evidence')) return 0;
    let count = 0;
    for (const item of c.evidence)
      if (item.collectedAt !== undefined && isBefore(decision.at, item.collectedAt)) count++;
    return count;
  });
  derive('emergencyFlag', (c) => c.flags?.emergency ?? null);
  derive('emergency', (c, events) => {
    const flag = c.flags?.emergency;
    return flag === true || (flag === undefined && events.has('emergency-report'));
  });
  derive('emergencyReportLate', (_c, events) => {
    const applied = events.get('coercion-applied')?.[0];
    const report = events.get('emergency-report')?.[0];
    const approved = events.get('coercion-approved')?.[0];
    if (!applied) return false;
    if (approved && notLaterThan(approved.at, applied.at)) return false;
    const firstStep = !report
      ? approved
      : !approved
        ? report
        : notLaterThan(report.at, approved.at)
          ? report
          : approved;
    if (!firstStep) return false;
    if (hasTime(applied.at) && hasTime(firstStep.at))
      return epochMinutes(firstStep.at) - epochMinutes(applied.at) > 1440;
    return dayNumber(firstStep.at) - dayNumber(applied.at) >= 2;
  });
  derive('seizureLate', (c, events) => seizureLate(c, events, context));
  derive('nightOrHolidayEnforcement', (_c, events) => {
    const { start, end } = context.profile.nightWindow;
    const from = Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5));
    const to = Number(end.slice(0, 2)) * 60 + Number(end.slice(3, 5));
    const bad = (at: string) => {
      const minutes = minutesOfDay(at);
      if (minutes !== undefined && (from > to ? minutes >= from || minutes < to : minutes >= from && minutes < to)) {
        return true;
      }
      return isStatutoryHoliday(dayNumber(at));
    };
    for (const event of events.get('enforcement') ?? []) {
      if (event.data?.by === 'court') continue;
      const endAt = event.data?.endAt;
      if (bad(event.at) || (typeof endAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(endAt) && bad(endAt))) return true;
    }
    return false;
  });
  derive('isEnterprise', (c) => c.party?.isEnterprise ?? c.flags?.enterpriseRelated ?? null);
  derive('inspectionPlanMode', (_c, events) => {
    let routine = false;
    for (const kind of ['inspection-planned', 'random-selection', 'inspection-notified', 'inspection']) {
      for (const event of events.get(kind) ?? []) {
        const mode = event.data?.mode;
        if (event.data?.keySector === true || mode === 'key') return 'key';
        if (mode === 'targeted') return 'targeted';
        if (mode === 'random' || event.data?.keySector === false) routine = true;
      }
    }
    return routine ? 'routine' : 'none';
  });
  derive('repeatedInspections', (_c, events) => {
    const window = context.profile.repeatInspectionWindowDays;
    const cap = context.profile.inspectionCapPerYear;
    let count = 0;
    let previous: number | undefined;
    let year = '';
    let inYear = 0;
    for (const event of events.get('inspection') ?? []) {
      if (event.data?.followUp === true || event.note?.includes('复查')) continue;
      const day = dayNumber(event.at);
      if (day === previous) continue;
      if (event.at.slice(0, 4) !== year) {
        if (inYear > cap) count++;
        year = event.at.slice(0, 4);
        inYear = 0;
      }
      inYear++;
      if (previous !== undefined && day - previous <= window) count++;
      previous = day;
    }
    if (inYear > cap) count++;
    return count;
  });
  return engine;
}

/** Runs the engine on one case and returns the ids of the rules that found a violation. */
export async function runJsonRules(engine: Engine, enforcementCase: EnforcementCase): Promise<string[]> {
  const { events } = await engine.run({ case: enforcementCase });
  return events.map((event) => String(event.params?.ruleId));
}

function notImposed(c: EnforcementCase): boolean {
  const outcome = c.decision?.outcome;
  return outcome === 'no-penalty' || outcome === 'withdrawn';
}

function unreadable(c: EnforcementCase, path: string): boolean {
  const list = c.origin?.unreadable;
  return Array.isArray(list) && list.includes(path);
}

function isBefore(a: string, b: string): boolean {
  if (a.length >= 16 && b.length >= 16) return a.slice(0, 16) < b.slice(0, 16);
  return a.slice(0, 10) < b.slice(0, 10);
}

function notLaterThan(a: string, b: string): boolean {
  if (hasTime(a) && hasTime(b)) return epochMinutes(a) <= epochMinutes(b);
  return dayNumber(a) <= dayNumber(b);
}

/** 行政强制法 Arts. 25, 27: 30 calendar days, plus approved extensions (≤ 30) and notified testing time. */
function seizureLate(c: EnforcementCase, events: Index, context: RuleContext): boolean {
  const applied = events.get('coercion-applied')?.[0];
  if (!applied) return false;
  const measure = applied.data?.measure;
  if (measure === 'liberty' || measure === '限制人身自由' || measure === 'other') return false;
  const start = dayNumber(applied.at);
  let testing = 0;
  for (const event of events.get('expert-opinion') ?? []) {
    if (dayNumber(event.at) < start) continue;
    const days = event.data?.days;
    if (typeof days !== 'number') return false; // unquantified testing time: a review, not a violation
    testing += Math.floor(days);
  }
  const original = deadline(start, { length: 30 + testing, unit: 'calendar-days' });
  let extension = 0;
  for (const event of events.get('coercion-extended') ?? []) {
    if (dayNumber(event.at) > original.due) return true; // extended after the term ended
    const days = event.data?.days;
    extension += typeof days === 'number' && days >= 0 ? Math.ceil(days) : 30;
  }
  if (extension > 30) extension = 30;
  const lifted = events.get('coercion-lifted')?.[0];
  const handled = events.get('items-handled')?.[0];
  const ends = [lifted, handled].filter((event): event is CaseEvent => event !== undefined).map((e) => dayNumber(e.at));
  const end = ends.length > 0 ? Math.min(...ends) : undefined;
  const limit = deadline(start, { length: 30 + testing + extension, unit: 'calendar-days' });
  if (end !== undefined) return end > limit.due && limit.covered;
  const open = c.status !== 'closed' && !events.has('closed');
  return open && context.todayDay > limit.due && limit.covered && isCoveredDay(limit.due);
}
