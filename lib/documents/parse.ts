import type { EnforcementCase, LegalRef, SanctionKind } from '../case/schema';
import { getLawIndex, type LawIndex } from '../laws';
import { findCitations, type DocCitation } from './citations';
import { AMOUNT_SOURCE, DATE_SOURCE, amountFromGroups, dateFromGroups, parseChineseInt } from './numerals';
import { prepare, sentenceAt, toOriginal, withoutQuotes, type Prepared, type Span } from './prepare';
import {
  ELEMENTS,
  type DatedStep,
  type DocAmountTotal,
  type DocParty,
  type DocPenalty,
  type DocPercentFine,
  type DocPerformance,
  type DocRemedy,
  type DocSurcharge,
  type DocumentKind,
  type DocumentNumber,
  type DocumentType,
  type ElementName,
  type ParsedDocument,
} from './types';

/*
 * Reads the text of a 行政处罚决定书 (and the same parts of 告知书 and other documents): every
 * pattern below is compiled once; a 20 KB decision parses in about a millisecond.
 */

const AMOUNT_GROUPS = 5;
const DATE_GROUPS = 9;
const AMOUNT = AMOUNT_SOURCE;

const TITLE = /(不予(?:行政)?处罚决定书|(?:行政)?处罚决定书|处理决定书|听证告知书|事先告知书|告知书|决定书|通知书)/;
/** A title line ends with the document's name (and maybe the case name in brackets): no label, no colon. */
const TITLE_LINE = new RegExp(`^[^：:]*${TITLE.source}(?:[（(][^）)]*[)）])?$`);
const DOC_NUMBER = /([\u4e00-\u9fa5A-Za-z0-9]{1,24}?)[〔[［(（【](\d{4})[〕\]］)）】]第?(\d{1,6})号/g;
const NUMBER_LABEL = /^(?:决定书文号|文书编号|文号|编号|字号|案号)[：:]?/;
const PARTY_LABEL =
  /(?:^|\n)[#*\s]*(?:当事人|被处罚人|被处罚单位|行政相对人|相对人|被检查人)(?:名称|姓名)?(?:[（(][^）)\n]{1,12}[)）])?(?:\*\*)?[：:]([^\n，,。；;（(：:]{2,60})/;
/** 某某有限公司（统一社会信用代码：…）： or 某某：（纳税人识别号：…） on its own line. */
const ADDRESSEE = /^([^\n：:，,。；（(]{2,60})(?:[（(][^）)\n]{0,60}[)）])?[：:]/;
/** Labels of a form's fields, never a party's name. */
const FIELD_LABEL =
  /(?:代码|号码|识别号|注册号|地址|住所|住址|代表人|负责人|经营者|电话|日期|文号|编号|类别|内容|依据|事由)$/;
const ORG_NAME =
  /(公司|集团|厂|合作社|中心|协会|学会|医院|学校|银行|研究院|研究所|事务所|基金会|商会|联合社)$|有限|股份/;
const SHOP_NAME = /(超市|商店|商行|经营部|门市部|门市|店|部|馆|站|社|场|行|坊|室|中心|诊所|药房|个体工商户)$/;
const PERSON_NAME = /^[\u4e00-\u9fa5]{1,3}(?:[\u4e00-\u9fa5*＊某]{1,3})$/;
const ID_LABEL =
  /(统一社会信用代码|社会信用代码|信用代码|纳税人识别号|注册号|公民身份号码|身份证(?:件)?号码?|身份证明号码|身份证)[：:]?([0-9A-Za-z*＊]{6,20})/;
const ADDRESS =
  /(?<!缴款|付款|汇款|收款|送达|网络|网站|邮寄)(?:地址|住所地|住所|住址|经营场所|经营地址|注册地址|联系地址)[：:]([^\n。；;）)]{2,80})/;
const REPRESENTATIVE =
  /(?:法定代表人|负责人|经营者|法人代表)(?:（[^）]{0,12}）)?(?:\*\*)?[：:]([\u4e00-\u9fa5*＊某]{2,8})/;

const FACTS =
  /主要违法事实|违法事实|案件事实|经查明|经查|现查明|查明[：:，,]|调查发现|发现你|发现当事人|你(?:公司|单位)?(?:存在|实施了)|当事人(?:存在|实施了)/;
const EVIDENCE =
  /(?:以上|上述)(?:违法)?(?:事实|行为)[，,]?(?:主要)?有(?:以下|下列|如下)?(?:主要)?证据|证据(?:如下|有)[：:]|主要证据[：:]|证据\d+[：:]|等证据(?:证明|证实|为证|佐证)|(?:以上|上述)(?:违法)?(?:事实|情况)[，,]?有[^。\n]{2,300}?(?:为证|证明|证实|佐证)/;
/** A further evidence statement (not an item 证据N： of the current list). */
const EVIDENCE_NEXT = new RegExp(EVIDENCE.source.replace('|证据\\d+[：:]', ''));
const DECISION =
  /(?:^|\n)#*(?:[二三四五六]、|（[二三四五六]）)?(?:行政)?处罚决定(?:如下)?[：:]?(?=\n)|决定(?:对你|对当事人|对其|给予|处以|作出如下|如下)|处罚如下|作出如下(?:行政)?处罚|(?:现)?责令[^。\n]{0,60}?并处|(?:处以|并处)[^。\n]{0,30}?罚款|行政处罚(?:的)?种类|处罚内容[：:]|不予(?:行政)?处罚/;
const SECTION_BREAK = /\n(?:[二三四五六七]、|（[二三四五六七]）)/g;

const FINE_AFTER_WORD = new RegExp(`罚款(?:人民币)?[：:]?${AMOUNT}(?!以上|以下|至|到|-|—|~|～)`, 'g');
const FINE_BEFORE_WORD = new RegExp(`(?:处以?|并处|给予)${AMOUNT}(?:的)?罚款`, 'g');
const FINE_COMPUTED = new RegExp(
  `(?:处以?|并处)([^，。；\\n]{1,20}?)的?罚款[，,]?(?:计|共计|合计|金额为|即|为)(?:人民币)?${AMOUNT}`,
  'g',
);
const GAINS = new RegExp(`没收(?:其)?(?:违法所得|非法所得)(?:人民币)?(?:${AMOUNT})?`, 'g');
const GOODS = /没收(?!其?违法所得|其?非法所得)([^，。；、\n：:]{1,30})/g;
const OTHER_SANCTIONS: readonly [RegExp, SanctionKind][] = [
  [/警告/g, 'warning'],
  [/通报批评/g, 'circulate-criticism'],
  [/暂扣[^，。；\n]{0,20}?(?:许可证|执照|证件|证书)/g, 'suspend-license'],
  [/降低资质等级/g, 'lower-qualification'],
  [/吊销[^，。；\n]{0,20}?(?:许可证|执照|证件|证书)/g, 'revoke-license'],
  [/限制开展生产经营活动/g, 'restrict-activity'],
  [/责令停产停业|责令停业整顿/g, 'order-suspension'],
  [/责令关闭/g, 'order-closure'],
  [/限制从业/g, 'restrict-employment'],
  [/行政拘留/g, 'detention'],
];
const NO_PENALTY = /不予(?:行政)?处罚/;
const FINE_TOTAL = new RegExp(`(?:罚款(?:合计|共计|总计|总额)|(?:合计|共计|总计)罚款)(?:为)?(?:人民币)?${AMOUNT}`);
const SUMMING = /综上|综合|合并/;
const TOTAL = new RegExp(
  `((?:罚没款|罚没金额|罚没|罚款|应缴(?:款项|罚没款|罚款)?|款项)?(?:合计|共计|总计))(?:为)?(?:人民币)?[：:]?${AMOUNT}`,
  'g',
);
const TOTAL_WINDOW = /如下[^。\n]{0,8}[：:]|综上|综合|\n/g;
const PERCENT_FINE = new RegExp(
  `${AMOUNT}[^。；\\n]{0,30}?(?:处以?|并处)(百分之[零一二三四五六七八九十百]+|\\d+(?:\\.\\d+)?[%％]|[零一二两三四五六七八九十]+倍|\\d+(?:\\.\\d+)?倍)(?:的)?罚款[，,]?(?:计|共计|合计|金额为|即|为)?(?:人民币)?${AMOUNT}`,
  'g',
);

const PERFORMANCE = new RegExp(
  `(?:(?:之日起|日起|起)(\\d+|[一二三四五六七八九十]+)日内|(?:于|在)${DATE_SOURCE}(?:前|之前|以前))[^。\\n]{0,80}?(?:缴纳|缴至|缴清|缴款|交纳|上缴|缴入|缴库|履行|交至)`,
);
const PERFORMANCE_LABEL = /履行方式和期限[：:]/;
const CHANNEL =
  /日内(?:到|至|向|通过)?(?!将)([^。，,；\n]{2,60}?)(?:缴纳|缴款|缴清|交纳|上缴)|缴至([^。，,；\n(（]{2,60})/;

const REMEDY_WORD = /复议|诉讼|起诉/;
const PERIOD = /(\d+|[一二两三四五六七八九十百]+)(日|天|个月|月)内?/g;
const REVIEW_BODY = /向([^，。；,\n]{2,40}?)(?:依法)?(?:申请|提出)(?:行政)?复议/;
const COURT = /向([^，。；,\n]{0,30}?法院)/;

const SURCHARGE = /加处罚款|加处罚金/;
const SURCHARGE_RATE =
  /每日按(?:罚款|罚没款)?(?:数额|金额)?的?(百分之[零一二三四五六七八九十]+(?:点[零一二三四五六七八九]+)?|千分之[零一二三四五六七八九十]+|万分之[零一二三四五六七八九十]+|\d+(?:\.\d+)?[%％‰])/;
const SURCHARGE_CAP =
  /加处(?:的)?罚款(?:的)?(?:数额|总额|金额)?(?:最高)?(?:不得|不能|不|以)(?:超出|超过|高于|为限)?([^。，,；\n]{1,20})/;

const AGENCY_END =
  /(局|委员会|委|厅|部|办公室|人民政府|政府|中心|大队|支队|总队|分局|管理处|管委会|执法局|所|站|署|院|办)(?:（[^）]{1,20}）)?$/;
const GENERIC_AGENCY = /^(?:税务机关|行政机关|执法机关|处罚机关|本机关|机关)(?:（(?:印章|公章|盖章|章)）)?$/;
const AGENCY_LABEL =
  /(?:\*\*)?(?:执法部门|处罚机关|决定机关|实施机关|作出(?:行政)?处罚(?:决定)?的?机关)(?:\*\*)?[：:](?:\*\*)?([^\n*]{2,40})/;
const SELF_NAMED = /我(?:局|部|委|厅|队|办|署|院|站|所|中心)（([^）]{2,30})）/;
const ISSUED = new RegExp(`^(.{2,30}?)(?:办公厅|办公室)?${DATE_SOURCE}印发$`);
const SEAL = /（(?:印章|公章|盖章|章)）$/;
const DATE_LABEL = new RegExp(
  `(?:\\*\\*)?(?:作出(?:行政)?处罚(?:决定)?的?日期|处罚决定日期|决定日期|处罚日期)(?:\\*\\*)?[：:](?:\\*\\*)?${DATE_SOURCE}`,
);
const DATE_ANY = new RegExp(DATE_SOURCE, 'g');
const DATE_ONE = new RegExp(DATE_SOURCE);
const DATE_LINE = new RegExp(`^(.{0,40}?)${DATE_SOURCE}(.{0,12})$`);
const FUTURE_AFTER = /^(?:前|之前|以前|起|止前|之日起|后|以后|为止)/;

const NOTICE =
  /事先告知|告知书|告知(?:你|当事人|其)[^。\n]{0,40}?(?:拟作出|陈述|申辩|听证|权利)|陈述(?:、|和|或)?申辩|放弃陈述/;
const HEARING = /听证/;
const STEP_WORDS =
  /立案|检查|调查|询问|告知|送达|听证|陈述|申辩|抽样|检验|检测|鉴定|勘验|查获|发现|受理|移送|发函|约谈|扣押|查封|登记保存|审核|集体讨论/;

const SUMMARY_MARKERS =
  /行政处罚决定书文号|处罚类别|处罚内容|处罚事由|处罚依据[：:]|被处罚单位|被处罚人|作出行政处罚的日期|处罚决定日期|执法部门[：:]|主要违法事实[：:]|行政处罚种类|数据来源|公示期限|违法行为类型|行政相对人名称|信息公示/g;

function span(prepared: Prepared, start: number, end: number): Span {
  return toOriginal(prepared, { start, end });
}

function sentenceSpan(prepared: Prepared, at: number): Span {
  return toOriginal(prepared, sentenceAt(prepared, at));
}

const GLOBAL = new WeakMap<RegExp, RegExp>();

function firstIndex(pattern: RegExp, text: string, from = 0): { index: number; match: RegExpExecArray } | undefined {
  let re = GLOBAL.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    GLOBAL.set(pattern, re);
  }
  re.lastIndex = from;
  const match = re.exec(text);
  return match ? { index: match.index, match } : undefined;
}

function lines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ text: line, start });
    start += line.length + 1;
  }
  return out;
}

function rateOf(text: string): number | undefined {
  const percent = /^百分之(.+)$/.exec(text);
  if (percent) {
    const [whole, fraction] = percent[1]!.split('点');
    const value = parseChineseInt(whole!);
    if (value === undefined) return undefined;
    const decimals = fraction ? Number(`0.${[...fraction].map((c) => parseChineseInt(c) ?? 0).join('')}`) : 0;
    return (value + decimals) / 100;
  }
  const perMille = /^千分之(.+)$/.exec(text);
  if (perMille) return (parseChineseInt(perMille[1]!) ?? NaN) / 1000;
  const perTenThousand = /^万分之(.+)$/.exec(text);
  if (perTenThousand) return (parseChineseInt(perTenThousand[1]!) ?? NaN) / 10000;
  const numeric = /^(\d+(?:\.\d+)?)([%％‰倍])$/.exec(text);
  if (numeric) {
    const value = Number(numeric[1]);
    return numeric[2] === '‰' ? value / 1000 : numeric[2] === '倍' ? value : value / 100;
  }
  const times = /^(.+)倍$/.exec(text);
  if (times) return parseChineseInt(times[1]!);
  return undefined;
}

function partyKind(name: string, idNumber: string | undefined): DocParty['kind'] {
  if (ORG_NAME.test(name)) return 'legal-person';
  if (idNumber && /^[0-9]{6}[0-9*＊]{8,11}[0-9Xx*＊]$/.test(idNumber) && idNumber.length === 18) return 'person';
  if (idNumber && /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}/.test(idNumber) && !/^\d{17}[\dXx]$/.test(idNumber)) {
    return SHOP_NAME.test(name) ? 'other-org' : 'legal-person';
  }
  if (SHOP_NAME.test(name)) return 'other-org';
  if (PERSON_NAME.test(name)) return 'person';
  return 'other-org';
}

function readParty(prepared: Prepared, text: string, headerEnd: number, bodyStart: number): DocParty | undefined {
  const window = text.slice(0, Math.min(text.length, Math.max(bodyStart, headerEnd) + 1200));
  let name: string | undefined;
  let at = -1;
  let end = -1;
  const labelled = PARTY_LABEL.exec(window);
  if (labelled) {
    name = labelled[1]!.replace(/\*+$/, '').trim();
    at = labelled.index;
    end = labelled.index + labelled[0].length;
  } else {
    // Tax style: the addressee on its own line after the number, ending with a colon.
    for (const line of lines(window)) {
      if (line.start < headerEnd) continue;
      if (line.start > bodyStart + 1) break;
      const match = ADDRESSEE.exec(line.text);
      if (
        match &&
        !/^(?:经|我|本|根据|依据|你|当事人)/.test(match[1]!) &&
        !TITLE.test(match[1]!) &&
        !FIELD_LABEL.test(match[1]!)
      ) {
        name = match[1];
        at = line.start;
        end = line.start + match[0].length;
      }
      break;
    }
  }
  if (!name) return undefined;
  const around = window.slice(at, Math.min(window.length, at + 400, Math.max(bodyStart, at + 120)));
  const party: DocParty = { name, kind: 'other-org', span: sentenceSpan(prepared, at) };
  const id = ID_LABEL.exec(around);
  if (id) {
    party.idNumber = id[2]!;
    party.idLabel = id[1]!;
    end = Math.max(end, at + id.index + id[0].length);
  }
  const address = ADDRESS.exec(around);
  if (address) party.address = address[1]!.replace(/\*+$/, '');
  const representative = REPRESENTATIVE.exec(window);
  if (representative) party.representative = representative[1]!;
  party.kind = partyKind(name, party.idNumber);
  party.span = span(prepared, at, Math.max(end, at + name.length));
  return party;
}

function readNumber(prepared: Prepared, text: string, limit: number): DocumentNumber | undefined {
  DOC_NUMBER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DOC_NUMBER.exec(text)) && match.index < limit) {
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    if (/[》（(]$/.test(before)) continue;
    let prefix = match[1]!.replace(NUMBER_LABEL, '');
    if (prefix.length === 0) prefix = match[1]!;
    const start = match.index + (match[1]!.length - prefix.length);
    return {
      text: text.slice(start, match.index + match[0].length),
      year: Number(match[2]),
      serial: Number(match[3]),
      span: span(prepared, start, match.index + match[0].length),
    };
  }
  return undefined;
}

function readEvidence(prepared: Prepared, text: string, at: number, end: number): { title: string; span: Span }[] {
  const sentence = sentenceAt(prepared, at);
  let from = at;
  let to = end;
  if (/^证据\d/.test(text.slice(at, at + 4))) return readItems(prepared, text, at, end);
  // 有A、B、C等证据证明: the list is inside the sentence.
  const inline = /有([^。\n]{4,600}?)等?(?:证据)?(?:证明|证实|为证|佐证)/.exec(
    text.slice(sentence.start, sentence.end),
  );
  if (inline && !/证据[：:]?$/.test(inline[1]!) && !/^(?:以下|下列|如下)/.test(inline[1]!)) {
    from = sentence.start + inline.index + 1;
    to = from + inline[1]!.length;
  } else {
    const colon = text.indexOf('：', at);
    const newline = text.indexOf('\n', at);
    from = Math.min(...[colon, newline].filter((i) => i >= 0 && i < sentence.end + 2), sentence.end) + 1;
  }
  while (text[from] === '\n') from++;
  return readItems(prepared, text, from, to);
}

function readItems(prepared: Prepared, text: string, from: number, to: number): { title: string; span: Span }[] {
  let block = text.slice(from, Math.min(to, from + 4000));
  // 证据1：… 证据2：… — the list ends at the first line that is not one of them.
  if (/^证据\d/.test(block)) {
    const stop = block.search(/\n(?!证据\d)/);
    if (stop > 0) block = block.slice(0, stop);
  }
  const items: { title: string; span: Span }[] = [];
  const isNumbered = /^(?:证据)?\d+[.、．：:]|^（\d+）/.test(block);
  // An unnumbered list is one paragraph: A、B、C等。
  if (!isNumbered) {
    const stop = block.search(/[\n。]/);
    if (stop > 0) block = block.slice(0, stop);
  }
  const numbered = /(?:^|[\n；;。])\s*(?:证据)?\d+[.、．：:]|（\d+）/.test(block);
  const parts = numbered
    ? block.split(/[\n；;]|(?=证据\d+[：:.、．])|(?<!证据)(?=\d+[.、．](?!\d))/)
    : block.split(/[\n；;、]/);
  let offset = from;
  for (const part of parts) {
    const index = text.indexOf(part, offset);
    if (index >= 0) offset = index + part.length;
    const title = part
      .replace(/[。；;]+$/, '')
      .replace(/^(?:证据)?\d+[.、．：:]|^（\d+）/, '')
      .replace(/[，,]?(?:用于|用以)(?:证明|证实)[^。]*$/, '')
      .replace(/^(?:你公司|你单位|当事人)?的?/, '')
      .replace(/[。等]+$/, '')
      .trim();
    if (title.length < 2 || /^(?:二|三|四)、/.test(title)) continue;
    items.push({
      title: title.length > 80 ? `${title.slice(0, 79)}…` : title,
      span: span(prepared, Math.max(from, index), offset),
    });
    if (items.length >= 40) break;
  }
  return items;
}

function readPenalties(
  prepared: Prepared,
  plain: string,
  from: number,
  to: number,
): { penalties: DocPenalty[]; fineTotal?: number; noPenalty: boolean } {
  const segment = plain.slice(from, to);
  const penalties: DocPenalty[] = [];
  const taken: Span[] = [];
  const overlaps = (start: number, end: number) => taken.some((s) => start < s.end && end > s.start);
  const fines: { amount: number; at: number }[] = [];
  const addFine = (match: RegExpExecArray, group: number) => {
    const start = from + match.index;
    const end = start + match[0].length;
    if (overlaps(start, end)) return;
    const amount = amountFromGroups(match, group);
    if (amount === undefined || amount <= 0) return;
    taken.push({ start, end });
    fines.push({ amount, at: start });
    penalties.push({ kind: 'fine', amount, span: span(prepared, start, end) });
  };
  for (const [pattern, group] of [
    [FINE_COMPUTED, 2],
    [FINE_BEFORE_WORD, 1],
    [FINE_AFTER_WORD, 1],
  ] as const) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(segment))) addFine(match, group);
  }
  GAINS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = GAINS.exec(segment))) {
    const penalty: DocPenalty = {
      kind: 'confiscate-gains',
      span: span(prepared, from + match.index, from + match.index + match[0].length),
    };
    const amount = amountFromGroups(match, 1);
    if (amount !== undefined) penalty.amount = amount;
    penalties.push(penalty);
  }
  GOODS.lastIndex = 0;
  while ((match = GOODS.exec(segment))) {
    penalties.push({
      kind: 'confiscate-property',
      what: match[1]!,
      span: span(prepared, from + match.index, from + match.index + match[0].length),
    });
  }
  for (const [pattern, kind] of OTHER_SANCTIONS) {
    pattern.lastIndex = 0;
    while ((match = pattern.exec(segment))) {
      penalties.push({ kind, span: span(prepared, from + match.index, from + match.index + match[0].length) });
    }
  }
  penalties.sort((a, b) => a.span.start - b.span.start);
  let fineTotal: number | undefined;
  const stated = FINE_TOTAL.exec(segment);
  if (stated) fineTotal = amountFromGroups(stated, 1);
  if (fineTotal === undefined && fines.length > 0) {
    const summing = fines.filter((fine) => {
      const sentence = sentenceAt(prepared, fine.at);
      return SUMMING.test(plain.slice(sentence.start, fine.at));
    });
    if (summing.length > 0) {
      const sentence = sentenceAt(prepared, summing[summing.length - 1]!.at);
      fineTotal = sum(summing.filter((fine) => fine.at >= sentence.start).map((fine) => fine.amount));
    } else if (fines.every((fine) => fine.amount === fines[0]!.amount)) fineTotal = fines[0]!.amount;
    else fineTotal = sum(fines.map((fine) => fine.amount));
  }
  const result: { penalties: DocPenalty[]; fineTotal?: number; noPenalty: boolean } = {
    penalties,
    noPenalty: NO_PENALTY.test(segment) && fines.length === 0,
  };
  if (fineTotal !== undefined) result.fineTotal = fineTotal;
  return result;
}

function sum(values: readonly number[]): number {
  return Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;
}

function readTotals(prepared: Prepared, plain: string, from: number, penalties: DocPenalty[]): DocAmountTotal[] {
  const totals: DocAmountTotal[] = [];
  TOTAL.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TOTAL.exec(plain))) {
    const amount = amountFromGroups(match, 2);
    if (amount === undefined) continue;
    const label = match[1]!;
    // The items a total sums are listed after "如下：" (or a 综上/综合 sentence), else on its own line.
    const lookback = Math.max(from, match.index - 600);
    let windowStart = -1;
    let lineStart = lookback;
    TOTAL_WINDOW.lastIndex = lookback;
    let anchor: RegExpExecArray | null;
    while ((anchor = TOTAL_WINDOW.exec(plain)) && anchor.index < match.index) {
      if (anchor[0] === '\n') lineStart = anchor.index;
      else windowStart = anchor.index;
    }
    if (windowStart < 0) windowStart = lineStart;
    const start = toOriginal(prepared, { start: windowStart, end: windowStart + 1 }).start;
    const end = toOriginal(prepared, { start: match.index, end: match.index + 1 }).start;
    const finesOnly = /罚款/.test(label) && !/罚没/.test(label);
    const items = penalties
      .filter((p) => p.amount !== undefined && p.span.start >= start && p.span.end <= end)
      .filter((p) => p.kind === 'fine' || (!finesOnly && p.kind === 'confiscate-gains'))
      .map((p) => p.amount!);
    totals.push({ label, amount, items, span: span(prepared, match.index, match.index + match[0].length) });
  }
  return totals;
}

function readPercentFines(prepared: Prepared, plain: string, from: number): DocPercentFine[] {
  const found: DocPercentFine[] = [];
  PERCENT_FINE.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = PERCENT_FINE.exec(plain))) {
    const base = amountFromGroups(match, 1);
    const rateText = match[1 + AMOUNT_GROUPS]!;
    const rate = rateOf(rateText);
    const amount = amountFromGroups(match, 2 + AMOUNT_GROUPS);
    if (base === undefined || rate === undefined || amount === undefined) continue;
    found.push({ base, rate, rateText, amount, span: span(prepared, match.index, match.index + match[0].length) });
  }
  return found;
}

function readPerformance(prepared: Prepared, plain: string, from: number): DocPerformance | undefined {
  const match = firstIndex(PERFORMANCE, plain, from);
  const label = firstIndex(PERFORMANCE_LABEL, plain, 0);
  const at = match?.index ?? label?.index;
  if (at === undefined) return undefined;
  const sentence = sentenceAt(prepared, at);
  const performance: DocPerformance = { span: toOriginal(prepared, sentence) };
  if (match) {
    const days = match.match[1] ? parseChineseInt(match.match[1]) : undefined;
    if (days !== undefined) performance.days = days;
    const due = dateFromGroups(match.match, 2);
    if (due) performance.dueDate = due;
  }
  const channel = CHANNEL.exec(plain.slice(sentence.start, sentence.end));
  if (channel) performance.channel = (channel[1] ?? channel[2])!.replace(/^(?:将)?罚(?:没)?款/, '');
  if (performance.days === undefined && label) {
    const days = /(\d+|[一二三四五六七八九十]+)日内/.exec(
      plain.slice(label.index, sentenceAt(prepared, label.index).end + 80),
    );
    if (days) performance.days = parseChineseInt(days[1]!);
  }
  return performance;
}

function periodBefore(sentence: string, word: number): { days?: number; months?: number; text: string } | undefined {
  PERIOD.lastIndex = 0;
  let best: RegExpExecArray | undefined;
  let match: RegExpExecArray | null;
  while ((match = PERIOD.exec(sentence)) && match.index < word) best = match;
  if (!best) return undefined;
  const value = parseChineseInt(best[1]!);
  if (value === undefined) return undefined;
  return best[2] === '个月' || best[2] === '月' ? { months: value, text: best[0] } : { days: value, text: best[0] };
}

function readRemedy(prepared: Prepared, plain: string): DocRemedy | undefined {
  const starts = prepared.sentenceStarts;
  let chosen: Span | undefined;
  let fallback: Span | undefined;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = i + 1 < starts.length ? starts[i + 1]! : plain.length;
    const sentence = plain.slice(start, end);
    if (!REMEDY_WORD.test(sentence)) continue;
    if (/逾期不|不停止|期间|不计算/.test(sentence) && !/日内|个月内/.test(sentence)) continue;
    if (/日内|个月内|月内|天内/.test(sentence)) {
      chosen = { start, end };
      break;
    }
    fallback ??= { start, end };
  }
  const at = chosen ?? fallback;
  if (!at) return undefined;
  // The sentence may continue after a comma-less 。 (…申请行政复议。也可以…起诉。): take the next one too.
  let end = at.end;
  const next = plain.slice(at.end, at.end + 120);
  if (
    /^[^。\n]{0,80}(?:起诉|诉讼)/.test(next) &&
    !/^[^。\n]{0,80}(?:不停止|逾期不|期间)/.test(next) &&
    !/诉讼|起诉/.test(plain.slice(at.start, at.end))
  ) {
    end = at.end + next.search(/[。\n]|$/) + 1;
  }
  const sentence = plain.slice(at.start, end);
  const remedy: DocRemedy = { span: span(prepared, at.start, end), citesOtherLaw: /《/.test(sentence) };
  const reviewAt = sentence.search(/(?:申请|提出|提起)(?:行政)?复议|行政复议/);
  if (reviewAt >= 0) {
    const period = periodBefore(sentence, reviewAt);
    const review: NonNullable<DocRemedy['review']> = {
      span: span(prepared, at.start + reviewAt, at.start + reviewAt + 4),
    };
    if (period) {
      if (period.days !== undefined) review.days = period.days;
      if (period.months !== undefined) review.months = period.months;
      review.periodText = period.text;
    }
    const body = REVIEW_BODY.exec(sentence);
    if (body) review.body = body[1]!.replace(/^依法/, '');
    remedy.review = review;
  }
  const suitAt = sentence.search(/提起(?:行政)?诉讼|起诉|行政诉讼/);
  if (suitAt >= 0) {
    const period = periodBefore(sentence, suitAt);
    const suit: NonNullable<DocRemedy['suit']> = { span: span(prepared, at.start + suitAt, at.start + suitAt + 4) };
    if (period && (reviewAt < 0 || sentence.indexOf(period.text, reviewAt) > reviewAt || period.months !== undefined)) {
      if (period.days !== undefined) suit.days = period.days;
      if (period.months !== undefined) suit.months = period.months;
      suit.periodText = period.text;
    }
    const court = COURT.exec(sentence.slice(Math.max(0, suitAt - 40)));
    if (court) suit.court = court[1]!;
    remedy.suit = suit;
  }
  return remedy;
}

function readSurcharge(prepared: Prepared, plain: string): DocSurcharge | undefined {
  const found = firstIndex(SURCHARGE, plain, 0);
  if (!found) return undefined;
  const sentence = sentenceAt(prepared, found.index);
  const text = plain.slice(sentence.start, sentence.end);
  const surcharge: DocSurcharge = { span: toOriginal(prepared, sentence) };
  const rate = SURCHARGE_RATE.exec(text);
  if (rate) {
    surcharge.rateText = rate[1]!;
    const value = rateOf(rate[1]!);
    if (value !== undefined) surcharge.rate = value;
  }
  const cap = SURCHARGE_CAP.exec(text);
  if (cap) {
    surcharge.capText = cap[0];
    surcharge.capIsFine = /^的?(?:罚款|罚没款)(?:的)?(?:数额|金额|本数|本金)?(?:为限)?$/.test(
      cap[1]!.replace(/[。，]$/, ''),
    );
  }
  return surcharge;
}

interface Signature {
  authority?: { name: string; span: Span };
  date?: string;
  dateSpan?: Span;
  dateAt?: number;
}

function readSignature(
  prepared: Prepared,
  text: string,
  title: { text: string; at: number } | undefined,
  from: number,
): Signature {
  const found: Signature = {};
  const all = lines(text);
  const labelled = AGENCY_LABEL.exec(text);
  if (labelled) {
    const at = labelled.index + labelled[0].length - labelled[1]!.length;
    found.authority = { name: labelled[1]!.trim(), span: span(prepared, at, at + labelled[1]!.length) };
  }
  const dateLabel = DATE_LABEL.exec(text);
  if (dateLabel) {
    const date = dateFromGroups(dateLabel, 1);
    if (date) {
      found.date = date;
      found.dateAt = dateLabel.index;
      found.dateSpan = span(prepared, dateLabel.index, dateLabel.index + dateLabel[0].length);
    }
  }
  // Signature block: from the end, a line that is a date (maybe with the agency), and agency lines above it.
  for (let i = all.length - 1; i >= 0 && !found.date; i--) {
    const line = all[i]!;
    if (line.start < from) break;
    const match = DATE_LINE.exec(line.text);
    if (!match) continue;
    const date = dateFromGroups(match, 2);
    const head = match[1]!.replace(SEAL, '');
    const tail = match[2 + DATE_GROUPS]!;
    if (!date || /印发|生成|抓取|发布|公示/.test(tail + head) || (head.length > 0 && !AGENCY_END.test(head))) continue;
    found.date = date;
    found.dateAt = line.start;
    found.dateSpan = span(prepared, line.start, line.start + line.text.length);
    if (!found.authority && head.length >= 2 && !GENERIC_AGENCY.test(head)) {
      found.authority = { name: head, span: span(prepared, line.start, line.start + head.length) };
    }
    for (let j = i - 1; j >= 0 && j >= i - 3 && !found.authority; j--) {
      const above = all[j]!.text.replace(SEAL, '');
      if (above.length >= 3 && above.length <= 40 && AGENCY_END.test(above) && !GENERIC_AGENCY.test(all[j]!.text)) {
        found.authority = { name: above, span: span(prepared, all[j]!.start, all[j]!.start + above.length) };
      }
    }
  }
  if (!found.authority) {
    // Header: the agency's name on the line(s) above the title, or the title's own head.
    for (const line of all.slice(0, 6)) {
      if (title && line.start >= title.at) {
        const head = line.text
          .replace(/^#+/, '')
          .split(TITLE)[0]!
          .replace(/(?:税务|核安全|行政)+$/, '');
        if (head.length >= 3 && AGENCY_END.test(head))
          found.authority = { name: head, span: span(prepared, line.start, line.start + head.length) };
        break;
      }
      const text = line.text.replace(/^#+/, '');
      if (text.length >= 3 && text.length <= 40 && AGENCY_END.test(text) && !TITLE.test(text) && !/[：:]/.test(text)) {
        found.authority = { name: text, span: span(prepared, line.start, line.start + text.length) };
        break;
      }
    }
  }
  if (!found.authority) {
    const self = SELF_NAMED.exec(text);
    if (self) found.authority = { name: self[1]!, span: span(prepared, self.index, self.index + self[0].length) };
  }
  for (let i = all.length - 1; i >= 0 && i >= all.length - 8; i--) {
    const match = ISSUED.exec(all[i]!.text);
    if (!match) continue;
    if (!found.authority) {
      found.authority = { name: match[1]!, span: span(prepared, all[i]!.start, all[i]!.start + match[1]!.length) };
    }
    if (!found.date) {
      const date = dateFromGroups(match, 2);
      if (date) {
        found.date = date;
        found.dateAt = all[i]!.start;
        found.dateSpan = span(prepared, all[i]!.start, all[i]!.start + all[i]!.text.length);
      }
    }
  }
  return found;
}

function readSteps(prepared: Prepared, plain: string, until: number): DatedStep[] {
  const steps: DatedStep[] = [];
  DATE_ANY.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DATE_ANY.exec(plain)) && match.index < until) {
    const date = dateFromGroups(match, 1);
    if (!date) continue;
    const end = match.index + match[0].length;
    if (FUTURE_AFTER.test(plain.slice(end, end + 4))) continue;
    const sentence = sentenceAt(prepared, match.index);
    const text = plain.slice(sentence.start, sentence.end);
    if (!STEP_WORDS.test(text) || /缴纳|履行|期限|逾期|届满|印发|生成日期|抓取/.test(text)) continue;
    const short = text.replace(/[\n。；;]+$/, '');
    steps.push({
      date,
      text: short.length > 60 ? `${short.slice(0, 59)}…` : short,
      span: span(prepared, match.index, end),
      sentence: toOriginal(prepared, sentence),
    });
  }
  return steps;
}

function documentType(title: string | undefined): DocumentType {
  if (!title) return 'unknown';
  if (/不予(?:行政)?处罚决定书/.test(title)) return 'no-penalty-decision';
  if (/处罚决定书/.test(title)) return 'penalty-decision';
  if (/听证告知书/.test(title)) return 'hearing-notice';
  if (/告知书/.test(title)) return 'prior-notice';
  if (/决定书/.test(title)) return /处理决定书/.test(title) ? 'other' : 'penalty-decision';
  return 'other';
}

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

export interface ParseOptions {
  /** The law index, to place the authority in a province (defaults to the loaded one). */
  index?: LawIndex;
}

/** Parses the text of a decision, a disclosure summary or a fragment. Pure and synchronous. */
export function parseDocument(input: string, options: ParseOptions = {}): ParsedDocument {
  const prepared = prepare(input);
  const text = prepared.text;
  const plain = withoutQuotes(prepared);
  const spans = Object.fromEntries(ELEMENTS.map((name) => [name, [] as Span[]])) as Record<ElementName, Span[]>;

  // Title and document number in the head.
  let title: { text: string; at: number } | undefined;
  for (const line of lines(text).slice(0, 12)) {
    const content = line.text.replace(/^#+/, '');
    if (content.length <= 80 && TITLE_LINE.test(content) && !/^(?:根据|依据|经|我|你)/.test(content)) {
      title = { text: content, at: line.start };
      break;
    }
  }
  const factsHit = firstIndex(FACTS, plain, 0);
  const headLimit = Math.min(text.length, Math.max(600, factsHit ? factsHit.index : 0));
  const number = readNumber(prepared, text, headLimit);
  const headerEnd = Math.max(
    title ? title.at + title.text.length : 0,
    number ? text.indexOf(number.text) + number.text.length : 0,
  );

  // "你公司存在违法事实及处罚决定如下：" announces both parts: the decision part starts after that sentence.
  const factsSentenceEnd = factsHit ? sentenceAt(prepared, factsHit.index).end : 0;
  const decisionHit = firstIndex(DECISION, plain, factsSentenceEnd) ?? firstIndex(DECISION, plain, 0);
  const evidenceHit = firstIndex(EVIDENCE, plain, factsHit ? factsHit.index : 0);
  const party = readParty(prepared, text, headerEnd, factsHit?.index ?? headerEnd);
  if (party) spans.party.push(party.span);

  // Facts: from the first facts phrase to the evidence or the decision.
  let facts: ParsedDocument['facts'];
  if (factsHit) {
    let end = Math.min(
      ...[
        evidenceHit?.index,
        decisionHit && decisionHit.index > factsHit.index ? decisionHit.index : undefined,
        text.length,
      ].filter((value): value is number => value !== undefined && value > factsHit.index),
    );
    if (end - factsHit.index > 6000) end = factsHit.index + 6000;
    const factsText = text.slice(factsHit.index, end).trim();
    if (factsText.length >= 15) {
      facts = { text: factsText, span: span(prepared, factsHit.index, end) };
      spans.facts.push(facts.span);
    }
  }

  // Evidence: every "上述事实，有以下证据…" before the decision part (one per violation in long decisions).
  let evidence: ParsedDocument['evidence'] = [];
  if (evidenceHit) {
    const sectionEnd = decisionHit && decisionHit.index > evidenceHit.index ? decisionHit.index : text.length;
    let at: number | undefined = evidenceHit.index;
    while (at !== undefined && at < sectionEnd) {
      const next = firstIndex(EVIDENCE_NEXT, plain, sentenceAt(prepared, at).end);
      SECTION_BREAK.lastIndex = at;
      const nextSection = SECTION_BREAK.exec(text);
      const end = Math.min(sectionEnd, nextSection ? nextSection.index : text.length, next ? next.index : text.length);
      evidence = evidence.concat(readEvidence(prepared, text, at, end));
      spans.evidence.push(span(prepared, sentenceAt(prepared, at).start, Math.max(end, at + 1)));
      at = next && next.index < sectionEnd ? next.index : undefined;
    }
    if (evidence.length > 60) evidence = evidence.slice(0, 60);
  }

  // Citations; a 根据… in the facts is the tax or qualification reasoning, not the penalty basis.
  const decisionSentence = decisionHit ? sentenceAt(prepared, decisionHit.index).start : 0;
  const decisionOriginal = decisionHit
    ? toOriginal(prepared, { start: decisionSentence, end: decisionSentence + 1 }).start
    : 0;
  const index = options.index ?? getLawIndex();
  const citations = findCitations(prepared).map((citation) => {
    const adjusted =
      citation.role === 'penalty' && decisionHit && citation.end <= decisionOriginal
        ? { ...citation, role: 'other' as const }
        : citation;
    const record = index?.find(citation.law);
    return record ? { ...adjusted, registryTitle: record.title } : adjusted;
  });
  for (const citation of citations) if (citation.kind !== 'other') spans.legalBasis.push(citation.sentence);

  // Remedy, performance, surcharge.
  const remedy = readRemedy(prepared, plain);
  if (remedy) spans.remedy.push(remedy.span);
  const penaltyFrom = decisionHit ? decisionHit.index : factsHit ? factsHit.index : 0;
  const { penalties, fineTotal, noPenalty } = readPenalties(prepared, plain, penaltyFrom, text.length);
  for (const penalty of penalties) {
    const sentence = sentenceSpan(prepared, compactOf(prepared, penalty.span.start));
    if (!spans.penalty.some((known) => known.start === sentence.start)) spans.penalty.push(sentence);
  }
  const totals = readTotals(prepared, plain, penaltyFrom, penalties);
  const percentFines = readPercentFines(prepared, plain, penaltyFrom);
  const performance = readPerformance(prepared, plain, penaltyFrom);
  if (performance) spans.performance.push(performance.span);
  const surcharge = readSurcharge(prepared, plain);

  // Authority and date.
  const signature = readSignature(
    prepared,
    text,
    title,
    remedy ? compactOf(prepared, remedy.span.start) : Math.floor(text.length / 2),
  );
  if (signature.authority) spans.authority.push(signature.authority.span);
  if (signature.dateSpan) spans.date.push(signature.dateSpan);

  // Prior notice and hearing as recited.
  const priorNotice: ParsedDocument['priorNotice'] = { recited: false };
  const notice = firstIndex(NOTICE, plain, 0);
  if (notice) {
    const sentence = sentenceAt(prepared, notice.index);
    priorNotice.recited = true;
    priorNotice.span = toOriginal(prepared, sentence);
    const dated = DATE_ONE.exec(plain.slice(sentence.start, notice.index + 40));
    if (dated) {
      const date = dateFromGroups(dated, 1);
      if (date) priorNotice.date = date;
    }
  }
  const hearing: ParsedDocument['hearing'] = { recited: false };
  const hearingHit = firstIndex(HEARING, plain, 0);
  if (hearingHit) {
    hearing.recited = true;
    hearing.span = sentenceSpan(prepared, hearingHit.index);
  }
  const steps = readSteps(prepared, plain, signature.dateAt ?? text.length);

  const elements: Record<ElementName, boolean> = {
    party: party !== undefined,
    facts: facts !== undefined,
    evidence: evidenceHit !== undefined,
    legalBasis: citations.some((citation) => citation.kind === 'law'),
    penalty: penalties.length > 0 || noPenalty,
    performance: performance !== undefined,
    remedy: remedy !== undefined && (remedy.review !== undefined || remedy.suit !== undefined),
    authority: signature.authority !== undefined,
    date: signature.date !== undefined,
  };

  // What kind of text this is.
  const type = documentType(title?.text);
  SUMMARY_MARKERS.lastIndex = 0;
  let markers = 0;
  while (SUMMARY_MARKERS.exec(text)) markers++;
  let kind: DocumentKind;
  if ((type === 'penalty-decision' || type === 'no-penalty-decision') && (elements.remedy || elements.penalty))
    kind = 'decision';
  else if (markers >= 2 && !elements.remedy) kind = 'summary';
  else if (type === 'unknown' && elements.party && elements.penalty && elements.remedy && elements.legalBasis)
    kind = 'decision';
  else if (markers >= 2) kind = 'summary';
  else kind = 'fragment';

  const parsed: ParsedDocument = {
    kind,
    type,
    elements,
    spans,
    evidence,
    citations,
    penalties,
    totals,
    percentFines,
    priorNotice,
    hearing,
    steps,
    partialCase: buildCase({
      number,
      party,
      facts,
      citations,
      penalties,
      fineTotal,
      noPenalty,
      decisionDate: signature.date,
      authority: signature.authority?.name,
      index,
      remedy,
      notice: priorNotice.date,
      procedure: /当场|简易程序/.test(title?.text ?? '') ? 'simple' : undefined,
    }),
  };
  if (title) parsed.title = { text: title.text, span: span(prepared, title.at, title.at + title.text.length) };
  if (number) parsed.number = number;
  if (party) parsed.party = party;
  if (facts) parsed.facts = facts;
  if (fineTotal !== undefined) parsed.fineTotal = fineTotal;
  if (performance) parsed.performance = performance;
  if (remedy) parsed.remedy = remedy;
  if (surcharge) parsed.surcharge = surcharge;
  if (signature.authority) parsed.authority = signature.authority;
  if (signature.date) parsed.decisionDate = signature.date;
  if (signature.dateSpan) parsed.dateSpan = signature.dateSpan;
  return parsed;
}

/** Compact offset of an original offset (first compact character at or after it). */
function compactOf(prepared: Prepared, original: number): number {
  const map = prepared.map;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface CaseParts {
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

function buildCase(parts: CaseParts): EnforcementCase {
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
