import { describe, expect, it } from 'vitest';
import rule from './basis-in-force';
import { ensureLawIndex, getLawIndex, setLawIndex } from '../../laws';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

await ensureLawIndex();

// Registry facts used below: 噪声污染防治法 adopted 2021-12-24, in force 2022-06-05;
// 环境噪声污染防治法 marked repealed; 行政处罚法 revised 2021-01-22, in force 2021-07-15 (earlier
// texts 1996, 2009, 2017); 食品安全法 in force since 2009 (2021 text).
const noise = { role: 'penalty', law: '中华人民共和国噪声污染防治法', article: 87 } as const;

testRule(rule, {
  violation: [
    {
      name: 'a law not yet in force on the decision date',
      messageId: 'not-yet',
      case: { violationDate: '2022-01-10', events: [{ kind: 'decision', at: '2022-03-01' }], legalBasis: [noise] },
    },
    {
      name: 'a superseded text named in the citation, in force neither at the act nor at the decision',
      messageId: 'version-out',
      case: {
        violationDate: '2022-03-01',
        events: [{ kind: 'decision', at: '2022-05-01' }],
        legalBasis: [{ role: 'procedure', law: '《中华人民共和国行政处罚法》（2017年修正）', article: 51 }],
      },
    },
    {
      name: 'no decision yet and the law is not in force even today',
      messageId: 'not-yet-today',
      today: '2021-12-30',
      case: { violationDate: '2021-12-01', legalBasis: [noise] },
    },
  ],
  review: [
    {
      name: 'a law that came into force after the act but before the decision (Art. 37)',
      messageId: 'newer-than-act',
      case: { violationDate: '2022-05-01', events: [{ kind: 'decision', at: '2022-07-01' }], legalBasis: [noise] },
    },
    {
      name: 'a revised text named in the citation, newer than the act, in force at the decision',
      messageId: 'version-newer',
      case: {
        violationDate: '2021-03-01',
        events: [{ kind: 'decision', at: '2021-09-01' }],
        legalBasis: [{ role: 'penalty', law: '《中华人民共和国行政处罚法》（2021年修订）', article: 28 }],
      },
    },
    {
      name: 'a law the registry marks repealed',
      messageId: 'maybe-repealed',
      case: {
        events: [{ kind: 'decision', at: '2023-04-01' }],
        legalBasis: [{ role: 'penalty', law: '中华人民共和国环境噪声污染防治法', article: 50 }],
      },
    },
    {
      name: 'a version year the registry does not know',
      messageId: 'version-unknown',
      case: {
        events: [{ kind: 'decision', at: '2025-04-01' }],
        legalBasis: [{ role: 'penalty', law: '《食品安全法》（2012年修订）', article: 124 }],
      },
    },
    {
      name: 'a version newer than the registry named for a decision before that year',
      messageId: 'version-unknown',
      case: {
        violationDate: '2024-03-01',
        events: [{ kind: 'decision', at: '2024-05-01' }],
        legalBasis: [{ role: 'penalty', law: '《中华人民共和国治安管理处罚法》（2025年修订）', article: 60 }],
      },
    },
    {
      name: 'a 2024 revision without an effective date, cited for an act shortly after its adoption',
      messageId: 'version-uncertain',
      case: {
        violationDate: '2025-01-10',
        events: [{ kind: 'decision', at: '2025-02-20' }],
        legalBasis: [{ role: 'penalty', law: '《中华人民共和国矿产资源法》（2024年修订）', article: 60 }],
      },
    },
    {
      name: 'neither a decision date nor the date of the act',
      messageId: 'no-date',
      case: { legalBasis: [{ role: 'penalty', law: '食品安全法', article: 124 }] },
    },
  ],
  pass: [
    {
      name: '治安管理处罚法（2025年修订） in a 2026 decision: newer than the registry, nothing to hold against it',
      case: {
        violationDate: '2026-01-20',
        events: [{ kind: 'decision', at: '2026-03-02' }],
        legalBasis: [
          { role: 'penalty', law: '《中华人民共和国治安管理处罚法》（2025年修订）', article: 130 },
          { role: 'violated', law: '《中华人民共和国反不正当竞争法》（2025年修订）', article: 12 },
        ],
      },
    },
    {
      name: '矿产资源法 and 文物保护法 (2024年修订) in 2026, though the registry lacks their effective dates',
      case: {
        violationDate: '2026-02-10',
        events: [{ kind: 'decision', at: '2026-04-20' }],
        legalBasis: [
          { role: 'penalty', law: '《中华人民共和国矿产资源法》（2024年修订）', article: 60 },
          { role: 'penalty', law: '《中华人民共和国文物保护法》（2024年修订）', article: 93 },
        ],
      },
    },
    {
      name: 'the current texts of the laws agencies cite most, with and without version suffixes, in 2026',
      case: {
        violationDate: '2026-05-01',
        events: [{ kind: 'decision', at: '2026-07-01' }],
        legalBasis: [
          { role: 'procedure', law: '《中华人民共和国行政处罚法》（2021年修订）', article: 44 },
          { role: 'penalty', law: '《中华人民共和国食品安全法》（2021年修正）', article: 124 },
          { role: 'penalty', law: '《中华人民共和国食品安全法实施条例》', article: 68 },
          { role: 'penalty', law: '《中华人民共和国安全生产法》（2021年修正）', article: 99 },
          { role: 'penalty', law: '《中华人民共和国道路运输条例》', article: 63 },
          { role: 'penalty', law: '《城市市容和环境卫生管理条例》', article: 36 },
          { role: 'penalty', law: '《中华人民共和国大气污染防治法》（2018年修正）', article: 108 },
          { role: 'penalty', law: '《山东省安全生产条例》', article: 40 },
        ],
      },
    },
    {
      name: 'laws in force at the act and at the decision',
      case: {
        violationDate: '2025-01-08',
        events: [{ kind: 'decision', at: '2025-03-05' }],
        legalBasis: [
          { role: 'violated', law: '中华人民共和国食品安全法', article: 34 },
          { role: 'penalty', law: '中华人民共和国食品安全法', article: 124 },
          noise,
        ],
      },
    },
    {
      name: 'the version named is the one in force',
      case: {
        violationDate: '2024-06-01',
        events: [{ kind: 'decision', at: '2024-09-01' }],
        legalBasis: [{ role: 'procedure', law: '《中华人民共和国行政处罚法》（2021年修订）', article: 72 }],
      },
    },
  ],
  notApplicable: [
    { name: 'no legal basis', case: { events: [{ kind: 'decision', at: '2025-03-05' }] } },
    {
      name: 'only titles the registry does not hold',
      case: { events: [{ kind: 'decision', at: '2025-03-05' }], legalBasis: [{ role: 'penalty', law: '某某办法' }] },
    },
  ],
});

describe('basis-in-force details', () => {
  it('dates the law in the message', () => {
    const report = runExample(rule, {
      name: 'message',
      case: { events: [{ kind: 'decision', at: '2022-03-01' }], legalBasis: [noise] },
    });
    expect(report.findings[0]!.message).toContain('2022-06-05');
    expect(report.findings[0]!.message).toContain('2022-03-01');
  });

  it('cites Art. 37 for the newer-law review', () => {
    const report = runExample(rule, {
      name: 'art 37',
      case: { violationDate: '2022-05-01', events: [{ kind: 'decision', at: '2022-07-01' }], legalBasis: [noise] },
    });
    expect(report.findings[0]!.citations).toEqual([{ law: '中华人民共和国行政处罚法', article: 37 }]);
  });

  it('asks for a review when the registry is not loaded', () => {
    const loaded = getLawIndex();
    setLawIndex(undefined);
    try {
      const report = runExample(rule, {
        name: 'not loaded',
        case: { events: [{ kind: 'decision', at: '2022-03-01' }], legalBasis: [noise] },
      });
      expect(report.findings.map((finding) => [finding.status, finding.messageId])).toEqual([
        ['review', 'registry-not-loaded'],
      ]);
    } finally {
      setLawIndex(loaded);
    }
  });
});

describe('basis-in-force dates of other acts', () => {
  it('dates an inspection by the inspection itself', () => {
    const report = runExample(rule, {
      name: 'inspection',
      case: {
        actionType: 'inspection',
        events: [{ kind: 'inspection', at: '2022-03-01' }],
        legalBasis: [noise],
      },
    });
    expect(report.findings.map((finding) => [finding.status, finding.messageId])).toEqual([['violation', 'not-yet']]);
  });
});
