import { LAW } from '../rules/helpers/laws';
import { ART59, defineCheck, money, type Collector } from './check-kit';
import type { ParsedDocument } from './types';

/** Totals that do not add up, amounts in words and figures that disagree, and fines computed from a rate that do not match it. */

export const AMOUNTS = defineCheck({
  id: 'doc-amounts',
  title: { zh: '罚没金额计算一致', en: 'Amounts add up' },
  category: 3,
  severity: 'medium',
  citations: [{ law: LAW.shandongSupervision, article: 31, paragraph: 1, item: 2 }, ART59(3)],
  fix: {
    zh: '复核各项罚没金额与合计数、金额大写与小写、按比例或倍数计算的罚款数额，计算或书写错误的请书面补正，并核对已缴款项。',
    en: 'Recompute the itemised amounts, the total, amounts in words against figures, and any fine set as a share or multiple of a base; correct errors in writing and reconcile what has been paid.',
  },
  messages: {
    'total-mismatch': {
      zh: '决定书列明的各项金额（{items}）合计为{sum}元，与所写的“{label}”{total}元不一致，可能存在计算错误，请核实。',
      en: 'The itemised amounts ({items}) add up to {sum} yuan, not the stated {label} of {total} yuan; there may be a calculation error. Please verify.',
    },
    'figures-mismatch': {
      zh: '决定书中的金额大写“{words}”（{wordsValue}元）与其后小写的{figures}元不一致，可能存在笔误，请核实并书面补正。',
      en: 'The amount in words “{words}” ({wordsValue} yuan) does not match the figures that follow ({figures} yuan); there may be a slip. Please verify and correct in writing.',
    },
    'percent-mismatch': {
      zh: '按{base}元的{rateText}计算罚款应为{expected}元，决定书写为{amount}元，可能存在计算错误，请核实。',
      en: '{rateText} of {base} yuan is {expected} yuan, but the decision says {amount} yuan; there may be a calculation error. Please verify.',
    },
  },
});

export function checkAmounts(doc: ParsedDocument, out: Collector): void {
  for (const total of doc.totals) {
    const explicit = /罚款|罚没/.test(total.label);
    if (total.items.length < 2 && !(explicit && total.items.length === 1)) continue;
    const sum = Math.round(total.items.reduce((a, b) => a + b, 0) * 100) / 100;
    if (Math.abs(sum - total.amount) < 0.005) continue;
    out.add(AMOUNTS, 'violation', 'total-mismatch', [total.span], ['decision.fineAmount'], {
      items: total.items.map(money).join(' + '),
      sum: money(sum),
      label: total.label,
      total: money(total.amount),
    });
  }
  for (const pair of doc.amountPairs) {
    if (Math.abs(pair.words - pair.figures) < 0.005) continue;
    out.add(AMOUNTS, 'violation', 'figures-mismatch', [pair.span], ['decision.fineAmount'], {
      words: pair.wordsText,
      wordsValue: money(pair.words),
      figures: money(pair.figures),
    });
  }
  for (const fine of doc.percentFines) {
    const expected = Math.round(fine.base * fine.rate * 100) / 100;
    // Rounded to the cent, or to the yuan when the decision writes whole yuan.
    const tolerance = Number.isInteger(fine.amount) ? 1 : 0.011;
    if (Math.abs(expected - fine.amount) <= tolerance) continue;
    out.add(AMOUNTS, 'violation', 'percent-mismatch', [fine.span], ['decision.fineAmount'], {
      base: money(fine.base),
      rateText: fine.rateText,
      expected: money(expected),
      amount: money(fine.amount),
    });
  }
}
