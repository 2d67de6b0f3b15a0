import { describe, expect, it } from 'vitest';
import { maskDeep, maskText, wouldMask } from './mask';

describe('maskText', () => {
  it.each([
    ['370102199001011234', '370102********1234'],
    ['37010219900101123X', '370102********123X'],
    ['身份证号：370102199001011234。', '身份证号：370102********1234。'],
    ['13812345678', '138****5678'],
    ['电话13812345678，', '电话138****5678，'],
    ['+86 138 1234 5678', '+86 138 **** 5678'],
    ['138-1234-5678', '138-****-5678'],
    ['8613812345678', '86138****5678'],
    ['0531-88881234', '0531-****1234'],
    ['(0531)88881234', '(0531)****1234'],
    ['010-12345678', '010-****5678'],
    ['0531-8888123', '0531-***8123'],
    ['0531 8888 1234', '0531 **** 1234'],
    ['0531-88881234-806', '0531-****1234-806'],
    ['6222021234567890123', '6222***********0123'],
    ['6222 0212 3456 7890', '6222 **** **** 7890'],
    ['卡号 6222-0212-3456-7890-123 已退款', '卡号 6222-****-****-***0-123 已退款'],
  ])('%s → %s', (input, expected) => {
    expect(maskText(input)).toBe(expected);
  });

  it.each([
    '2025-07-08',
    '2025-07-08T09:30:00.000+08:00',
    '罚款人民币50000元',
    '济历市监罚〔2025〕示例01号',
    '统一社会信用代码 91370100TEST00001X',
    '第十二条第（一）项',
    '执法证号 37011200000011',
    '案卷第12、13页',
    '10086',
  ])('leaves %s alone', (input) => {
    expect(maskText(input)).toBe(input);
  });

  it('never touches UUIDs, hashes or receipt codes, even when they hold phone-like digit runs', () => {
    const ids = [
      '00000000-0000-4000-8000-053188881234',
      '05318888-1234-4000-8000-000000000001',
      'a13812345678b370102199001011234c0531888812349999',
      'ab13812345678cd' + '0'.repeat(40),
      'ZG-0531-8888',
    ];
    for (const id of ids) expect(maskText(id)).toBe(id);
    expect(maskText(`报告 ${ids[0]} 电话 13812345678`)).toBe(`报告 ${ids[0]} 电话 138****5678`);
  });

  it('is idempotent', () => {
    const text = '当事人身份证370102199001011234，手机13812345678，座机0531-88881234，卡6222021234567890123';
    const once = maskText(text);
    expect(once).not.toContain('19900101');
    expect(once).not.toContain('12345678');
    expect(maskText(once)).toBe(once);
  });
});

describe('maskDeep', () => {
  it('masks every string in objects and arrays, keeps keys and other values', () => {
    const input = {
      'party.idNumber': '370102199001011234',
      list: ['13812345678', 5, true, null, { inner: '0531-88881234' }],
      amount: 13812345678,
    };
    const out = maskDeep(input);
    expect(out).toEqual({
      'party.idNumber': '370102********1234',
      list: ['138****5678', 5, true, null, { inner: '0531-****1234' }],
      amount: 13812345678,
    });
    expect(input['party.idNumber']).toBe('370102199001011234');
  });

  it('reports whether masking changes a value', () => {
    expect(wouldMask({ a: '13812345678' })).toBe(true);
    expect(wouldMask({ a: '138****5678' })).toBe(false);
  });
});
