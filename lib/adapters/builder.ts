/**
 * Collects candidate values for case paths from any number of sources (labelled fields, lists,
 * sentences) and assembles one case-model record: the best candidate per path wins, values
 * that were labelled but could not be parsed are reported as unreadable, nothing is guessed.
 */
import type { CaseEvent, Evidence, LegalRef } from '../case/schema';
import { assembleCase, type BuildOptions, type BuildResult } from './assemble';
import type {
  Candidate,
  CertificateSource,
  Collected,
  EvidenceSource,
  LegalSource,
  ListOfficer,
  OfficerSource,
} from './candidates';
import { agencyText, fineFromText, hearingRightIn, idText, oneLine, parsePartyInfo, toLegalRef } from './field-values';
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
import { parseCertificateNumbers, parseOfficers } from './parse/names';
import { parseChineseNumeral } from './parse/numerals';
import { parseIdNumber, parsePartyType } from './parse/party';
import { parseSanctions } from './parse/sanctions';
import { cleanText, isEmptyValue } from './parse/text';
import { defaultParser, EVENT_DATA_PATHS, reportPath, type ParserName } from './paths';
import { classifyLegalText, gainsIn, type LegalRole } from './sentences';

export interface FieldOptions {
  /** 1–9 from the label vocabulary; sentences use 1. */
  priority: number;
  parser?: ParserName;
  match?: LabelMatch;
  /** Document order of the element, for ties. */
  order: number;
}

/**
 * Whether a blank field on a page says something: an empty discretion reason, or an
 * empty numbered officer slot (执法人员2 / 证号2) beside a named first officer. An empty 审批人 is not.
 */
function blankMatters(path: string, match: LabelMatch | undefined): boolean {
  const shown = reportPath(path);
  // (Not evidence: an empty 证据名称 is usually an "add evidence" dialog, not the case's list.)
  if (shown === 'discretion.reason') return true;
  return shown === 'officers' && (match?.index ?? 0) >= 2 && /执法|承办|办案|检查|调查|证号/.test(match?.label ?? '');
}

const WAITING = /^(待|未|尚未|暂未|无需|不需要|不适用|无$|否$|没有$|不延期|不延长)/;
/** A value still to come (待办理, 尚未作出): blank for fields that hold a sanction, amount, rule or people. */
const PENDING = /^(待|尚未|暂未)[\u4e00-\u9fa5]{0,4}$/;
const PENDING_PARSERS = new Set<ParserName>(['sanctions', 'amount', 'article', 'officers', 'names', 'evidence']);

export class CaseBuilder {
  private scalars = new Map<string, Candidate<unknown>[]>();
  private seen = new Set<string>();
  private blank = new Set<string>();
  /** Paths a labelled field shows, filled or blank. */
  private fieldPaths = new Set<string>();
  private failures = new Map<string, Element | undefined>();
  private officerSources: OfficerSource[] = [];
  private certificateSources: CertificateSource[] = [];
  private listOfficers: Collected['listOfficers'] = [];
  private evidence: EvidenceSource[] = [];
  private legal: LegalSource[] = [];
  private listEvents: Collected['listEvents'] = [];

  /** Records a labelled value for a path, parsing it with the path's (or the given) parser. */
  addField(path: string, raw: string, element: Element | undefined, options: FieldOptions): void {
    if (path === 'ignore') return;
    this.see(path);
    this.fieldPaths.add(reportPath(path));
    const text = cleanText(raw);
    if (isEmptyValue(text)) {
      if (blankMatters(path, options.match)) this.blank.add(reportPath(path));
      return;
    }
    const parser = options.parser ?? defaultParser(path);
    if (PENDING.test(text) && PENDING_PARSERS.has(parser)) return;
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
          const gains = reading.kinds.includes('confiscate-gains') ? gainsIn(text) : undefined;
          if (gains !== undefined) put('decision.illegalGains', gains, -30);
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

  /** Whether a labelled field of the page shows this path, filled or blank. */
  seesField(path: string): boolean {
    return this.fieldPaths.has(reportPath(path));
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

  /** Assembles the case: the best candidate per path, checked against the case schema. */
  build(options: BuildOptions = {}): BuildResult {
    return assembleCase(
      {
        scalars: this.scalars,
        seen: this.seen,
        blank: this.blank,
        failures: this.failures,
        officerSources: this.officerSources,
        certificateSources: this.certificateSources,
        listOfficers: this.listOfficers,
        evidence: this.evidence,
        legal: this.legal,
        listEvents: this.listEvents,
      },
      options,
    );
  }
}
