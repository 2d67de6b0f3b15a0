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
