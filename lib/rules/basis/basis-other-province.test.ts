import { describe, expect, it } from 'vitest';
import rule from './basis-other-province';
import { ensureLawIndex, getLawIndex, setLawIndex } from '../../laws';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

await ensureLawIndex();

const zhejiangRoad = { role: 'penalty', law: '《浙江省道路运输条例》', article: 60 } as const;
const shandongSafety = { role: 'penalty', law: '山东省安全生产条例', article: 40 } as const;

testRule(rule, {
  violation: [
    {
      name: 'a Shandong (Jinan) agency cites another province’s regulation',
      messageId: 'other-province',
      case: { legalBasis: [{ role: 'violated', law: '中华人民共和国道路运输条例', article: 10 }, zhejiangRoad] },
    },
    {
      name: 'an agency whose region code is Zhejiang cites a Shandong regulation',
      messageId: 'other-province',
      profile: 'national',
      case: { agency: { name: '某市应急管理局', region: '330100' }, legalBasis: [shandongSafety] },
    },
    {
      name: 'a province the registry does not cover, read from the title',
      messageId: 'other-province',
      case: { legalBasis: [{ role: 'penalty', law: '《贵州省某某管理条例》', article: 20 }] },
    },
  ],
  review: [
    {
      name: 'another city’s regulation in the same province, agency not placed in that city',
      messageId: 'other-city',
      profile: 'shandong',
      case: {
        agency: { name: '某区市场监督管理局' },
        legalBasis: [{ role: 'penalty', law: '青岛市环境噪声管理规定', article: 20 }],
      },
    },
  ],
  pass: [
    { name: 'a Jinan agency cites a Shandong regulation', case: { legalBasis: [shandongSafety] } },
    {
      name: 'a Jinan agency cites a Jinan regulation',
      case: { legalBasis: [{ role: 'penalty', law: '《济南市优化营商环境条例》', article: 30 }] },
    },
  ],
  notApplicable: [
    { name: 'national law only', case: { legalBasis: [{ role: 'penalty', law: '食品安全法', article: 124 }] } },
    { name: 'no province known for the agency', profile: 'national', case: { legalBasis: [zhejiangRoad] } },
    { name: 'no legal basis', case: {} },
    {
      name: 'another province’s normative document (not a regulation)',
      case: { legalBasis: [{ role: 'other', law: '《浙江省财政厅关于某项减免政策的通知》', article: 1 }] },
    },
  ],
});

describe('basis-other-province details', () => {
  it('names both provinces', () => {
    const report = runExample(rule, { name: 'message', case: { legalBasis: [zhejiangRoad] } });
    expect(report.findings[0]!.message).toContain('浙江省');
    expect(report.findings[0]!.message).toContain('山东省');
    expect(report.findings[0]!.fields).toContain('legalBasis.0');
  });

  it('prefers the agency’s region code to the profile', () => {
    const report = runExample(rule, {
      name: 'region wins',
      case: { agency: { name: '某市交通运输局', region: '330100' }, legalBasis: [zhejiangRoad] },
    });
    expect(report.findings).toEqual([]);
  });

  it('asks for a review when the registry is not loaded', () => {
    const loaded = getLawIndex();
    setLawIndex(undefined);
    try {
      const report = runExample(rule, { name: 'not loaded', case: { legalBasis: [zhejiangRoad] } });
      expect(report.findings.map((finding) => [finding.status, finding.messageId])).toEqual([
        ['review', 'registry-not-loaded'],
      ]);
    } finally {
      setLawIndex(loaded);
    }
  });
});
