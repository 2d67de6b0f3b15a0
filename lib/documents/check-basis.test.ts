import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureLawIndex } from '../laws';
import { runDecision } from './check';

await ensureLawIndex();

/**
 * The legal-basis checks on whole 2026 decisions, with the real registry data: correct citations of
 * laws revised after the registry (治安管理处罚法, 反不正当竞争法), of 2024 revisions whose effective
 * dates it lacks (矿产资源法, 文物保护法), and of departmental rules it does not hold raise no violation,
 * and uncheckable rules make at most one review per document.
 */
const market = readFileSync(new URL('./fixtures/market-decision.txt', import.meta.url), 'utf8');
const TODAY = '2026-12-08';

function basisFindings(text: string) {
  return runDecision(text, { today: TODAY }).findings.filter((finding) => finding.ruleId.startsWith('basis-'));
}
function replaceBasis(violated: string, penalty: string): string {
  const from =
    '违反了《中华人民共和国食品安全法》（以下简称《食品安全法》）第三十四条第（十）项的规定。依据《食品安全法》第一百二十四条第一款第（五）项的规定';
  expect(market).toContain(from);
  return market.replace(from, `违反了${violated}的规定。依据${penalty}的规定`);
}

describe('legal basis of 2026 decisions', () => {
  it('accepts the untouched market decision', () => {
    expect(basisFindings(market)).toEqual([]);
  });

  it('does not call 治安管理处罚法 第一百二十条 non-existent in 2026; it asks, pointing at the citation', () => {
    const text = replaceBasis(
      '《中华人民共和国治安管理处罚法》第一百一十八条',
      '《中华人民共和国治安管理处罚法》第一百二十条',
    );
    const findings = basisFindings(text);
    expect(findings.filter((finding) => finding.status === 'violation')).toEqual([]);
    expect(findings.map((finding) => finding.messageId)).toEqual(['after-registry']);
    expect(findings[0]!.spans.map((span) => text.slice(span.start, span.end))).toEqual([
      '《中华人民共和国治安管理处罚法》第一百二十条',
    ]);
  });

  it('says nothing of a citation that names the 2025 revision', () => {
    const text = replaceBasis(
      '《中华人民共和国反不正当竞争法》（2025年修订）第九条',
      '《中华人民共和国反不正当竞争法》（2025年修订）第三十七条',
    );
    expect(basisFindings(text)).toEqual([]);
  });

  it('accepts articles only the 2024 revisions of 矿产资源法 and 文物保护法 have', () => {
    const text = replaceBasis('《中华人民共和国文物保护法》第四十条', '《中华人民共和国文物保护法》第九十三条第一款');
    expect(basisFindings(text)).toEqual([]);
    const minerals = replaceBasis('《矿产资源法》（2024年修订）第二十条', '《矿产资源法》（2024年修订）第六十五条');
    expect(basisFindings(minerals)).toEqual([]);
  });

  it('stays quiet about departmental rules beside a law it can check', () => {
    const text = replaceBasis(
      '《网络交易监督管理办法》第十四条',
      '《中华人民共和国电子商务法》第七十六条、《市场监督管理行政处罚程序规定》第五十七条',
    );
    expect(basisFindings(text)).toEqual([]);
  });

  it('asks once, not per citation, when everything the decision rests on is outside the registry', () => {
    const text = replaceBasis(
      '《网络预约出租汽车经营服务管理暂行规定》第十六条',
      '《网络预约出租汽车经营服务管理暂行规定》第三十五条、《网络交易监督管理办法》第三十九条',
    );
    const findings = basisFindings(text);
    expect(findings.map((finding) => [finding.status, finding.messageId])).toEqual([['review', 'unverified']]);
    expect(findings[0]!.spans.length).toBeGreaterThanOrEqual(2);
  });

  it('still calls a pre-registry article past the end a violation', () => {
    const text = replaceBasis('《中华人民共和国食品安全法》第三十四条', '《中华人民共和国食品安全法》第一百六十四条')
      .replace('2026年3月2日', '2024年3月2日')
      .replace('2026年3月1日', '2024年3月1日')
      .replace('2026年2月20日', '2024年2月20日')
      .replace('2026年4月8日', '2024年4月8日')
      .replace('二〇二六年四月二十日', '二〇二四年四月二十日')
      .replace('〔2026〕', '〔2024〕');
    const ids = basisFindings(text).map((finding) => `${finding.status}/${finding.messageId}`);
    expect(ids).toContain('violation/beyond');
  });
});
