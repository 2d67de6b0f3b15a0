/** Sanction kinds (行政处罚法 Art. 9) named in a decision text. Pure, no DOM. */
import type { SanctionKind } from '../../case/schema';
import { toHalfWidth } from './text';

export interface SanctionReading {
  kinds: SanctionKind[];
  /** 'no-penalty' for 不予（行政）处罚 / 免予处罚. */
  outcome?: 'no-penalty';
}

const PATTERNS: Array<[RegExp, SanctionKind]> = [
  [/警告/g, 'warning'],
  [/通报批评/g, 'circulate-criticism'],
  [/罚款|罚金/g, 'fine'],
  [/暂扣|暂停.{0,6}(许可|执照|资格|证)/g, 'suspend-license'],
  [/降低资质等级|降低.{0,4}资质/g, 'lower-qualification'],
  [/吊销/g, 'revoke-license'],
  [/限制开展生产经营活动|限制生产经营/g, 'restrict-activity'],
  [/停产停业|责令停业|停业整顿|停产整顿/g, 'order-suspension'],
  [/责令关闭|予以关闭|取缔/g, 'order-closure'],
  [/限制从业|禁止从业|.{0,4}年内不得从事/g, 'restrict-employment'],
  [/行政拘留|拘留/g, 'detention'],
];

// Words about paying or enforcing a fine, not imposing one.
const NOT_A_SANCTION =
  /加处罚款|按罚款数额|罚款数额的|缴纳罚款|缴清罚款|罚款缴纳|不缴纳罚款|未缴纳罚款|罚款收缴|罚款催告|罚没款|罚款决定书|不予警告|不予罚款|免予罚款|免于罚款/g;

/**
 * Sanction kinds in order of first mention: 警告, 通报批评, 罚款, 没收违法所得, 没收非法财物
 * (and 没收 + goods), 暂扣, 降低资质等级, 吊销, 限制开展生产经营活动, 责令停产停业, 责令关闭,
 * 限制从业, 行政拘留. 不予（行政）处罚 gives outcome 'no-penalty' and no kinds.
 */
export function parseSanctions(input: string): SanctionReading {
  const text = toHalfWidth(input).replace(/\s+/g, '');
  if (
    /(不予|免予|免于)(行政)?处罚/.test(text) &&
    !/(罚款|警告|没收|吊销|暂扣)/.test(text.replace(NOT_A_SANCTION, ''))
  ) {
    return { kinds: [], outcome: 'no-penalty' };
  }
  const cleaned = text.replace(NOT_A_SANCTION, (match) => ' '.repeat(match.length));
  const found: Array<[number, SanctionKind]> = [];
  for (const [pattern, kind] of PATTERNS) {
    for (const match of cleaned.matchAll(pattern)) found.push([match.index, kind]);
  }
  for (const match of cleaned.matchAll(/没收/g)) {
    const rest =
      cleaned.slice(match.index + 2, match.index + 40).split(/[；;。，,]|(?:\d|[一二三四五六七八九十])[、.．]/)[0] ??
      '';
    if (/^违法所得/.test(rest)) {
      found.push([match.index, 'confiscate-gains']);
      if (/(和|及|、|以及|并)(没收)?(非法财物|违法财物|.*(工具|物品|产品|商品|设备))/.test(rest))
        found.push([match.index + 1, 'confiscate-property']);
    } else if (rest !== '') {
      found.push([match.index, 'confiscate-property']);
      if (/违法所得/.test(rest)) found.push([match.index + 1, 'confiscate-gains']);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const kinds: SanctionKind[] = [];
  for (const [, kind] of found) if (!kinds.includes(kind)) kinds.push(kind);
  return { kinds };
}
