import type { LegalRef } from '../case/schema';
import type { CaseView } from '../engine/case-view';
import type { Citation, Outcome } from '../engine/types';
import type { LawIndex, Resolved } from './law-index';

/**
 * Shared readings of the legal-basis rules (lib/rules/basis): each cited provision with the
 * registry record its title names. Titles are resolved through the index's memo, so a case costs a
 * few map look-ups.
 */
export interface BasisItem {
  /** Position in `legalBasis`, for the field path `legalBasis.<index>`. */
  index: number;
  ref: LegalRef;
  resolved: Resolved;
}

export function basisItems(view: CaseView, index: LawIndex): BasisItem[] {
  const basis = view.case.legalBasis;
  if (!basis) return [];
  const items: BasisItem[] = [];
  for (let i = 0; i < basis.length; i++) {
    const ref = basis[i]!;
    if (typeof ref.law !== 'string' || ref.law.trim().length === 0) continue;
    items.push({ index: i, ref, resolved: index.resolve(ref.law) });
  }
  return items;
}

export function hasBasis(view: CaseView): boolean {
  const basis = view.case.legalBasis;
  return basis !== undefined && basis.length > 0;
}

export function basisFields(index: number, ...more: string[]): string[] {
  return ['legalBasis', `legalBasis.${index}`, ...more];
}

/** Attaches narrower citations to one outcome. */
export function citing(outcome: Outcome, citations: Citation[]): Outcome {
  return outcome.status === 'violation' || outcome.status === 'review' ? { ...outcome, citations } : outcome;
}

/** 《A》、《B》 for zh messages, "A; B" for en. */
export function titleList(titles: readonly string[]): { zh: string; en: string } {
  if (titles.length === 0) return { zh: '无', en: 'none' };
  return { zh: titles.map((title) => `《${title}》`).join('、'), en: titles.join('; ') };
}

/** The cited title for messages: as written, without brackets or version suffix. */
export function citedTitle(item: BasisItem): string {
  return item.resolved.title.display;
}
