import type { CaseEvent, EnforcementCase, EventKind, FlagName, Officer, Role } from '../case/schema';
import { dayNumber } from '../calendar/days';

/**
 * Read-only helpers over one case, built once per check so that rules stay cheap:
 * events grouped by kind and sorted by time, flags as tri-state values.
 */
export class CaseView {
  readonly case: EnforcementCase;
  private byKind: Map<EventKind, CaseEvent[]> | undefined;

  constructor(enforcementCase: EnforcementCase) {
    this.case = enforcementCase;
  }

  get actionType() {
    return this.case.actionType;
  }

  /** Events of one kind, earliest first. */
  events(kind: EventKind): readonly CaseEvent[] {
    if (!this.byKind) this.byKind = groupEvents(this.case.events);
    return this.byKind.get(kind) ?? EMPTY;
  }

  has(kind: EventKind): boolean {
    return this.events(kind).length > 0;
  }

  first(kind: EventKind): CaseEvent | undefined {
    return this.events(kind)[0];
  }

  last(kind: EventKind): CaseEvent | undefined {
    const list = this.events(kind);
    return list[list.length - 1];
  }

  /** Day number of the first event of a kind. */
  firstDay(kind: EventKind): number | undefined {
    const event = this.first(kind);
    return event ? dayNumber(event.at) : undefined;
  }

  lastDay(kind: EventKind): number | undefined {
    const event = this.last(kind);
    return event ? dayNumber(event.at) : undefined;
  }

  /** true / false as asserted, undefined when the flag is unknown. */
  flag(name: FlagName): boolean | undefined {
    return this.case.flags?.[name];
  }

  /**
   * Whether a step that is not in the timeline can be taken as not done. It can when the case
   * carries a timeline that is the whole procedural record: a case file or a host system's data
   * (no `origin.adapter`), or a page reading that says so (`origin.timelineComplete: true`), or a
   * page that shows the step's field empty (`origin.emptyFields`). A step marked unreadable
   * (`origin.unreadable`, e.g. `events.notice-of-intent`) is never taken as not done. A page that
   * simply does not show a step says nothing about it: its absence is a gap in the data.
   */
  knownAbsent(kind: EventKind): boolean {
    if (this.has(kind) || !this.hasTimeline) return false;
    const origin = this.case.origin;
    if (!origin) return true;
    const path = `events.${kind}`;
    const unreadable = origin.unreadable;
    if (Array.isArray(unreadable) && (unreadable.includes(path) || unreadable.includes('events'))) return false;
    const empty = origin.emptyFields;
    if (Array.isArray(empty) && empty.includes(path)) return true;
    if (origin.timelineComplete === true) return true;
    return origin.adapter === undefined && origin.timelineComplete === undefined;
  }

  /**
   * Whether the case was read from a page (an adapter built it and did not say its record is
   * complete): a field the page does not show is then unknown, not missing.
   */
  get readFromPage(): boolean {
    const origin = this.case.origin;
    return origin?.adapter !== undefined && origin.timelineComplete !== true;
  }

  /** Whether the events list was given at all (an absent list means the timeline is unknown). */
  get hasTimeline(): boolean {
    return (this.case.events?.length ?? 0) > 0;
  }

  get isClosed(): boolean {
    return this.case.status === 'closed' || this.has('closed');
  }

  officersWithRole(role: Role): Officer[] {
    return (this.case.officers ?? []).filter((officer) => officer.roles.includes(role));
  }

  /** A market entity (市场主体), which brings the business-environment rules in. */
  get isEnterprise(): boolean | undefined {
    if (this.case.party?.isEnterprise !== undefined) return this.case.party.isEnterprise;
    return this.case.flags?.enterpriseRelated;
  }

  sanctionKinds(): readonly string[] {
    return this.case.decision?.kinds ?? EMPTY_STRINGS;
  }
}

const EMPTY: readonly CaseEvent[] = Object.freeze([]);
const EMPTY_STRINGS: readonly string[] = Object.freeze([]);

function groupEvents(events: readonly CaseEvent[] | undefined): Map<EventKind, CaseEvent[]> {
  const map = new Map<EventKind, CaseEvent[]>();
  if (!events) return map;
  for (const event of events) {
    const list = map.get(event.kind);
    if (list) list.push(event);
    else map.set(event.kind, [event]);
  }
  for (const list of map.values()) if (list.length > 1) list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return map;
}
