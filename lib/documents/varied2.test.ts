import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statusIds } from '../../test/helpers/document-findings';
import { ensureLawIndex } from '../laws';
import { runDecision } from './check';
import { ELEMENTS, type DocParty, type ParsedDocument } from './types';

/*
 * Second round of invented decisions (fixtures/varied2-*.txt), in layouts that break parsers: PDF
 * copies with page headers and footers inside sentences, wrapped evidence items, two parties, a
 * 不予行政处罚决定书, 没收 + a fine computed from the value of goods, Arabic and full-width periods,
 * amounts in words with ￥ figures, and a 行政强制 (扣押) decision. The expectations were written
 * from the text by hand before the parser was run on it.
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
  fineTotal: number | undefined;
  fines: number[];
  decisionDate: string;
  authority: string;
  review: { days?: number; months?: number };
  suit: { days?: number; months?: number };
  performanceDays?: number;
  /** Elements not expected (all others expected) — for decisions only. */
  missing?: string[];
  evidence?: string[];
  violations: string[];
  reviews: string[];
}

const PENALTY_LAW = '中华人民共和国行政处罚法';
const URBAN = '城市市容和环境卫生管理条例';
const PRODUCT = '中华人民共和国产品质量法';
const TAX = '中华人民共和国税收征收管理法';
const SIXTY_DAYS = { days: 60 };
const SIX_MONTHS = { months: 6 };

const CASES: Record<string, Expected> = {
  'varied2-pdf-product.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济历市监处罚〔2025〕208号',
    party: {
      name: '济南示例小家电经营部',
      kind: 'other-org',
      idNumber: '92370112MA3QWE0000',
      address: '山东省济南市历城区示例路188号',
    },
    citations: [
      [PRODUCT, 13, 2, undefined, 'violated'],
      [PRODUCT, 49, undefined, undefined, 'penalty'],
    ],
    fineTotal: 8000,
    fines: [8000],
    decisionDate: '2025-06-20',
    authority: '济南市历城区市场监督管理局',
    review: SIXTY_DAYS,
    suit: SIX_MONTHS,
    performanceDays: 15,
    evidence: [
      '现场检查笔录及现场照片',
      // The parser drops a leading 当事人的 from the titles.
      '营业执照复印件、经营者身份证复印件及对冯某某的询问笔录',
      '产品检验报告（报告编号：SD2025-0456）',
      '进货单据和销售记录',
    ],
    violations: [],
    reviews: [],
  },
  'varied2-joint-urban.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '槐综执罚决字〔2025〕第0317号',
    party: {
      name: '王某某',
      kind: 'person',
      idNumber: '370104197904120000',
      address: '山东省济南市槐荫区示例街道示例小区6号楼1单元301室',
    },
    citations: [
      [URBAN, 14, undefined, undefined, 'violated'],
      [URBAN, 36, undefined, 2, 'penalty'],
    ],
    fineTotal: 2000,
    fines: [1000, 1000],
    decisionDate: '2025-08-05',
    authority: '济南市槐荫区综合行政执法局',
    review: SIXTY_DAYS,
    suit: SIX_MONTHS,
    performanceDays: 15,
    violations: [],
    reviews: [],
  },
  'varied2-no-penalty.txt': {
    kind: 'decision',
    type: 'no-penalty-decision',
    number: '济中市监不罚〔2025〕14号',
    party: {
      name: '济南示例烘焙坊',
      kind: 'other-org',
      idNumber: '92370103MA3RTY0000',
      address: '山东省济南市市中区示例路26号',
    },
    citations: [
      ['中华人民共和国市场主体登记管理条例', 36, undefined, undefined, 'violated'],
      [PENALTY_LAW, 33, 1, undefined, 'penalty'],
    ],
    fineTotal: undefined,
    fines: [],
    decisionDate: '2025-08-18',
    authority: '济南市市中区市场监督管理局',
    review: SIXTY_DAYS,
    suit: SIX_MONTHS,
    // Nothing to pay, so no payment terms.
    missing: ['performance'],
    violations: [],
    reviews: [],
  },
  'varied2-amounts-tax.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济天税罚〔2025〕77号',
    party: { name: '济南示例建材贸易有限公司', kind: 'legal-person', idNumber: '91370105MA3UIO0000' },
    citations: [
      [TAX, 60, 1, 1, 'penalty'],
      [TAX, 62, undefined, undefined, 'penalty'],
      [PENALTY_LAW, 72, 1, 1, 'procedure'],
    ],
    fineTotal: 6000,
    fines: [3000, 3000],
    decisionDate: '2025-06-23',
    authority: '国家税务总局济南市天桥区税务局',
    review: SIXTY_DAYS,
    suit: SIX_MONTHS,
    performanceDays: 15,
    evidence: ['税务登记变更资料', '纳税申报记录', '《责令限期改正通知书》及送达回证', '询问笔录'],
    violations: [],
    // The addressee line gives no address: a true question for the officer.
    reviews: ['doc-decision-contents/address'],
  },
  'varied2-seizure.txt': {
    kind: 'fragment',
    type: 'other',
    number: '济长市监强〔2025〕9号',
    party: {
      name: '济南示例食品商行',
      kind: 'other-org',
      idNumber: '92370113MA3PAS0000',
      address: '山东省济南市长清区示例街道示例路9号',
    },
    citations: [
      ['中华人民共和国食品安全法', 110, undefined, 4, 'penalty'],
      ['中华人民共和国行政强制法', 9, undefined, 2, 'penalty'],
    ],
    fineTotal: undefined,
    fines: [],
    decisionDate: '2025-09-02',
    authority: '济南市长清区市场监督管理局',
    review: SIXTY_DAYS,
    suit: SIX_MONTHS,
    violations: [],
    reviews: [],
  },
  'varied2-police-header.txt': {
    kind: 'decision',
    type: 'penalty-decision',
    number: '济公天（治）行罚决字〔2025〕2468号',
    party: {
      name: '宋某某',
      kind: 'person',
      idNumber: '370105199511030000',
      address: '山东省济南市天桥区示例街道示例里12号',
    },
    citations: [['中华人民共和国治安管理处罚法', 49, undefined, undefined, 'penalty']],
    fineTotal: 500,
    fines: [500],
    decisionDate: '2025-08-20',
    authority: '济南市公安局天桥区分局',
    review: SIXTY_DAYS,
    suit: SIX_MONTHS,
    performanceDays: 15,
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
    expect(doc.fineTotal).toBe(expected.fineTotal);
    expect(doc.penalties.filter((p) => p.kind === 'fine').map((p) => p.amount)).toEqual(expected.fines);
    expect(doc.remedy?.review).toMatchObject(expected.review);
    expect(doc.remedy?.suit).toMatchObject(expected.suit);
    expect(doc.performance?.days).toBe(expected.performanceDays);
    if (expected.evidence) expect(doc.evidence.map((item) => item.title)).toEqual(expected.evidence);
  });

  if (expected.kind === 'decision') {
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

describe('details of the second-round documents', () => {
  const parse = (file: string) => runDecision(read(file), { today: TODAY }).document;

  it('keeps repeated page headers and footers out of sentences broken across pages', () => {
    const police = parse('varied2-police-header.txt');
    expect(police.facts?.text).toContain('所盗物品已发还超市');
    expect(police.facts?.text).not.toMatch(/第\d+页|天桥区分局/);
    const product = parse('varied2-pdf-product.txt');
    expect(product.facts?.text).not.toMatch(/第\d+页/);
  });

  it('reads the confiscations and the fine computed from the value of the goods', () => {
    const doc = parse('varied2-pdf-product.txt');
    expect(doc.penalties.map((p) => [p.kind, p.amount])).toEqual([
      ['confiscate-property', undefined],
      ['confiscate-gains', 640],
      ['fine', 8000],
    ]);
    expect(doc.percentFines.map((fine) => [fine.base, fine.rate, fine.amount])).toEqual([[4000, 2, 8000]]);
  });

  it('reads both ways of writing 3000 yuan and the stated total', () => {
    const doc = parse('varied2-amounts-tax.txt');
    expect(doc.amountPairs.map((pair) => [pair.words, pair.figures])).toEqual([
      [3000, 3000],
      [6000, 6000],
    ]);
  });

  it('reads the detention beside the fine', () => {
    expect(parse('varied2-police-header.txt').penalties.map((p) => p.kind)).toEqual(['detention', 'fine']);
  });

  it('asks for no fine, payment terms or penalty contents in a 不予行政处罚决定书 or a seizure', () => {
    for (const file of ['varied2-no-penalty.txt', 'varied2-seizure.txt']) {
      const ids = runDecision(read(file), { today: TODAY }).findings.map((f) => `${f.ruleId}/${f.messageId}`);
      expect(
        ids.filter((id) => /contents|notice-recital|surcharge|amounts/.test(id)),
        file,
      ).toEqual([]);
    }
  });
});
