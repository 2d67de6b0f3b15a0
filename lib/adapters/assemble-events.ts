/** The case's dated steps, assembled from labelled fields, list rows and sentences. */
import type { CaseEvent, EnforcementCase, EventKind } from '../case/schema';
import { EVENT_KINDS } from '../case/vocabulary';
import { bestCandidate, type Candidate, type Collected, type Mark } from './candidates';
import { EVENT_DATA_PATHS } from './paths';

/**
 * The case's steps, dated: labelled fields first, then list rows, then sentences and signatures,
 * each step in the act's own terms; facts about a step go into its data.
 */
export function buildEvents(found: Collected, actionType: EnforcementCase['actionType'], mark: Mark): CaseEvent[] {
  const events: CaseEvent[] = [];
  const seen = new Set<string>();
  const push = (event: CaseEvent, element: Element | undefined) => {
    const key = `${event.kind}|${event.at}`;
    if (seen.has(key)) return;
    seen.add(key);
    events.push(event);
    mark(`events.${event.kind}`, element);
  };
  const licenseKind = bestCandidate<EventKind>(found.scalars, 'licenseKind')?.value;
  const strong = new Set<EventKind>();
  const weak: Array<{ kind: EventKind; candidate: Candidate<string> }> = [];
  for (const path of found.scalars.keys()) {
    if (!path.startsWith('events.') || path in EVENT_DATA_PATHS) continue;
    const candidate = bestCandidate<string>(found.scalars, path);
    if (!candidate) continue;
    const kind = actKind(path.slice(7) as EventKind, actionType, licenseKind);
    // Labelled fields (rank ≥ 30) are trusted over timelines; sentences and signatures are not.
    if (candidate.rank >= 30) {
      strong.add(kind);
      push({ kind, at: candidate.value }, candidate.element);
    } else {
      weak.push({ kind, candidate });
    }
  }
  const listed = new Set<EventKind>();
  for (const { event: read, element } of found.listEvents) {
    const kind = actKind(read.kind, actionType, undefined);
    const event = kind === read.kind ? read : { ...read, kind };
    if (strong.has(event.kind)) continue;
    listed.add(event.kind);
    push(event, element);
  }
  for (const { kind, candidate } of weak) {
    if (listed.has(kind)) continue;
    push({ kind, at: candidate.value }, candidate.element);
  }
  events.sort((a, b) =>
    a.at < b.at ? -1 : a.at > b.at ? 1 : EVENT_KINDS.indexOf(a.kind) - EVENT_KINDS.indexOf(b.kind),
  );
  // Facts about a step (the notice named the hearing right …) go into its data.
  for (const path of Object.keys(EVENT_DATA_PATHS)) {
    const candidate = bestCandidate<unknown>(found.scalars, path);
    if (!candidate) continue;
    const kind = path.slice(7, path.lastIndexOf('.'));
    const key = path.slice(path.lastIndexOf('.') + 1);
    for (const event of events) {
      if (event.kind !== kind || (event.data && key in event.data)) continue;
      event.data = { ...event.data, [key]: candidate.value };
      mark(path, candidate.element);
    }
  }
  return events;
}

/**
 * The step a generic field names, in the act's own terms: a licence's 决定 is the licence decision,
 * a coercive measure's 审批 / 延期 are its approval and extension, an inspection's 公示 publishes
 * its results; a licence's 受理 is the acceptance of the application.
 */
export function actKind(
  kind: EventKind,
  actionType: EnforcementCase['actionType'],
  licenseKind: EventKind | undefined,
): EventKind {
  switch (actionType) {
    case 'license':
      if (kind === 'lead-received' && licenseKind) return licenseKind;
      if (kind === 'decision') return 'license-decision';
      return kind;
    case 'coercion':
      if (kind === 'approval') return 'coercion-approved';
      if (kind === 'extension-approved') return 'coercion-extended';
      return kind;
    case 'inspection':
      if (kind === 'disclosure') return 'results-published';
      return kind;
    default:
      return kind;
  }
}
