/**
 * Collects candidate values for case paths from any number of sources (labelled fields, lists,
 * sentences) and assembles one case-model record: the best candidate per path wins, values
 * that were labelled but could not be parsed are reported as unreadable, nothing is guessed.
 */
import {
  caseSchema,
  ROLES,
  EVENT_KINDS,
  type CaseEvent,
  type EnforcementCase,
  type EventKind,
  type Evidence,
  type LegalRef,
  type Role,
  type SanctionKind,
} from '../case/schema';
import type { LabelMatch } from './label-map';
import { parseAmount } from './parse/amounts';
import { findArticleRefs } from './parse/articles';
import { dateOnly, parseDate } from './parse/dates';
import {
  parseActionType,
  parseBoolean,
  parseDiscretionLevel,
  parseOutcome,
  parseProcedure,
  parseSource,
  parseStatus,
} from './parse/enums';
import { inferEvidenceKind, splitEvidenceTitles } from './parse/evidence';
import { parseCertificateNumbers, parseOfficers, type OfficerEntry } from './parse/names';
import { parseChineseNumeral } from './parse/numerals';
import {
  idNumberType,
  inferEnterprise,
  inferOrganisationKind,
  inferPartyKind,
  looksLikeOrganisation,
  parseIdNumber,
  parsePartyType,
  type PartyKind,
} from './parse/party';
import { parseSanctions } from './parse/sanctions';
import { cleanText, hashText, isEmptyValue, trimValue } from './parse/text';
import { defaultParser, EVENT_DATA_PATHS, reportPath, type ParserName } from './paths';
import { classifyLegalText, type LegalRole } from './sentences';

export interface FieldOptions {
  /** 1–9 from the label vocabulary; sentences use 1. */
  priority: number;
  parser?: ParserName;
  match?: LabelMatch;
  /** Document order of the element, for ties. */
  order: number;
}

interface Candidate<T> {
  value: T;
  rank: number;
  order: number;
  element: Element | undefined;
}

interface OfficerSource {
  entries: OfficerEntry[];
  role?: Role;
  index?: number;
  order: number;
  rank: number;
  element: Element | undefined;
}

interface CertificateSource {
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

export interface BuildOptions {
  url?: string;
  adapter?: string;
  system?: string;
  extractedAt?: string;
  /** Text used for the fallback id hash when the page shows no case number. */
  fingerprint?: string;
  /** Keyword evidence for the act type, from the page text. */
  actionTypeHints?: Partial<Record<EnforcementCase['actionType'], number>>;
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

const WAITING = /^(待|未|尚未|暂未|无需|不需要|不适用|无$|否$|没有$|不延期|不延长)/;

export class CaseBuilder {
  private scalars = new Map<string, Candidate<unknown>[]>();
  private seen = new Set<string>();
  private failures = new Map<string, Element | undefined>();
  private officerSources: OfficerSource[] = [];
  private certificateSources: CertificateSource[] = [];
  private listOfficers: Array<{ officers: ListOfficer[]; element: Element | undefined }> = [];
  private evidence: Array<{ items: Evidence[]; rank: number; element: Element | undefined; unknownKinds: boolean }> =
    [];
  private legal: Array<{
    role: LegalRole;
    refs: LegalRef[];
    rank: number;
    order: number;
    element: Element | undefined;
  }> = [];
  private listEvents: Array<{ event: CaseEvent; element: Element | undefined }> = [];

  /** Records a labelled value for a path, parsing it with the path's (or the given) parser. */
  addField(path: string, raw: string, element: Element | undefined, options: FieldOptions): void {
    if (path === 'ignore') return;
    this.see(path);
    const text = cleanText(raw);
    if (isEmptyValue(text)) return;
    const parser = options.parser ?? defaultParser(path);
    const rank = options.priority * 10 + (options.match?.exact === false ? 0 : 1);
    const put = (target: string, value: unknown, bonus = 0) =>
      this.put(target, { value, rank: rank + bonus, order: options.order, element });
    const fail = () => {
      // A fact about a step that cannot be read leaves the fact unknown, not the step.
      if (path in EVENT_DATA_PATHS) return;
      const key = reportPath(path);
      if (!this.failures.has(key)) this.failures.set(key, element);
    };
    const match = options.match;

    if (path === 'events.notice-of-intent.hearingRight' && parser === 'boolean') {
      // 是/否, or the rights the notice lists (陈述、申辩 / 陈述、申辩及要求听证的权利).
      const told = hearingRightIn(text) ?? parseBoolean(text);
      if (told === undefined) return fail();
      put(path, told);
      return;
    }

    switch (parser) {
      case 'text': {
        const value =
          path === 'id'
            ? idText(text)
            : path === 'facts' || path.endsWith('summary') || path.endsWith('reason')
              ? text
              : path === 'agency.name'
                ? agencyText(text)
                : oneLine(text);
        if (value === '') return fail();
        put(path, value);
        return;
      }
      case 'date': {
        if (WAITING.test(text)) return;
        const date = parseDate(text);
        if (!date) return fail();
        if (path.startsWith('events.')) {
          const kind = path.slice(7);
          if (match?.target.licenseKind && kind === 'lead-received')
            this.put('licenseKind', { value: match.target.licenseKind, rank, order: options.order, element });
          put(path, date);
        } else {
          put(path, dateOnly(date));
        }
        return;
      }
      case 'amount': {
        const amount = parseAmount(text, match?.scale ?? 1);
        if (amount === undefined) return fail();
        put(path, amount);
        return;
      }
      case 'number': {
        const value = parseChineseNumeral(text.replace(/[^\d.零〇一二两三四五六七八九十百千万亿]/g, ''));
        if (value === undefined) return fail();
        put(path, value);
        return;
      }
      case 'article': {
        const role = (path.startsWith('legalBasis.') ? path.slice(11) : 'other') as LegalRole;
        const roled = classifyLegalText(text, role);
        const refs = roled.map(({ role: r, ref }) => toLegalRef(r, ref));
        const lawless = findArticleRefs(text).some((ref) => ref.law === undefined);
        if (refs.length === 0 || lawless) fail();
        for (const r of new Set(refs.map((ref) => ref.role))) {
          this.legal.push({
            role: r,
            refs: refs.filter((ref) => ref.role === r),
            rank,
            order: options.order,
            element,
          });
        }
        return;
      }
      case 'names':
      case 'officers': {
        const { entries, unassigned } = parseOfficers(text);
        if (entries.length === 0) return fail();
        if (unassigned.length > 0) this.markUnreadable('officers.certificateNo', element);
        const source: OfficerSource = { entries, order: options.order, rank, element };
        if (match?.target.role) source.role = match.target.role;
        if (match?.index !== undefined) source.index = match.index;
        this.officerSources.push(source);
        return;
      }
      case 'certificates': {
        const numbers = parseCertificateNumbers(text);
        if (numbers.length === 0) return fail();
        const source: CertificateSource = { numbers, order: options.order, element };
        if (match?.index !== undefined) source.index = match.index;
        this.certificateSources.push(source);
        return;
      }
      case 'sanctions': {
        const reading = parseSanctions(text);
        if (reading.kinds.length === 0 && !reading.outcome) {
          const outcome = parseOutcome(text);
          if (outcome) put('decision.outcome', outcome, -5);
          // 处理意见 / 处理结果 (weak labels) often say 建议归档 or 解除扣押: not a sanction, not a failure.
          else if (options.priority >= 8) return fail();
          return;
        }
        put('decision.kinds', reading.kinds);
        if (reading.outcome) put('decision.outcome', reading.outcome);
        if (path !== 'decision.kinds' || text.length > 6) {
          const amount = reading.kinds.includes('fine') ? fineFromText(text) : undefined;
          if (amount !== undefined) put('decision.fineAmount', amount, -30);
        }
        // A sentence (处罚内容: 罚款人民币伍万元…) is kept as the summary; a list of kinds is not.
        if (text.length > 20 || /\d|元/.test(text)) put('decision.summary', text, -10);
        return;
      }
      case 'procedure':
        return this.enumValue(path, parseProcedure(text), put, fail);
      case 'actionType': {
        // 行政处罚（一般程序）names the procedure too; a procedure field of its own wins.
        const procedure = parseProcedure(text);
        if (procedure) put('procedure', procedure, -30);
        return this.enumValue(path, parseActionType(text), put, fail);
      }
      case 'status':
        return this.enumValue(path, parseStatus(text), put, fail);
      case 'source':
        return this.enumValue(path, parseSource(text), put, fail);
      case 'discretionLevel':
        return this.enumValue(path, parseDiscretionLevel(text), put, fail);
      case 'boolean':
        return this.enumValue(path, parseBoolean(text), put, fail);
      case 'outcome':
        return this.enumValue(path, parseOutcome(text), put, fail);
      case 'partyKind':
        return this.enumValue(path, parsePartyType(text), put, fail);
      case 'partyName': {
        let name = oneLine(text)
          .replace(/[(（](个人|单位|法人|自然人|其他组织)[)）]$/, '')
          .replace(/[(（][^()（）]*(法定代表人|负责人|经营者|信用代码|身份证|注册号|住所|地址)[^()（）]*[)）]$/, '')
          .trim();
        if (
          /[，,](男|女|\d{4}年|身份证|公民身份|住所|住址|地址|统一社会信用代码|法定代表人)/.test(name) ||
          name.length > 60
        ) {
          // 张三，男，1980年1月1日出生，身份证号……: a 当事人基本情况 paragraph under a 当事人 label.
          const info = parsePartyInfo(name);
          if (!info.name) return fail();
          name = info.name;
          if (info.idNumber) put('party.idNumber', info.idNumber, -20);
          if (info.address) put('party.address', info.address, -20);
        }
        if (name === '') return fail();
        put('party.name', name);
        if (match?.target.org) put('party.orgLabel', true);
        return;
      }
      case 'idNumber': {
        const id = parseIdNumber(text);
        if (!id) return fail();
        put('party.idNumber', id);
        return;
      }
      case 'partyInfo': {
        const info = parsePartyInfo(text);
        if (!info.name) return fail();
        put('party.name', info.name, -20);
        if (info.idNumber) put('party.idNumber', info.idNumber, -20);
        if (info.address) put('party.address', info.address, -20);
        return;
      }
      case 'evidence': {
        const titles = splitEvidenceTitles(text);
        if (titles.length === 0) return fail();
        this.addEvidenceTitles(titles, element, rank);
        return;
      }
    }
  }

  private enumValue(
    path: string,
    value: unknown,
    put: (target: string, value: unknown) => void,
    fail: () => void,
  ): void {
    if (value === undefined) fail();
    else put(path, value);
  }

  private put(path: string, candidate: Candidate<unknown>): void {
    const list = this.scalars.get(path);
    if (list) list.push(candidate);
    else this.scalars.set(path, [candidate]);
  }

  /** A value read without a label parser (document sentences, adapters), already typed. */
  addValue(path: string, value: unknown, element: Element | undefined, priority: number, order: number): void {
    if (value === undefined || value === '') return;
    this.see(path);
    this.put(path, { value, rank: priority * 10, order, element });
  }

  /** A fact about a step (`events.<kind>.<key>`, e.g. the notice named the hearing right), read from a sentence. */
  addEventData(path: string, value: unknown, element: Element | undefined, priority: number, order: number): void {
    if (value === undefined) return;
    this.put(path, { value, rank: priority * 10, order, element });
  }

  addLegalRefs(role: LegalRole, refs: LegalRef[], element: Element | undefined, priority: number, order: number): void {
    this.see('legalBasis');
    if (refs.length > 0) this.legal.push({ role, refs, rank: priority * 10, order, element });
  }

  addEvidenceTitles(titles: string[], element: Element | undefined, rank: number): void {
    this.see('evidence');
    let unknownKinds = false;
    const items = titles.map((title): Evidence => {
      const kind = inferEvidenceKind(title);
      if (!kind) unknownKinds = true;
      return { kind: kind ?? 'documentary', title };
    });
    this.evidence.push({ items, rank, element, unknownKinds });
  }

  /** Evidence rows of a list (el-table, table) with kinds already inferred. */
  addEvidenceList(items: Evidence[], element: Element | undefined, unknownKinds: boolean): void {
    this.see('evidence');
    if (items.length > 0) this.evidence.push({ items, rank: 1000, element, unknownKinds });
  }

  addOfficerList(officers: ListOfficer[], element: Element | undefined): void {
    this.see('officers');
    if (officers.length > 0) this.listOfficers.push({ officers, element });
  }

  addListEvent(event: CaseEvent, element: Element | undefined): void {
    this.see(`events.${event.kind}`);
    this.listEvents.push({ event, element });
  }

  /** Records that the page shows a field for a path (filled or blank). */
  see(path: string): void {
    if (path === 'ignore' || path === 'licenseKind' || path === 'party.orgLabel' || path in EVENT_DATA_PATHS) return;
    this.seen.add(reportPath(path));
  }

  /** Marks a path as shown on the page but not readable. */
  markUnreadable(path: string, element?: Element): void {
    this.see(path);
    if (!this.failures.has(path)) this.failures.set(path, element);
  }

  has(path: string): boolean {
    return (this.scalars.get(path)?.length ?? 0) > 0;
  }

  hasEvidence(): boolean {
    return this.evidence.length > 0;
  }

  private best<T>(path: string): Candidate<T> | undefined {
    const list = this.scalars.get(path) as Candidate<T>[] | undefined;
    if (!list || list.length === 0) return undefined;
    return list.reduce((a, b) => (b.rank > a.rank || (b.rank === a.rank && b.order < a.order) ? b : a));
  }

  build(options: BuildOptions = {}): BuildResult {
    const fields = new Map<string, Element>();
    const unreadable = new Set<string>();
    const mark = (path: string, element: Element | undefined) => {
      if (!element) return;
      if (!fields.has(path)) fields.set(path, element);
      const top = path.split('.')[0]!;
      if (!fields.has(top)) fields.set(top, element);
    };
    const take = <T>(path: string): T | undefined => {
      const candidate = this.best<T>(path);
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
    const party = this.buildParty(take, mark);
    if (party) record.party = party;

    // officers
    const officers = this.buildOfficers(unreadable, mark);
    if (officers.length > 0) record.officers = officers;

    // evidence
    const evidence = this.buildEvidence(unreadable, mark);
    if (evidence.length > 0) record.evidence = evidence;

    // legal basis
    const legalBasis = this.buildLegal(mark, actionType);
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
    for (const path of this.scalars.keys()) {
      if (!path.startsWith('flags.')) continue;
      const value = take<boolean>(path);
      if (value !== undefined) flags[path.slice(6)] = value;
    }
    if (Object.keys(flags).length > 0) record.flags = flags;

    // events
    const events = this.buildEvents(actionType, mark);
    if (events.length > 0) record.events = events;

    // unreadable: labelled but not parsed, and nothing else filled the path
    for (const [path, element] of this.failures) {
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

    const { data, dropped } = validate(record);
    for (const path of dropped) unreadable.add(path);
    const list = [...unreadable].sort();
    (data.origin as Record<string, unknown>).unreadable = list;
    const seen = [...this.seen].sort();
    // Steps the page shows a field for but with no value: taken as not done (rules may accuse),
    // unlike steps the page does not show at all, which stay unknown.
    const recorded = new Set(
      ((data.events as { kind: string }[] | undefined) ?? []).map((event) => `events.${event.kind}`),
    );
    const licenseKind = this.best<EventKind>('licenseKind')?.value;
    const emptyFields = [
      ...new Set(
        seen
          .filter((path) => path.startsWith('events.') && !unreadable.has(path))
          .map((path) => `events.${actKind(path.slice(7) as EventKind, actionType, licenseKind)}`),
      ),
    ].filter((path) => !recorded.has(path) && !unreadable.has(path));
    if (emptyFields.length > 0) (data.origin as Record<string, unknown>).emptyFields = emptyFields;
    return { case: data, fields, unreadable: list, seen, filled: countFilled(data) };
  }

  private buildParty(
    take: <T>(path: string) => T | undefined,
    mark: (path: string, element: Element | undefined) => void,
  ): Record<string, unknown> | undefined {
    const name = take<string>('party.name');
    const idNumber = this.partyIdNumber(name, mark) ?? take<string>('party.idNumber');
    const explicitKind = take<PartyKind>('party.kind');
    const address = take<string>('party.address');
    const enterprise = take<boolean>('party.isEnterprise');
    const orgLabel = this.best<boolean>('party.orgLabel')?.value === true;
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
  private partyIdNumber(
    name: string | undefined,
    mark: (path: string, element: Element | undefined) => void,
  ): string | undefined {
    const list = this.scalars.get('party.idNumber') as Candidate<string>[] | undefined;
    if (!name || !list || list.length < 2 || !looksLikeOrganisation(name)) return undefined;
    const codes = list.filter((candidate) => idNumberType(candidate.value) === 'uscc');
    if (codes.length === 0 || codes.length === list.length) return undefined;
    const best = codes.reduce((a, b) => (b.rank > a.rank || (b.rank === a.rank && b.order < a.order) ? b : a));
    mark('party.idNumber', best.element);
    return best.value;
  }

  private buildOfficers(
    unreadable: Set<string>,
    mark: (path: string, element: Element | undefined) => void,
  ): ListOfficer[] {
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
    for (const list of this.listOfficers) {
      mark('officers', list.element);
      for (const officer of list.officers) addOfficer(officer.name, officer.certificateNo, officer.roles);
    }
    const sources = [...this.officerSources].sort((a, b) => a.order - b.order);
    for (const source of sources) {
      mark('officers', source.element);
      for (const entry of source.entries) addOfficer(entry.name, entry.certificateNo, source.role ? [source.role] : []);
    }
    // Credential numbers given in their own fields.
    const used = new Set<OfficerSource>();
    for (const certs of [...this.certificateSources].sort((a, b) => a.order - b.order)) {
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

  private buildEvidence(
    unreadable: Set<string>,
    mark: (path: string, element: Element | undefined) => void,
  ): Evidence[] {
    if (this.evidence.length === 0) return [];
    const top = Math.max(...this.evidence.map((e) => e.rank));
    const chosen = this.evidence.filter((e) => e.rank === top);
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

  private buildLegal(
    mark: (path: string, element: Element | undefined) => void,
    actionType: EnforcementCase['actionType'],
  ): LegalRef[] {
    const out: LegalRef[] = [];
    const roles: LegalRole[] = ['violated', 'penalty', 'procedure', 'discretion', 'other'];
    // 法律依据 of a seizure, a licence or an inspection is the basis of that act, not of a penalty:
    // only a label that names the penalty (处罚依据, rank 90+) keeps the role there.
    const legal =
      actionType === 'penalty'
        ? this.legal
        : this.legal.map((entry) =>
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

  private buildEvents(
    actionType: EnforcementCase['actionType'],
    mark: (path: string, element: Element | undefined) => void,
  ): CaseEvent[] {
    const events: CaseEvent[] = [];
    const seen = new Set<string>();
    const push = (event: CaseEvent, element: Element | undefined) => {
      const key = `${event.kind}|${event.at}`;
      if (seen.has(key)) return;
      seen.add(key);
      events.push(event);
      mark(`events.${event.kind}`, element);
    };
    const licenseKind = this.best<EventKind>('licenseKind')?.value;
    const strong = new Set<EventKind>();
    const weak: Array<{ kind: EventKind; candidate: Candidate<string> }> = [];
    for (const path of this.scalars.keys()) {
      if (!path.startsWith('events.') || path in EVENT_DATA_PATHS) continue;
      const candidate = this.best<string>(path);
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
    for (const { event: read, element } of this.listEvents) {
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
      const candidate = this.best<unknown>(path);
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
}

/**
 * The step a generic field names, in the act's own terms: a licence's 决定 is the licence decision,
 * a coercive measure's 审批 / 延期 are its approval and extension, an inspection's 公示 publishes
 * its results; a licence's 受理 is the acceptance of the application.
 */
function actKind(
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

/**
 * Whether the rights a notice lists include the hearing: 陈述、申辩及要求听证的权利 → true,
 * 陈述、申辩 → false; undefined when the text names no right at all.
 */
export function hearingRightIn(text: string): boolean | undefined {
  const value = text.replace(/\s+/g, '');
  if (/(未|没有|不含|不包括|无)(告知|享有|包括|包含|含)?(当事人)?(要求|申请)?(举行)?听证/.test(value)) return false;
  if (/听证/.test(value)) return true;
  if (/陈述|申辩/.test(value)) return false;
  return undefined;
}

/** An agency name as signed: seal notes (（印章）) and the signature date after it removed. */
function agencyText(text: string): string {
  return oneLine(text)
    .replace(/[（(]\s*(印章|盖章|公章|章|签章)\s*[)）]/g, ' ')
    .replace(
      /\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○一二三四五六七八九]{4}\s*年[〇零○一二三四五六七八九十]{1,3}\s*月[〇零○一二三四五六七八九十]{1,4}\s*日|\d{4}-\d{1,2}-\d{1,2})\s*$/,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

function idText(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/[\s\u3000]+/g, '').replace(/^[:：]/, '');
}

function oneLine(text: string): string {
  return trimValue(text.replace(/\s*\n\s*/g, ' '));
}

function fineFromText(text: string): number | undefined {
  const match =
    /罚款[^，。；;]{0,4}?((?:人民币)?[^，。；;]{1,24}?元)/.exec(text) ??
    /(?:处以?|并处)((?:人民币)?[^，。；;]{1,24}?元)(?:的)?罚款/.exec(text);
  return match ? parseAmount(match[1]!) : undefined;
}

export function toLegalRef(
  role: LegalRole,
  ref: { law?: string; article?: number; paragraph?: number; item?: number; subArticle?: number; text: string },
): LegalRef {
  const out: Record<string, unknown> = { role, law: ref.law ?? '' };
  if (ref.article !== undefined) out.article = ref.article;
  if (ref.paragraph !== undefined) out.paragraph = ref.paragraph;
  if (ref.item !== undefined) out.item = ref.item;
  if (ref.subArticle !== undefined) out.subArticle = ref.subArticle;
  out.text = ref.text;
  return out as LegalRef;
}

/** Pulls name, identity number and address out of a 当事人基本情况 paragraph. */
export function parsePartyInfo(text: string): { name?: string; idNumber?: string; address?: string } {
  const out: { name?: string; idNumber?: string; address?: string } = {};
  const flat = text.replace(/\s+/g, ' ');
  const name = /^(?:当事人[：:]\s*)?([^，,；;。:：(（\s]{2,40})/.exec(flat);
  if (name && !/代码|证号|地址|住所/.test(name[1]!)) out.name = name[1]!;
  const code =
    /(?:统一社会信用代码|信用代码|身份证(?:件)?号(?:码)?|注册号|证件号(?:码)?)[：:\s]*([0-9A-Za-z*]{15,18})/.exec(flat);
  if (code) out.idNumber = code[1]!.toUpperCase();
  const address = /(?:住所|地址|住址|经营场所)(?:地)?[：:\s]*([^，,；;。]{4,80})/.exec(flat);
  if (address) out.address = address[1]!.trim();
  return out;
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

/** Validates against caseSchema; a value that breaks it is dropped and its path reported. */
function validate(record: Record<string, unknown>): { data: EnforcementCase; dropped: string[] } {
  const dropped: string[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    const parsed = caseSchema.safeParse(record);
    if (parsed.success) return { data: parsed.data, dropped };
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      if (path.length === 0) continue;
      dropAt(record, path);
      const named = path[0] === 'events' && path.length > 1 ? 'events' : path.filter((p) => !/^\d+$/.test(p)).join('.');
      dropped.push(named);
    }
  }
  throw new Error('extracted case could not be made valid');
}

function dropAt(record: Record<string, unknown>, path: string[]): void {
  // Remove the smallest unit: an array item, or a key.
  let node: unknown = record;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = (node as Record<string, unknown>)[key];
    if (Array.isArray(next) && /^\d+$/.test(path[i + 1]!)) {
      next.splice(Number(path[i + 1]), 1);
      if (next.length === 0) delete (node as Record<string, unknown>)[key];
      return;
    }
    node = next;
    if (node === null || typeof node !== 'object') return;
  }
  delete (node as Record<string, unknown>)[path[path.length - 1]!];
}
