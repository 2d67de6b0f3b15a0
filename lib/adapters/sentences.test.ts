import { describe, expect, it } from 'vitest';
import {
  agencyLine,
  blankQuotes,
  classifyLegalText,
  documentNumber,
  findDocumentTitles,
  findEvidenceList,
  findFacts,
  findProcedure,
  findTextDecision,
  findTextEvents,
  fineIn,
  isNormTitle,
  standaloneDate,
} from './sentences';

const roles = (text: string, role?: Parameters<typeof classifyLegalText>[1]) =>
  classifyLegalText(text, role).map(({ role: r, ref }) => [r, ref.law, ref.article ?? null]);

describe('classifyLegalText', () => {
  it('tells the violated provision from the penalty provision', () => {
    expect(
      roles(
        '当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定处罚如下',
      ),
    ).toEqual([
      ['violated', '中华人民共和国食品安全法', 34],
      ['penalty', '中华人民共和国食品安全法', 124],
    ]);
  });

  it('reads 根据…的规定，已构成… as the violated rule and 加处罚款 as procedure', () => {
    expect(roles('根据《中华人民共和国税收征收管理法》第六十三条“……”的规定，你的上述行为已构成偷税。')).toEqual([
      ['violated', '中华人民共和国税收征收管理法', 63],
    ]);
    expect(
      roles(
        '到期不缴纳罚款的，本局可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款',
      ),
    ).toEqual([['procedure', '中华人民共和国行政处罚法', 72]]);
  });

  it('marks 裁量基准 documents as discretion', () => {
    expect(roles('依据《山东省市场监督管理行政处罚裁量基准》的规定，决定从轻处罚')).toEqual([
      ['discretion', '山东省市场监督管理行政处罚裁量基准', null],
    ]);
  });

  it('ignores non-legal titles in running text but not in a labelled field', () => {
    expect(roles('根据《询问笔录》，当事人承认违反了《公司质量保证大纲》的要求')).toEqual([]);
    expect(roles('《某某技术规程》第5条', 'violated')).toEqual([['violated', '某某技术规程', 5]]);
    expect(isNormTitle('浙江省某某目录（试行）')).toBe(true);
    expect(isNormTitle('询问笔录')).toBe(false);
  });

  it('gives references without a verb the labelled role, or leaves them out', () => {
    expect(roles('《中华人民共和国广告法》第五十五条', 'penalty')).toEqual([['penalty', '中华人民共和国广告法', 55]]);
    expect(roles('《中华人民共和国广告法》第五十五条')).toEqual([]);
  });

  it('blanks quoted article text without moving offsets', () => {
    const text = '第六十三条“纳税人伪造……”的规定';
    expect(blankQuotes(text)).toHaveLength(text.length);
    expect(blankQuotes(text)).not.toContain('纳税人');
  });
});

describe('findTextEvents', () => {
  it('dates steps named after a date', () => {
    const text =
      '本局于2025年1月10日立案调查。2025年2月20日，本局向当事人送达了《行政处罚事先告知书》。当事人于2025年2月22日提出陈述、申辩。2025年3月1日，本局举行了听证。本局于2025年3月5日作出行政处罚决定。';
    expect(findTextEvents(text).map((e) => [e.kind, e.at])).toEqual([
      ['filing-approved', '2025-01-10'],
      ['notice-of-intent', '2025-02-20'],
      ['statement-heard', '2025-02-22'],
      ['hearing-held', '2025-03-01'],
      ['decision', '2025-03-05'],
    ]);
  });

  it('skips periods, earlier cases and dates with no step', () => {
    expect(findTextEvents('我局于2022年5月9日至2025年8月29日对你单位进行了检查')).toEqual([]);
    expect(findTextEvents('当事人曾于2024年5月10日因同类违法行为被本局立案查处')).toEqual([]);
    expect(findTextEvents('当事人于2025年1月8日销售超过保质期的酸奶12盒')).toEqual([]);
    expect(findTextEvents('2025年8月4日，你公司人员发现上述不符合项，但未向质量检验部报告')).toEqual([]);
  });

  it('keeps the time of day', () => {
    expect(findTextEvents('2025年8月16日23时40分，执法人员对当事人经营场所进行检查')).toEqual([
      { kind: 'inspection', at: '2025-08-16T23:40', index: 0 },
    ]);
  });
});

describe('findTextDecision', () => {
  it('reads sanctions, fine and confiscated gains from the decision sentence', () => {
    expect(
      findTextDecision(
        '本局决定对当事人作出如下行政处罚：1.没收违法销售的药品；2.没收违法所得人民币贰佰肆拾元整；3.罚款人民币伍万元整（¥50,000.00）。当事人应当自收到本决定书之日起十五日内缴纳罚没款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。',
      ),
    ).toEqual({
      kinds: ['confiscate-property', 'confiscate-gains', 'fine'],
      fineAmount: 50000,
      illegalGains: 240,
      index: 0,
    });
  });

  it('reads fines written before 罚款 and as percentages with a total', () => {
    expect(fineIn('并处44.38万元罚款')).toBe(443800);
    expect(fineIn('处以百分之六十的罚款，计284212.97元')).toBe(284212.97);
    expect(fineIn('处罚款人民币伍佰元整')).toBe(500);
  });

  it('does not read remedy or payment sentences as a decision', () => {
    expect(
      findTextDecision(
        '如不服本处罚决定，可以在六十日内申请行政复议。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。',
      ),
    ).toBeUndefined();
  });

  it('reads 不予行政处罚', () => {
    expect(findTextDecision('本局决定不予行政处罚。')).toEqual({ kinds: [], outcome: 'no-penalty', index: 0 });
  });
});

describe('document structure', () => {
  it('finds writ titles, also letter-spaced or with the case name after them', () => {
    expect(
      findDocumentTitles(['济南市某局', '行 政 处 罚 决 定 书', '当事人：某', '行政处罚事先告知书（某某案）']).map(
        (t) => [t.line, t.kind],
      ),
    ).toEqual([
      [1, 'decision'],
      [3, 'notice-of-intent'],
    ]);
    expect(findDocumentTitles(['本局作出了行政处罚决定书所载明的决定，当事人已签收'])).toEqual([]);
  });

  it('reads document numbers, agency lines and signature dates standing alone', () => {
    expect(documentNumber('济槐市监罚〔2025〕36号')).toBe('济槐市监罚〔2025〕36号');
    expect(documentNumber('（济）应急罚[2025]第0215号')).toBe('（济）应急罚[2025]第0215号');
    expect(documentNumber('依据济槐市监罚〔2025〕36号决定书，当事人应当缴纳罚款')).toBeUndefined();
    expect(agencyLine('济南市槐荫区市场监督管理局（印章）')).toBe('济南市槐荫区市场监督管理局');
    expect(agencyLine('本局认为')).toBeUndefined();
    expect(standaloneDate('二〇二五年六月三日')).toBe('2025-06-03');
    expect(standaloneDate('2025年6月3日（印章）')).toBe('2025-06-03');
    expect(standaloneDate('于2025年6月3日作出决定')).toBeUndefined();
  });

  it('reads facts after 经查 and the evidence list', () => {
    const lines = [
      '经查，当事人于2025年1月销售过期酸奶12盒，货值96元。',
      '上述事实，有以下证据证明：',
      '1.现场检查笔录；',
      '2.询问笔录。',
      '本局认为……',
    ];
    expect(findFacts(lines)).toEqual({ text: '当事人于2025年1月销售过期酸奶12盒，货值96元。', line: 0 });
    expect(findEvidenceList(lines)).toEqual({ titles: ['现场检查笔录', '询问笔录'], line: 1 });
  });

  it('reads the procedure only where the text names it', () => {
    expect(findProcedure('当场行政处罚决定书')).toBe('simple');
    expect(findProcedure('本案适用普通程序办理')).toBe('general');
    expect(findProcedure('本局决定罚款')).toBeUndefined();
  });
});

describe('findTextEvents: more than the first step word', () => {
  it('作出解除扣押决定 lifts the seizure', () => {
    expect(findTextEvents('2025-09-15 10:00作出解除扣押决定，退还财物')).toEqual([
      { kind: 'coercion-lifted', at: '2025-09-15T10:00', index: 0 },
    ]);
  });

  it('a writ handed over on the spot is delivered that moment', () => {
    const events = findTextEvents('2025-08-06 10:20实施扣押，制作现场笔录，当场交付《实施行政强制措施决定书》');
    expect(events.map((event) => event.kind)).toEqual(['coercion-applied', 'delivery']);
  });

  it('a step that did not happen is no step', () => {
    expect(findTextEvents('当事人于2025年5月22日未提出陈述、申辩')).toEqual([]);
  });

  it('marks a notice that names the hearing right', () => {
    const [event] = findTextEvents(
      '本局于2025年2月18日向当事人送达了《行政处罚告知书》，告知其享有陈述、申辩和要求听证的权利。',
    );
    expect(event).toMatchObject({ kind: 'notice-of-intent', hearingRight: true });
  });
});

describe('findEvidenceList: the evidence sentence of a decision', () => {
  it('reads 以上事实有……等证据证实', () => {
    expect(findEvidenceList(['以上事实有现场检查笔录、询问笔录（张三）、现场照片等证据证实。'])).toEqual({
      titles: ['现场检查笔录', '询问笔录（张三）', '现场照片'],
      line: 0,
    });
  });
});
