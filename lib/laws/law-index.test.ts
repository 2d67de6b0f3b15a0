import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../calendar/days';
import { LAW_ALIASES } from './aliases';
import { ensureLawIndex, getLawIndex, loadLawIndex, setLawIndex } from './loader';

describe('loading', () => {
  it('is undefined until loaded, then loads once however many callers ask', async () => {
    const loaded = getLawIndex();
    setLawIndex(undefined);
    try {
      expect(getLawIndex()).toBeUndefined();
      const [a, b] = await Promise.all([loadLawIndex(), ensureLawIndex()]);
      expect(a).toBe(b);
      expect(getLawIndex()).toBe(a);
      expect(a.size).toBeGreaterThan(2500);
    } finally {
      setLawIndex(loaded);
    }
  });

  it('keeps the derived data within the size budget (≤ 150 KB gzip)', () => {
    const module = readFileSync(new URL('../../data/laws.ts', import.meta.url));
    expect(gzipSync(module, { level: 9 }).length).toBeLessThan(150 * 1024);
  });
});

const index = await ensureLawIndex();
const day = (iso: string) => dayNumber(iso);

describe('resolving titles', () => {
  it('finds a law by full title, short title, bracketed title and version suffix', () => {
    const food = index.find('中华人民共和国食品安全法');
    expect(food?.title).toBe('中华人民共和国食品安全法');
    expect(index.find('食品安全法')).toBe(food);
    expect(index.find('《食品安全法》')).toBe(food);
    expect(index.find('《中华人民共和国食品安全法》（2021年修正）')).toBe(food);
  });

  it('resolves every common short name to a registry law', () => {
    for (const [alias, target] of Object.entries(LAW_ALIASES)) {
      const record = index.find(alias);
      expect(record, alias).toBeDefined();
      expect(record!.key).toBe(target);
    }
    expect(index.find('《税收征管法》')?.title).toBe('中华人民共和国税收征收管理法');
  });

  it('returns undefined for an unknown title and suggests near ones', () => {
    expect(index.find('中华人民共和国食品安全法实施细则')).toBeUndefined();
    const near = index.nearest('中华人民共和国食品安全法实施细则');
    expect(near[0]?.title).toBe('中华人民共和国食品安全法实施条例');
    expect(near.length).toBeLessThanOrEqual(3);
    expect(index.nearest('中华人民共和国税收征收管里法')[0]?.title).toBe('中华人民共和国税收征收管理法');
  });

  it('knows the level and province of a local regulation', () => {
    const record = index.find('山东省安全生产条例');
    expect(record?.level).toBe('local-regulation');
    expect(record?.provinceCode).toBe('37');
    expect(index.find('中华人民共和国行政处罚法')?.provinceCode).toBeUndefined();
    expect(index.provinceOfTitle('《浙江省道路运输条例》')?.code).toBe('33');
    expect(index.provinceOfTitle('青岛市环境噪声管理规定')?.code).toBe('37');
    expect(index.provinceOfTitle('贵州省某某条例（不在法规库中）')?.code).toBe('52');
    expect(index.provinceOfTitle('国家税务总局关于某事项的公告')).toBeUndefined();
  });

  it('places an agency by the province or city its name contains', () => {
    expect(index.placeAgency('济南市历城区市场监督管理局')?.code).toBe('37');
    expect(index.placeAgency('杭州市交通运输局')?.code).toBe('33');
    expect(index.placeAgency('国家税务总局广东省税务局')?.code).toBe('44');
    expect(index.placeAgency('某县综合行政执法局')).toBeUndefined();
  });
});

describe('versions on a date', () => {
  const company = index.find('中华人民共和国公司法')!;

  it('says a law was not yet in force before its first adoption', () => {
    expect(index.onDay(company, '1990-01-01').notYet).toBe(true);
    expect(index.lookup('公司法', '1990-01-01')?.day.notYet).toBe(true);
  });

  it('gives the version in force, and both versions while a revision may not have taken effect', () => {
    const in2019 = index.onDay(company, '2019-06-01');
    expect(in2019.phases.map((phase) => phase.articles)).toEqual([218]);
    const in2024 = index.onDay(company, '2024-03-01');
    expect(in2024.phases.map((phase) => phase.articles)).toEqual([218, 266]);
    expect(index.onDay(company, '2026-07-01').phases.map((phase) => phase.articles)).toEqual([266]);
  });

  it('uses the registry’s effective date when it has one', () => {
    const penalty = index.find('行政处罚法')!;
    // Revised 2021-01-22, in force 2021-07-15.
    expect(index.onDay(penalty, '2021-07-14').phases.some((phase) => phase.articles === 86)).toBe(false);
    expect(index.onDay(penalty, '2021-07-15').phases.map((phase) => phase.articles)).toEqual([86]);
  });

  it('checks article numbers against the versions that may apply', () => {
    expect(index.articleStatus(company, 230, [day('2019-06-01')]).kind).toBe('beyond');
    expect(index.articleStatus(company, 230, [day('2024-03-01')]).kind).toBe('uncertain');
    expect(index.articleStatus(company, 230, [day('2026-07-01')]).kind).toBe('ok');
    expect(index.articleStatus(company, 300, [day('2025-03-01')])).toMatchObject({ kind: 'beyond', articles: 266 });
    // After the registry's last date a revision it cannot know of may apply: never `beyond`.
    expect(index.articleStatus(company, 300, [day('2026-07-01')])).toMatchObject({
      kind: 'uncertain',
      articles: 266,
      through: '2025-04-05',
    });
    // Older texts the registry does not hold: an article within the known range is not questioned.
    const food = index.find('食品安全法')!;
    expect(index.articleStatus(food, 124, [day('2012-01-01')]).kind).toBe('ok');
    expect(index.articleStatus(food, 160, [day('2012-01-01')]).kind).toBe('uncertain');
  });

  it('finds the version a suffix names and whether it was in force', () => {
    const penalty = index.find('行政处罚法')!;
    const v2017 = index.phaseByHint(penalty, { text: '2017年修正', year: 2017 })!;
    expect(v2017).toBeDefined();
    expect(index.phaseState(penalty, v2017, day('2022-01-01'))).toBe('out');
    expect(index.phaseState(penalty, v2017, day('2016-01-01'))).toBe('out');
    const v2021 = index.phaseByHint(penalty, { text: '2021年修订', year: 2021 })!;
    expect(index.phaseState(penalty, v2021, day('2022-01-01'))).toBe('in');
    expect(index.phaseByHint(penalty, { text: '2012年修正', year: 2012 })).toBeUndefined();
  });

  it('flags a law the registry marks repealed as maybe repealed', () => {
    const noise = index.find('中华人民共和国环境噪声污染防治法')!;
    expect(noise.repealed).toBe(true);
    expect(index.onDay(noise, '2023-01-01').maybeRepealed).toBe(true);
  });
});
