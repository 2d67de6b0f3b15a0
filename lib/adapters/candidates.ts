/**
 * What a CaseBuilder collects from a page before the case is assembled: candidate values per
 * path, officer and credential sources, lists, legal references and failures.
 */
import type { CaseEvent, Evidence, LegalRef, Role } from '../case/schema';
import type { OfficerEntry } from './parse/names';
import type { LegalRole } from './sentences';

export interface Candidate<T> {
  value: T;
  rank: number;
  order: number;
  element: Element | undefined;
}

export interface OfficerSource {
  entries: OfficerEntry[];
  role?: Role;
  index?: number;
  order: number;
  rank: number;
  element: Element | undefined;
}

export interface CertificateSource {
  numbers: string[];
  index?: number;
  order: number;
  element: Element | undefined;
}

export interface ListOfficer {
  name: string;
  certificateNo?: string;
  roles: Role[];
}

export interface EvidenceSource {
  items: Evidence[];
  rank: number;
  element: Element | undefined;
  unknownKinds: boolean;
}

export interface LegalSource {
  role: LegalRole;
  refs: LegalRef[];
  rank: number;
  order: number;
  element: Element | undefined;
}

/** Everything a CaseBuilder has collected. */
export interface Collected {
  scalars: Map<string, Candidate<unknown>[]>;
  /** Paths the page has a field or statement for, filled or blank. */
  seen: Set<string>;
  /** Non-step fields the page shows with a blank value (a second officer slot left empty). */
  blank: Set<string>;
  /** Paths labelled but not parsed, with the element that shows them. */
  failures: Map<string, Element | undefined>;
  officerSources: OfficerSource[];
  certificateSources: CertificateSource[];
  listOfficers: Array<{ officers: ListOfficer[]; element: Element | undefined }>;
  evidence: EvidenceSource[];
  legal: LegalSource[];
  listEvents: Array<{ event: CaseEvent; element: Element | undefined }>;
}

/** Records the element that shows a path (and its top-level field), for highlighting. */
export type Mark = (path: string, element: Element | undefined) => void;

/** The winning candidate for a path: the highest rank, then the earliest in the document. */
export function bestCandidate<T>(scalars: Collected['scalars'], path: string): Candidate<T> | undefined {
  const list = scalars.get(path) as Candidate<T>[] | undefined;
  if (!list || list.length === 0) return undefined;
  return list.reduce((a, b) => (b.rank > a.rank || (b.rank === a.rank && b.order < a.order) ? b : a));
}
