import { describe, expect, it } from 'vitest';
import { art7Heading, chineseNumber, formatCitation } from './citation';

describe('chineseNumber', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [100, '一百'],
    [104, '一百零四'],
    [110, '一百一十'],
    [124, '一百二十四'],
    [1001, '一千零一'],
  ])('%i → %s', (value, expected) => expect(chineseNumber(value)).toBe(expected));
});

describe('formatCitation', () => {
  it('writes article, paragraph and item the statute way', () => {
    expect(formatCitation({ law: '中华人民共和国食品安全法', article: 124, paragraph: 1, item: 5 })).toBe(
      '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
    );
    expect(formatCitation({ law: 'X', article: 44 }, 'en')).toBe('X Art. 44');
  });
  it('names the Art. 7 items', () => {
    expect(art7Heading(3)).toBe('第七条第（三）项 违反法定程序');
    expect(art7Heading(2, 'en')).toContain('Wrong legal basis');
  });
});
