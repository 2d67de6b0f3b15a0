import type { SanctionKind } from '../case/schema';
import { AMOUNT_SOURCE, CN_AMOUNT_CHARS, amountFromGroups, parseAmount } from './numerals';
import { sentenceAt, toOriginal, type Prepared, type Span } from './prepare';
import { rateOf, span } from './parse-shared';
import type { DocAmountPair, DocAmountTotal, DocPenalty, DocPercentFine } from './types';

/** The penalties imposed, the fine total, the totals stated and the fines computed from a rate. */

const AMOUNT_GROUPS = 5;

const AMOUNT = AMOUNT_SOURCE;

const FINE_AFTER_WORD = new RegExp(
  `罚款(?:金额|数额)?(?:为)?(?:人民币)?[：:]?${AMOUNT}(?!以上|以下|至|到|-|—|~|～)`,
  'g',
);
/** 处人民币伍万元整（¥50,000.00）的罚款: the figures in brackets may stand between the amount and the word. */
const FINE_BEFORE_WORD = new RegExp(`(?:处以?|并处|给予)${AMOUNT}(?:[（(][^）)\\n]{1,24}[)）])?(?:的)?罚款`, 'g');
const FINE_COMPUTED = new RegExp(
  `(?:处以?|并处)([^，。；\\n]{0,20}?)的?罚款[，,]?(?:计|共计|合计|金额为|即|为)(?:人民币)?${AMOUNT}`,
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
/** The words before a per-unit rate: 每平方米, 每亩, 每吨, 每辆, 每人次… */
const PER_UNIT = /每[^，。；、\n\d]{0,6}$/;
const FINE_TOTAL = new RegExp(`(?:罚款(?:合计|共计|总计|总额)|(?:合计|共计|总计)罚款)(?:为)?(?:人民币)?${AMOUNT}`);
const SUMMING = /综上|综合|合并/;
const TOTAL = new RegExp(
  `((?:罚没款|罚没金额|罚没|罚款|应缴(?:款项|罚没款|罚款)?|款项)?(?:合计|共计|总计))(?:为)?(?:人民币)?[：:]?${AMOUNT}`,
  'g',
);
const TOTAL_WINDOW = /如下[^。\n]{0,8}[：:]|综上|综合|\n/g;
/** 按货值金额4000元的二倍处罚款，计人民币捌仟元整: the rate before the word 罚款. */
const PERCENT_FINE_RATE_FIRST = new RegExp(
  `${AMOUNT}的?(百分之[零一二三四五六七八九十百]+|\\d+(?:\\.\\d+)?[%％]|[零一二两三四五六七八九十]+倍|\\d+(?:\\.\\d+)?倍)(?:处以?|并处)?(?:的)?罚款[，,]?(?:计|共计|合计|金额为|即|为)?(?:人民币)?${AMOUNT}`,
  'g',
);
/** A total (合计罚款…) is not one more fine. */
const BEFORE_TOTAL = /(?:合计|共计|总计|总额|累计)(?:为)?$/;
/** Whom or what a fine is for: 对当事人王某某处罚款…, 对你公司未按期申报的行为，罚款…; or its item in a list. */
const FINE_TARGET = /对([^。；\n]{1,40}?)[，,]?(?:处以?|并处|罚款|给予)/;
/** 对当事人, 对你公司: the one party of the decision, not a target that tells two fines apart. */
const GENERIC_TARGET = /^(?:当事人|你|你公司|你单位|你(?:个人|店)|其|该公司|该单位|违法行为人)$/;
const PERCENT_FINE = new RegExp(
  `${AMOUNT}[^。；\\n]{0,30}?(?:处以?|并处)(百分之[零一二三四五六七八九十百]+|\\d+(?:\\.\\d+)?[%％]|[零一二两三四五六七八九十]+倍|\\d+(?:\\.\\d+)?倍)(?:的)?罚款[，,]?(?:计|共计|合计|金额为|即|为)?(?:人民币)?${AMOUNT}`,
  'g',
);

export function readPenalties(
  prepared: Prepared,
  plain: string,
  from: number,
  to: number,
): { penalties: DocPenalty[]; fineTotal?: number; noPenalty: boolean } {
  const segment = plain.slice(from, to);
  const penalties: DocPenalty[] = [];
  const taken: Span[] = [];
  const overlaps = (start: number, end: number) => taken.some((s) => start < s.end && end > s.start);
  let fines: { amount: number; at: number; total: boolean; penalty: DocPenalty }[] = [];
  const addFine = (match: RegExpExecArray, group: number) => {
    const start = from + match.index;
    const end = start + match[0].length;
    if (overlaps(start, end)) return;
    // 每平方米罚款200元, 每吨处100元罚款: a rate per unit, not the fine imposed.
    if (PER_UNIT.test(plain.slice(Math.max(0, start - 8), start))) return;
    const amount = amountFromGroups(match, group);
    if (amount === undefined || amount <= 0) return;
    taken.push({ start, end });
    const penalty: DocPenalty = { kind: 'fine', amount, span: span(prepared, start, end) };
    fines.push({ amount, at: start, total: BEFORE_TOTAL.test(plain.slice(Math.max(0, start - 4), start)), penalty });
    penalties.push(penalty);
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
    // 行政拘留 again in 执行方式 (送拘留所执行), 警告 again in a recital: one penalty of each kind.
    if ((match = pattern.exec(segment))) {
      penalties.push({ kind, span: span(prepared, from + match.index, from + match.index + match[0].length) });
    }
  }
  // 合计罚款… after the fines it sums is no fine of its own (alone, 共计罚款… is the fine).
  if (fines.some((fine) => !fine.total) && fines.some((fine) => fine.total)) {
    const totals = new Set(fines.filter((fine) => fine.total).map((fine) => fine.penalty));
    fines = fines.filter((fine) => !fine.total);
    for (let i = penalties.length - 1; i >= 0; i--) if (totals.has(penalties[i]!)) penalties.splice(i, 1);
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
    } else if (fines.every((fine) => fine.amount === fines[0]!.amount) && !distinctTargets(prepared, plain, fines)) {
      // The same amount again (in the payment sentence…) is the same fine.
      fineTotal = fines[0]!.amount;
    } else fineTotal = sum(fines.map((fine) => fine.amount));
  }
  const result: { penalties: DocPenalty[]; fineTotal?: number; noPenalty: boolean } = {
    penalties,
    noPenalty: NO_PENALTY.test(segment) && fines.length === 0,
  };
  if (fineTotal !== undefined) result.fineTotal = fineTotal;
  return result;
}

/** Whether each fine is imposed on a different named party or breach (对当事人王某某…, 对你公司未按期申报的行为…). */
function distinctTargets(prepared: Prepared, plain: string, fines: readonly { at: number }[]): boolean {
  if (fines.length < 2) return false;
  const targets = fines.map((fine) => {
    const before = plain.slice(sentenceAt(prepared, fine.at).start, fine.at);
    const match = FINE_TARGET.exec(before);
    return match && !GENERIC_TARGET.test(match[1]!) ? match[1] : undefined;
  });
  return targets.every((target) => target !== undefined) && new Set(targets).size === fines.length;
}

function sum(values: readonly number[]): number {
  return Math.round(values.reduce((total, value) => total + value, 0) * 100) / 100;
}

export function readTotals(prepared: Prepared, plain: string, from: number, penalties: DocPenalty[]): DocAmountTotal[] {
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

export function readPercentFines(prepared: Prepared, plain: string, from: number): DocPercentFine[] {
  const found: DocPercentFine[] = [];
  for (const pattern of [PERCENT_FINE, PERCENT_FINE_RATE_FIRST]) {
    pattern.lastIndex = from;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(plain))) {
      const at = span(prepared, match.index, match.index + match[0].length);
      if (found.some((fine) => at.start < fine.span.end && at.end > fine.span.start)) continue;
      const base = amountFromGroups(match, 1);
      const rateText = match[1 + AMOUNT_GROUPS]!;
      const rate = rateOf(rateText);
      const amount = amountFromGroups(match, 2 + AMOUNT_GROUPS);
      if (base === undefined || rate === undefined || amount === undefined) continue;
      found.push({ base, rate, rateText, amount, span: at });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** An amount in words followed by its figures in brackets, or figures followed by words: 人民币伍万元整（¥50,000.00）. */
const PAIR_WORDS_FIRST = new RegExp(
  `(?:人民币)?([${CN_AMOUNT_CHARS}]+[元圆](?:[${CN_AMOUNT_CHARS}]角)?(?:[${CN_AMOUNT_CHARS}]分)?整?)[（(](?:小写[：:]?)?(?:人民币)?[¥￥]?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(万)?元?[)）]`,
  'g',
);
const PAIR_FIGURES_FIRST = new RegExp(
  `(?:人民币)?[¥￥]?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(万)?元[（(](?:大写[：:]?)?(?:人民币)?([${CN_AMOUNT_CHARS}]+[元圆](?:[${CN_AMOUNT_CHARS}]角)?(?:[${CN_AMOUNT_CHARS}]分)?整?)[)）]`,
  'g',
);

/** Every amount written both in words and in figures, with both values. */
export function readAmountPairs(prepared: Prepared, plain: string): DocAmountPair[] {
  const pairs: DocAmountPair[] = [];
  for (const [pattern, wordsGroup, figuresGroup] of [
    [PAIR_WORDS_FIRST, 1, 2],
    [PAIR_FIGURES_FIRST, 3, 1],
  ] as const) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(plain))) {
      const words = parseAmount(match[wordsGroup]!);
      const figure = Number(match[figuresGroup]!.replace(/,/g, ''));
      const figures = Math.round((match[figuresGroup + 1] === '万' ? figure * 10_000 : figure) * 100) / 100;
      if (words === undefined || !Number.isFinite(figures)) continue;
      pairs.push({
        words,
        figures,
        wordsText: match[wordsGroup]!,
        span: span(prepared, match.index, match.index + match[0].length),
      });
    }
  }
  return pairs.sort((a, b) => a.span.start - b.span.start);
}
