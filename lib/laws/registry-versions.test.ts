import { describe, expect, it } from 'vitest';
import { dayNumber } from '../calendar/days';
import { titleCoverage } from './kinds';
import { LawIndex } from './law-index';
import { ensureLawIndex } from './loader';
import { normalizeTitle } from './normalize';

/**
 * The versions the real registry data (/work/shared/data/law-registry.json → data/laws.ts) gives the
 * laws frontline agencies cite most, and what the index makes of a 2025–2026 citation of them.
 * Registry facts: it records nothing after 2025-04-05; 治安管理处罚法 only the 2012 text (119
 * articles; the 2025 revision, in force 2026-01-01, is missing); 反不正当竞争法 only the 2019 text
 * (33; the 2025 revision, in force 2025-10-15, is missing); 矿产资源法 2009 (53) and 2024-11-08
 * (80, no effective date); 文物保护法 2017 (80) and 2024-11-08 (101, no effective date).
 */
const index = await ensureLawIndex();
const day = (iso: string) => dayNumber(iso);
const law = (title: string) => {
  const record = index.find(title);
  if (!record) throw new Error(`${title} is not in the registry`);
  return record;
};

describe('the registry’s last date', () => {
  it('is carried in the derived data', () => {
    expect(index.source.through).toBe('2025-04-05');
    expect(index.through).toBe('2025-04-05');
    expect(index.afterRegistry(day('2025-04-05'))).toBe(false);
    expect(index.afterRegistry(day('2025-04-06'))).toBe(true);
  });

  it('makes no article past the known end a violation after that date (治安管理处罚法 第120条 in 2026)', () => {
    const police = law('治安管理处罚法');
    expect(police.maxArticles).toBe(119);
    expect(index.articleStatus(police, 120, [day('2026-03-01')])).toMatchObject({
      kind: 'uncertain',
      articles: 119,
      through: '2025-04-05',
    });
    // Before the registry's last date the 2012 text is conclusive.
    expect(index.articleStatus(police, 120, [day('2024-03-01')]).kind).toBe('beyond');
    // Violation before, decision after: one day after the registry is enough for doubt.
    expect(index.articleStatus(police, 120, [day('2025-03-01'), day('2026-01-10')]).kind).toBe('uncertain');
    expect(index.articleStatus(police, 119, [day('2026-03-01')]).kind).toBe('ok');
  });

  it('does the same for 反不正当竞争法 (2019 text of 33 articles known, 2025 revision not)', () => {
    const competition = law('《中华人民共和国反不正当竞争法》');
    expect(competition.phases.map((phase) => phase.articles).filter((n) => n !== undefined)).toEqual([33]);
    expect(index.articleStatus(competition, 41, [day('2025-11-20')]).kind).toBe('uncertain');
    expect(index.articleStatus(competition, 41, [day('2024-11-20')]).kind).toBe('beyond');
  });

  it('treats a citation with no dates as possibly of a later text', () => {
    expect(index.articleStatus(law('核安全法'), 95).kind).toBe('uncertain');
  });
});

describe('a revision whose effective date the registry lacks', () => {
  it('is most likely in force 240 days after adoption (矿产资源法 2024 revision)', () => {
    const minerals = law('矿产资源法');
    const revision = minerals.phases.find((phase) => phase.articles === 80)!;
    expect(revision.effective).toBeUndefined();
    expect(revision.adopted).toBe('2024-11-08');
    // Art. 60 exists only in the 2024 text: in 2026 that text is all but certainly in force.
    expect(index.articleStatus(minerals, 60, [day('2026-02-01')]).kind).toBe('ok');
    expect(index.likelyOnDay(minerals, day('2026-02-01')).map((phase) => phase.articles)).toEqual([80]);
    // Shortly after adoption the old text most likely still applied: ask.
    expect(index.articleStatus(minerals, 60, [day('2025-03-01')]).kind).toBe('uncertain');
    // Never a violation while the new text may apply.
    expect(index.articleStatus(minerals, 60, [day('2024-12-01')]).kind).toBe('uncertain');
  });

  it('passes 文物保护法 Art. 90 (2024 revision) in a 2026 decision', () => {
    const relics = law('文物保护法');
    expect(index.articleStatus(relics, 90, [day('2026-05-01')]).kind).toBe('ok');
    expect(index.articleStatus(relics, 101, [day('2025-09-01'), day('2026-05-01')]).kind).toBe('ok');
    const revision = index.phaseByHint(relics, { text: '2024年修订', year: 2024 })!;
    expect(index.phaseState(relics, revision, day('2026-05-01'))).toBe('in');
    expect(index.phaseState(relics, revision, day('2025-01-01'))).toBe('maybe');
  });

  it('takes a 施行 line of the history as the effective date', () => {
    // 台州市城市市容和环境卫生管理条例: version 2016-08-09, no effective date, history “2016年10月1日 施行”.
    const taizhou = law('台州市城市市容和环境卫生管理条例');
    const phase = taizhou.phases.find((candidate) => candidate.articles === 52)!;
    expect(phase.effective).toBe('2016-10-01');
    expect(index.onDay(taizhou, '2016-09-30').phases).not.toContain(phase);
  });
});

describe('a newer version without an article count', () => {
  it('never lets an older count make an article `beyond`', () => {
    // A synthetic law: the registry's 2019 text of 40 articles, and a 2023 amendment in the history only.
    const synthetic = new LawIndex({
      format: 1,
      source: { repository: 'test', commit: '', entries: 1, through: '2025-04-05' },
      levels: ['地方性法规'],
      regions: ['山东'],
      places: {},
      laws: [
        { t: '山东省某某条例', l: 0, r: 0, h: ['2019-03-01', '2023-05-01'], v: [['2019-03-01', '2019-05-01', 0, 40]] },
      ],
    });
    const record = synthetic.find('山东省某某条例')!;
    expect(record.phases.map((phase) => phase.articles)).toEqual([40, undefined]);
    expect(synthetic.articleStatus(record, 45, [dayNumber('2024-06-01')]).kind).toBe('uncertain');
    expect(synthetic.articleStatus(record, 45, [dayNumber('2020-06-01')]).kind).toBe('beyond');
    expect(synthetic.articleStatus(record, 30, [dayNumber('2024-06-01')]).kind).toBe('ok');
  });
});

describe('version hints after the registry', () => {
  it('knows a year newer than any version the registry holds', () => {
    const police = law('治安管理处罚法');
    expect(index.hintAfterRegistry(police, { text: '2025年修订', year: 2025 })).toBe(true);
    expect(index.hintAfterRegistry(police, { text: '2012年修正', year: 2012 })).toBe(false);
    expect(index.hintAfterRegistry(law('食品安全法'), { text: '2015年修订', year: 2015 })).toBe(false);
  });
});

describe('how officers write titles', () => {
  it.each([
    ['《中华人民共和国食品安全法实施条例》', '中华人民共和国食品安全法实施条例'],
    ['食品安全法实施条例', '中华人民共和国食品安全法实施条例'],
    ['《治安管理处罚法》', '中华人民共和国治安管理处罚法'],
    ['安全生产法', '中华人民共和国安全生产法'],
    ['《中华人民共和国安全生产法》（2021年修正）', '中华人民共和国安全生产法'],
    ['《中华人民共和国行政处罚法(2021修订)》', '中华人民共和国行政处罚法'],
    ['《道路运输条例》', '中华人民共和国道路运输条例'],
    ['《城市市容和环境卫生管理条例》（2017年修订）', '城市市容和环境卫生管理条例'],
    ['《反不正当竞争法》（2025年修订）', '中华人民共和国反不正当竞争法'],
    ['《中华人民共和国治安管理处罚法》（2025年6月27日修订）', '中华人民共和国治安管理处罚法'],
    ['消法', '中华人民共和国消费者权益保护法'],
    ['《山东省实施〈中华人民共和国反不正当竞争法〉办法》', '山东省实施《中华人民共和国反不正当竞争法》办法'],
  ])('%s → %s', (cited, title) => {
    expect(index.find(cited)?.title).toBe(title);
  });

  it('reads the year of a version from 2021修订, 2021版 and 2021.4.29修正', () => {
    expect(normalizeTitle('《行政处罚法》（2021修订）').hint?.year).toBe(2021);
    expect(normalizeTitle('《广告法》（2021.4.29修正）').hint?.year).toBe(2021);
    expect(normalizeTitle('《某某目录》（2020版）').hint?.year).toBe(2020);
    expect(normalizeTitle('《道路运输条例》（国务院令第764号修订）').hint?.year).toBeUndefined();
  });
});

describe('what an absent title says', () => {
  it.each([
    ['《食品安全法实施细则》', 'statute'],
    ['中华人民共和国税收征收管里法', 'statute'],
    ['某某条例', 'statute'],
    ['市场监督管理行政处罚程序规定', 'rule'],
    ['《网络交易监督管理办法》', 'rule'],
    ['网络预约出租汽车经营服务管理暂行规定', 'rule'],
    ['生态环境行政处罚办法', 'rule'],
    ['安全生产违法行为行政处罚办法', 'rule'],
    ['淄博市城市管理条例', 'rule'],
    ['山东省城市市容和环境卫生管理条例', 'rule'],
    ['城市道路管理条例', 'statute'],
  ] as const)('%s is a %s', (title, coverage) => {
    expect(titleCoverage(title)).toBe(coverage);
  });
});
