/**
 * The case-model paths an adapter can fill, and the parser each uses by default. Labels
 * (label-map.ts) and declarative adapters (declarative.ts) both point at these paths.
 */
import { EVENT_KINDS, FLAG_NAMES, LEGAL_REF_ROLES } from '../case/vocabulary';

/** Value parsers a field can use. */
export const PARSERS = [
  'text',
  'date',
  'amount',
  'number',
  'article',
  'names',
  'sanctions',
  'procedure',
  'actionType',
  'partyKind',
  'partyName',
  'idNumber',
  'status',
  'source',
  'discretionLevel',
  'boolean',
  'outcome',
  'evidence',
  'officers',
  'certificates',
  'partyInfo',
] as const;
export type ParserName = (typeof PARSERS)[number];

const SCALAR_PATHS: Record<string, ParserName> = {
  id: 'text',
  title: 'text',
  actionType: 'actionType',
  procedure: 'procedure',
  status: 'status',
  facts: 'text',
  violationDate: 'date',
  discoveredAt: 'date',
  source: 'source',
  'agency.name': 'text',
  'agency.code': 'text',
  'agency.region': 'text',
  'party.name': 'partyName',
  'party.kind': 'partyKind',
  'party.idNumber': 'idNumber',
  'party.address': 'text',
  'party.isEnterprise': 'boolean',
  'party.info': 'partyInfo',
  'decision.kinds': 'sanctions',
  'decision.fineAmount': 'amount',
  'decision.confiscatedAmount': 'amount',
  'decision.illegalGains': 'amount',
  'decision.summary': 'text',
  'decision.outcome': 'outcome',
  'discretion.standard': 'text',
  'discretion.level': 'discretionLevel',
  'discretion.reason': 'text',
  officers: 'officers',
  'officers.certificateNo': 'certificates',
  evidence: 'evidence',
  legalBasis: 'article',
};

/**
 * Facts about one step that the rules read from the step's `data` (docs/case-model.md): whether the
 * prior notice named the right to a hearing, whether credentials were shown at an inspection.
 */
export const EVENT_DATA_PATHS: Record<string, ParserName> = {
  'events.notice-of-intent.hearingRight': 'boolean',
  'events.inspection.credentialsShown': 'boolean',
};

/**
 * Every path with its default parser: the scalars above, `events.<kind>`, `events.<kind>.<data key>`,
 * `flags.<name>`, `legalBasis.<role>`.
 */
export const CASE_PATHS: ReadonlyMap<string, ParserName> = new Map<string, ParserName>([
  ...Object.entries(SCALAR_PATHS),
  ...Object.entries(EVENT_DATA_PATHS),
  ...EVENT_KINDS.map((kind): [string, ParserName] => [`events.${kind}`, 'date']),
  ...FLAG_NAMES.map((name): [string, ParserName] => [`flags.${name}`, 'boolean']),
  ...LEGAL_REF_ROLES.map((role): [string, ParserName] => [`legalBasis.${role}`, 'article']),
]);

export function isCasePath(path: string): boolean {
  return CASE_PATHS.has(path);
}

export function defaultParser(path: string): ParserName {
  return CASE_PATHS.get(path) ?? 'text';
}

/**
 * The path a finding or the highlighter uses for a field path: `legalBasis.violated` and
 * `party.info` are shown as `legalBasis` and `party.name`; `officers.certificateNo` as `officers`.
 */
export function reportPath(path: string): string {
  if (path.startsWith('legalBasis.')) return 'legalBasis';
  if (path in EVENT_DATA_PATHS) return path.slice(0, path.lastIndexOf('.'));
  if (path === 'party.info') return 'party.name';
  if (path === 'officers.certificateNo') return 'officers';
  return path;
}
