import { describe, expect, it } from 'vitest';
import { normalizeTitle, parseVersionHint, titleKey } from './normalize';
import { classifyTitle } from './kinds';
import { provinceAtStart, provinceByCode, provinceNamedIn } from './provinces';

describe('normalizeTitle', () => {
  it('strips 《》, whitespace and the 中华人民共和国 prefix for the key', () => {
    const title = normalizeTitle(' 《中华人民共和国 食品安全法》 ');
    expect(title.display).toBe('中华人民共和国食品安全法');
    expect(title.key).toBe('食品安全法');
    expect(title.hint).toBeUndefined();
  });

  it('gives a short title and a full title the same key', () => {
    expect(normalizeTitle('食品安全法').key).toBe(normalizeTitle('《中华人民共和国食品安全法》').key);
  });

  it('reads a year suffix as the version cited', () => {
    const title = normalizeTitle('《中华人民共和国行政处罚法》（2017年修正）');
    expect(title.display).toBe('中华人民共和国行政处罚法');
    expect(title.hint).toEqual({ text: '2017年修正', year: 2017 });
  });

  it('reads an issuing-order suffix, preferring the amending order', () => {
    const title = normalizeTitle('《中华人民共和国某某管理办法》（财政部令第6号发布，国务院令第709号修订）');
    expect(title.key).toBe('某某管理办法');
    expect(title.hint?.order).toBe('国务院令第709号');
    expect(title.hint?.year).toBeUndefined();
  });

  it('accepts half-width brackets and 〈〉 inside the title', () => {
    const title = normalizeTitle('《上海市实施〈中华人民共和国义务教育法〉办法》(2021年修订)');
    expect(title.key).toBe('上海市实施义务教育法办法');
    expect(title.hint?.year).toBe(2021);
  });

  it('keeps a bracket that is part of the title in the full key', () => {
    const title = normalizeTitle('中华人民共和国宪法修正案（1988年）');
    expect(title.fullKey).toBe('宪法修正案（1988年）');
    expect(title.key).toBe('宪法修正案');
    expect(normalizeTitle('医疗机构制剂配制质量管理规范（试行）').key).toBe('医疗机构制剂配制质量管理规范（试行）');
  });

  it('turns full-width digits into ASCII', () => {
    expect(titleKey('济南市１２３４５市民服务热线条例')).toBe('济南市12345市民服务热线条例');
  });

  it('parses a hint without a year or order', () => {
    expect(parseVersionHint('2020年第3号')).toEqual({ text: '2020年第3号', year: 2020 });
  });
});

describe('classifyTitle', () => {
  it('tells laws, normative documents and case documents apart', () => {
    expect(classifyTitle('中华人民共和国食品安全法')).toBe('law');
    expect(classifyTitle('某省某某管理条例')).toBe('law');
    expect(classifyTitle('某某实施细则')).toBe('law');
    expect(classifyTitle('国家税务总局关于某事项的公告')).toBe('normative');
    expect(classifyTitle('某省市场监督管理行政处罚裁量基准')).toBe('normative');
    expect(classifyTitle('行政处罚事先告知书')).toBe('other');
    expect(classifyTitle('现场检查笔录')).toBe('other');
    expect(classifyTitle('设备制造质量保证大纲')).toBe('other');
  });
});

describe('provinces', () => {
  it('finds a province by code, at the head of a title, and inside a name', () => {
    expect(provinceByCode('370102')?.name).toBe('山东');
    expect(provinceAtStart('广西壮族自治区某某条例')?.code).toBe('45');
    expect(provinceAtStart('中华人民共和国食品安全法')).toBeUndefined();
    expect(provinceNamedIn('国家税务总局浙江省税务局第一稽查局')?.code).toBe('33');
  });
});
