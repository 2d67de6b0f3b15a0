import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../case/schema';
import { ensureLawIndex } from '../laws';
import { parseDocument } from './parse';

await ensureLawIndex();

const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const market = read('market-decision.txt');
const tax = read('tax-decision.txt');
const environment = read('environment-decision.txt');
const slice = (text: string, span: { start: number; end: number } | undefined) =>
  span ? text.slice(span.start, span.end) : '';

describe('a market-regulation decision (capital numerals, 以下简称, letter-spaced title)', () => {
  const doc = parseDocument(market);

  it('is a full penalty decision with every Art. 59 element', () => {
    expect(doc.kind).toBe('decision');
    expect(doc.type).toBe('penalty-decision');
    expect(doc.title?.text).toBe('行政处罚决定书');
    expect(Object.values(doc.elements).every(Boolean), JSON.stringify(doc.elements)).toBe(true);
  });

  it('reads the number and the party', () => {
    expect(doc.number).toMatchObject({ text: '济历城市监罚〔2026〕15号', year: 2026, serial: 15 });
    expect(doc.party).toMatchObject({
      name: '济南泉畔食品贸易有限公司',
      kind: 'legal-person',
      idNumber: '91370112MA3TEST01K',
      idLabel: '统一社会信用代码',
      address: '山东省济南市历城区示例路88号',
      representative: '王某某',
    });
  });

  it('reads the evidence it names', () => {
    expect(doc.evidence.map((item) => item.title)).toEqual([
      '现场检查笔录',
      '询问笔录',
      '涉案食品照片',
      '进货单据',
      '营业执照复印件',
    ]);
  });

  it('reads the citations with their roles, expanding the short title', () => {
    const found = doc.citations.map((c) => [c.registryTitle ?? c.law, c.article, c.paragraph, c.item, c.role]);
    expect(found).toEqual([
      ['中华人民共和国食品安全法', 34, undefined, 10, 'violated'],
      ['中华人民共和国食品安全法', 124, 1, 5, 'penalty'],
      ['山东省市场监督管理行政处罚裁量基准', undefined, undefined, undefined, 'discretion'],
      ['中华人民共和国行政处罚法', 72, 1, 1, 'procedure'],
    ]);
  });

  it('reads the penalties, the total and the payment terms', () => {
    expect(doc.penalties.map((p) => [p.kind, p.amount])).toEqual([
      ['confiscate-gains', 120],
      ['fine', 50_000],
    ]);
    expect(doc.fineTotal).toBe(50_000);
    expect(doc.totals).toEqual([
      expect.objectContaining({ label: '罚没款合计', amount: 50_120, items: [120, 50_000] }),
    ]);
    expect(doc.performance).toMatchObject({ days: 15 });
    expect(doc.surcharge).toMatchObject({ rate: 0.03, capIsFine: true });
  });

  it('reads the remedy notice, the authority and the date', () => {
    expect(doc.remedy?.review).toMatchObject({ days: 60, body: '济南市历城区人民政府' });
    expect(doc.remedy?.suit).toMatchObject({ months: 6, court: '济南市历城区人民法院' });
    expect(doc.authority?.name).toBe('济南市历城区市场监督管理局');
    expect(doc.decisionDate).toBe('2026-04-20');
    expect(doc.priorNotice).toMatchObject({ recited: true, date: '2026-04-08' });
    expect(doc.hearing.recited).toBe(true);
  });

  it('gives spans that point at the sentences in the original text', () => {
    expect(slice(market, doc.number?.span)).toBe('济历城市监罚〔2026〕15号');
    expect(slice(market, doc.spans.remedy[0])).toContain('六十日内');
    const penalty = doc.citations[1]!;
    expect(slice(market, penalty)).toBe('《食品安全法》第一百二十四条第一款第（五）项');
    expect(slice(market, penalty.sentence)).toMatch(/^依据《食品安全法》/);
    expect(slice(market, doc.dateSpan)).toBe('二〇二六年四月二十日');
  });

  it('builds a valid partial case', () => {
    const parsed = caseSchema.safeParse(doc.partialCase);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(doc.partialCase).toMatchObject({
      id: '济历城市监罚〔2026〕15号',
      agency: { name: '济南市历城区市场监督管理局', region: '370000' },
      party: { kind: 'legal-person', name: '济南泉畔食品贸易有限公司', isEnterprise: true },
      decision: { kinds: ['confiscate-gains', 'fine'], fineAmount: 50_000, illegalGains: 120 },
      events: [
        { kind: 'notice-of-intent', at: '2026-04-08' },
        {
          kind: 'decision',
          at: '2026-04-20',
          ref: '济历城市监罚〔2026〕15号',
          data: { reviewDays: 60, suitMonths: 6 },
        },
      ],
      origin: { unreadable: ['events'] },
    });
    expect(doc.partialCase.legalBasis).toContainEqual({
      role: 'penalty',
      law: '中华人民共和国食品安全法',
      article: 124,
      paragraph: 1,
      item: 5,
    });
  });
});

describe('a tax decision (addressee line, wrapped lines, percentage fine, ○ in the date)', () => {
  const doc = parseDocument(tax);

  it('joins wrapped lines and reads the addressee as the party', () => {
    expect(doc.kind).toBe('decision');
    expect(doc.party).toMatchObject({ name: '示例商贸有限公司', idLabel: '纳税人识别号', kind: 'legal-person' });
    expect(doc.party?.address).toBe('山东省示例市中心区幸福街道1号');
  });

  it('reads the percentage fine and its base', () => {
    expect(doc.fineTotal).toBe(81_250);
    expect(doc.percentFines).toEqual([expect.objectContaining({ base: 162_500, rate: 0.5, amount: 81_250 })]);
  });

  it('reads the qualification, the penalty basis under a short name, and skips the quoted article text', () => {
    expect(doc.citations.map((c) => [c.registryTitle, c.article, c.role])).toEqual([
      ['中华人民共和国税收征收管理法', 63, 'violated'],
      ['中华人民共和国税收征收管理法', 63, 'penalty'],
      ['中华人民共和国行政处罚法', 72, 'procedure'],
    ]);
  });

  it('reads the authority from the letterhead when the signature is only a seal', () => {
    expect(doc.authority?.name).toBe('国家税务总局示例市税务局稽查局');
    expect(doc.decisionDate).toBe('2026-03-16');
    expect(doc.evidence).toHaveLength(3);
    expect(doc.priorNotice.recited).toBe(false);
  });
});

describe('an environment decision (Arabic 万元 amounts, 同法)', () => {
  const doc = parseDocument(environment);

  it('reads amounts in 万元 and the stated total', () => {
    expect(doc.penalties.filter((p) => p.kind === 'fine').map((p) => p.amount)).toEqual([50_000, 30_000]);
    expect(doc.fineTotal).toBe(90_000);
    expect(doc.totals[0]).toMatchObject({ label: '罚款合计', amount: 90_000, items: [50_000, 30_000] });
  });

  it('resolves 同法 to the last 法 cited, not the regulation cited after it', () => {
    expect(doc.citations.map((c) => [c.law, c.article])).toEqual([
      ['中华人民共和国大气污染防治法', 135],
      ['浙江省大气污染防治条例', 50],
      ['中华人民共和国大气污染防治法', 108],
    ]);
  });

  it('reads the periods, the surcharge rate and the bracketed number', () => {
    expect(doc.number?.text).toBe('示环罚字[2026]第3号');
    expect(doc.remedy?.review).toMatchObject({ days: 30 });
    expect(doc.remedy?.suit).toMatchObject({ months: 3 });
    expect(doc.surcharge).toMatchObject({ rate: 0.05 });
    expect(doc.decisionDate).toBe('2026-06-15');
  });
});

describe('other kinds of text', () => {
  it('recognises a prior notice: not a decision, with 同条例 and a capital-numeral fine', () => {
    const doc = parseDocument(read('prior-notice.txt'));
    expect(doc.kind).toBe('fragment');
    expect(doc.type).toBe('prior-notice');
    expect(doc.number).toMatchObject({ text: '示综执告字（2026）21号', year: 2026, serial: 21 });
    expect(doc.party?.name).toBe('张某某');
    expect(doc.party?.kind).toBe('person');
    expect(doc.citations.map((c) => [c.law, c.article, c.via])).toEqual([
      ['山东省城市市容和环境卫生管理条例', 20, 'title'],
      ['山东省城市市容和环境卫生管理条例', 45, 'back-reference'],
      ['中华人民共和国行政处罚法', 44, 'title'],
      ['中华人民共和国行政处罚法', 45, 'title'],
    ]);
    expect(doc.fineTotal).toBe(200);
  });

  it('recognises a disclosure summary table', () => {
    const doc = parseDocument(read('disclosure-summary.txt'));
    expect(doc.kind).toBe('summary');
    expect(doc.number?.text).toBe('示市监处罚〔2026〕88号');
    expect(doc.party?.name).toBe('示例市某文化传媒有限公司');
    expect(doc.decisionDate).toBe('2026-05-12');
    expect(doc.authority?.name).toBe('示例市市场监督管理局');
    expect(doc.fineTotal).toBe(3000);
  });

  it('calls a paragraph without letterhead, party or remedy a fragment', () => {
    const doc = parseDocument(
      '当事人的上述行为违反了《中华人民共和国广告法》第九条的规定，依据该法第五十七条的规定，决定罚款人民币贰万元。',
    );
    expect(doc.kind).toBe('fragment');
    expect(doc.citations).toHaveLength(2);
    expect(doc.fineTotal).toBe(20_000);
  });

  it('never throws on empty or odd input', () => {
    for (const text of ['', '\n\n', '《', '第十条', '罚款元', '“未闭合的引号《某法》第三条']) {
      expect(() => parseDocument(text)).not.toThrow();
    }
    expect(parseDocument('').kind).toBe('fragment');
  });
});
