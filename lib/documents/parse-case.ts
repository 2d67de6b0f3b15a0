import type { EnforcementCase, LegalRef, SanctionKind } from '../case/schema';
import type { LawIndex } from '../laws';
import type { DocCitation } from './citations';
import type { DocParty, DocPenalty, DocRemedy, DocumentNumber } from './types';

/** The partial case model a parsed document gives, for the engine's rules. */

/** The case model's legal basis from the citations, and for each entry the citations it came from. */
export function toLegalBasis(citations: readonly DocCitation[]): { refs: LegalRef[]; sources: number[][] } {
  const refs: LegalRef[] = [];
  const sources: number[][] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < citations.length; i++) {
    const citation = citations[i]!;
    if (citation.kind === 'other') continue;
    const law = citation.version ? `${citation.law}（${citation.version}）` : citation.law;
    const key = `${citation.role}|${law}|${citation.article ?? ''}|${citation.paragraph ?? ''}|${citation.item ?? ''}`;
    const known = seen.get(key);
    if (known !== undefined) {
      sources[known]!.push(i);
      continue;
    }
    seen.set(key, refs.length);
    sources.push([i]);
    const ref: LegalRef = { role: citation.role, law };
    if (citation.article !== undefined && citation.article > 0) ref.article = citation.article;
    if (citation.paragraph !== undefined && citation.paragraph > 0) ref.paragraph = citation.paragraph;
    if (citation.item !== undefined && citation.item > 0) ref.item = citation.item;
    if (citation.articleSub !== undefined) ref.text = `第${citation.article}条之${citation.articleSub}`;
    refs.push(ref);
  }
  return { refs, sources };
}

export interface CaseParts {
  number?: DocumentNumber;
  party?: DocParty;
  facts?: { text: string };
  citations: readonly DocCitation[];
  penalties: readonly DocPenalty[];
  fineTotal?: number;
  noPenalty: boolean;
  decisionDate?: string;
  authority?: string;
  index?: LawIndex;
  remedy?: DocRemedy;
  notice?: string;
  procedure?: 'simple';
}

export function buildCase(parts: CaseParts): EnforcementCase {
  const record: EnforcementCase = {
    schemaVersion: 1,
    id: parts.number?.text ?? 'document',
    actionType: 'penalty',
    // The text shows only some steps: absent ones are unknown, never known to be absent.
    origin: { adapter: 'document-text', unreadable: ['events'] },
  };
  if (parts.procedure) record.procedure = parts.procedure;
  if (parts.authority) {
    const province = parts.index?.placeAgency(parts.authority);
    record.agency = province ? { name: parts.authority, region: `${province.code}0000` } : { name: parts.authority };
  }
  if (parts.party) {
    const party: NonNullable<EnforcementCase['party']> = { kind: parts.party.kind, name: parts.party.name };
    if (parts.party.idNumber) party.idNumber = parts.party.idNumber;
    if (parts.party.address) party.address = parts.party.address;
    if (parts.party.kind !== 'person') party.isEnterprise = /公司|厂|店|超市|商行|经营部|合作社/.test(parts.party.name);
    record.party = party;
  }
  if (parts.facts) record.facts = parts.facts.text;
  const legalBasis = toLegalBasis(parts.citations).refs;
  if (legalBasis.length > 0) record.legalBasis = legalBasis;
  const kinds: SanctionKind[] = [];
  let illegalGains: number | undefined;
  for (const penalty of parts.penalties) {
    if (!kinds.includes(penalty.kind)) kinds.push(penalty.kind);
    if (penalty.kind === 'confiscate-gains' && penalty.amount !== undefined) illegalGains = penalty.amount;
  }
  if (kinds.length > 0 || parts.noPenalty) {
    const decision: NonNullable<EnforcementCase['decision']> = { kinds };
    if (parts.fineTotal !== undefined) decision.fineAmount = parts.fineTotal;
    if (illegalGains !== undefined) decision.illegalGains = illegalGains;
    if (parts.noPenalty && kinds.length === 0) decision.outcome = 'no-penalty';
    record.decision = decision;
  }
  const events: NonNullable<EnforcementCase['events']> = [];
  if (parts.notice) events.push({ kind: 'notice-of-intent', at: parts.notice });
  if (parts.decisionDate) {
    const event: NonNullable<EnforcementCase['events']>[number] = { kind: 'decision', at: parts.decisionDate };
    if (parts.number) event.ref = parts.number.text;
    const data: Record<string, number> = {};
    if (parts.remedy?.review?.days !== undefined) data.reviewDays = parts.remedy.review.days;
    if (parts.remedy?.suit?.months !== undefined) data.suitMonths = parts.remedy.suit.months;
    if (Object.keys(data).length > 0) event.data = data;
    events.push(event);
  }
  if (events.length > 0) record.events = events;
  return record;
}
