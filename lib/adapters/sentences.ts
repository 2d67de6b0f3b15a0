/**
 * Reading values out of running text: the sentences of a printable decision (……违反了《……》第……条
 * ……依据《……》第……条……的规定, 于2025年3月5日作出 …), its document number, signature date,
 * facts and evidence list. Pure string work on lines; the caller maps offsets back to elements.
 */
import type { EventKind, LegalRef, SanctionKind } from '../case/schema';
import { findAmounts } from './parse/amounts';
import { findArticleRefs, type ArticleRef } from './parse/articles';
import { findDates } from './parse/dates';
import { parseEventKind } from './parse/enums';
import { splitEvidenceTitles } from './parse/evidence';
import { parseSanctions } from './parse/sanctions';

export type LegalRole = LegalRef['role'];

export interface RoledRef {
  role: LegalRole;
  ref: ArticleRef;
}

/** Replaces quoted text (“……”) with spaces so offsets stay the same. */
export function blankQuotes(text: string): string {
  return text.replace(
    /“[^“”]*”|"[^"\n]*"/g,
    (quote) => quote[0] + ' '.repeat(Math.max(0, quote.length - 2)) + quote.slice(-1),
  );
}

const VIOLATED_VERB = /违反了?|违背了?|不符合|涉嫌违反/g;
const BASIS_VERB = /依据|根据|依照|按照|适用|参照/g;
const AFTER_PROCEDURE = /加处罚款|强制执行|申请(行政)?复议|行政复议|提起(行政)?诉讼|缴纳|送达|听证|陈述|申辩|告知/;
const AFTER_VIOLATED = /构成|属于|认定为|定性为|已构成|是偷税|违法行为成立/;
const AFTER_PENALTY = /决定|处以|并处|给予|予以|处罚|罚款|没收|责令|警告|吊销|暂扣|处[^。；]{0,12}元/;

/**
 * Article references in a text with the role each plays: after 违反（了） → violated; after
 * 依据/根据/依照/按照 → penalty when a sanction follows (……的规定，决定……), violated when
 * 构成/属于 follows, procedure for 加处罚款/复议/诉讼; a law named …裁量… → discretion.
 * References with no such verb take `defaultRole` (a labelled field) or are left out.
 */
export function classifyLegalText(input: string, defaultRole?: LegalRole): RoledRef[] {
  // In running text (no labelled role) only titles of legal norms count, not 《询问笔录》 or a
  // company's own 《质量保证大纲》.
  const refs = findArticleRefs(input).filter(
    (ref) => defaultRole !== undefined || ref.law === undefined || isNormTitle(ref.law),
  );
  if (refs.length === 0) return [];
  const text = blankQuotes(input);
  const verbs: Array<{ index: number; end: number; kind: 'violated' | 'basis' }> = [];
  for (const match of text.matchAll(VIOLATED_VERB))
    verbs.push({ index: match.index, end: match.index + match[0].length, kind: 'violated' });
  for (const match of text.matchAll(BASIS_VERB))
    verbs.push({ index: match.index, end: match.index + match[0].length, kind: 'basis' });
  verbs.sort((a, b) => a.index - b.index);
  const out: RoledRef[] = [];
  for (const ref of refs) {
    if (ref.law === undefined) continue;
    let role: LegalRole | undefined;
    const verb = [...verbs]
      .reverse()
      .find((v) => v.end <= ref.index && !/[。；;]/.test(text.slice(v.end, ref.index)) && ref.index - v.end < 160);
    if (verb?.kind === 'violated') role = 'violated';
    else if (verb?.kind === 'basis') role = roleAfter(text, ref) ?? defaultRole ?? 'other';
    else role = defaultRole;
    if (role === undefined) continue;
    if (/裁量/.test(ref.law) && role !== 'violated') role = 'discretion';
    out.push({ role, ref });
  }
  return out;
}

const NORM_TITLE =
  /(法|条例|规定|办法|细则|规则|决定|标准|基准|目录|通知|公告|意见|规范|准则|命令|令|解释|批复|规程|纲要|章程|公约|条约|协定)$/;

/** Whether a title in 《》 names a legal norm (法, 条例, 规定, 办法, 公告 …), brackets at the end aside. */
export function isNormTitle(title: string): boolean {
  return NORM_TITLE.test(title.replace(/[（(][^（()）]*[)）]$/, ''));
}

function roleAfter(text: string, ref: ArticleRef): LegalRole | undefined {
  const start = ref.index + ref.text.length;
  let window = text.slice(start, start + 400);
  const stop = window.search(/[。；;]/);
  if (stop >= 0) window = window.slice(0, stop);
  // Skip the rest of the citation list, which may run over lines, up to 规定 / 之规定; what
  // follows it must be on the same line.
  const rule = window.search(/规定|要求/);
  const after = (rule >= 0 ? window.slice(rule + 2) : window).split('\n')[0]!.slice(0, 60);
  if (AFTER_PROCEDURE.test(after)) return 'procedure';
  if (AFTER_VIOLATED.test(after)) return 'violated';
  if (AFTER_PENALTY.test(after)) return 'penalty';
  return undefined;
}

// ── events named in sentences ───────────────────────────────────────────────
const EVENT_WORDS: Array<[RegExp, EventKind]> = [
  [/不予立案/, 'filing-refused'],
  [/立案/, 'filing-approved'],
  [/放弃(了)?(要求)?听证/, 'hearing-waived'],
  [/(申请|要求|提出)(了)?听证/, 'hearing-requested'],
  [/举行(了)?听证|召开(了)?听证|组织(了)?听证|听证会/, 'hearing-held'],
  [/听证告知书|告知.{0,12}听证权/, 'hearing-notice'],
  [/事先告知|告知书|告知(了)?(当事人|你|其).{0,30}(拟|陈述|申辩|权利)/, 'notice-of-intent'],
  [/(提出|进行)(了)?(陈述|申辩)|陈述申辩|陈述、申辩/, 'statement-heard'],
  [/法制审核|法制审查/, 'legal-review'],
  [/集体讨论/, 'collective-discussion'],
  [/延长.{0,8}期限|批准延期|延期/, 'extension-approved'],
  [/送达.{0,20}决定书|决定书.{0,10}送达|当场交付.{0,20}决定书/, 'delivery'],
  [/作出.{0,24}决定|决定书/, 'decision'],
  [/先行登记保存/, 'evidence-preserved'],
  [/查封|扣押/, 'coercion-applied'],
  [
    /现场检查|进行(了)?(现场)?检查|检查(时|中)?发现|依法查获|查获|执法检查|监督检查|实施检查|开展检查|检查了/,
    'inspection',
  ],
  [/询问/, 'inquiry'],
  [/抽样|抽检|采样/, 'sampling'],
  [/检验|检测|鉴定/, 'expert-opinion'],
  [/结案/, 'closed'],
  [/缴纳|缴清|缴款/, 'payment'],
  [/催告/, 'urge-notice'],
  [/申请.{0,10}强制执行/, 'enforcement'],
];

export interface TextEvent {
  kind: EventKind;
  at: string;
  index: number;
  /** A prior notice whose sentence names the right to a hearing (……陈述、申辩和要求听证的权利). */
  hearingRight?: boolean;
}

/** Steps that are named by the object of another verb: 作出解除扣押决定 lifts the seizure. */
const OVERRIDING_WORDS: Array<[RegExp, EventKind]> = [
  [/解除(了)?(对[^，。；]{0,12})?(查封|扣押|冻结|强制措施|行政强制)/, 'coercion-lifted'],
];

/** Procedural steps dated in running text: 本局于2025年1月10日立案, 2025年2月20日，本局向当事人送达了《……告知书》. */
export function findTextEvents(input: string): TextEvent[] {
  const text = blankQuotes(input);
  const dates = findDates(text);
  const events: TextEvent[] = [];
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i]!;
    const before = text.slice(Math.max(0, date.index - 12), date.index);
    if (/曾|此前|之前|前次|上次|以前|历史/.test(before.split(/[。；;\n]/).pop() ?? '')) continue;
    const start = date.index + date.length;
    // A period (X至Y, X—Y) is not the date of a step: skip both ends.
    if (/^\s*(至|到|~|～|-|—|－)/.test(text.slice(start, start + 3))) {
      const next = dates[i + 1];
      if (next && next.index - start <= 3) i++;
      continue;
    }
    const limit = Math.min(dates[i + 1]?.index ?? text.length, start + 50);
    let window = text.slice(start, limit);
    const sentenceEnd = window.search(/[。；;\n]/);
    if (sentenceEnd >= 0) window = window.slice(0, sentenceEnd);
    const clauseEnd = window.search(/[，,]/);
    if (clauseEnd > 3) window = window.slice(0, clauseEnd);
    else if (clauseEnd >= 0) {
      // 2025年2月20日，本局……: the date stands alone; read the next clause only.
      const rest = window.slice(clauseEnd + 1);
      const nextClause = rest.search(/[，,]/);
      window = window.slice(0, clauseEnd + 1) + (nextClause >= 0 ? rest.slice(0, nextClause) : rest);
    }
    let best: { index: number; kind: EventKind } | undefined;
    for (const [pattern, kind] of OVERRIDING_WORDS) {
      const match = pattern.exec(window);
      if (match) best = { index: match.index, kind };
    }
    if (!best) {
      for (const [pattern, kind] of EVENT_WORDS) {
        const match = pattern.exec(window);
        if (match && (!best || match.index < best.index)) best = { index: match.index, kind };
      }
    }
    if (!best) continue;
    // 当事人未提出陈述、申辩 / 未要求听证: the step did not happen.
    if (
      best.kind !== 'hearing-waived' &&
      /(未|没有|尚未|不|拒绝|放弃)$/.test(window.slice(Math.max(0, best.index - 3), best.index))
    )
      continue;
    const event: TextEvent = { kind: best.kind, at: date.value, index: date.index };
    if (best.kind === 'notice-of-intent') {
      // The rest of the sentence lists the rights told: 陈述、申辩和要求听证的权利.
      const sentence = text.slice(start, start + 200).split(/[。\n]/)[0]!;
      if (
        /(要求|申请)?(举行)?听证(的)?权利|听证权/.test(sentence) &&
        !/(不享有|无权|未告知)[^，；]{0,8}听证/.test(sentence)
      )
        event.hearingRight = true;
    }
    events.push(event);
    // 实施扣押，制作现场笔录，当场交付《实施行政强制措施决定书》: the writ was handed over that moment too.
    if (best.kind !== 'delivery') {
      let sentence = text.slice(start, Math.min(dates[i + 1]?.index ?? text.length, start + 120));
      const end = sentence.search(/[。；;\n]/);
      if (end >= 0) sentence = sentence.slice(0, end);
      const handed = /[，,]\s*(?:并)?(?:当场)?(?:交付|送达)(?:了)?(?:当事人)?[^，,]{0,4}《[^》]{0,30}决定书》/.exec(
        sentence,
      );
      if (handed) events.push({ kind: 'delivery', at: date.value, index: date.index });
    }
  }
  return events;
}

// ── decisions in sentences ─────────────────────────────────────────────────
const DECISION_SENTENCE =
  /决定(?:对|给予|处以|作出|如下|[：:]|予以|没收|罚款|责令)|处罚如下|(?:处以|并处)|给予.{0,20}(?:处罚|警告|罚款)|作出如下(行政)?处罚/;
const CUT_AT =
  /当事人应|逾期不|到期不|如不服|如对本|限你|限于|自收到|自接到|每日按|应当于|应在|请于|并于.{0,6}日内|罚没款合计/;

export interface TextDecision {
  kinds: SanctionKind[];
  outcome?: 'no-penalty';
  fineAmount?: number;
  /** 没收违法所得人民币贰佰肆拾元 → 240. */
  illegalGains?: number;
  /** Offset of the first decision sentence. */
  index: number;
}

/** Sanctions and the fine in the decision sentences of a text (决定对当事人处罚如下：罚款5000元). */
export function findTextDecision(input: string): TextDecision | undefined {
  const text = blankQuotes(input).replace(/\n/g, '');
  const kinds: SanctionKind[] = [];
  let outcome: 'no-penalty' | undefined;
  let fine: number | undefined;
  let illegalGains: number | undefined;
  let first = -1;
  let offset = 0;
  for (const sentence of text.split('。')) {
    const here = offset;
    offset += sentence.length + 1;
    if (/不予(行政)?处罚/.test(sentence) && /决定/.test(sentence) && !/不服/.test(sentence)) {
      outcome = 'no-penalty';
      if (first < 0) first = here;
      continue;
    }
    const match = DECISION_SENTENCE.exec(sentence);
    if (!match) continue;
    let part = sentence.slice(match.index);
    const cut = part.search(CUT_AT);
    if (cut > 0) part = part.slice(0, cut);
    const reading = parseSanctions(part);
    if (reading.kinds.length === 0) continue;
    if (first < 0) first = here;
    for (const kind of reading.kinds) if (!kinds.includes(kind)) kinds.push(kind);
    const amount = fineIn(part);
    if (amount !== undefined) fine = amount;
    const gains = gainsIn(part);
    if (gains !== undefined) illegalGains = gains;
  }
  if (first < 0) return undefined;
  const out: TextDecision = { kinds, index: first };
  if (outcome && kinds.length === 0) out.outcome = outcome;
  if (fine !== undefined) out.fineAmount = fine;
  if (illegalGains !== undefined) out.illegalGains = illegalGains;
  return out;
}

/** The illegal gains confiscated in a decision clause: 没收违法所得人民币贰佰肆拾元 → 240. */
export function gainsIn(part: string): number | undefined {
  const gains = /没收(?:其)?违法所得(?:共计|合计|计)?((?:人民币)?[^，。；;、]{1,24}?元)/.exec(part);
  return gains ? findAmounts(gains[1]!)[0]?.value : undefined;
}

/** The fine amount in a decision clause: 罚款5000元, 处以罚款人民币伍万元, 处人民币五万元罚款, 罚款，计284212.97元. */
export function fineIn(part: string): number | undefined {
  const text = part.replace(/加处罚款|罚款数额/g, (m) => ' '.repeat(m.length));
  for (const match of text.matchAll(/罚款/g)) {
    const after =
      text
        .slice(match.index + 2, match.index + 30)
        .split(/[；;。]|(?:^|[，,])\s*(?:\d|[一二三四五六七八九十])[、.．]/)[0] ?? '';
    const right = findAmounts(after.replace(/^[，,]?\s*(计|共计|合计|金额|数额|为)?/, ''))[0];
    if (right && right.index <= 8) return right.value;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const left = findAmounts(before);
    const last = left[left.length - 1];
    if (last && /^\s*(的)?\s*$/.test(before.slice(last.index + last.length))) return last.value;
  }
  return undefined;
}

// ── document structure ─────────────────────────────────────────────────────
const DOC_TITLE =
  /^(?:.{0,30}?)(行政处罚决定书|当场行政处罚决定书|不予行政处罚决定书|处罚决定书|行政处理决定书|行政强制措施决定书|查封扣押决定书|查封\(扣押\)决定书|行政许可决定书|准予行政许可决定书|不予行政许可决定书|行政处罚事先告知书|行政处罚告知书|事先告知书|听证告知书|责令改正通知书|决定书|告知书)(?:[（(][^（()）]{1,60}[)）])?$/;

export interface DocumentTitle {
  line: number;
  title: string;
  kind: EventKind | undefined;
}

/** Lines that are the title of a writ (行政处罚决定书, 行政处罚事先告知书 …), letter-spaced or not. */
export function findDocumentTitles(lines: readonly string[]): DocumentTitle[] {
  const titles: DocumentTitle[] = [];
  lines.forEach((line, index) => {
    const squashed = line.replace(/[\s\u3000]+/g, '');
    if (squashed.length > 40) return;
    const match = DOC_TITLE.exec(squashed);
    if (!match) return;
    titles.push({ line: index, title: squashed, kind: parseEventKind(match[1]!) });
  });
  return titles;
}

const OTHER_DOCUMENT =
  /^(?:.{0,24}?)(审批表|呈批表|审批单|审批书|送达回证|送达回执|笔录|通知书|登记表|登记单|报告书|报告|清单|回执|记录表|证据目录|结案报告)(?:[（(][^（()）]{1,30}[)）])?$/;

/** A line that heads another document of the file (立案审批表, 送达回证, 询问笔录): a writ ends there. */
export function isDocumentHeading(line: string): boolean {
  const squashed = line.replace(/[\s\u3000]+/g, '');
  return squashed.length <= 30 && (OTHER_DOCUMENT.test(squashed) || DOC_TITLE.test(squashed));
}

const DOC_NUMBER =
  /((?:[（(][\u4e00-\u9fa5]{1,4}[)）])?[\u4e00-\u9fa5A-Za-z]{1,24}\s*[〔[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*(?:第\s*)?[0-9A-Za-z-]{1,10}\s*号)/;

/** A document number standing on its own line (济历市监罚〔2025〕12号). */
export function documentNumber(line: string): string | undefined {
  const squashed = line.replace(/[\s\u3000]+/g, '');
  const match = DOC_NUMBER.exec(squashed);
  if (!match || squashed.length - match[1]!.length > 6) return undefined;
  return match[1];
}

/** A line that is only a date (the signature date of a writ), possibly after 印章/盖章 notes. */
export function standaloneDate(line: string): string | undefined {
  const squashed = line.replace(/[\s\u3000]+/g, '').replace(/[(（][^)）]{0,6}(印章|盖章|章)[)）]/g, '');
  const found = findDates(squashed);
  if (found.length !== 1) return undefined;
  const date = found[0]!;
  return squashed.length - date.length <= 2 ? date.value.slice(0, 10) : undefined;
}

const AGENCY_LINE =
  /^[\u4e00-\u9fa5()（）]{4,40}(局|厅|委员会|委|办公室|大队|支队|总队|中心|人民政府|政府|管理处|管理站|执法局|稽查局|所)$/;

/** A line that names an agency on its own (济南市历下区市场监督管理局), seal notes removed. */
export function agencyLine(line: string): string | undefined {
  const squashed = line.replace(/[\s\u3000]+/g, '').replace(/[(（](印章|盖章|章|公章)[)）]$/, '');
  return AGENCY_LINE.test(squashed) && !/^(本|我|该)/.test(squashed) ? squashed : undefined;
}

/** The facts of a writ: after 经查, up to 以上事实 / 上述事实 / the evidence list / the next heading. */
export function findFacts(lines: readonly string[]): { text: string; line: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heading =
      /^[一二三四五六七八九十]+[、.．]\s*(主要)?违法事实/.test(line) ||
      /^(违法事实|案件事实)(及证据)?[:：]?$/.test(line);
    const found = /经查[，,：:]?/.exec(line);
    if (!heading && !found) continue;
    const parts: string[] = [];
    if (found && !heading) parts.push(line.slice(found.index + found[0].length));
    for (let j = i + 1; j < lines.length && parts.length < 12; j++) {
      const next = lines[j]!;
      if (
        /^[一二三四五六七八九十]+[、.．]/.test(next) ||
        /^(以上|上述)(违法)?事实|^(主要)?证据|有以下证据|下列证据|^本(局|机关)认为|^(依据|根据)/.test(next)
      )
        break;
      parts.push(next);
      if (found && !heading) break;
    }
    let text = parts.join('\n').trim();
    const stop = text.search(/(以上|上述)(违法)?事实[，,有]|有以下证据|主要证据/);
    if (stop > 0) text = text.slice(0, stop).trim();
    if (text.length >= 8) return { text, line: i };
  }
  return undefined;
}

/** The evidence list of a writ: 上述违法事实，主要有以下证据证明：1.……；2.……。 */
export function findEvidenceList(lines: readonly string[]): { titles: string[]; line: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const match = /(以下|下列|如下)(主要)?证据(证明|为|材料)?[：:]?|^(主要)?证据(材料)?[：:]$/.exec(line);
    if (!match) continue;
    const parts = [line.slice(match.index + match[0].length)];
    for (let j = i + 1; j < lines.length && j < i + 12; j++) {
      const next = lines[j]!;
      if (
        /^[一二三四五六七八九十]+[、.．]/.test(next) ||
        /^(以上|上述)|^本(局|机关)认为|^(依据|根据)|的规定/.test(next)
      )
        break;
      parts.push(next);
    }
    let text = parts.join('\n');
    const end = text.search(/。\s*(\n|$)|以上证据|上述证据/);
    if (end >= 0) text = text.slice(0, end);
    const titles = splitEvidenceTitles(text).filter((title) => title.length <= 60);
    if (titles.length > 0) return { titles, line: i };
  }
  // 以上事实有现场检查笔录、询问笔录、现场照片等证据证实。
  for (let i = 0; i < lines.length; i++) {
    const match = EVIDENCE_SENTENCE.exec(lines[i]!);
    if (!match) continue;
    const titles = splitSeries(match[1]!).filter((title) => title.length >= 2 && title.length <= 60);
    if (titles.length > 0) return { titles, line: i };
  }
  return undefined;
}

/** A series in a sentence (甲、乙和丙), split outside brackets. */
function splitSeries(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if ('（(《【['.includes(ch)) depth++;
    else if ('）)》】]'.includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && '、，,'.includes(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts
    .map((part) =>
      part
        .trim()
        .replace(/^(和|及|以及)/, '')
        .trim(),
    )
    .filter((part) => part !== '');
}

const EVIDENCE_SENTENCE =
  /(?:以上|上述)(?:违法)?事实[，,]?(?:有|由|经)([^。；;]{4,300}?)等?(?:证据|材料)(?:材料)?(?:予以)?(?:证实|证明|为证|佐证|在案)/;

/** Procedure named in text: 适用简易程序, 当场行政处罚决定书, 按普通程序. */
export function findProcedure(text: string): 'simple' | 'general' | 'fast' | undefined {
  if (/当场(行政)?处罚决定书|适用简易程序|依照简易程序|按照简易程序/.test(text)) return 'simple';
  if (/快速办理程序|适用快速办理/.test(text)) return 'fast';
  if (/适用普通程序|依照普通程序|按照普通程序|普通程序办理/.test(text)) return 'general';
  return undefined;
}
