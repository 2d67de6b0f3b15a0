import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statusIds } from '../../test/helpers/document-findings';
import { ensureLawIndex } from '../laws';
import { runDecision } from './check';
import { ELEMENTS, type DocParty, type ParsedDocument } from './types';

/*
 * Invented decisions of many agencies and layouts (fixtures/varied-*.txt). The expectations were
 * written from the text by hand, before the parser was run on it: what a careful reader finds.
 */

await ensureLawIndex();

const TODAY = '2025-12-31';
const read = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** [registry title, article, paragraph, item, role] of the citations of laws and regulations. */
type Cite = [string, number | undefined, number | undefined, number | undefined, string];

interface Expected {
  kind: ParsedDocument['kind'];
  type: ParsedDocument['type'];
  number: string;
  party: Partial<Pick<DocParty, 'name' | 'kind' | 'idNumber' | 'address'>>;
  citations: Cite[];
  fineTotal?: number;
  /** Amounts of the fines found (not rates, not totals). */
  fines?: number[];
  decisionDate: string;
  authority: string;
  review?: { days?: number; months?: number };
  suit?: { days?: number; months?: number };
  performanceDays?: number;
  performanceDue?: string;
  simple?: boolean;
  /** Elements not expected (all others expected) — for full decisions only. */
  missing?: string[];
  evidenceItems?: number;
  violations: string[];
  reviews: string[];
}

const PENALTY_LAW = '中华人民共和国行政处罚法';
const URBAN = '城市市容和环境卫生管理条例';

const CASES: Record<string, Expected> = {
  'varied-market-supervision.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济市监处罚〔2025〕123号',
    party: {
      name: '济南示范电器销售有限公司',
      kind: 'legal-person',
      idNumber: '91370100MA3XYZ0000',
      address: '山东省济南市槐荫区示范大街100号101室',
    },
    citations: [
      ['中华人民共和国产品质量法', 39, undefined, undefined, 'violated'],
      ['中华人民共和国产品质量法', 50, undefined, undefined, 'penalty'],
      [PENALTY_LAW, 72, 1, 1, 'procedure'],
    ],
    fineTotal: 50_000,
    fines: [50_000],
    decisionDate: '2025-04-21',
    authority: '济南市市场监督管理局',
    review: { days: 60 },
    suit: { months: 6 },
    performanceDays: 15,
    evidenceItems: 5,
    violations: [],
    reviews: [],
  },
  'varied-urban-management.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济城管罚决字〔2025〕第0012号',
    party: {
      name: '张某某',
      kind: 'person',
      idNumber: '370102198506150000',
      address: '山东省济南市历下区示例小区3号楼2单元101室',
    },
    citations: [
      [URBAN, 17, 1, undefined, 'violated'],
      [URBAN, 36, undefined, 1, 'penalty'],
    ],
    fineTotal: 500,
    fines: [500],
    decisionDate: '2025-03-18',
    authority: '济南市城市管理局',
    performanceDays: 15,
    missing: ['remedy'],
    violations: ['doc-decision-contents/remedy'],
    reviews: [],
  },
  'varied-transport.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '鲁济交罚（2025）第12号',
    party: {
      name: '济南示例货运物流有限公司',
      kind: 'legal-person',
      idNumber: '91370100MA3ABC0000',
      address: '山东省济南市天桥区示例物流园8号',
    },
    citations: [
      ['中华人民共和国道路运输条例', 24, 1, undefined, 'violated'],
      ['中华人民共和国道路运输条例', 63, undefined, undefined, 'penalty'],
    ],
    fineTotal: 30_000,
    fines: [30_000],
    decisionDate: '2025-06-03',
    authority: '济南市交通运输局',
    review: { days: 30 },
    suit: { months: 6 },
    performanceDays: 15,
    evidenceItems: 4,
    violations: ['doc-remedy-notice/review-short'],
    reviews: ['doc-notice-recital/hearing-not-recited'],
  },
  'varied-environment.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济环罚字〔2025〕第35号',
    party: {
      name: '济南示例化工有限公司',
      kind: 'legal-person',
      idNumber: '91370100MA3DEF0000',
      address: '山东省济南市章丘区示例工业园区化工路6号',
    },
    citations: [
      ['中华人民共和国大气污染防治法', 20, 2, undefined, 'violated'],
      ['中华人民共和国大气污染防治法', 99, undefined, 3, 'penalty'],
      [PENALTY_LAW, 72, 1, 1, 'procedure'],
    ],
    fineTotal: 200_000,
    fines: [200_000],
    decisionDate: '2025-04-21',
    authority: '济南市生态环境局',
    review: { days: 60 },
    suit: { months: 6 },
    performanceDays: 15,
    violations: [],
    reviews: [],
  },
  'varied-safety.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '（济）应急罚〔2025〕27号',
    party: {
      name: '济南示例机械制造有限公司',
      kind: 'legal-person',
      idNumber: '91370100MA3GHI0000',
      address: '山东省济南市历城区示例街道工业路18号',
    },
    citations: [
      ['中华人民共和国安全生产法', 28, 1, undefined, 'violated'],
      ['中华人民共和国安全生产法', 97, undefined, 3, 'penalty'],
      [PENALTY_LAW, 72, 1, 1, 'procedure'],
    ],
    fineTotal: 50_000,
    fines: [50_000],
    decisionDate: '2025-04-08',
    authority: '济南市应急管理局',
    review: { days: 60 },
    suit: { months: 6 },
    performanceDue: '2025-04-30',
    violations: [],
    reviews: [],
  },
  'varied-tax.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济税一稽罚〔2025〕45号',
    party: {
      name: '济南示例商贸有限公司',
      kind: 'legal-person',
      idNumber: '91370100MA3JKL0000',
      address: '山东省济南市市中区示例路66号',
    },
    citations: [
      ['中华人民共和国税收征收管理法', 63, 1, undefined, 'penalty'],
      [PENALTY_LAW, 72, 1, 1, 'procedure'],
    ],
    fineTotal: 60_000,
    fines: [60_000],
    decisionDate: '2025-05-12',
    authority: '国家税务总局济南市税务局第一稽查局',
    review: { days: 60 },
    suit: { months: 6 },
    performanceDays: 15,
    evidenceItems: 4,
    violations: [],
    reviews: [],
  },
  'varied-police.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济公历（治）行罚决字〔2025〕1234号',
    party: {
      name: '李某某',
      kind: 'person',
      idNumber: '370112199003050000',
      address: '山东省济南市历城区示例花园5号楼1单元202室',
    },
    citations: [['中华人民共和国治安管理处罚法', 43, 1, undefined, 'penalty']],
    fineTotal: 500,
    fines: [500],
    decisionDate: '2025-03-10',
    authority: '济南市公安局历城区分局',
    review: { days: 60 },
    suit: { months: 6 },
    performanceDays: 15,
    violations: [],
    // The evidence "违法行为人陈述和申辩" is not a recital of the prior notice.
    reviews: ['doc-notice-recital/notice-not-recited'],
  },
  'varied-health.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济卫医罚〔2025〕8号',
    party: {
      name: '济南示例口腔诊所有限公司',
      kind: 'legal-person',
      idNumber: '91370100MA3MNO0000',
      address: '山东省济南市市中区示例路120号',
    },
    citations: [
      ['医疗机构管理条例', 27, undefined, undefined, 'violated'],
      ['医疗机构管理条例', 47, undefined, undefined, 'penalty'],
      [PENALTY_LAW, 51, undefined, 1, 'procedure'],
    ],
    fineTotal: 5000,
    fines: [5000],
    decisionDate: '2025-04-18',
    authority: '济南市卫生健康委员会',
    review: { days: 60 },
    suit: { months: 6 },
    performanceDays: 15,
    violations: ['basis-in-force/version-out'],
    reviews: [],
  },
  'varied-culture.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济文执罚字（2025）第56号',
    party: { name: '济南示例娱乐有限公司', kind: 'legal-person', idNumber: '91370100MA3PQR0000' },
    citations: [
      ['娱乐场所管理条例', 23, 1, undefined, 'violated'],
      ['娱乐场所管理条例', 48, 1, undefined, 'penalty'],
    ],
    decisionDate: '2025-06-20',
    authority: '济南市文化市场综合执法支队',
    review: { days: 60 },
    suit: { months: 6 },
    performanceDays: 15,
    evidenceItems: 4,
    violations: ['doc-amounts/figures-mismatch'],
    reviews: [],
  },
  'varied-natural-resources.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济自然资罚〔2025〕19号',
    party: {
      name: '济南示例建材有限公司',
      kind: 'legal-person',
      idNumber: '91370100MA3STU0000',
      address: '山东省济南市长清区示例镇示例村',
    },
    citations: [
      ['中华人民共和国土地管理法', 44, 1, undefined, 'violated'],
      ['中华人民共和国土地管理法', 77, 1, undefined, 'penalty'],
      ['中华人民共和国土地管理法实施条例', 78, undefined, undefined, 'penalty'],
    ],
    fineTotal: 240_000,
    fines: [240_000],
    decisionDate: '2025-06-10',
    authority: '济南市自然资源和规划局',
    review: { days: 60 },
    suit: { months: 6 },
    performanceDays: 15,
    // Art. 78 is past the 67 articles of the 2021 text, but the decision falls after the registry's
    // last date (2025-04-05): a later revision cannot be ruled out, so it is a review, not a violation.
    violations: [],
    reviews: ['basis-article-range/after-registry'],
  },
  'varied-onthespot-urban.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    simple: true,
    number: '历综执当罚〔2025〕第0088号',
    party: {
      name: '陈某某',
      kind: 'person',
      idNumber: '370102197808080000',
      address: '济南市历下区示例街道幸福里7号',
    },
    citations: [
      [URBAN, 14, undefined, undefined, 'violated'],
      [URBAN, 34, undefined, 4, 'penalty'],
    ],
    fineTotal: 50,
    fines: [50],
    decisionDate: '2025-07-03',
    authority: '济南市历下区综合行政执法局',
    review: { days: 60 },
    suit: { months: 6 },
    violations: [],
    reviews: [],
  },
  'varied-onthespot-market.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    simple: true,
    number: '济天市监简罚〔2025〕6号',
    party: {
      name: '济南市天桥区示例便利店',
      kind: 'other-org',
      idNumber: '92370105MA3VWX0000',
      address: '济南市天桥区示例路23号',
    },
    citations: [
      ['中华人民共和国市场主体登记管理条例', 36, undefined, undefined, 'violated'],
      ['中华人民共和国市场主体登记管理条例', 48, 1, undefined, 'penalty'],
    ],
    fineTotal: undefined,
    fines: [],
    decisionDate: '2025-08-12',
    authority: '济南市天桥区市场监督管理局',
    review: { days: 60 },
    suit: { months: 6 },
    violations: [],
    reviews: [],
  },
  'varied-notice-person.txt': {
    kind: 'fragment',
    type: 'prior-notice',
    number: '济中卫罚告〔2025〕15号',
    party: { name: '韩某某', kind: 'person' },
    citations: [
      ['公共场所卫生管理条例', 8, undefined, undefined, 'violated'],
      ['公共场所卫生管理条例', 14, 1, 4, 'penalty'],
      [PENALTY_LAW, 44, undefined, undefined, 'procedure'],
      [PENALTY_LAW, 45, undefined, undefined, 'procedure'],
    ],
    fineTotal: 2000,
    fines: [2000],
    decisionDate: '2025-07-02',
    authority: '济南市市中区卫生健康局',
    violations: [],
    reviews: [],
  },
  'varied-notice-hearing.txt': {
    kind: 'fragment',
    type: 'prior-notice',
    number: '济环罚告字〔2025〕第41号',
    party: { name: '济南示例印染有限公司', kind: 'legal-person', idNumber: '91370100MA3YZA0000' },
    citations: [
      ['中华人民共和国水污染防治法', 39, undefined, undefined, 'violated'],
      ['中华人民共和国水污染防治法', 83, undefined, 3, 'penalty'],
      [PENALTY_LAW, 44, undefined, undefined, 'procedure'],
      [PENALTY_LAW, 45, undefined, undefined, 'procedure'],
      [PENALTY_LAW, 63, undefined, undefined, 'procedure'],
      [PENALTY_LAW, 64, undefined, undefined, 'procedure'],
    ],
    fineTotal: 500_000,
    fines: [500_000],
    decisionDate: '2025-06-05',
    authority: '济南市生态环境局',
    violations: [],
    reviews: [],
  },
};

describe.each(Object.entries(CASES))('%s', (file, expected) => {
  const text = read(file);
  const report = runDecision(text, { today: TODAY });
  const doc = report.document;

  it('is read as the right kind of document, with its number, party and authority', () => {
    expect(doc.kind).toBe(expected.kind);
    expect(doc.type).toBe(expected.type);
    expect(doc.number?.text).toBe(expected.number);
    expect(doc.party).toMatchObject(expected.party);
    expect(doc.authority?.name).toBe(expected.authority);
    expect(doc.decisionDate).toBe(expected.decisionDate);
    expect(doc.partialCase.procedure === 'simple').toBe(expected.simple ?? false);
  });

  it('finds the citations of laws and regulations', () => {
    const cites = doc.citations
      .filter((citation) => citation.kind === 'law')
      .map((citation) => [
        citation.registryTitle ?? citation.law,
        citation.article,
        citation.paragraph,
        citation.item,
        citation.role,
      ]);
    expect(cites).toEqual(expected.citations);
  });

  it('reads the amounts, payment terms and remedy periods', () => {
    if ('fineTotal' in expected) expect(doc.fineTotal).toBe(expected.fineTotal);
    if (expected.fines) {
      expect(doc.penalties.filter((p) => p.kind === 'fine').map((p) => p.amount)).toEqual(expected.fines);
    }
    if (expected.review) expect(doc.remedy?.review).toMatchObject(expected.review);
    if (expected.suit) expect(doc.remedy?.suit).toMatchObject(expected.suit);
    if (expected.performanceDays) expect(doc.performance?.days).toBe(expected.performanceDays);
    if (expected.performanceDue) expect(doc.performance?.dueDate).toBe(expected.performanceDue);
    if (expected.evidenceItems) expect(doc.evidence).toHaveLength(expected.evidenceItems);
  });

  if (expected.kind === 'decision' && !expected.simple) {
    it('finds every Art. 59 element the text has', () => {
      const missing = ELEMENTS.filter((name) => !doc.elements[name]);
      expect(missing).toEqual(expected.missing ?? []);
    });
  }

  it('reports exactly the planted defects (none in a clean document)', () => {
    const detail = JSON.stringify(
      report.findings.map((finding) => `${finding.status} ${finding.ruleId}/${finding.messageId}: ${finding.message}`),
      null,
      1,
    );
    expect(statusIds(report, 'violation'), detail).toEqual(expected.violations);
    expect(statusIds(report, 'review'), detail).toEqual(expected.reviews);
  });
});

describe('what the planted defects say', () => {
  const find = (file: string, messageId: string) =>
    runDecision(read(file), { today: TODAY }).findings.find((finding) => finding.messageId === messageId);

  it('names the amount in capitals and the figures that disagree', () => {
    const finding = find('varied-culture.txt', 'figures-mismatch');
    expect(finding?.message).toContain('30000');
    expect(finding?.message).toContain('35000');
    const text = read('varied-culture.txt');
    expect(finding!.spans.map((span) => text.slice(span.start, span.end))).toEqual(['人民币叁万元整（¥35,000.00）']);
  });

  it('points at the article past the end of the regulation', () => {
    const text = read('varied-natural-resources.txt');
    const finding = find('varied-natural-resources.txt', 'after-registry');
    expect(finding?.status).toBe('review');
    expect(finding?.message).toContain('67');
    expect(finding!.spans.map((span) => text.slice(span.start, span.end))).toEqual([
      '《中华人民共和国土地管理法实施条例》第七十八条',
    ]);
  });

  it('quotes the short review period', () => {
    expect(find('varied-transport.txt', 'review-short')?.message).toContain('三十日');
  });

  it('keeps page footers out of the facts', () => {
    const doc = runDecision(read('varied-environment.txt'), { today: TODAY }).document;
    expect(doc.facts?.text).not.toMatch(/第\d+页/);
    expect(doc.facts?.text).toContain('直接排放至外环境');
  });
});
