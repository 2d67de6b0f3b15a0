import { sentenceAt, type Prepared, type Span } from './prepare';
import { span } from './parse-shared';

/** Where the facts, the evidence and the decision parts begin, and the list of evidence. */

export const FACTS =
  /主要违法事实|违法事实|案件事实|经查明|经查|现查明|查明[：:，,]|(?:本|我)(?:机关|局|委|部|厅|办|署|队|支队|大队|中心|所|站)(?:经调查)?查明|查明(?:你|当事人|该|其)|调查发现|发现你|发现当事人|你(?:公司|单位)?(?:存在|实施了)|当事人(?:存在|实施了)/;
export const EVIDENCE =
  /(?:以上|上述)(?:违法)?(?:事实|行为)[，,]?(?:主要)?有(?:以下|下列|如下)?(?:主要)?证据|证据(?:如下|有)[：:]|主要证据[：:]|证据\d+[：:]|等证据(?:证明|证实|为证|佐证)|(?:以上|上述)(?:违法)?(?:事实|情况)[，,]?有[^。\n]{2,300}?(?:为证|证明|证实|佐证)/;
/** A further evidence statement (not an item 证据N： of the current list). */
export const EVIDENCE_NEXT = new RegExp(EVIDENCE.source.replace('|证据\\d+[：:]', ''));
export const DECISION =
  /(?:^|\n)#*(?:[二三四五六]、|（[二三四五六]）)?(?:行政)?处罚决定(?:如下)?[：:]?(?=\n)|决定(?:对你|对当事人|对其|给予|处以|作出如下|如下)|决定对[^，。；\n]{1,20}?(?:处以?|给予)|处罚如下|作出如下(?:行政)?处罚|(?:现)?责令[^。\n]{0,60}?并处|(?:处以|并处)[^。\n]{0,30}?罚款|行政处罚(?:的)?种类|处罚内容[：:]|不予(?:行政)?处罚/;
export const SECTION_BREAK = /\n(?:[二三四五六七]、|（[二三四五六七]）)/g;

export function readEvidence(
  prepared: Prepared,
  text: string,
  at: number,
  end: number,
): { title: string; span: Span }[] {
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

const NUMBERED_ITEM = /^(?:\d{1,2}[.、．：:]|[（(]\d{1,2}[)）])/;
const NUMBERED_LIST_END = /\n(?!\d{1,2}[.、．：:]|[（(]\d{1,2}[)）])/;

function readItems(prepared: Prepared, text: string, from: number, to: number): { title: string; span: Span }[] {
  let block = text.slice(from, Math.min(to, from + 4000));
  // 证据1：… 证据2：… — the list ends at the first line that is not one of them.
  if (/^证据\d/.test(block)) {
    const stop = block.search(/\n(?!证据\d)/);
    if (stop > 0) block = block.slice(0, stop);
  }
  // 1.… 2.… or （1）… — a numbered list ends at the first line that does not start an item.
  else if (NUMBERED_ITEM.test(block)) {
    const stop = block.search(NUMBERED_LIST_END);
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
