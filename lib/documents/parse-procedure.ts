import { DATE_SOURCE, dateFromGroups } from './numerals';
import { sentenceAt, toOriginal, type Prepared } from './prepare';
import { firstIndex, sentenceSpan, span } from './parse-shared';
import type { DatedStep, ParsedDocument } from './types';

/** The procedure as recited: prior notice, hearing and the dated steps before the decision. */

const DATE_ANY = new RegExp(DATE_SOURCE, 'g');
const DATE_ONE = new RegExp(DATE_SOURCE);

const FUTURE_AFTER = /^(?:前|之前|以前|起|止前|之日起|后|以后|为止)/;

const NOTICE =
  /事先告知|告知书|告知(?:你|当事人|其)[^。\n]{0,40}?(?:拟作出|陈述|申辩|听证|权利)|陈述(?:、|和|或)?申辩|放弃陈述/;
const HEARING = /听证/;
const STEP_WORDS =
  /立案|检查|调查|询问|告知|送达|听证|陈述|申辩|抽样|检验|检测|鉴定|勘验|查获|发现|受理|移送|发函|约谈|扣押|查封|登记保存|审核|集体讨论/;

/** The prior notice (事先告知) as recited, with its date when the sentence gives one. */
export function readPriorNotice(prepared: Prepared, plain: string): ParsedDocument['priorNotice'] {
  const priorNotice: ParsedDocument['priorNotice'] = { recited: false };
  let notice = firstIndex(NOTICE, plain, 0);
  // "违法行为人陈述和申辩" in a list of evidence is a kind of evidence, not the notice.
  while (notice && isEvidenceItem(prepared, plain, notice.index)) notice = firstIndex(NOTICE, plain, notice.index + 1);
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
  return priorNotice;
}

const EVIDENCE_OF = /(?:证据|笔录|材料)(?:证实|证明|为证|佐证|如下|有)|等证据/;

function isEvidenceItem(prepared: Prepared, plain: string, at: number): boolean {
  if (!/^陈述/.test(plain.slice(at, at + 2))) return false;
  const sentence = sentenceAt(prepared, at);
  const text = plain.slice(sentence.start, sentence.end);
  return EVIDENCE_OF.test(text) && !/告知|权利|未提出|放弃|未进行|提出了/.test(text);
}

/** The hearing (听证) as recited. */
export function readHearing(prepared: Prepared, plain: string): ParsedDocument['hearing'] {
  const hearing: ParsedDocument['hearing'] = { recited: false };
  const hearingHit = firstIndex(HEARING, plain, 0);
  if (hearingHit) {
    hearing.recited = true;
    hearing.span = sentenceSpan(prepared, hearingHit.index);
  }
  return hearing;
}

export function readSteps(prepared: Prepared, plain: string, until: number): DatedStep[] {
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
