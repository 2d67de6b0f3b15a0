/**
 * Turning a page scan into a case: label/value pairs resolved to case paths, lists fed as
 * evidence, officers and steps, and the sentences of printable writs read for the rest.
 */
import type { CaseBuilder } from './builder';
import { toLegalRef } from './field-values';
import { choiceText, isChecked, isControl, isHeading, sectionTitle, type Line } from './dom';
import { headingCase } from './heading';
import { matchLabel, type LabelMatch } from './label-map';
import { eventRows, evidenceRows, officerRows } from './lists';
import { parseEventKind } from './parse/enums';
import { cleanText } from './parse/text';
import type { PageScan, Pair } from './scanner';
import {
  agencyLine,
  classifyLegalText,
  documentNumber,
  findDocumentTitles,
  findEvidenceList,
  findFacts,
  findProcedure,
  findTextDecision,
  findTextEvents,
  isDocumentHeading,
  standaloneDate,
} from './sentences';

export interface FeedOptions {
  /** Paths an adapter fills itself: the generic reading leaves them alone. */
  skip?: ReadonlySet<string>;
}

function sectionKindOf(element: Element | undefined) {
  if (!element) return undefined;
  const title = sectionTitle(element);
  return title ? parseEventKind(title) : undefined;
}

const APPROVER = /审批|批准|签发|分管负责人|主要负责人|机关负责人|单位负责人|^负责人|局长|局领导|领导/;
const HANDLER = /经办|承办人|主办|协办|办案人|执法人员|调查人|检查人|承办意见|拟稿|制作人|填表人/;
const REVIEWER = /审核|部门负责人|机构负责人|科室负责人|科长|队长|中队长|法制/;

/** Who signs: the head approving a step, the handler proposing it, or a reviewer in between. */
export function signerRole(text: string | undefined): 'approver' | 'handler' | 'reviewer' | undefined {
  if (!text) return undefined;
  // The nearest label speaks for the date (分管负责人 in the row 审批意见), then the row.
  for (const part of text.split('|').reverse()) {
    if (HANDLER.test(part)) return 'handler';
    if (REVIEWER.test(part) && !/审批|批准/.test(part)) return 'reviewer';
    if (APPROVER.test(part)) return 'approver';
  }
  return undefined;
}

/**
 * Resolves a pair's label (with its section for 送达日期 / 日期) to a case path. A bare date signed
 * on an approval form is the step's date only when the head signs it (分管负责人 … 签字日期); the
 * handler's and the reviewer's signing dates come before the step.
 */
export function resolvePair(pair: Pair): LabelMatch | undefined {
  const match = matchLabel(pair.label);
  if (!match) return undefined;
  if (!match.target.contextual) return match;
  const resolved = matchLabel(pair.label, { sectionKind: sectionKindOf(pair.labelElement ?? pair.valueElement) });
  if (!resolved || match.target.contextual !== 'date' || resolved.target.path === 'ignore') return resolved;
  const role = signerRole(pair.signer);
  if (role === 'handler' || role === 'reviewer') return { ...resolved, target: { ...resolved.target, path: 'ignore' } };
  if (role === 'approver') return { ...resolved, target: { ...resolved.target, priority: 4 } };
  return resolved;
}

function skipped(skip: ReadonlySet<string> | undefined, path: string): boolean {
  if (!skip || skip.size === 0) return false;
  if (skip.has(path)) return true;
  if (path.startsWith('legalBasis.') && skip.has('legalBasis')) return true;
  if (path === 'party.info' && skip.has('party.name')) return true;
  if (path === 'officers.certificateNo' && skip.has('officers')) return true;
  return false;
}

/** Feeds the generic reading of a scan into a builder. Returns keyword evidence for the act type. */
export function feedGeneric(scan: PageScan, builder: CaseBuilder, options: FeedOptions = {}): Record<string, number> {
  const skip = options.skip;
  for (const pair of scan.pairs) {
    const match = resolvePair(pair);
    if (!match || match.target.path === 'ignore' || skipped(skip, match.target.path)) continue;
    // A yes/no field shown as one checkbox (出示证件：☑ 已向当事人出示执法证件): ticked or not.
    const single = BOOLEAN_PATH.test(match.target.path) ? singleCheckbox(pair.valueElement) : undefined;
    const value = single === undefined ? pair.value : single ? '是' : '否';
    builder.addField(match.target.path, value, pair.valueElement, {
      priority: Math.max(1, match.target.priority - (pair.penalty ?? 0)),
      match,
      order: pair.order,
    });
    // 告知事项 with the choice 要求听证 left unticked: the page's hearing-notice field is blank.
    if (match.target.path === 'events.notice-of-intent.hearingRight' && uncheckedHearing(pair.valueElement))
      builder.see('events.hearing-notice');
  }
  for (const list of scan.lists) {
    if (list.kind === 'evidence' && !skipped(skip, 'evidence')) {
      const { items, unknownKinds } = evidenceRows(list.grid, list.columns);
      builder.addEvidenceList(items, list.grid.element, unknownKinds);
    } else if (list.kind === 'officers' && !skipped(skip, 'officers')) {
      builder.addOfficerList(officerRows(list.grid, list.columns), list.grid.element);
    } else if (list.kind === 'events') {
      const { events, unreadable, named } = eventRows(list.grid, list.columns, list.step, list.log);
      // A log never stands in for a step the form shows, dated or blank (送达日期 left empty).
      const shown = list.log ? events.filter(({ event }) => builder.seesField(`events.${event.kind}`)) : [];
      for (const kind of named) builder.see(`events.${kind}`);
      for (const { event, row } of events)
        if (!skipped(skip, `events.${event.kind}`) && !shown.some((found) => found.event === event))
          builder.addListEvent(event, row ?? list.grid.element);
      for (const kind of unreadable) builder.markUnreadable(`events.${kind}`, list.grid.element);
    }
  }
  return feedSentences(scan, builder, skip);
}

const BOOLEAN_PATH = /^flags\.|^events\.inspection\.credentialsShown$/;

/** The state of the one checkbox a field shows, or undefined when it shows none or several. */
function singleCheckbox(element: Element): boolean | undefined {
  if (isControl(element)) {
    if ((element.getAttribute('type') ?? '').toLowerCase() !== 'checkbox') return undefined;
    const parent = element.parentElement;
    const boxes = parent ? parent.querySelectorAll('input[type=checkbox]').length : 1;
    return boxes === 1 ? isChecked(element) : undefined;
  }
  const boxes = element.querySelectorAll('input[type=checkbox]');
  return boxes.length === 1 ? isChecked(boxes[0]!) : undefined;
}

/** Whether a field's choices include a hearing option (要求听证) that is not ticked. */
function uncheckedHearing(element: Element): boolean {
  const scope = isControl(element) ? (element.parentElement?.parentElement ?? element) : element;
  for (const input of Array.from(scope.querySelectorAll('input[type=checkbox], input[type=radio]'))) {
    if (!isChecked(input) && /听证/.test(choiceText(input))) return true;
  }
  return false;
}

const ACTION_HINTS: Array<[RegExp, string, number]> = [
  [/行政处罚决定书|处罚决定书|行政处罚事先告知书|行政处罚告知书/g, 'penalty', 3],
  [/行政处罚|处罚决定|处罚依据|罚款/g, 'penalty', 1],
  [/行政强制措施|查封|扣押|冻结存款|强制执行/g, 'coercion', 1],
  [/行政许可|许可申请|准予许可|不予许可|许可决定/g, 'license', 1],
  [/行政检查|监督检查|检查记录|检查结果|检查事项|检查表|双随机/g, 'inspection', 1],
  [/行政征收|征收决定/g, 'levy', 1],
  [/行政征用/g, 'requisition', 1],
  [/行政收费/g, 'fee', 1],
  [/行政确认/g, 'confirmation', 1],
  [/行政登记/g, 'registration', 1],
  [/行政给付/g, 'payment', 1],
  [/行政裁决/g, 'adjudication', 1],
];

function feedSentences(
  scan: PageScan,
  builder: CaseBuilder,
  skip: ReadonlySet<string> | undefined,
): Record<string, number> {
  const lines = scan.lines;
  const texts = lines.map((line) => line.text);
  const joined = texts.join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const lineAt = (index: number): Line | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lines[lo];
  };
  const elementAt = (index: number) => lineAt(index)?.element;
  const orderAt = (index: number) => {
    const element = elementAt(index);
    return element ? scan.order(element) : Number.MAX_SAFE_INTEGER;
  };
  const allow = (path: string) => !skipped(skip, path);

  // Document titles, numbers, agencies and signature dates. A writ ends where the next document of
  // the file begins (立案审批表, 送达回证); a document named in a field's value is not a title.
  const titles = findDocumentTitles(texts).filter((title) => !insideValue(lines[title.line]!.element, scan.values));
  titles.forEach((title, t) => {
    let end = titles[t + 1]?.line ?? texts.length;
    for (let i = title.line + 1; i < end; i++) {
      if (isDocumentHeading(texts[i]!) && !insideValue(lines[i]!.element, scan.values)) {
        end = i;
        break;
      }
    }
    if (allow('id')) {
      for (let i = title.line + 1; i < Math.min(end, title.line + 4); i++) {
        const number = documentNumber(texts[i]!);
        if (number) {
          builder.addValue('id', number, lines[i]!.element, 3, scan.order(lines[i]!.element));
          break;
        }
      }
    }
    if (allow('agency.name')) {
      for (let i = Math.max(0, title.line - 2); i < title.line; i++) {
        const agency = agencyLine(texts[i]!);
        if (agency) builder.addValue('agency.name', agency, lines[i]!.element, 2, scan.order(lines[i]!.element));
      }
    }
    if (title.kind === 'decision' || title.kind === 'notice-of-intent' || title.kind === 'hearing-notice') {
      for (let i = end - 1; i > title.line; i--) {
        const date = standaloneDate(texts[i]!);
        if (!date) continue;
        if (allow(`events.${title.kind}`))
          builder.addValue(`events.${title.kind}`, date, lines[i]!.element, 2, scan.order(lines[i]!.element));
        const seal = texts[i - 1] ? agencyLine(texts[i - 1]!) : undefined;
        if (seal && allow('agency.name'))
          builder.addValue('agency.name', seal, lines[i - 1]!.element, 2, scan.order(lines[i - 1]!.element));
        break;
      }
    }
  });

  // A case number (and the party beside it) shown only in a title bar.
  const headers = lines.filter((line) => isHeading(line.element) && !insideValue(line.element, scan.values));
  const found = headers.map((line) => ({ line, header: headingCase(line.text) })).filter((item) => item.header);
  if (found.length > 0 && found.every((item) => item.header!.id === found[0]!.header!.id)) {
    const { line, header } = found[0]!;
    const order = scan.order(line.element);
    if (allow('id')) builder.addValue('id', header!.id, line.element, 2, order);
    const party = found.find((item) => item.header!.party)?.header!.party;
    if (party && allow('party.name')) builder.addValue('party.name', party, line.element, 2, order);
  }

  // Legal references with their roles.
  for (const { role, ref } of classifyLegalText(joined)) {
    if (!allow(`legalBasis.${role}`)) continue;
    builder.addLegalRefs(role, [toLegalRef(role, ref)], elementAt(ref.index), 1, orderAt(ref.index));
  }

  // Dated steps.
  for (const event of findTextEvents(joined)) {
    const path = `events.${event.kind}`;
    if (!allow(path)) continue;
    builder.addValue(path, event.at, elementAt(event.index), 1, orderAt(event.index));
    if (event.hearingRight && allow(`${path}.hearingRight`))
      builder.addEventData(`${path}.hearingRight`, true, elementAt(event.index), 1, orderAt(event.index));
  }

  // The decision: sanctions and fine.
  const decision = findTextDecision(joined);
  if (decision) {
    const element = elementAt(decision.index);
    const order = orderAt(decision.index);
    if (decision.kinds.length > 0 && allow('decision.kinds'))
      builder.addValue('decision.kinds', decision.kinds, element, 1, order);
    if (decision.outcome && allow('decision.outcome'))
      builder.addValue('decision.outcome', decision.outcome, element, 1, order);
    if (decision.fineAmount !== undefined && allow('decision.fineAmount'))
      builder.addValue('decision.fineAmount', decision.fineAmount, element, 1, order);
    if (decision.illegalGains !== undefined && allow('decision.illegalGains'))
      builder.addValue('decision.illegalGains', decision.illegalGains, element, 1, order);
  }

  // Facts and evidence of a writ.
  if (allow('facts') && !builder.has('facts')) {
    const facts = findFacts(texts);
    if (facts)
      builder.addValue(
        'facts',
        cleanText(facts.text),
        lines[facts.line]!.element,
        1,
        scan.order(lines[facts.line]!.element),
      );
  }
  if (allow('evidence') && !builder.hasEvidence()) {
    const list = findEvidenceList(texts);
    if (list) builder.addEvidenceTitles(list.titles, lines[list.line]!.element, 10);
  }
  if (allow('procedure')) {
    const procedure = findProcedure(joined);
    if (procedure) builder.addValue('procedure', procedure, undefined, 1, Number.MAX_SAFE_INTEGER);
  }

  // Keyword evidence for the act type.
  const hints: Record<string, number> = {};
  const evidence = `${joined}\n${scan.pairs.map((pair) => pair.label).join('\n')}`;
  for (const [pattern, type, weight] of ACTION_HINTS) {
    const count = evidence.match(pattern)?.length ?? 0;
    if (count > 0) hints[type] = (hints[type] ?? 0) + count * weight;
  }
  return hints;
}

function insideValue(element: Element, values: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (values.has(node)) return true;
  return false;
}
