import { describe, expect, it } from 'vitest';
import rule from './basis-unknown-law';
import { ensureLawIndex, getLawIndex, setLawIndex } from '../../laws';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

await ensureLawIndex();

const decided = [{ kind: 'decision', at: '2025-03-05' }] as const;

testRule(rule, {
  violation: [
    {
      name: 'the only penalty basis is a normative document',
      messageId: 'not-a-law',
      case: {
        events: [...decided],
        legalBasis: [
          { role: 'violated', law: '中华人民共和国食品安全法', article: 34 },
          { role: 'penalty', law: '《某市市场监督管理局关于规范经营秩序的通知》' },
        ],
      },
    },
  ],
  review: [
    {
      name: 'the decision rests only on departmental rules the registry does not hold: one review per case',
      messageId: 'unverified',
      case: {
        events: [...decided],
        legalBasis: [
          { role: 'violated', law: '《网络交易监督管理办法》', article: 9 },
          { role: 'penalty', law: '《网络交易监督管理办法》', article: 39 },
          { role: 'penalty', law: '《网络预约出租汽车经营服务管理暂行规定》', article: 35 },
          { role: 'procedure', law: '《市场监督管理行政处罚程序规定》', article: 57 },
        ],
      },
    },
    {
      name: 'a misspelt departmental rule the registry holds',
      messageId: 'unknown',
      case: { legalBasis: [{ role: 'penalty', law: '《明码标价和禁止价格期诈规定》', article: 19 }] },
    },
    {
      name: 'a title the registry does not hold (a regulation that does not exist)',
      messageId: 'unknown',
      case: { legalBasis: [{ role: 'violated', law: '《中华人民共和国食品安全法实施细则》', article: 20 }] },
    },
    {
      name: 'a misspelt title',
      messageId: 'unknown',
      case: { legalBasis: [{ role: 'penalty', law: '中华人民共和国税收征收管里法', article: 63 }] },
    },
  ],
  pass: [
    {
      name: 'departmental rules and local regulations beside a law the registry verifies: no noise',
      case: {
        events: [...decided],
        legalBasis: [
          { role: 'violated', law: '《网络交易监督管理办法》', article: 9 },
          { role: 'penalty', law: '《中华人民共和国电子商务法》', article: 76 },
          { role: 'procedure', law: '《市场监督管理行政处罚程序规定》', article: 57 },
          { role: 'procedure', law: '《生态环境行政处罚办法》', article: 40 },
          { role: 'procedure', law: '《安全生产违法行为行政处罚办法》', article: 20 },
          { role: 'other', law: '《济南市城市管理综合执法条例》', article: 5 },
        ],
      },
    },
    {
      name: 'another province’s regulation of a registry title’s name is no misspelling',
      case: {
        legalBasis: [
          { role: 'violated', law: '《山东省城市市容和环境卫生管理条例》', article: 20 },
          { role: 'penalty', law: '《城市市容和环境卫生管理条例》', article: 36 },
        ],
      },
    },
    {
      name: 'full, short, bracketed and abbreviated titles',
      case: {
        legalBasis: [
          { role: 'violated', law: '《食品安全法》', article: 34 },
          { role: 'penalty', law: '中华人民共和国食品安全法', article: 124 },
          { role: 'procedure', law: '《中华人民共和国行政处罚法》', article: 72 },
          { role: 'other', law: '税收征管法', article: 40 },
        ],
      },
    },
    {
      name: 'a 裁量基准 is not looked up',
      case: {
        legalBasis: [
          { role: 'penalty', law: '中华人民共和国食品安全法', article: 124 },
          { role: 'discretion', law: '山东省市场监督管理行政处罚裁量基准' },
        ],
      },
    },
  ],
  notApplicable: [
    { name: 'no legal basis recorded', case: {} },
    { name: 'an empty legal basis', case: { legalBasis: [] } },
  ],
});

describe('basis-unknown-law details', () => {
  it('names the nearest registry titles for an unknown one', () => {
    const report = runExample(rule, {
      name: 'nearest',
      case: { legalBasis: [{ role: 'violated', law: '《中华人民共和国食品安全法实施细则》', article: 20 }] },
    });
    expect(report.findings[0]!.message).toContain('《中华人民共和国食品安全法实施条例》');
    expect(report.findings[0]!.fields).toEqual(['legalBasis', 'legalBasis.0']);
  });

  it('names every unchecked rule in its one review and points at each citation', () => {
    const report = runExample(rule, {
      name: 'unverified',
      case: {
        legalBasis: [
          { role: 'violated', law: '《网络交易监督管理办法》', article: 9 },
          { role: 'penalty', law: '《山东省城市市容和环境卫生管理条例》', article: 45 },
        ],
      },
    });
    expect(report.findings.map((finding) => [finding.status, finding.messageId])).toEqual([['review', 'unverified']]);
    expect(report.findings[0]!.message).toContain('《网络交易监督管理办法》、《山东省城市市容和环境卫生管理条例》');
    expect(report.findings[0]!.fields).toEqual(['legalBasis', 'legalBasis.0', 'legalBasis.1']);
  });

  it('reports one unknown title once however often it is cited', () => {
    const law = '《某某省不存在的管理条例》';
    const report = runExample(rule, {
      name: 'once',
      case: {
        legalBasis: [
          { role: 'violated', law, article: 3 },
          { role: 'penalty', law, article: 30 },
        ],
      },
    });
    expect(report.findings).toHaveLength(1);
  });

  it('asks for a review, never accuses, when the registry is not loaded', () => {
    const loaded = getLawIndex();
    setLawIndex(undefined);
    try {
      const report = runExample(rule, {
        name: 'not loaded',
        case: { legalBasis: [{ role: 'violated', law: '《中华人民共和国食品安全法实施细则》', article: 20 }] },
      });
      expect(report.findings.map((finding) => [finding.status, finding.messageId])).toEqual([
        ['review', 'registry-not-loaded'],
      ]);
    } finally {
      setLawIndex(loaded);
    }
  });
});
