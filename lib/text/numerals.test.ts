import { describe, expect, it } from 'vitest';
import { DOCUMENT_NUMERALS, NUMERAL_CHARS, parseNumeral } from './numerals';

// Moved from lib/adapters/parse/parse.test.ts (parseChineseNumeral = parseNumeral with defaults).
describe('parseNumeral (default reading, lib/adapters)', () => {
  it.each([
    ['一百二十四', 124],
    ['十', 10],
    ['二十一', 21],
    ['〇', 0],
    ['零', 0],
    ['三十四', 34],
    ['一百零五', 105],
    ['一千零五十', 1050],
    ['一百一十', 110],
    ['一百十', 110],
    ['一百二', 120],
    ['三万五', 35000],
    ['二〇二五', 2025],
    ['二Ｏ二六', 2026],
    ['壹仟贰佰', 1200],
    ['伍万', 50000],
    ['两千', 2000],
    ['一亿二千万', 120000000],
    ['5万', 50000],
    ['1.5万', 15000],
    ['１２', 12],
    ['34', 34],
  ])('%s → %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each(['', '第三条', 'abc', '百', '三十四条', '万'])('rejects %j', (text) => {
    expect(parseNumeral(text)).toBeUndefined();
  });
});

// Moved from lib/documents/numerals.test.ts (parseChineseInt = parseNumeral with DOCUMENT_NUMERALS).
describe('parseNumeral (DOCUMENT_NUMERALS, lib/documents)', () => {
  it.each([
    ['十', 10],
    ['十五', 15],
    ['二十一', 21],
    ['一百二十四', 124],
    ['一百零八', 108],
    ['一千零五', 1005],
    ['两百', 200],
    ['伍万', 50_000],
    ['壹拾贰万', 120_000],
    ['二〇二六', 2026],
    ['124', 124],
  ])('%s → %d', (text, value) => expect(parseNumeral(text, DOCUMENT_NUMERALS)).toBe(value));

  it('rejects what is not a number', () => expect(parseNumeral('条款', DOCUMENT_NUMERALS)).toBeUndefined());
});

describe('parseNumeral options (where the two readings differ)', () => {
  it.each([
    // text, default reading, DOCUMENT_NUMERALS reading
    ['一百二', 120, 102],
    ['三万五', 35000, 30005],
    ['一亿二千万', 120_000_000, 1_000_020_000_000],
    ['百', undefined, 100],
    ['万', undefined, 0],
    ['5万', 50000, undefined],
    ['1.5', 1.5, undefined],
    ['２０２６', 2026, undefined],
    [' 十二 ', 12, undefined],
    ['幺二', 12, undefined],
    ['2〇2五', 2025, undefined],
    ['二0二六', 2026, 2026],
    ['一二三四五六七八九〇一二三四五六七八', 123456789012345680, 123456789012345700],
  ] as const)('%j → %s by default, %s for documents', (text, byDefault, forDocuments) => {
    expect(parseNumeral(text)).toBe(byDefault);
    expect(parseNumeral(text, DOCUMENT_NUMERALS)).toBe(forDocuments);
  });

  it('switches one reading at a time', () => {
    expect(parseNumeral('一百二', { abbreviated: false })).toBe(102);
    expect(parseNumeral('百', { strictUnits: false })).toBe(100);
    expect(parseNumeral('幺', { yao: false })).toBeUndefined();
    expect(parseNumeral('１２', { normalize: false })).toBeUndefined();
    expect(parseNumeral('5万', { arabic: false })).toBeUndefined();
  });
});

describe('NUMERAL_CHARS', () => {
  it('holds every character the parser reads, except Arabic digits', () => {
    const numeral = new RegExp(`^[${NUMERAL_CHARS}]+$`);
    for (const ch of NUMERAL_CHARS) expect(parseNumeral(`一${ch}`) ?? parseNumeral(`${ch}一`)).toBeDefined();
    expect(numeral.test('二〇二六年')).toBe(false);
    expect(numeral.test('壹仟贰佰万')).toBe(true);
  });
});
