/**
 * Assembling one case-model record from what a CaseBuilder collected: the best candidate per
 * path wins, values labelled but not parsed are reported as unreadable, and the record is
 * checked against the case schema when a validator is given.
 */
import type { CaseEvent, EnforcementCase, EventKind, SanctionKind } from '../case/schema';
import { actKind, buildEvents } from './assemble-events';
import { buildEvidence, buildLegal, buildOfficers } from './assemble-lists';
import { bestCandidate, type Candidate, type Collected, type Mark } from './candidates';
import {
  idNumberType,
  inferEnterprise,
  inferOrganisationKind,
  inferPartyKind,
  looksLikeOrganisation,
  type PartyKind,
} from './parse/party';
import { hashText } from './parse/text';

/** Checks an assembled record against the case schema, dropping what breaks it (see validate.ts). */
export type CaseValidator = (record: Record<string, unknown>) => { data: EnforcementCase; dropped: string[] };

export interface BuildOptions {
  url?: string;
  adapter?: string;
  system?: string;
  extractedAt?: string;
  /** Text used for the fallback id hash when the page shows no case number. */
  fingerprint?: string;
  /** Keyword evidence for the act type, from the page text. */
  actionTypeHints?: Partial<Record<EnforcementCase['actionType'], number>>;
  /**
   * Checks the record against the case schema. Without it the record is returned as assembled:
   * the overlay's page script leaves the check to the extension's background.
   */
  validate?: CaseValidator;
}

export interface BuildResult {
  case: EnforcementCase;
  fields: Map<string, Element>;
  unreadable: string[];
  /** Paths the page has a field or statement for, filled or blank. */
  seen: string[];
  /** How many case paths were filled. */
  filled: number;
}

/** Assembles the case from what a builder collected. */
export function assembleCase(found: Collected, options: BuildOptions): BuildResult {
  const fields = new Map<string, Element>();
  const unreadable = new Set<string>();
  const mark = (path: string, element: Element | undefined) => {
    if (!element) return;
    if (!fields.has(path)) fields.set(path, element);
    const top = path.split('.')[0]!;
    if (!fields.has(top)) fields.set(top, element);
  };
  const take = <T>(path: string): T | undefined => {
    const candidate = bestCandidate<T>(found.scalars, path);
    if (!candidate) return undefined;
    mark(path, candidate.element);
    return candidate.value;
  };
  const record: Record<string, unknown> = { schemaVersion: 1 };

  // id
  let id = take<string>('id');
  if (!id) {
    id = `page-${hashText(options.fingerprint ?? options.url ?? '')}`;
    unreadable.add('id');
  }
  record.id = id;

  const title = take<string>('title');
  if (title) record.title = title;

  // action type
  let actionType = take<EnforcementCase['actionType']>('actionType');
  if (!actionType) {
    const hints = options.actionTypeHints ?? {};
    const ranked = Object.entries(hints)
      .filter(([, score]) => (score ?? 0) > 0)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
    if (ranked.length > 0) actionType = ranked[0]![0] as EnforcementCase['actionType'];
    else {
      actionType = 'penalty';
      unreadable.add('actionType');
    }
  }
  record.actionType = actionType;

  for (const path of ['procedure', 'status', 'facts', 'violationDate', 'discoveredAt', 'source'] as const) {
    const value = take(path);
    if (value !== undefined) record[path] = value;
  }

  // agency
  const agencyName = take<string>('agency.name');
  if (agencyName) {
    const agency: Record<string, string> = { name: agencyName };
    const code = take<string>('agency.code');
    const region = take<string>('agency.region');
    if (code) agency.code = code;
    if (region) agency.region = region;
    record.agency = agency;
  }

  // party
  const party = buildParty(found.scalars, take, mark);
  if (party) record.party = party;

  // officers
  const officers = buildOfficers(found, unreadable, mark);
  if (officers.length > 0) record.officers = officers;

  // evidence
  const evidence = buildEvidence(found.evidence, unreadable, mark);
  if (evidence.length > 0) record.evidence = evidence;

  // legal basis
  const legalBasis = buildLegal(found.legal, mark, actionType);
  if (legalBasis.length > 0) record.legalBasis = legalBasis;

  // decision
  const decision: Record<string, unknown> = {};
  const kinds = take<SanctionKind[]>('decision.kinds');
  const fineAmount = take<number>('decision.fineAmount');
  for (const key of ['confiscatedAmount', 'illegalGains', 'summary', 'outcome'] as const) {
    const value = take(`decision.${key}`);
    if (value !== undefined) decision[key] = value;
  }
  if (fineAmount !== undefined) decision.fineAmount = fineAmount;
  if (kinds) decision.kinds = [...kinds];
  else if (fineAmount !== undefined && fineAmount > 0) decision.kinds = ['fine'];
  if (Object.keys(decision).length > 0) {
    if (!decision.kinds) {
      decision.kinds = [];
      if (decision.outcome === undefined) unreadable.add('decision.kinds');
    }
    record.decision = { kinds: decision.kinds, ...decision };
  }

  // discretion
  const discretion: Record<string, unknown> = {};
  for (const key of ['standard', 'level', 'reason'] as const) {
    const value = take(`discretion.${key}`);
    if (value !== undefined) discretion[key] = value;
  }
  if (Object.keys(discretion).length > 0) record.discretion = discretion;

  // flags
  const flags: Record<string, boolean> = {};
  for (const path of found.scalars.keys()) {
    if (!path.startsWith('flags.')) continue;
    const value = take<boolean>(path);
    if (value !== undefined) flags[path.slice(6)] = value;
  }
  if (Object.keys(flags).length > 0) record.flags = flags;

  // events
  const events = buildEvents(found, actionType, mark);
  if (events.length > 0) record.events = events;

  // unreadable: labelled but not parsed, and nothing else filled the path
  for (const [path, element] of found.failures) {
    if (filledPath(record, path)) continue;
    unreadable.add(path);
    if (element && !fields.has(path)) fields.set(path, element);
  }

  const origin: Record<string, unknown> = {};
  if (options.url) origin.url = options.url;
  if (options.system) origin.system = options.system;
  origin.adapter = options.adapter ?? 'generic';
  if (options.extractedAt) origin.extractedAt = options.extractedAt;
  record.origin = origin;

  const { data, dropped } = options.validate?.(record) ?? { data: record as EnforcementCase, dropped: [] };
  for (const path of dropped) unreadable.add(path);
  const list = [...unreadable].sort();
  (data.origin as Record<string, unknown>).unreadable = list;
  const seen = [...found.seen].sort();
  // Steps the page shows a field for but with no value: taken as not done (rules may accuse),
  // unlike steps the page does not show at all, which stay unknown.
  const recorded = new Set(
    ((data.events as { kind: string }[] | undefined) ?? []).map((event) => `events.${event.kind}`),
  );
  const licenseKind = bestCandidate<EventKind>(found.scalars, 'licenseKind')?.value;
  const emptyFields = [
    ...new Set(
      seen
        .filter((path) => path.startsWith('events.') && !unreadable.has(path))
        .map((path) => `events.${actKind(path.slice(7) as EventKind, actionType, licenseKind)}`),
    ),
  ].filter((path) => !recorded.has(path) && !unreadable.has(path));
  // A blank reason field next to a filled one elsewhere on the page says nothing.
  const filled = (path: string) =>
    path === 'discretion.reason' && Boolean((data.discretion as { reason?: string } | undefined)?.reason);
  for (const path of found.blank) if (!unreadable.has(path) && !filled(path)) emptyFields.push(path);
  if (emptyFields.length > 0) (data.origin as Record<string, unknown>).emptyFields = emptyFields;
  return { case: data, fields, unreadable: list, seen, filled: countFilled(data) };
}

function buildParty(
  scalars: Collected['scalars'],
  take: <T>(path: string) => T | undefined,
  mark: Mark,
): Record<string, unknown> | undefined {
  const name = take<string>('party.name');
  const idNumber = partyIdNumber(scalars, name, mark) ?? take<string>('party.idNumber');
  const explicitKind = take<PartyKind>('party.kind');
  const address = take<string>('party.address');
  const enterprise = take<boolean>('party.isEnterprise');
  const orgLabel = bestCandidate<boolean>(scalars, 'party.orgLabel')?.value === true;
  if (!name && !idNumber && !explicitKind) return undefined;
  let kind: PartyKind;
  if (explicitKind) kind = explicitKind;
  else if (name && orgLabel) kind = inferOrganisationKind(name);
  else kind = inferPartyKind(name, idNumber);
  if (explicitKind === 'legal-person' && name && inferPartyKind(name) === 'other-org') kind = 'other-org';
  const party: Record<string, unknown> = { kind };
  if (name) party.name = name;
  if (idNumber) party.idNumber = idNumber;
  if (address) party.address = address;
  const isEnterprise =
    enterprise ??
    (kind === 'person' && idNumber && idNumberType(idNumber) === 'id-card' && !name
      ? undefined
      : inferEnterprise(name, idNumber));
  if (isEnterprise !== undefined) party.isEnterprise = isEnterprise;
  return party;
}

/**
 * When the party is an organisation and the page shows both a credit code and a resident ID
 * number (the operator's or representative's, 经营者身份证号), the organisation's number is the code.
 */
function partyIdNumber(scalars: Collected['scalars'], name: string | undefined, mark: Mark): string | undefined {
  const list = scalars.get('party.idNumber') as Candidate<string>[] | undefined;
  if (!name || !list || list.length < 2 || !looksLikeOrganisation(name)) return undefined;
  const codes = list.filter((candidate) => idNumberType(candidate.value) === 'uscc');
  if (codes.length === 0 || codes.length === list.length) return undefined;
  const best = codes.reduce((a, b) => (b.rank > a.rank || (b.rank === a.rank && b.order < a.order) ? b : a));
  mark('party.idNumber', best.element);
  return best.value;
}

function filledPath(record: Record<string, unknown>, path: string): boolean {
  if (path.startsWith('events.')) {
    const kind = path.slice(7);
    return Array.isArray(record.events) && (record.events as CaseEvent[]).some((e) => e.kind === kind);
  }
  if (path === 'legalBasis') return Array.isArray(record.legalBasis) && record.legalBasis.length > 0;
  if (path === 'officers') return Array.isArray(record.officers) && record.officers.length > 0;
  if (path === 'evidence') return Array.isArray(record.evidence) && record.evidence.length > 0;
  let node: unknown = record;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== undefined;
}

function countFilled(data: EnforcementCase): number {
  let count = 0;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'schemaVersion' || key === 'origin' || key === 'actionType') continue;
    if (Array.isArray(value)) count += value.length > 0 ? 1 : 0;
    else if (value && typeof value === 'object') count += Object.keys(value).length;
    else if (value !== undefined) count += 1;
  }
  return count;
}
