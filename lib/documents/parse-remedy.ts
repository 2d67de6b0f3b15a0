import { DATE_SOURCE, dateFromGroups, parseChineseInt } from './numerals';
import { sentenceAt, toOriginal, type Prepared, type Span } from './prepare';
import { firstIndex, rateOf, span } from './parse-shared';
import type { DocPerformance, DocRemedy, DocSurcharge } from './types';

/** How and by when to pay (履行方式和期限), the late-payment surcharge, and the review and suit notice. */

const PERFORMANCE = new RegExp(
  `(?:(?:之日起|日起|起)(\\d+|[一二三四五六七八九十]+)日内|(?:于|在)${DATE_SOURCE}(?:前|之前|以前))[^。\\n]{0,80}?(?:缴纳|缴至|缴清|缴款|交纳|上缴|缴入|缴库|履行|交至)`,
);
const PERFORMANCE_LABEL = /履行方式和期限[：:]/;
const CHANNEL =
  /日内(?:到|至|向|通过)?(?!将)([^。，,；\n]{2,60}?)(?:缴纳|缴款|缴清|交纳|上缴)|缴至([^。，,；\n(（]{2,60})/;

const SURCHARGE = /加处罚款|加处罚金/;
const SURCHARGE_RATE =
  /每日按(?:罚款|罚没款)?(?:数额|金额)?的?(百分之[零一二三四五六七八九十]+(?:点[零一二三四五六七八九]+)?|千分之[零一二三四五六七八九十]+|万分之[零一二三四五六七八九十]+|\d+(?:\.\d+)?[%％‰])/;
const SURCHARGE_CAP =
  /加处(?:的)?罚款(?:的)?(?:数额|总额|金额)?(?:最高)?(?:不得|不能|不|以)(?:超出|超过|高于|为限)?([^。，,；\n]{1,20})/;

/** The cap is the fine itself: 罚款的数额, 原罚款数额, 罚款本数, 罚款数额本身, 应缴罚款金额… */
const CAP_IS_FINE =
  /^的?(?:原|应缴纳?的?|所处的?|上述|本次)?(?:罚款|罚没款)(?:的)?(?:数额|金额|总额|本数|本金|额)?(?:本身)?(?:为限)?$/;

const REMEDY_WORD = /复议|诉讼|起诉/;
const PERIOD = /(\d+|[一二两三四五六七八九十百]+)(日|天|个月|月)内?/g;
const REVIEW_BODY = /向([^，。；,\n]{2,40}?)(?:依法)?(?:申请|提出)(?:行政)?复议/;
const COURT = /向([^，。；,\n]{0,30}?法院)/;

export function readPerformance(prepared: Prepared, plain: string, from: number): DocPerformance | undefined {
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

export function readSurcharge(prepared: Prepared, plain: string): DocSurcharge | undefined {
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
    surcharge.capIsFine = CAP_IS_FINE.test(cap[1]!.replace(/[。，]$/, ''));
  }
  return surcharge;
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

export function readRemedy(prepared: Prepared, plain: string): DocRemedy | undefined {
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
  let next = plain.slice(at.end, at.end + 120);
  // …申请行政复议。⏎也可以…提起行政诉讼。: a new paragraph continues it only with 也/或/亦/还.
  const skip = /^\n(?=也|或|亦|还)/.exec(next)?.[0].length ?? 0;
  if (skip > 0) next = next.slice(skip);
  if (
    (skip > 0 || !next.startsWith('\n')) &&
    /^[^。\n]{0,80}(?:起诉|诉讼)/.test(next) &&
    !/^[^。\n]{0,80}(?:不停止|逾期不|期间)/.test(next) &&
    !/诉讼|起诉/.test(plain.slice(at.start, at.end))
  ) {
    end = at.end + skip + next.search(/[。\n]|$/) + 1;
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
