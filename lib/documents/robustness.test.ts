import { describe, expect, it } from 'vitest';
import { ensureLawIndex } from '../laws';
import { runDecision } from './check';
import { parseDocument } from './parse';

/* One test per parsing mechanism made more general for wordings the first fixtures did not have. */

await ensureLawIndex();

const ids = (text: string, status: 'violation' | 'review') =>
  runDecision(text, { today: '2025-12-31' })
    .findings.filter((finding) => finding.status === status)
    .map((finding) => `${finding.ruleId}/${finding.messageId}`);

describe('document number', () => {
  it('keeps bracketed parts of the prefix', () => {
    expect(parseDocument('示例市应急管理局\n行政处罚决定书\n（示）应急罚〔2025〕27号\n').number?.text).toBe(
      '（示）应急罚〔2025〕27号',
    );
    expect(parseDocument('公安行政处罚决定书\n示公（治）行罚决字〔2025〕88号\n').number).toMatchObject({
      text: '示公（治）行罚决字〔2025〕88号',
      year: 2025,
      serial: 88,
    });
  });

  it('reads a number without prefix only at the start of a line', () => {
    expect(parseDocument('行政处罚决定书\n(2025)第12号\n').number).toMatchObject({ text: '(2025)第12号', serial: 12 });
    expect(parseDocument('行政处罚决定书\n见前述文件，(2025)第12号文件中…\n').number).toBeUndefined();
  });
});

describe('party', () => {
  it('reads 违法行为人 as the party label', () => {
    const party = parseDocument('决定书\n违法行为人：王某某，男，公民身份号码：370102199001010000。\n经查，…').party;
    expect(party).toMatchObject({ name: '王某某', kind: 'person', idNumber: '370102199001010000' });
  });

  it('reads a party named in a sentence, by the identity fields after the name', () => {
    const party = parseDocument(
      '行政处罚决定书\n当事人赵某某，女，1980年1月出生，身份证号码：370102198001010000，住址：示例市示例路1号，联系电话：13000000000。\n经查，…',
    ).party;
    expect(party).toMatchObject({ name: '赵某某', idNumber: '370102198001010000', address: '示例市示例路1号' });
    // A sentence that merely begins with 当事人 is not a party block.
    expect(parseDocument('行政处罚决定书\n当事人销售过期食品一案，本局于2025年3月2日立案。\n').party).toBeUndefined();
  });

  it('reads a party from a table row copied from Word (label cell, then value cell)', () => {
    const party = parseDocument(
      '行政处罚决定书\n当事人 示例餐饮管理有限公司 统一社会信用代码 91370100MA3C000000\n住所 示例市示例路8号\n经查，…',
    ).party;
    expect(party).toMatchObject({ name: '示例餐饮管理有限公司' });
    // A sentence that begins with 当事人 and a space is still no party block when no name follows the gap.
    expect(parseDocument('行政处罚决定书\n当事人 对本案事实无异议。\n').party?.name).not.toBe('对本案事实无异议');
  });

  it('drops a field label glued to the name when column gaps are lost', () => {
    const party = parseDocument(
      '当场行政处罚决定书\n当事人：孙某某      性别：男    身份证号码：370102198001010000\n',
    ).party;
    expect(party?.name).toBe('孙某某');
  });

  it('ends the address at the next labelled field and keeps brackets whole', () => {
    const sentence = parseDocument('决定书\n当事人：钱某某，现住址：示例市示例花园5号楼202室，工作单位：无。\n').party;
    expect(sentence?.address).toBe('示例市示例花园5号楼202室');
    const bracket = parseDocument('决定书\n当事人：示例娱乐有限公司\n经营场所：示例市示例路8号（示例KTV）\n').party;
    expect(bracket?.address).toBe('示例市示例路8号（示例KTV）');
  });
});

describe('facts and evidence', () => {
  it('starts the facts at 本机关查明 / 查明你公司', () => {
    const doc = parseDocument(
      '决定书\n本机关于2025年3月12日检查，本机关查明你公司实施了以下违法行为：偷排废水至外环境。\n',
    );
    expect(doc.facts?.text).toMatch(/^本机关查明你公司/);
  });

  it('ends a numbered evidence list at the first paragraph that is not an item', () => {
    const doc = parseDocument(
      '决定书\n经查，当事人销售不合格产品。\n证据如下：\n1.现场检查笔录；\n（2）询问笔录；\n3.2025年度检验报告。\n本局认为，当事人的上述行为违反了规定。\n本局决定：罚款1000元。\n',
    );
    expect(doc.evidence.map((item) => item.title)).toEqual(['现场检查笔录', '询问笔录', '2025年度检验报告']);
    const inline = parseDocument(
      '决定书\n经查，当事人销售不合格产品。\n上述事实，有以下证据证明：1.询问笔录；2.银行流水。\n你公司上述行为已构成偷税。\n本局决定：罚款1000元。\n',
    );
    expect(inline.evidence.map((item) => item.title)).toEqual(['询问笔录', '银行流水']);
  });
});

describe('prior notice', () => {
  it('does not take 违法行为人陈述和申辩 in a list of evidence for the notice', () => {
    const evidence = '以上事实有违法行为人陈述和申辩、证人证言等证据证实。\n';
    expect(parseDocument(`决定书\n经查，某某打人。\n${evidence}`).priorNotice.recited).toBe(false);
    const recital = `${evidence}本局已告知其陈述、申辩的权利，其未提出陈述、申辩。\n`;
    expect(parseDocument(`决定书\n经查，某某打人。\n${recital}`).priorNotice.recited).toBe(true);
  });
});

describe('fines', () => {
  it('does not take a rate per unit for a fine', () => {
    const doc = parseDocument(
      '本局决定：处非法占用土地每平方米罚款200元，共计罚款人民币贰拾肆万元整（¥240,000.00）。\n',
    );
    expect(doc.penalties.filter((p) => p.kind === 'fine').map((p) => p.amount)).toEqual([240_000]);
    expect(doc.fineTotal).toBe(240_000);
  });

  it('reads a fine whose figures stand in brackets before 的罚款, and 罚款金额为', () => {
    expect(parseDocument('本局决定：处人民币伍万元整（¥50,000.00）的罚款。').fineTotal).toBe(50_000);
    expect(parseDocument('本局决定：罚款金额为人民币3000元。').fineTotal).toBe(3000);
  });

  it('reads amounts written in words and in figures, either way round', () => {
    const doc = parseDocument(
      '决定：1.没收违法所得人民币叁仟贰佰元整（¥3,200.00）；2.罚款50,000.00元（大写：伍万元整）；3.罚款人民币叁万元整（35000元）。',
    );
    expect(doc.amountPairs.map((pair) => [pair.words, pair.figures])).toEqual([
      [3200, 3200],
      [50_000, 50_000],
      [30_000, 35_000],
    ]);
  });
});

describe('amounts in words and figures', () => {
  const decision = (fine: string) =>
    `示例市文化市场综合执法支队\n行政处罚决定书\n示文执罚〔2025〕1号\n当事人：示例娱乐有限公司\n统一社会信用代码：91370100MA3PQR0000\n住所：示例市示例路8号\n经查，当事人于2025年5月16日晚允许未成年人进入其经营的歌舞娱乐场所消费。以上事实有现场检查笔录等证据为证。本机关已告知其陈述、申辩和要求听证的权利。\n根据《娱乐场所管理条例》第四十八条第一款的规定，本机关决定：罚款${fine}。\n当事人应自收到本决定书之日起十五日内缴纳罚款。\n如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。\n示例市文化市场综合执法支队\n2025年6月20日\n`;

  it('reports words and figures that disagree, and only those', () => {
    expect(ids(decision('人民币叁万元整（¥35,000.00）'), 'violation')).toEqual(['doc-amounts/figures-mismatch']);
    expect(ids(decision('人民币叁万元整（¥30,000.00）'), 'violation')).toEqual([]);
    expect(ids(decision('30,000.00元（大写：叁万元整）'), 'violation')).toEqual([]);
  });
});

describe('penalty basis in a form field', () => {
  it('keeps 处罚依据：依据《…》 as the penalty basis even before the decision words', () => {
    const doc = parseDocument(
      '行政处罚决定书（简易程序）\n处罚依据：当事人违反了《中华人民共和国市场主体登记管理条例》第三十六条的规定，依据《中华人民共和国市场主体登记管理条例》第四十八条第一款的规定。\n处罚内容：给予警告。\n',
    );
    expect(doc.citations.map((c) => [c.article, c.role])).toEqual([
      [36, 'violated'],
      [48, 'penalty'],
    ]);
  });

  it('still treats a 根据 in the facts as reasoning, not the penalty basis', () => {
    const doc = parseDocument(
      '经查，根据《中华人民共和国税收征收管理法》第三十二条的规定，你公司应补缴增值税1000元。\n处罚决定如下：\n依据《中华人民共和国税收征收管理法》第六十三条第一款的规定，处以罚款1000元。',
    );
    expect(doc.citations.map((c) => c.role)).toEqual(['other', 'penalty']);
  });
});

describe('remedy and surcharge', () => {
  it('joins a suit route written as the next paragraph (也可以…)', () => {
    const doc = parseDocument(
      '如不服本决定，可以在收到本决定书之日起六十日内向示例市人民政府申请行政复议。\n也可以在六个月内直接向示例区人民法院提起行政诉讼。\n',
    );
    expect(doc.remedy).toMatchObject({ review: { days: 60 }, suit: { months: 6, court: '示例区人民法院' } });
    // A new paragraph about something else is not joined.
    const other = parseDocument('可以在六十日内申请行政复议。\n申请行政复议或者提起行政诉讼的，不停止执行。\n');
    expect(other.remedy?.suit).toBeUndefined();
  });

  it('accepts the fine itself as the surcharge cap in its usual wordings', () => {
    for (const cap of ['不得超出原罚款数额', '不得超出罚款数额本身', '不超过罚款本数', '不超过应缴罚款金额']) {
      const doc = parseDocument(`逾期不缴纳的，每日按罚款数额的百分之三加处罚款，加处罚款的数额${cap}。`);
      expect(doc.surcharge?.capIsFine, cap).toBe(true);
    }
    const doc = parseDocument('逾期不缴纳的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超过罚款数额的两倍。');
    expect(doc.surcharge?.capIsFine).toBe(false);
  });
});

describe('page headers and breaks (second round)', () => {
  it('drops the letterhead repeated at the top of a page or inside a broken sentence, and keeps the signature', () => {
    const text =
      '示例市公安局示例分局\n行政处罚决定书\n示公（治）行罚决字〔2025〕1号\n违法行为人：某某某，男。\n现查明：某某某于2025年8月1日在示例超市内盗窃洗发水3瓶，所盗物品已\n第 1 页 共 2 页\n示例市公安局示例分局\n发还超市。\n以上事实有证人证言等证据证实。\n如不服本决定，可以在收到本决定书之日起六十日内申请行政复议。\n\n示例市公安局示例分局\n2025年8月2日\n';
    const doc = parseDocument(text);
    expect(doc.facts?.text).toContain('所盗物品已发还超市');
    expect(doc.facts?.text).not.toContain('分局');
    expect(doc.authority?.name).toBe('示例市公安局示例分局');
    // Without a footer: a header inside a sentence goes, the signature after a finished sentence stays.
    const noFooter = parseDocument(
      '示例市示例局\n行政处罚决定书\n经查，当事人于2025年3月1日起在示例路示例号未经许可擅自经营，至检查之日已连续\n示例市示例局\n经营三十日。\n示例市示例局\n二〇二五年四月二日\n',
    );
    expect(noFooter.facts?.text).toContain('已连续经营三十日');
    expect(noFooter.authority?.name).toBe('示例市示例局');
  });

  it('joins a line broken by a page footer even when it is short, but not an evidence item', () => {
    const doc = parseDocument('决定书\n经查，当事人销售过期食品，货值\n\n第 1 页 共 2 页\n\n金额300元。\n');
    expect(doc.facts?.text).toContain('货值金额300元');
    const items = parseDocument(
      '决定书\n经查，当事人销售过期食品。\n证据如下：\n1.询问笔录\n\n第 1 页 共 2 页\n\n2.现场照片\n',
    );
    expect(items.evidence.map((item) => item.title)).toEqual(['询问笔录', '现场照片']);
  });
});

describe('parties (second round)', () => {
  it('reads the first of numbered parties (当事人一：…)', () => {
    const party = parseDocument(
      '行政处罚决定书\n当事人一：王某某，男，公民身份号码：370104197904120000，住址：示例市示例小区6号。\n当事人二：刘某某，男，公民身份号码：370104198309250000，住址：示例市示例小区8号。\n经查，…',
    ).party;
    expect(party).toMatchObject({ name: '王某某', idNumber: '370104197904120000', address: '示例市示例小区6号' });
  });

  it('reads an address written without a colon (，现住址山东省…) up to the next field', () => {
    const party = parseDocument(
      '决定书\n违法行为人：宋某某，男，公民身份号码370105199511030000，现住址山东省示例市示例里12号，工作单位无。\n现查明：…',
    ).party;
    expect(party).toMatchObject({ idNumber: '370105199511030000', address: '山东省示例市示例里12号' });
  });
});

describe('document type (second round)', () => {
  it('does not take a 行政强制 decision for a penalty decision', () => {
    for (const title of ['实施行政强制措施决定书', '查封（扣押）决定书', '查封扣押决定书']) {
      const text = `示例市市场监督管理局\n${title}\n示市监强〔2025〕9号\n当事人：示例食品商行\n依据《中华人民共和国行政强制法》第九条第（二）项的规定，本局决定对上述物品予以扣押。\n如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，也可以在六个月内提起行政诉讼。\n示例市市场监督管理局\n2025年9月2日\n`;
      const doc = parseDocument(text);
      expect(doc.type, title).toBe('other');
      expect(ids(text, 'violation'), title).toEqual([]);
    }
  });

  it('does not cut the facts at a 处罚决定如下 in the sentence that announces them', () => {
    const doc = parseDocument(
      '税务行政处罚决定书\n你公司存在违法事实及处罚决定如下：\n一、违法事实\n你公司2025年1月至3月未按照规定的期限办理纳税申报。\n上述事实，有以下证据证明：1.纳税申报记录。\n根据《中华人民共和国税收征收管理法》第六十二条的规定，罚款1000元。\n',
    );
    expect(doc.facts?.text).toContain('未按照规定的期限办理纳税申报');
  });
});

describe('fines (second round)', () => {
  it('reads a fine computed from the value of goods with the rate before the word 罚款', () => {
    const doc = parseDocument('本局决定：按货值金额4000元的二倍处罚款，计人民币捌仟元整（¥8,000.00）。');
    expect(doc.fineTotal).toBe(8000);
    expect(doc.percentFines.map((fine) => [fine.base, fine.rate, fine.amount])).toEqual([[4000, 2, 8000]]);
    expect(ids('决定书\n本局决定：按货值金额4000元的二倍处罚款，计人民币柒仟元整。\n', 'violation')).toContain(
      'doc-amounts/percent-mismatch',
    );
  });

  it('does not count 合计罚款 as one more fine, but takes 共计罚款 alone as the fine', () => {
    const doc = parseDocument(
      '处罚决定如下：\n对你公司甲行为，罚款人民币叁仟元整（￥3000元）；对你公司乙行为，罚款3,000.00元。\n合计罚款人民币陆仟元整（￥6000元）。\n',
    );
    expect(doc.penalties.filter((p) => p.kind === 'fine').map((p) => p.amount)).toEqual([3000, 3000]);
    expect(doc.fineTotal).toBe(6000);
    expect(parseDocument('本局决定：共计罚款人民币伍仟元。').fineTotal).toBe(5000);
  });

  it('adds equal fines imposed on different parties, but not the same fine named twice', () => {
    const joint = parseDocument(
      '本局决定：\n一、对当事人王某某处罚款人民币壹仟元；\n二、对当事人刘某某处罚款人民币壹仟元。\n当事人应于十五日内缴纳。\n',
    );
    expect(joint.fineTotal).toBe(2000);
    const repeated = parseDocument('本局决定：处罚款5000元。\n上述罚款5000元应于十五日内缴纳。\n');
    expect(repeated.fineTotal).toBe(5000);
  });

  it('starts the decision part at 决定对某某处…, and reads a detention named again in its execution once', () => {
    const doc = parseDocument(
      '现查明：某某盗窃。\n根据《中华人民共和国治安管理处罚法》第四十九条之规定，现决定对违法行为人宋某某处行政拘留五日，并处罚款五百元。\n执行方式和期限：行政拘留送示例市拘留所执行。\n',
    );
    expect(doc.penalties.map((p) => p.kind)).toEqual(['detention', 'fine']);
  });
});
