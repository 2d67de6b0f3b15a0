import { describe, expect, it } from 'vitest';
import type { EventKind } from '../case/schema';
import { labelVocabulary, matchLabel, normaliseLabel } from './label-map';
import { isCasePath } from './paths';

const path = (label: string, sectionKind?: EventKind) =>
  matchLabel(label, sectionKind ? { sectionKind } : {})?.target.path;

describe('normaliseLabel', () => {
  it('strips spaces, markers, colons and enumerators', () => {
    expect(normaliseLabel('* 案　　号：').stripped).toBe('案号');
    expect(normaliseLabel('1.当事人:').stripped).toBe('当事人');
    expect(normaliseLabel('（二）违法事实').stripped).toBe('违法事实');
    expect(normaliseLabel('罚款金额（元）').stripped).toBe('罚款金额');
    expect(normaliseLabel('当事人（个人姓名或单位名称').stripped).toBe('当事人');
  });

  it('reads officer numbers and amount units', () => {
    expect(normaliseLabel('执法人员1证号')).toMatchObject({ stripped: '执法人员证号', index: 1 });
    expect(normaliseLabel('证号2')).toMatchObject({ stripped: '证号', index: 2 });
    expect(normaliseLabel('执法人员一')).toMatchObject({ stripped: '执法人员', index: 1 });
    expect(normaliseLabel('罚款（万元）').scale).toBe(10000);
  });
});

describe('matchLabel', () => {
  it.each([
    ['案号', 'id'],
    ['案件编号', 'id'],
    ['文书编号', 'id'],
    ['立案编号', 'id'],
    ['案由', 'title'],
    ['案件名称', 'title'],
    ['当事人', 'party.name'],
    ['被处罚人', 'party.name'],
    ['单位名称', 'party.name'],
    ['统一社会信用代码', 'party.idNumber'],
    ['身份证号', 'party.idNumber'],
    ['立案日期', 'events.filing-approved'],
    ['受理立案日期', 'events.filing-approved'],
    ['罚没款金额', 'decision.fineAmount'],
    ['处罚法律依据', 'legalBasis.penalty'],
    ['检查事项', 'title'],
    ['违法主体名称', 'party.name'],
    ['违法行为发生地点', 'ignore'],
    ['检查地址', 'ignore'],
    ['执法人员（执法证号）', 'officers'],
    ['立案时间', 'events.filing-approved'],
    ['受案日期', 'events.lead-received'],
    ['违法行为发生时间', 'violationDate'],
    ['处罚决定日期', 'events.decision'],
    ['决定日期', 'events.decision'],
    ['送达日期', 'events.delivery'],
    ['告知日期', 'events.notice-of-intent'],
    ['事先告知书送达日期', 'events.notice-of-intent'],
    ['听证告知日期', 'events.hearing-notice'],
    ['法制审核日期', 'events.legal-review'],
    ['执法人员', 'officers'],
    ['承办人', 'officers'],
    ['办案人员', 'officers'],
    ['执法证号', 'officers.certificateNo'],
    ['罚款金额', 'decision.fineAmount'],
    ['罚款数额', 'decision.fineAmount'],
    ['违法依据', 'legalBasis.violated'],
    ['违反条款', 'legalBasis.violated'],
    ['处罚依据', 'legalBasis.penalty'],
    ['违法事实', 'facts'],
    ['案件事实', 'facts'],
    ['证据', 'evidence'],
    ['证据材料', 'evidence'],
    ['处罚种类', 'decision.kinds'],
    ['处罚内容', 'decision.kinds'],
    ['裁量等级', 'discretion.level'],
    ['裁量理由', 'discretion.reason'],
    ['裁量基准', 'discretion.standard'],
    ['办理程序', 'procedure'],
    ['适用程序', 'procedure'],
    ['案件状态', 'status'],
    ['案件类型', 'actionType'],
    ['案件来源', 'source'],
    ['是否重大案件', 'flags.major'],
  ])('%s → %s', (label, expected) => {
    expect(path(label)).toBe(expected);
  });

  it('matches by containment, preferring the longest term', () => {
    expect(path('被处罚单位名称')).toBe('party.name');
    expect(path('执法人员签名')).toBe('officers');
    expect(path('行政处罚决定书送达日期')).toBe('events.delivery');
    expect(path('法制审核完成日期')).toBe('events.legal-review');
    expect(path('重大行政执法决定法制审核日期')).toBe('events.legal-review');
    expect(path('送达文书名称及文书编号')).toBe('ignore');
    expect(path('许可证编号')).toBe('ignore');
  });

  it('knows labels that carry no case data', () => {
    for (const label of ['送达方式', '送达地点', '法定代表人', '承办人意见', '审批意见', '法制审核意见', '联系电话'])
      expect(path(label)).toBe('ignore');
  });

  it('dates 送达日期 and bare 日期 by their section', () => {
    expect(path('送达日期', 'notice-of-intent')).toBe('events.notice-of-intent');
    expect(path('送达日期', 'decision')).toBe('events.delivery');
    expect(path('日期', 'decision')).toBe('events.decision');
    expect(path('日期', 'filing-approved')).toBe('events.filing-approved');
    expect(path('日期')).toBe('ignore');
  });

  it('refuses sentences and unknown words', () => {
    expect(
      matchLabel('当事人于2025年1月8日销售超过保质期的食品，违反了食品安全法的规定，依法应予处罚'),
    ).toBeUndefined();
    expect(matchLabel('天气')).toBeUndefined();
  });

  it('uses the numbered officer fields', () => {
    expect(matchLabel('经办人2')).toMatchObject({ index: 2, target: { path: 'officers', role: 'handler' } });
    expect(matchLabel('执法人员1证号')).toMatchObject({ index: 1, target: { path: 'officers.certificateNo' } });
  });

  it('points every vocabulary entry at a real case path', () => {
    const bad = [...labelVocabulary()].filter(([, target]) => target.path !== 'ignore' && !isCasePath(target.path));
    expect(bad).toEqual([]);
  });
});
