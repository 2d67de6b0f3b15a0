import { describe, expect, it } from 'vitest';
import { DOCUMENT_NUMERALS, parseNumeral } from '../text/numerals';
import { parseAmount, parseChineseInt, parseDate } from './numerals';

// The numeral table itself lives in lib/text/numerals.test.ts.
describe('parseChineseInt', () => {
  it('reads with DOCUMENT_NUMERALS', () => {
    for (const text of ['一百二', '一亿二千万', '二〇二六', '124', '百', '万', '5万']) {
      expect(parseChineseInt(text)).toBe(parseNumeral(text, DOCUMENT_NUMERALS));
    }
  });
});

describe('parseAmount', () => {
  it.each([
    ['人民币伍万元整', 50_000],
    ['伍佰元整', 500],
    ['壹拾万零伍佰元伍角', 100_500.5],
    ['人民币壹万贰仟叁佰肆拾伍元陆角柒分', 12_345.67],
    ['五万元', 50_000],
    ['50,000元', 50_000],
    ['200,000.00元', 200_000],
    ['5万元', 50_000],
    ['44.38万元', 443_800],
    ['1.2亿元', 120_000_000],
    ['￥3000元', 3000],
  ])('%s → %d', (text, value) => expect(parseAmount(text)).toBe(value));

  it('rejects what is not an amount', () => expect(parseAmount('五十份')).toBeUndefined());
});

describe('parseDate', () => {
  it.each([
    ['二〇二六年七月十六日', '2026-07-16'],
    ['二○二六年一月十六日', '2026-01-16'],
    ['二Ｏ二六年五月二十五日', '2026-05-25'],
    ['二零二五年十二月三十一日', '2025-12-31'],
    ['2026年7月16日', '2026-07-16'],
    ['2026-06-20', '2026-06-20'],
    ['2026.7.16', '2026-07-16'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('rejects a day that does not exist', () => {
    expect(parseDate('2026年2月30日')).toBeUndefined();
    expect(parseDate('二〇二六年十三月一日')).toBeUndefined();
  });
});
