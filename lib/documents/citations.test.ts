import { describe, expect, it } from 'vitest';
import { findCitations } from './citations';
import { prepare } from './prepare';

function cite(text: string) {
  return findCitations(prepare(text)).map(({ law, article, articleSub, paragraph, item, role, via, version }) => ({
    law,
    ...(article !== undefined ? { article } : {}),
    ...(articleSub !== undefined ? { articleSub } : {}),
    ...(paragraph !== undefined ? { paragraph } : {}),
    ...(item !== undefined ? { item } : {}),
    ...(version !== undefined ? { version } : {}),
    role,
    via,
  }));
}

describe('findCitations', () => {
  it('reads article, paragraph and item in Chinese numerals', () => {
    expect(cite('依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，处以罚款。')).toEqual([
      { law: '中华人民共和国食品安全法', article: 124, paragraph: 1, item: 5, role: 'penalty', via: 'title' },
    ]);
  });

  it('reads items written 第五项, （五）项 and 第5项', () => {
    const items = cite('违反了《某某条例》第十条第五项、第十一条（二）项和第十二条第3项的规定。').map((c) => c.item);
    expect(items).toEqual([5, 2, 3]);
  });

  it('continues the same article with a bare 第二款', () => {
    const found = cite('根据《某某法》第三十五条第一款、第二款的规定，决定罚款。');
    expect(found.map((c) => [c.article, c.paragraph])).toEqual([
      [35, 1],
      [35, 2],
    ]);
  });

  it('counts a normative document the text relies on with 参照, without an article', () => {
    const found = cite('参照《国家某某总局关于某类案件处理问题的通知》（某发〔2020〕1号）规定，认定你公司为失联企业。');
    expect(found).toEqual([{ law: '国家某某总局关于某类案件处理问题的通知', role: 'other', via: 'title' }]);
  });

  it('reads 第X条之一 and expands 第X条至第Y条', () => {
    const found = cite('依照《某某法》第二十条之一、第三十六条至第三十八条的规定，决定罚款。');
    expect(found.map((c) => [c.article, c.articleSub])).toEqual([
      [20, 1],
      [36, undefined],
      [37, undefined],
      [38, undefined],
    ]);
  });

  it('tells the violated provision from the penalty one', () => {
    const found = cite(
      '当事人的行为违反了《中华人民共和国广告法》第九条第（三）项的规定，依据该法第五十七条第（一）项的规定，决定罚款。',
    );
    expect(found.map((c) => [c.article, c.role, c.via])).toEqual([
      [9, 'violated', 'title'],
      [57, 'penalty', 'back-reference'],
    ]);
    expect(found[1]!.law).toBe('中华人民共和国广告法');
  });

  it('marks a surcharge or enforcement provision as procedure', () => {
    const found = cite(
      '到期不缴纳罚款的，可以依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。',
    );
    expect(found[0]!.role).toBe('procedure');
  });

  it('expands a short title defined with 以下简称', () => {
    const found = cite(
      '违反了《中华人民共和国产品质量法》（以下简称《质量法》）第三十九条的规定，依据《质量法》第五十条的规定，决定罚款。',
    );
    expect(found.map((c) => [c.law, c.article])).toEqual([
      ['中华人民共和国产品质量法', 39],
      ['中华人民共和国产品质量法', 50],
    ]);
  });

  it('resolves 同法, 同条例 and 本法 to the right earlier law', () => {
    const found = cite(
      '违反了《中华人民共和国大气污染防治法》第四十五条和《某省大气污染防治条例》第三十条的规定，依据同法第一百零八条、同条例第六十条的规定，决定罚款。',
    );
    expect(found.map((c) => [c.law, c.article])).toEqual([
      ['中华人民共和国大气污染防治法', 45],
      ['某省大气污染防治条例', 30],
      ['中华人民共和国大气污染防治法', 108],
      ['某省大气污染防治条例', 60],
    ]);
  });

  it('continues the same article with 同条', () => {
    const found = cite('依据《某某办法》第八条第一款、同条第二款的规定，决定罚款。');
    expect(found.map((c) => [c.article, c.paragraph])).toEqual([
      [8, 1],
      [8, 2],
    ]);
  });

  it('keeps 〈〉 inside a title and reads the version suffix', () => {
    const found = cite(
      '根据《某省实施〈中华人民共和国消费者权益保护法〉办法》（2017年修订）第二十条的规定，决定罚款。',
    );
    expect(found[0]).toMatchObject({
      law: '某省实施《中华人民共和国消费者权益保护法》办法',
      article: 20,
      version: '2017年修订',
    });
  });

  it('reads an issuing-order suffix', () => {
    const found = cite(
      '根据《中华人民共和国某某管理办法》（财政部令第6号发布，国务院令第709号修订）第二十条第二款的规定，认定为虚开。',
    );
    expect(found[0]).toMatchObject({
      article: 20,
      paragraph: 2,
      version: '财政部令第6号发布，国务院令第709号修订',
      role: 'violated',
    });
  });

  it('reads a bare title after 违反', () => {
    expect(cite('当事人的行为违反了食品安全法第三十四条的规定。')).toEqual([
      { law: '食品安全法', article: 34, role: 'violated', via: 'bare' },
    ]);
  });

  it('reads the next provision after quoted article text, and skips citations inside the quote', () => {
    const found = cite(
      '根据《中华人民共和国行政处罚法》第二十九条“对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚。”、第三十五条第二款“……本法第八条……”的规定，不再给予罚款。',
    );
    expect(found.map((c) => [c.article, c.paragraph])).toEqual([
      [29, undefined],
      [35, 2],
    ]);
  });

  it('ignores documents of the case and counts normative documents relied on', () => {
    const found = cite(
      '本局于2026年1月5日送达《行政处罚事先告知书》。参照《某省市场监督管理行政处罚裁量基准》，决定罚款。',
    );
    expect(found).toEqual([{ law: '某省市场监督管理行政处罚裁量基准', role: 'discretion', via: 'title' }]);
  });

  it('ignores the party’s own documents', () => {
    expect(cite('违反了你公司《设备质量手册》第五条的要求。')).toEqual([]);
  });
});
