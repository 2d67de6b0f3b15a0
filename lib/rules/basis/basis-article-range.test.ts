import { describe, expect, it } from 'vitest';
import rule from './basis-article-range';
import { ensureLawIndex, getLawIndex, setLawIndex } from '../../laws';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

await ensureLawIndex();

// Registry facts used below: 食品安全法 2021 text has 154 articles; 行政处罚法 2021 text 86;
// 核安全法 one text of 94 articles; 治安管理处罚法 only the 2012 text (119); the registry records nothing after 2025-04-05; 公司法 2018 text 218 and the 2023 revision (effective date not in the registry) 266.
testRule(rule, {
  violation: [
    {
      name: 'an article past the end of the law in force',
      messageId: 'beyond',
      case: {
        violationDate: '2025-01-08',
        events: [{ kind: 'decision', at: '2025-03-05' }],
        legalBasis: [{ role: 'penalty', law: '中华人民共和国食品安全法', article: 160 }],
      },
    },
    {
      name: 'an article past the end of the version named in the citation',
      messageId: 'beyond',
      case: { legalBasis: [{ role: 'penalty', law: '《中华人民共和国公司法》（2018年修正）', article: 230 }] },
    },
    {
      name: 'past the end of a law that has only ever had one text, decided before the registry’s last date',
      messageId: 'beyond',
      case: {
        events: [{ kind: 'decision', at: '2024-09-01' }],
        legalBasis: [{ role: 'penalty', law: '《中华人民共和国核安全法》', article: 95 }],
      },
    },
    {
      name: '治安管理处罚法 第120条 in 2024: the 2012 text of 119 articles was the one in force',
      messageId: 'beyond',
      case: {
        violationDate: '2024-05-01',
        events: [{ kind: 'decision', at: '2024-06-01' }],
        legalBasis: [{ role: 'penalty', law: '《中华人民共和国治安管理处罚法》', article: 120 }],
      },
    },
  ],
  review: [
    {
      name: '治安管理处罚法 第120条 in 2026: the registry knows only the 2012 text, and ends in 2025',
      messageId: 'after-registry',
      case: {
        violationDate: '2026-01-20',
        events: [{ kind: 'decision', at: '2026-03-02' }],
        legalBasis: [{ role: 'penalty', law: '《中华人民共和国治安管理处罚法》', article: 120, paragraph: 1 }],
      },
    },
    {
      name: '反不正当竞争法 第37条 after its 2025 revision (the registry holds the 2019 text of 33 articles)',
      messageId: 'after-registry',
      case: {
        violationDate: '2025-11-03',
        events: [{ kind: 'decision', at: '2026-01-15' }],
        legalBasis: [{ role: 'penalty', law: '反不正当竞争法', article: 37 }],
      },
    },
    {
      name: 'no dates: past the end of a law that has only ever had one text',
      messageId: 'after-registry',
      case: { legalBasis: [{ role: 'penalty', law: '《中华人民共和国核安全法》', article: 95 }] },
    },
    {
      name: 'an article only the newest revision has, which may not yet have been in force',
      messageId: 'uncertain',
      case: {
        violationDate: '2024-02-01',
        events: [{ kind: 'decision', at: '2024-03-01' }],
        legalBasis: [{ role: 'penalty', law: '中华人民共和国公司法', article: 230 }],
      },
    },
    {
      name: 'no dates, and older texts the registry does not hold',
      messageId: 'uncertain',
      case: { legalBasis: [{ role: 'procedure', law: '行政处罚法', article: 87 }] },
    },
    {
      name: 'an act before the oldest text the registry holds, article above its count',
      messageId: 'uncertain',
      case: {
        violationDate: '2014-06-01',
        legalBasis: [{ role: 'violated', law: '食品安全法', article: 160 }],
      },
    },
  ],
  pass: [
    {
      name: 'the citation names a version newer than the registry (治安管理处罚法（2025年修订）)',
      case: {
        events: [{ kind: 'decision', at: '2026-03-02' }],
        legalBasis: [{ role: 'penalty', law: '《中华人民共和国治安管理处罚法》（2025年修订）', article: 130 }],
      },
    },
    {
      name: 'articles within the law in force',
      case: {
        violationDate: '2025-01-08',
        events: [{ kind: 'decision', at: '2025-03-05' }],
        legalBasis: [
          { role: 'violated', law: '中华人民共和国食品安全法', article: 34, item: 10 },
          { role: 'penalty', law: '中华人民共和国食品安全法', article: 124, paragraph: 1 },
        ],
      },
    },
    {
      name: '矿产资源法 and 文物保护法 articles only their 2024 revisions have, in 2026 (no effective date in the registry)',
      case: {
        violationDate: '2026-02-10',
        events: [{ kind: 'decision', at: '2026-04-20' }],
        legalBasis: [
          { role: 'violated', law: '《中华人民共和国矿产资源法》', article: 60 },
          { role: 'penalty', law: '《中华人民共和国文物保护法》（2024年修订）', article: 93 },
          { role: 'penalty', law: '文物保护法', article: 95 },
        ],
      },
    },
    {
      name: 'the highest article of the laws agencies cite most, in 2026',
      case: {
        violationDate: '2026-05-01',
        events: [{ kind: 'decision', at: '2026-07-01' }],
        legalBasis: [
          { role: 'procedure', law: '行政处罚法', article: 86 },
          { role: 'penalty', law: '《治安管理处罚法》', article: 119 },
          { role: 'penalty', law: '《中华人民共和国食品安全法实施条例》（2019年修订）', article: 86 },
          { role: 'penalty', law: '安全生产法', article: 119 },
          { role: 'penalty', law: '《中华人民共和国药品管理法》', article: 155 },
        ],
      },
    },
    {
      name: 'an article of the 2023 revision cited long after it took effect',
      case: {
        violationDate: '2026-05-01',
        events: [{ kind: 'decision', at: '2026-07-01' }],
        legalBasis: [{ role: 'penalty', law: '中华人民共和国公司法', article: 230 }],
      },
    },
  ],
  notApplicable: [
    { name: 'no legal basis', case: {} },
    { name: 'no article numbers', case: { legalBasis: [{ role: 'violated', law: '食品安全法' }] } },
    {
      name: 'a title the registry does not hold',
      case: { legalBasis: [{ role: 'violated', law: '某某市不存在的管理办法', article: 999 }] },
    },
  ],
});

describe('basis-article-range details', () => {
  it('says which text and how many articles', () => {
    const report = runExample(rule, {
      name: 'message',
      case: {
        events: [{ kind: 'decision', at: '2025-03-05' }],
        legalBasis: [{ role: 'penalty', law: '《食品安全法》', article: 160 }],
      },
    });
    expect(report.findings[0]!.message).toContain('第160条');
    expect(report.findings[0]!.message).toContain('154');
    expect(report.findings[0]!.message).toContain('2021-04-29');
  });

  it('says the registry ends and which text it knows, for an act after it', () => {
    const report = runExample(rule, {
      name: 'after the registry',
      case: {
        events: [{ kind: 'decision', at: '2026-03-02' }],
        legalBasis: [{ role: 'penalty', law: '治安管理处罚法', article: 120 }],
      },
    });
    expect(report.findings.map((finding) => [finding.status, finding.messageId])).toEqual([
      ['review', 'after-registry'],
    ]);
    expect(report.findings[0]!.message).toContain('2025-04-05');
    expect(report.findings[0]!.message).toContain('119');
    expect(report.findings[0]!.message).toContain('2012-10-26');
  });
  it('reports one finding per law and article', () => {
    const ref = { role: 'penalty', law: '食品安全法', article: 200 } as const;
    const report = runExample(rule, { name: 'dedupe', case: { legalBasis: [ref, { ...ref }] } });
    expect(report.findings).toHaveLength(1);
  });

  it('asks for a review when the registry is not loaded', () => {
    const loaded = getLawIndex();
    setLawIndex(undefined);
    try {
      const report = runExample(rule, {
        name: 'not loaded',
        case: { legalBasis: [{ role: 'penalty', law: '食品安全法', article: 200 }] },
      });
      expect(report.findings.map((finding) => finding.messageId)).toEqual(['registry-not-loaded']);
      expect(report.findings[0]!.status).toBe('review');
    } finally {
      setLawIndex(loaded);
    }
  });
});
