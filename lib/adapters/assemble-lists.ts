/** The case's officers, evidence and legal basis, merged from every source a builder collected. */
import type { EnforcementCase, Evidence, LegalRef, Role } from '../case/schema';
import { ROLES } from '../case/vocabulary';
import type { Collected, EvidenceSource, LegalSource, ListOfficer, Mark, OfficerSource } from './candidates';
import type { LegalRole } from './sentences';

/** The officers from every source, merged by name, with credential numbers matched to them. */
export function buildOfficers(found: Collected, unreadable: Set<string>, mark: Mark): ListOfficer[] {
  const officers: ListOfficer[] = [];
  const byName = new Map<string, ListOfficer>();
  const addOfficer = (name: string, certificateNo: string | undefined, roles: Role[]) => {
    let officer = byName.get(name);
    if (!officer) {
      officer = { name, roles: [] };
      byName.set(name, officer);
      officers.push(officer);
    }
    if (certificateNo && !officer.certificateNo) officer.certificateNo = certificateNo;
    for (const role of roles) if (!officer.roles.includes(role)) officer.roles.push(role);
    return officer;
  };
  for (const list of found.listOfficers) {
    mark('officers', list.element);
    for (const officer of list.officers) addOfficer(officer.name, officer.certificateNo, officer.roles);
  }
  const sources = [...found.officerSources].sort((a, b) => a.order - b.order);
  for (const source of sources) {
    mark('officers', source.element);
    for (const entry of source.entries) addOfficer(entry.name, entry.certificateNo, source.role ? [source.role] : []);
  }
  // Credential numbers given in their own fields.
  const used = new Set<OfficerSource>();
  for (const certs of [...found.certificateSources].sort((a, b) => a.order - b.order)) {
    let target: OfficerSource | undefined;
    if (certs.index !== undefined) target = sources.find((s) => s.index === certs.index && !used.has(s));
    if (!target) {
      const fits = (s: OfficerSource) =>
        !used.has(s) && s.entries.filter((e) => !byName.get(e.name)?.certificateNo).length === certs.numbers.length;
      const before = sources.filter((s) => s.order < certs.order && fits(s));
      target = before[before.length - 1] ?? sources.find((s) => s.order > certs.order && fits(s));
    }
    const waiting = target ? target.entries.filter((e) => !byName.get(e.name)?.certificateNo) : [];
    if (!target || waiting.length !== certs.numbers.length) {
      const free = officers.filter((o) => !o.certificateNo);
      if (free.length === certs.numbers.length && sources.length <= 1) {
        free.forEach((officer, i) => (officer.certificateNo = certs.numbers[i]));
      } else {
        unreadable.add('officers.certificateNo');
      }
      continue;
    }
    used.add(target);
    waiting.forEach((entry, i) => {
      const officer = byName.get(entry.name);
      if (officer) officer.certificateNo = certs.numbers[i];
    });
  }
  for (const officer of officers) officer.roles.sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
  return officers.map((o) =>
    o.certificateNo
      ? { name: o.name, certificateNo: o.certificateNo, roles: o.roles }
      : { name: o.name, roles: o.roles },
  );
}

/** The evidence of the best-ranked sources, without repeats. */
export function buildEvidence(evidence: EvidenceSource[], unreadable: Set<string>, mark: Mark): Evidence[] {
  if (evidence.length === 0) return [];
  const top = Math.max(...evidence.map((e) => e.rank));
  const chosen = evidence.filter((e) => e.rank === top);
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const group of chosen) {
    mark('evidence', group.element);
    if (group.unknownKinds) unreadable.add('evidence.kind');
    for (const item of group.items) {
      const key = `${item.title}\u0000${item.collectedAt ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/** The legal basis per role, from the best-ranked sources, without repeats. */
export function buildLegal(sources: LegalSource[], mark: Mark, actionType: EnforcementCase['actionType']): LegalRef[] {
  const out: LegalRef[] = [];
  const roles: LegalRole[] = ['violated', 'penalty', 'procedure', 'discretion', 'other'];
  // 法律依据 of a seizure, a licence or an inspection is the basis of that act, not of a penalty:
  // only a label that names the penalty (处罚依据, rank 90+) keeps the role there.
  const legal =
    actionType === 'penalty'
      ? sources
      : sources.map((entry) =>
          entry.role === 'penalty' && entry.rank < 90
            ? {
                ...entry,
                role: 'other' as const,
                refs: entry.refs.map((ref) => ({ ...ref, role: 'other' as const })),
              }
            : entry,
        );
  for (const role of roles) {
    const entries = legal.filter((entry) => entry.role === role);
    if (entries.length === 0) continue;
    const top = Math.max(...entries.map((e) => e.rank));
    const seen = new Set<string>();
    for (const entry of entries.filter((e) => e.rank === top).sort((a, b) => a.order - b.order)) {
      mark('legalBasis', entry.element);
      for (const ref of entry.refs) {
        const key = [ref.law, ref.article, ref.paragraph, ref.item, (ref as Record<string, unknown>).subArticle].join(
          '|',
        );
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(ref);
      }
    }
  }
  return out;
}
