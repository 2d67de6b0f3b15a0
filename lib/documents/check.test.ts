import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NATIONAL } from '../engine/profile';
import { ensureLawIndex, getLawIndex, setLawIndex } from '../laws';
import { DOCUMENT_CHECKS, runDecision, type DecisionOptions } from './check';

await ensureLawIndex();

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const market = read('market-decision.txt');
const tax = read('tax-decision.txt');
const TODAY = '2026-11-25';

function run(text: string, options: DecisionOptions = {}) {
  return runDecision(text, { today: TODAY, ...options });
}
function ids(text: string, status: 'violation' | 'review', options?: DecisionOptions): string[] {
  return run(text, options)
    .findings.filter((finding) => finding.status === status)
    .map((finding) => `${finding.ruleId}/${finding.messageId}`)
    .sort();
}
function edit(text: string, from: string, to: string): string {
  expect(text, `fixture should contain ${from}`).toContain(from);
  return text.replace(from, to);
}

describe('correct decisions', () => {
  it('finds nothing in a complete market-regulation decision', () => {
    const report = run(market);
    expect(report.findings, JSON.stringify(report.findings, null, 1)).toEqual([]);
    expect(report).toMatchObject({ kind: 'decision', decisionDate: '2026-04-20', fineTotal: 50_000 });
  });

  it('only asks about notice and hearing in a tax decision that does not recite them', () => {
    expect(ids(tax, 'violation')).toEqual([]);
    expect(ids(tax, 'review')).toEqual([
      'doc-notice-recital/hearing-not-recited',
      'doc-notice-recital/notice-not-recited',
    ]);
  });

  it('does not treat a disclosure summary or a prior notice as a defective decision', () => {
    expect(ids(read('disclosure-summary.txt'), 'violation')).toEqual([]);
    expect(ids(read('prior-notice.txt'), 'violation')).toEqual([]);
    expect(
      ids(read('disclosure-summary.txt'), 'review').filter((id) => id.startsWith('doc-decision-contents')),
    ).toEqual([]);
  });
});

describe('defects planted in the environment decision', () => {
  const report = run(read('environment-decision.txt'));

  it('reports each of them as a violation', () => {
    expect(ids(read('environment-decision.txt'), 'violation')).toEqual([
      'basis-other-province/other-province',
      'doc-amounts/total-mismatch',
      'doc-date-order/notice-after-decision',
      'doc-remedy-notice/review-short',
      'doc-remedy-notice/suit-short',
      'doc-surcharge/rate',
    ]);
  });

  it('asks about the article past the end: decided in 2026, after the registry’s last date', () => {
    expect(ids(read('environment-decision.txt'), 'review')).toContain('basis-article-range/after-registry');
  });

  it('points basis findings at the citation in the text', () => {
    const text = read('environment-decision.txt');
    const beyond = report.findings.find((finding) => finding.messageId === 'after-registry')!;
    expect(beyond.spans.map((span) => text.slice(span.start, span.end))).toEqual([
      '《中华人民共和国大气污染防治法》第一百三十五条',
    ]);
    expect(beyond.message).toContain('129');
    const province = report.findings.find((finding) => finding.messageId === 'other-province')!;
    expect(text.slice(province.spans[0]!.start, province.spans[0]!.end)).toBe('《浙江省大气污染防治条例》第五十条');
  });

  it('says what is wrong with the numbers', () => {
    const total = report.findings.find((finding) => finding.messageId === 'total-mismatch')!;
    expect(total.message).toContain('80000');
    expect(total.message).toContain('90000');
    expect(total.citations).toContainEqual({ law: '山东省行政执法监督条例', article: 31, paragraph: 1, item: 2 });
  });

  it('judges another province by the agency’s own province when the text names it', () => {
    // Under the national profile the agency (示例市, unplaced) has no province: no territorial finding.
    expect(ids(read('environment-decision.txt'), 'violation', { profile: NATIONAL })).not.toContain(
      'basis-other-province/other-province',
    );
    const zhejiang = read('environment-decision.txt').replaceAll('示例市生态环境局', '杭州市生态环境局');
    expect(ids(zhejiang, 'violation')).not.toContain('basis-other-province/other-province');
  });
});

describe('Art. 59 contents', () => {
  it('reports the evidence, payment terms and remedy missing from a decision', () => {
    expect(ids(read('incomplete-decision.txt'), 'violation')).toEqual([
      'doc-decision-contents/evidence',
      'doc-decision-contents/performance',
      'doc-decision-contents/remedy',
    ]);
  });

  it('reports a missing party and facts', () => {
    const text = edit(
      edit(market, '当事人：济南泉畔食品贸易有限公司\n', ''),
      '现查明：\n2026年3月1日，本局执法人员对当事人的经营场所进行检查，发现其货架上摆放超过保质期的酸奶24盒，每盒售价20元。经查，当事人自2026年2月20日起销售上述酸奶，货值金额480元，违法所得壹佰贰拾元。\n',
      '\n',
    );
    expect(ids(text, 'violation')).toEqual(['doc-decision-contents/facts', 'doc-decision-contents/party']);
  });

  it('asks less of an on-the-spot decision form (Art. 52)', () => {
    const text = edit(read('incomplete-decision.txt'), '行政处罚决定书', '当场行政处罚决定书');
    const report = run(text);
    const contents = report.findings.filter((f) => f.ruleId === 'doc-decision-contents');
    expect(contents.map((f) => f.messageId)).toEqual(['remedy']);
    expect(contents[0]!.citations).toEqual([{ law: '中华人民共和国行政处罚法', article: 52, paragraph: 2 }]);
  });

  it('asks (never accuses) when the authority or date cannot be read', () => {
    const text = market
      .replace(/\n济南市历城区市场监督管理局\n二〇二六年四月二十日\n$/, '\n')
      .replace(/^济南市历城区市场监督管理局\n/, '');
    expect(ids(text, 'violation')).toEqual([]);
    // Without a decision date the basis cannot be dated either.
    expect(ids(text, 'review')).toEqual([
      'basis-in-force/no-date',
      'doc-decision-contents/authority',
      'doc-decision-contents/date',
    ]);
  });
});

describe('remedy notice', () => {
  it('accepts 60 days and 6 months, in Chinese or Arabic numerals', () => {
    expect(ids(market, 'violation')).toEqual([]);
    const arabic = edit(edit(market, '六十日内', '60日内'), '六个月内', '6个月内');
    expect(run(arabic).document.remedy).toMatchObject({ review: { days: 60 }, suit: { months: 6 } });
    expect(run(arabic).findings).toEqual([]);
  });

  it('treats a missing review route as a violation and a missing suit route as a question', () => {
    const noReview = edit(market, '可以在收到本决定书之日起六十日内向济南市历城区人民政府申请行政复议，或者', '可以');
    expect(ids(noReview, 'violation')).toContain('doc-remedy-notice/no-review-route');
    const noSuit = edit(market, '，或者在六个月内依法向济南市历城区人民法院提起行政诉讼', '');
    expect(ids(noSuit, 'violation')).toEqual([]);
    expect(ids(noSuit, 'review')).toContain('doc-remedy-notice/no-suit-route');
  });

  it('asks about a longer review period, accuses a shorter one', () => {
    expect(ids(edit(market, '六十日内', '九十日内'), 'review')).toContain('doc-remedy-notice/review-long');
    expect(ids(edit(market, '六十日内', '十五日内'), 'violation')).toContain('doc-remedy-notice/review-short');
  });

  it('asks rather than accuses about a shorter suit period when the sentence names a special law', () => {
    const text = edit(market, '或者在六个月内依法向', '或者依照《某某专门法》在三个月内向');
    expect(ids(text, 'violation')).not.toContain('doc-remedy-notice/suit-short');
    expect(ids(text, 'review')).toContain('doc-remedy-notice/suit-differs');
  });
});

describe('amounts and surcharge', () => {
  it('catches a percentage fine computed wrongly', () => {
    const text = edit(tax, '计81,250.00元', '计81,520.00元');
    const report = run(text);
    const finding = report.findings.find((f) => f.messageId === 'percent-mismatch');
    expect(finding?.status).toBe('violation');
    expect(finding?.message).toContain('81250');
  });

  it('catches itemised amounts that do not add up to the total', () => {
    expect(
      ids(edit(market, '罚没款合计人民币伍万零壹佰贰拾元整', '罚没款合计人民币伍万零贰佰元整'), 'violation'),
    ).toEqual(['doc-amounts/total-mismatch']);
  });

  it('catches a surcharge cap other than the fine', () => {
    const text = edit(market, '加处罚款的数额不得超出罚款的数额', '加处罚款的数额不得超过罚款数额的两倍');
    expect(ids(text, 'violation')).toEqual(['doc-surcharge/cap']);
  });

  it('asks when a surcharge is mentioned without its rate', () => {
    const text = edit(market, '每日按罚款数额的百分之三加处罚款', '依法加处罚款');
    expect(ids(text, 'review')).toContain('doc-surcharge/no-rate');
  });
});

describe('dates and legal basis', () => {
  it('catches a prior step dated after the decision', () => {
    const text = edit(market, '本局于2026年3月2日立案调查', '本局于2026年5月2日立案调查');
    const finding = run(text).findings.find((f) => f.messageId === 'step-after-decision');
    expect(finding?.status).toBe('violation');
    expect(finding?.message).toContain('2026-05-02');
  });

  it('asks about a decision dated after today', () => {
    expect(ids(market, 'review', { today: '2026-04-01' })).toContain('doc-date-order/future-decision');
  });

  it('catches a superseded text named in a citation', () => {
    const text = edit(
      market,
      '依据《中华人民共和国行政处罚法》第七十二条',
      '依据《中华人民共和国行政处罚法》（2017年修正）第七十二条',
    );
    expect(ids(text, 'violation')).toContain('basis-in-force/version-out');
  });

  it('asks about an article past the end of the law in a decision after the registry’s last date', () => {
    const text = edit(market, '第一百二十四条第一款第（五）项', '第一百六十四条第一款第（五）项');
    expect(ids(text, 'violation')).not.toContain('basis-article-range/beyond');
    expect(ids(text, 'review')).toContain('basis-article-range/after-registry');
  });

  it('asks about the registry rather than failing when it is not loaded', () => {
    const loaded = getLawIndex();
    setLawIndex(undefined);
    try {
      const report = run(market);
      expect(report.findings.filter((f) => f.status === 'violation')).toEqual([]);
      expect(new Set(report.findings.map((f) => f.messageId))).toEqual(new Set(['registry-not-loaded']));
    } finally {
      setLawIndex(loaded);
    }
  });
});

describe('findings', () => {
  it('have the engine’s shape, bilingual risk-hint wording and known citations', () => {
    const report = run(read('environment-decision.txt'), { locale: 'en' });
    for (const finding of report.findings) {
      expect(finding.message).not.toMatch(/\{\w+\}/);
      expect(finding.title.length).toBeGreaterThan(3);
      expect(finding.citations.length).toBeGreaterThan(0);
      expect(finding.fields.length).toBeGreaterThan(0);
    }
    for (const check of DOCUMENT_CHECKS) {
      for (const message of Object.values(check.messages)) {
        expect(message.zh).toMatch(/可能|请/);
        expect(message.en.length).toBeGreaterThan(10);
      }
    }
  });
});
