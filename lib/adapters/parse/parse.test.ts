import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../text/numerals';
import { findAmounts, parseAmount } from './amounts';
import { findArticleRefs, parseArticleRef } from './articles';
import { findDates, parseDate } from './dates';
import {
  parseActionType,
  parseBoolean,
  parseDiscretionLevel,
  parseEventKind,
  parseOutcome,
  parseProcedure,
  parseSource,
  parseStatus,
} from './enums';
import { inferEvidenceKind, splitEvidenceTitles } from './evidence';
import { parseCertificateNumbers, parseOfficerList, parseOfficers, splitNames } from './names';
import { parseChineseNumeral, parseInteger } from './numerals';
import {
  idNumberType,
  inferEnterprise,
  inferOrganisationKind,
  inferPartyKind,
  parseIdNumber,
  parsePartyType,
} from './party';
import { parseSanctions } from './sanctions';
import { cleanText, hashText, isEmptyValue, toHalfWidth, trimValue } from './text';

// The numeral table itself lives in lib/text/numerals.test.ts.
describe('parseChineseNumeral', () => {
  it('reads with the default options of lib/text/numerals', () => {
    for (const text of ['一百二', '一亿二千万', '1.5万', '１２', '百', '万', '幺二']) {
      expect(parseChineseNumeral(text)).toBe(parseNumeral(text));
    }
  });

  it('parseInteger refuses fractions', () => {
    expect(parseInteger('1.5')).toBeUndefined();
    expect(parseInteger('十二')).toBe(12);
  });
});

describe('parseDate', () => {
  it.each([
    ['2025年4月21日', '2025-04-21'],
    ['2025-04-21', '2025-04-21'],
    ['2025/4/21', '2025-04-21'],
    ['2025.04.21', '2025-04-21'],
    ['２０２５年４月２１日', '2025-04-21'],
    ['2025.04.21 10时30分', '2025-04-21T10:30'],
    ['2025年4月21日 10:30', '2025-04-21T10:30'],
    ['2025-04-21 10:30:45', '2025-04-21T10:30'],
    ['2025-04-21T08:05', '2025-04-21T08:05'],
    ['2025年4月21日10时', '2025-04-21T10:00'],
    ['2025年4月21日下午3时', '2025-04-21T15:00'],
    ['2025年4月21日 下午3:20', '2025-04-21T15:20'],
    ['2025年4月21日晚上9时20分', '2025-04-21T21:20'],
    ['2025年4月21日 上午12时', '2025-04-21'],
    ['2025年4月21日 中午12时', '2025-04-21T12:00'],
    ['2025-04-21 00:00:00', '2025-04-21'],
    ['二〇二五年四月二十一日', '2025-04-21'],
    ['二Ｏ二六年五月二十五日', '2026-05-25'],
    ['二〇二五年四月二十一日上午十时三十分', '2025-04-21T10:30'],
    ['二〇二五年十二月三十一日', '2025-12-31'],
    ['于2025年3月5日作出', '2025-03-05'],
    ['2025年6月26日至2026年4月2日', '2025-06-26'],
    ['（2025年4月21日）', '2025-04-21'],
  ])('%s → %s', (text, value) => {
    expect(parseDate(text)).toBe(value);
  });

  it.each(['2025年4月', '2025-02-30', '2025年13月1日', '第2025号', '20250421', '', '待送达', '1900-01-01'])(
    'no date in %j',
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );

  it('finds every date with its position', () => {
    const text = '本局于2025年1月10日立案，2025年2月20日送达告知书，二〇二五年三月五日作出决定';
    expect(findDates(text).map((d) => [d.value, text.slice(d.index, d.index + d.length)])).toEqual([
      ['2025-01-10', '2025年1月10日'],
      ['2025-02-20', '2025年2月20日'],
      ['2025-03-05', '二〇二五年三月五日'],
    ]);
  });
});

describe('parseAmount', () => {
  it.each([
    ['伍万元整（¥50,000.00）', 50000],
    ['50000元', 50000],
    ['5万元', 50000],
    ['￥1,234.50', 1234.5],
    ['¥1,234.50', 1234.5],
    ['人民币壹仟贰佰元整', 1200],
    ['罚款二万元', 20000],
    ['壹仟贰佰叁拾肆元伍角', 1234.5],
    ['叁仟元', 3000],
    ['1.5万元', 15000],
    ['50000', 50000],
    ['50,000.00', 50000],
    ['0', 0],
    ['0元', 0],
    ['叁仟', 3000],
    ['RMB 800', 800],
  ])('%s → %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it('scales bare numbers for labels in 万元', () => {
    expect(parseAmount('2.5', 1e4)).toBe(25000);
    expect(parseAmount('2.5万元', 1e4)).toBe(25000);
  });

  it.each(['', '按货值金额五倍', '详见决定书', '第三条'])('no amount in %j', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it('finds money only where it is marked as money', () => {
    expect(findAmounts('货值金额4750元，违法所得95元，共12盒，2025年').map((a) => a.value)).toEqual([4750, 95]);
  });
});

describe('findArticleRefs', () => {
  it('reads a full citation with Chinese numerals', () => {
    expect(parseArticleRef('《中华人民共和国食品安全法》第一百二十四条第一款第（五）项')).toEqual({
      law: '中华人民共和国食品安全法',
      article: 124,
      paragraph: 1,
      item: 5,
      text: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
      index: 0,
    });
  });

  it('reads Arabic numerals and 之一', () => {
    expect(parseArticleRef('第34条第1款第10项', '食品安全法')).toMatchObject({
      law: '食品安全法',
      article: 34,
      paragraph: 1,
      item: 10,
    });
    expect(parseArticleRef('《中华人民共和国刑法》第三十四条之一')).toMatchObject({ article: 34, subArticle: 1 });
  });

  it('keeps the law through a list and across laws', () => {
    const refs = findArticleRefs(
      '违反了《浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定》第七条和《某某目录（试行）》第七条第一款第（二）项的规定',
    );
    expect(refs.map((r) => [r.law, r.article, r.paragraph, r.item])).toEqual([
      ['浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定', 7, undefined, undefined],
      ['某某目录（试行）', 7, 1, 2],
    ]);
    const list = findArticleRefs('《中华人民共和国食品安全法》第三十四条第（十）项、第一百二十四条第一款');
    expect(list.map((r) => [r.law, r.article, r.paragraph, r.item])).toEqual([
      ['中华人民共和国食品安全法', 34, undefined, 10],
      ['中华人民共和国食品安全法', 124, 1, undefined],
    ]);
  });

  it('splits item lists into one reference per item', () => {
    expect(findArticleRefs('《安全生产法》第九十七条第（一）、（三）项').map((r) => r.item)).toEqual([1, 3]);
  });

  it('reads law names written without 《》', () => {
    expect(findArticleRefs('依据食品安全法第一百二十四条').map((r) => [r.law, r.article])).toEqual([
      ['食品安全法', 124],
    ]);
    expect(findArticleRefs('违反了中华人民共和国食品安全法第三十四条的规定').map((r) => r.law)).toEqual([
      '中华人民共和国食品安全法',
    ]);
  });

  it('skips quoted article text and keeps laws cited without articles', () => {
    const refs = findArticleRefs(
      '根据《中华人民共和国税收征收管理法》第六十三条“纳税人伪造……第一条……”和《某公告》的规定',
    );
    expect(refs.map((r) => [r.law, r.article])).toEqual([
      ['中华人民共和国税收征收管理法', 63],
      ['某公告', undefined],
    ]);
  });

  it('leaves the law unknown for a bare article far from any law', () => {
    expect(findArticleRefs('第三十四条')[0]).toMatchObject({ article: 34 });
    expect(findArticleRefs('第三十四条')[0]!.law).toBeUndefined();
  });

  it('returns nothing for text without citations', () => {
    expect(findArticleRefs('当事人于2025年1月8日销售超过保质期的食品')).toEqual([]);
  });
});

describe('names', () => {
  it('splits on 、，, ；/ and spaces', () => {
    expect(splitNames('张三、李四，王五,赵六；钱七/孙八 周九')).toEqual([
      '张三',
      '李四',
      '王五',
      '赵六',
      '钱七',
      '孙八',
      '周九',
    ]);
    expect(splitNames('张三（签名）  李四等')).toEqual(['张三', '李四']);
    expect(splitNames('')).toEqual([]);
  });

  it('reads officers with credential numbers in several layouts', () => {
    const expected = [
      { name: '张三', certificateNo: '37010012345' },
      { name: '李四', certificateNo: '37010012346' },
    ];
    expect(parseOfficerList('张三（37010012345）、李四(37010012346)')).toEqual(expected);
    expect(parseOfficerList('张三 执法证号：37010012345 李四 执法证号：37010012346')).toEqual(expected);
    expect(parseOfficerList('张三37010012345，李四37010012346')).toEqual(expected);
    expect(parseOfficerList('张三、李四（执法证号：37010012345、37010012346）')).toEqual(expected);
    expect(parseOfficerList('张三、李四')).toEqual([{ name: '张三' }, { name: '李四' }]);
    // One number for two names, after both: it is not clear whose it is.
    expect(parseOfficers('张三、李四 37010012345')).toEqual({
      entries: [{ name: '张三' }, { name: '李四' }],
      unassigned: ['37010012345'],
    });
    expect(parseOfficerList('（签名）')).toEqual([]);
  });

  it('reads credential numbers', () => {
    expect(parseCertificateNumbers('37010021001、37010021002')).toEqual(['37010021001', '37010021002']);
    expect(parseCertificateNumbers('无')).toEqual([]);
  });
});

describe('party', () => {
  it.each([
    ['济南泉城鲜果超市有限公司', 'legal-person'],
    ['济南鲁峰化工有限公司章丘分公司', 'other-org'],
    ['历下区张记小吃店', 'other-org'],
    ['济南市天桥区某某蔬菜种植专业合作社', 'legal-person'],
    ['济南市历下区某某服务中心', 'other-org'],
    ['济南某某机械厂', 'other-org'],
    ['张三', 'person'],
    ['欧阳晓', 'person'],
  ] as const)('%s → %s', (name, kind) => {
    expect(inferPartyKind(name)).toBe(kind);
  });

  it('uses identity numbers when the name says nothing', () => {
    expect(inferPartyKind(undefined, '370102198805124517')).toBe('person');
    expect(inferPartyKind(undefined, '370102********4517')).toBe('person');
    expect(inferPartyKind(undefined, '91370102MA3CK7L21X')).toBe('legal-person');
    expect(inferPartyKind('某某', '92370102MA3U5WQ17E')).toBe('person');
    expect(idNumberType('91370102MA3CK7L21X')).toBe('uscc');
    expect(idNumberType('370102198805124517')).toBe('id-card');
    expect(idNumberType('12345')).toBeUndefined();
  });

  it('never calls an organisation label a person', () => {
    expect(inferOrganisationKind('某某')).toBe('other-org');
    expect(inferOrganisationKind('某某有限公司')).toBe('legal-person');
  });

  it('marks market entities only when shown', () => {
    expect(inferEnterprise('济南某某有限公司')).toBe(true);
    expect(inferEnterprise('张三')).toBeUndefined();
    expect(inferEnterprise(undefined, '92370102MA3U5WQ17E')).toBe(true);
  });

  it('reads 当事人类型 and identity numbers', () => {
    expect(parsePartyType('个人')).toBe('person');
    expect(parsePartyType('法人')).toBe('legal-person');
    expect(parsePartyType('其他组织')).toBe('other-org');
    expect(parsePartyType('不详')).toBeUndefined();
    expect(parseIdNumber(' 9137 0102 MA3C K7L2 1X ')).toBe('91370102MA3CK7L21X');
  });
});

describe('inferEvidenceKind', () => {
  it.each([
    ['现场检查笔录', 'inspection-record'],
    ['现场检查（勘察）笔录', 'inspection-record'],
    ['现场勘测笔录', 'inspection-record'],
    ['土地勘测定界图', 'documentary'],
    ['询问笔录', 'party-statement'],
    ['证人王某询问笔录', 'witness'],
    ['现场照片', 'audiovisual'],
    ['执法记录仪视频', 'audiovisual'],
    ['执法录像', 'audiovisual'],
    ['产品检测报告', 'expert-opinion'],
    ['司法鉴定意见书', 'expert-opinion'],
    ['营业执照复印件', 'documentary'],
    ['进货发票', 'documentary'],
    ['租赁合同', 'documentary'],
    ['电子数据提取笔录', 'electronic'],
    ['网店销售页面截图', 'electronic'],
    ['涉案实物', 'physical'],
    ['抽检样品', 'physical'],
    ['涉案酸奶照片及实物', 'physical'],
  ] as const)('%s → %s', (title, kind) => {
    expect(inferEvidenceKind(title)).toBe(kind);
  });

  it('prefers the type column', () => {
    expect(inferEvidenceKind('1号证据', '书证')).toBe('documentary');
    expect(inferEvidenceKind('现场检查笔录', '视听资料')).toBe('audiovisual');
    expect(inferEvidenceKind('1号证据')).toBeUndefined();
  });

  it('splits written evidence lists', () => {
    expect(splitEvidenceTitles('1.现场检查笔录；2.询问笔录（张某）；3.营业执照复印件.pdf')).toEqual([
      '现场检查笔录',
      '询问笔录（张某）',
      '营业执照复印件',
    ]);
    expect(splitEvidenceTitles('①现场照片②检测报告')).toEqual(['现场照片', '检测报告']);
    expect(splitEvidenceTitles('（1）货值1.5万元的清单\n（2）送货单')).toEqual(['货值1.5万元的清单', '送货单']);
  });
});

describe('parseSanctions', () => {
  it.each([
    ['警告', ['warning']],
    ['通报批评', ['circulate-criticism']],
    ['罚款', ['fine']],
    ['没收违法所得', ['confiscate-gains']],
    ['没收非法财物', ['confiscate-property']],
    ['暂扣许可证件', ['suspend-license']],
    ['降低资质等级', ['lower-qualification']],
    ['吊销营业执照', ['revoke-license']],
    ['限制开展生产经营活动', ['restrict-activity']],
    ['责令停产停业', ['order-suspension']],
    ['责令关闭', ['order-closure']],
    ['限制从业', ['restrict-employment']],
    ['行政拘留', ['detention']],
    ['警告、罚款', ['warning', 'fine']],
    ['没收违法所得和非法财物', ['confiscate-gains', 'confiscate-property']],
    ['1、没收菜籽油49桶；2、没收违法所得95元；3、罚款5000元', ['confiscate-property', 'confiscate-gains', 'fine']],
    ['责令改正，处罚款人民币壹万元整', ['fine']],
  ] as const)('%s', (text, kinds) => {
    expect(parseSanctions(text).kinds).toEqual(kinds);
  });

  it('does not read late-payment surcharges or payment wording as fines', () => {
    expect(parseSanctions('到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款').kinds).toEqual([]);
  });

  it('reads 不予处罚 as an outcome', () => {
    expect(parseSanctions('不予行政处罚')).toEqual({ kinds: [], outcome: 'no-penalty' });
  });
});

describe('enumerations', () => {
  it('procedure', () => {
    expect(parseProcedure('简易程序')).toBe('simple');
    expect(parseProcedure('普通程序')).toBe('general');
    expect(parseProcedure('快速办理')).toBe('fast');
    expect(parseProcedure('其他')).toBeUndefined();
  });

  it('action type', () => {
    expect(parseActionType('行政处罚')).toBe('penalty');
    expect(parseActionType('行政强制')).toBe('coercion');
    expect(parseActionType('行政许可')).toBe('license');
    expect(parseActionType('行政检查')).toBe('inspection');
    expect(parseActionType('行政征收')).toBe('levy');
    expect(parseActionType('行政裁决')).toBe('adjudication');
    expect(parseActionType('一般案件')).toBeUndefined();
  });

  it('status', () => {
    expect(parseStatus('已结案')).toBe('closed');
    expect(parseStatus('归档')).toBe('closed');
    expect(parseStatus('结案审批中')).toBe('open');
    expect(parseStatus('调查中')).toBe('open');
    expect(parseStatus('执行中')).toBe('open');
    expect(parseStatus('？')).toBeUndefined();
  });

  it('source', () => {
    expect(parseSource('投诉举报')).toBe('complaint');
    expect(parseSource('部门移送')).toBe('referral');
    expect(parseSource('上级交办')).toBe('transfer');
    expect(parseSource('监督检查')).toBe('inspection');
    expect(parseSource('主动报告')).toBe('self-report');
    expect(parseSource('其他途径')).toBe('other');
  });

  it('discretion level', () => {
    expect(parseDiscretionLevel('不予处罚')).toBe('exempt');
    expect(parseDiscretionLevel('从轻处罚')).toBe('lighter');
    expect(parseDiscretionLevel('减轻处罚')).toBe('mitigated');
    expect(parseDiscretionLevel('一般')).toBe('normal');
    expect(parseDiscretionLevel('从重')).toBe('heavier');
    expect(parseDiscretionLevel('见说明')).toBeUndefined();
  });

  it('yes/no', () => {
    expect(parseBoolean('是')).toBe(true);
    expect(parseBoolean('否')).toBe(false);
    expect(parseBoolean('√')).toBe(true);
    expect(parseBoolean('不详')).toBeUndefined();
  });

  it('outcome', () => {
    expect(parseOutcome('准予许可')).toBe('granted');
    expect(parseOutcome('不予许可')).toBe('refused');
    expect(parseOutcome('不予行政处罚')).toBe('no-penalty');
  });

  it('event kinds from document names', () => {
    expect(parseEventKind('立案审批表')).toBe('filing-approved');
    expect(parseEventKind('行政处罚事先告知书')).toBe('notice-of-intent');
    expect(parseEventKind('陈述、申辩（听证）权利告知书')).toBe('notice-of-intent');
    expect(parseEventKind('听证告知书')).toBe('hearing-notice');
    expect(parseEventKind('行政处罚决定书')).toBe('decision');
    expect(parseEventKind('行政处罚决定书送达回证')).toBe('delivery');
    expect(parseEventKind('法制审核意见书')).toBe('legal-review');
    expect(parseEventKind('结案审批表')).toBe('closed');
    expect(parseEventKind('事先告知')).toBe('notice-of-intent');
    expect(parseEventKind('基本信息')).toBeUndefined();
  });
});

describe('text helpers', () => {
  it('normalises', () => {
    expect(toHalfWidth('ＡＢ１２：（）　')).toBe('AB12:() ');
    expect(cleanText('  a \u00a0 b \n\n\n c ')).toBe('a b\n\nc');
    expect(trimValue('济南某某公司（')).toBe('济南某某公司');
    expect(trimValue('91370102MA3CK7L21X）')).toBe('91370102MA3CK7L21X');
    expect(trimValue('（注）说明）')).toBe('（注）说明');
  });

  it('recognises blank values', () => {
    for (const value of ['', ' ', '—', '——', '/', '无', '请选择', '请选择日期', '___'])
      expect(isEmptyValue(value)).toBe(true);
    for (const value of ['0', '否', '张三']) expect(isEmptyValue(value)).toBe(false);
  });

  it('hashes stably', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(hashText('')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('findArticleRefs: further parts of the same article', () => {
  it('reads 、第三款 after an item as another paragraph of that article', () => {
    const refs = findArticleRefs('《中华人民共和国固体废物污染环境防治法》第一百一十一条第一款第（一）项、第三款');
    expect(refs.map((ref) => [ref.article, ref.paragraph, ref.item])).toEqual([
      [111, 1, 1],
      [111, 3, undefined],
    ]);
    expect(refs[1]!.law).toBe('中华人民共和国固体废物污染环境防治法');
  });

  it('reads 、第（三）项 as another item of the same paragraph', () => {
    const refs = findArticleRefs('《行政强制法》第十八条第一款第（一）项、第（三）项');
    expect(refs.map((ref) => [ref.article, ref.paragraph, ref.item])).toEqual([
      [18, 1, 1],
      [18, 1, 3],
    ]);
  });

  it('still reads 、第…条 as another article', () => {
    const refs = findArticleRefs('《食品安全法》第三十四条第（十）项、第一百二十四条第一款');
    expect(refs.map((ref) => [ref.article, ref.paragraph, ref.item])).toEqual([
      [34, undefined, 10],
      [124, 1, undefined],
    ]);
  });
});

describe('parseBoolean: notes and statements', () => {
  it('reads an answer with a note in brackets', () => {
    expect(parseBoolean('是（法定代表人周海涛到场）')).toBe(true);
    expect(parseBoolean('否（无）')).toBe(false);
  });

  it('reads short statements of a done or undone act', () => {
    expect(parseBoolean('已出示')).toBe(true);
    expect(parseBoolean('已向当事人出示执法证件')).toBe(true);
    expect(parseBoolean('未出示')).toBe(false);
    expect(parseBoolean('不详')).toBeUndefined();
  });
});

describe('parseEventKind: 受案 and 补正', () => {
  it('受案 registers a lead; 立案 files the case', () => {
    expect(parseEventKind('受案登记表')).toBe('lead-received');
    expect(parseEventKind('立案审批表')).toBe('filing-approved');
  });

  it('补正告知 is a correction request, not a prior notice', () => {
    expect(parseEventKind('补正告知记录')).toBe('correction-requested');
    expect(parseEventKind('补正材料通知书')).toBe('correction-requested');
  });
});

describe('values of other agencies', () => {
  it('an organisation code of the older form (组织机构代码) is an identity number', () => {
    expect(parseIdNumber('99999999-9')).toBe('99999999-9');
    expect(parseIdNumber('组织机构代码：MA00000X-X（旧）')).toBe('MA00000X-X');
    expect(parseIdNumber('电话 0531-88888888')).toBeUndefined();
  });

  it('a state that is going on (扣押中, 查封中) is open', () => {
    expect(parseStatus('扣押中')).toBe('open');
    expect(parseStatus('整改中')).toBe('open');
    expect(parseStatus('结案审批中')).toBe('open');
    expect(parseStatus('已结案')).toBe('closed');
  });
});
