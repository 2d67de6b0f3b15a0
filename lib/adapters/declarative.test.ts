// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../case/schema';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR, fixtureJson, loadHtml, loadPage } from '../../test/fixtures/pages/load-page';
import {
  applyAdapter,
  findCloseButtons,
  globToRegExp,
  matchAdapter,
  parseAdapterJson,
  type DeclarativeAdapter,
} from './declarative';

const ELEMENT_ADAPTER = {
  id: 'jinan-scjg-zfba',
  name: '济南市市场监管综合执法办案系统',
  version: '2025.1',
  match: { urlPatterns: ['http://10.*:8080/zfba/*'], requireText: ['市场监管综合执法办案系统'] },
  fields: {
    id: { selector: 'input[value^="济历下市监罚"]' },
    'party.name': { label: '当事人' },
    'events.delivery': { selector: '.el-card:nth-of-type(3) .el-form-item:nth-of-type(10) input' },
    'decision.fineAmount': { selector: '#no-such-field', parser: 'amount' },
  },
  lists: {
    evidence: {
      rowSelector: '.el-table__body-wrapper tr.el-table__row',
      columns: {
        title: 'td:nth-child(2)',
        kind: 'td:nth-child(3)',
        collectedAt: { selector: 'td:nth-child(4)', parser: 'date' },
      },
    },
  },
  closeButtons: ['提交审批', '结案'],
};

function adapter(value: unknown = ELEMENT_ADAPTER): DeclarativeAdapter {
  const parsed = parseAdapterJson(JSON.stringify(value));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.adapter;
}

describe('parseAdapterJson', () => {
  it('accepts a valid adapter', () => {
    const parsed = parseAdapterJson(JSON.stringify(ELEMENT_ADAPTER));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.adapter.fields['party.name']).toEqual({ label: '当事人' });
  });

  it('reports broken JSON', () => {
    const parsed = parseAdapterJson('{ "id": ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors).toHaveLength(1);
      expect(parsed.errors[0]!.path).toBe('');
      expect(parsed.errors[0]!.message.zh).toMatch(/^不是有效的 JSON/);
      expect(parsed.errors[0]!.message.en).toMatch(/^not valid JSON/);
    }
  });

  it('reports each problem with its path, in Chinese and English', () => {
    const parsed = parseAdapterJson(
      JSON.stringify({
        id: 'Bad Id',
        version: 1,
        match: { urlPatterns: [] },
        fields: { 'party.nmae': { selector: '#x' }, title: {}, facts: { selector: '#f', parser: 'html' } },
        lists: { evidence: { rowSelector: 'tr', columns: { titel: 'td' } } },
        extra: true,
      }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byPath = Object.fromEntries(parsed.errors.map((error) => [error.path, error.message]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        '',
        'fields.facts.parser',
        'fields.party.nmae',
        'fields.title',
        'id',
        'lists.evidence.columns',
        'match.urlPatterns',
        'name',
      ].sort(),
    );
    expect(byPath['']).toEqual({ zh: '未知的键：extra', en: 'unknown key(s): extra' });
    expect(byPath.name).toEqual({ zh: '缺少必填项', en: 'required' });
    expect(byPath['fields.party.nmae']).toEqual({
      zh: '不是案件模型中的字段路径：party.nmae',
      en: 'not a case-model path: party.nmae',
    });
    expect(byPath['fields.title']).toEqual({ zh: '需要 selector 或 label', en: 'selector or label required' });
    expect(byPath['match.urlPatterns']).toEqual({ zh: '至少需要 1 项', en: 'needs at least 1 item(s)' });
    expect(byPath.id!.zh).toContain('小写字母');
    expect(byPath['lists.evidence.columns']).toEqual({ zh: '未知的键：titel', en: 'unknown key(s): titel' });
    expect(byPath['fields.facts.parser']!.en).toMatch(/^expected one of: text, date/);
  });
});

describe('matchAdapter', () => {
  const page = loadPage('elementui-case-form');
  const other = loadPage('layui-form');

  it('matches URL globs', () => {
    expect(globToRegExp('http://10.*:8080/case/*').test('http://10.2.3.4:8080/case/view?id=1')).toBe(true);
    expect(globToRegExp('http://10.*:8080/case/*').test('http://110.2.3.4:8080/case/1')).toBe(false);
    expect(globToRegExp('http://10.*:8080/case/*').test('http://10.2.3.4:9090/case/1')).toBe(false);
  });

  it('needs the URL and every required text', () => {
    const a = adapter();
    expect(matchAdapter([a], 'http://10.20.1.5:8080/zfba/case/1', page)).toBe(a);
    expect(matchAdapter([a], 'http://10.20.1.5:8080/zfba/case/1', other)).toBeUndefined();
    expect(matchAdapter([a], 'http://192.168.1.5:8080/zfba/case/1', page)).toBeUndefined();
  });

  it('prefers the most specific adapter', () => {
    const loose = adapter({ ...ELEMENT_ADAPTER, id: 'loose', match: { urlPatterns: ['http://*'] } });
    const strict = adapter();
    expect(matchAdapter([loose, strict], 'http://10.20.1.5:8080/zfba/x', page)?.id).toBe('jinan-scjg-zfba');
    expect(matchAdapter([loose, strict], 'http://10.20.1.5:8080/zfba/x', other)?.id).toBe('loose');
  });
});

describe('applyAdapter', () => {
  it('takes mapped fields from the adapter and the rest from the generic reading', () => {
    const result = applyAdapter(adapter(), loadPage('elementui-case-form'), {
      url: 'http://10.20.1.5:8080/zfba/case/1',
    });
    expect(caseSchema.safeParse(result.case).success).toBe(true);
    expect(result.case.origin).toMatchObject({ adapter: 'jinan-scjg-zfba', system: '济南市市场监管综合执法办案系统' });
    expect(result.case.id).toBe('济历下市监罚〔2025〕0123号');
    expect(result.case.party?.name).toBe('济南泉城鲜果超市有限公司');
    // not mapped: generic
    expect(result.case.title).toBe('济南泉城鲜果超市有限公司销售超过保质期食品案');
    // mapped list
    expect(result.case.evidence?.map((item) => [item.kind, item.title, item.collectedAt])).toEqual([
      ['inspection-record', '现场检查笔录', '2025-01-08T09:40'],
      ['physical', '涉案酸奶照片及实物', '2025-01-08'],
      ['documentary', '当事人营业执照复印件', '2025-01-08'],
      ['party-statement', '王海涛询问笔录', '2025-01-15'],
    ]);
  });

  it('keeps a mapped empty field absent, and falls back when a selector finds nothing', () => {
    const result = applyAdapter(adapter(), loadPage('elementui-case-form'));
    expect(result.case.events?.some((event) => event.kind === 'delivery')).toBe(false);
    expect(result.case.decision?.fineAmount).toBe(50000);
    expect(result.warnings).toEqual(['decision.fineAmount: selector not found #no-such-field']);
  });

  it('lets the adapter override what the generic reading would say', () => {
    const custom = adapter({
      ...ELEMENT_ADAPTER,
      fields: { 'events.delivery': { selector: '.el-card:nth-of-type(3) .el-form-item:nth-of-type(9) input' } },
      lists: undefined,
    });
    const result = applyAdapter(custom, loadPage('elementui-case-form'));
    // The 处罚决定日期 input, declared by the adapter to be the delivery date.
    expect(result.case.events?.filter((event) => event.kind === 'delivery')).toEqual([
      { kind: 'delivery', at: '2025-03-05' },
    ]);
  });

  it('reads officer and event lists with their own selectors', () => {
    const doc =
      loadHtml(`<table id="ry"><tr><td class="xm">张三</td><td class="zh">37010000001</td><td class="js">主办</td></tr>
      <tr><td class="xm">李四</td><td class="zh">37010000002</td><td class="js">协办</td></tr></table>
      <ul id="lc"><li><span class="n">立案审批</span><span class="t">2025-01-02</span></li><li><span class="n">事先告知</span><span class="t">2025-02-03</span></li>
      <li><span class="n">处罚决定</span><span class="t">待办</span></li></ul>`);
    const result = applyAdapter(
      adapter({
        id: 'x',
        name: 'X',
        version: 1,
        match: { urlPatterns: ['*'] },
        fields: {},
        lists: {
          officers: { rowSelector: '#ry tr', columns: { name: '.xm', certificateNo: '.zh', roles: '.js' } },
          events: { rowSelector: '#lc li', columns: { kind: '.n', at: '.t' } },
        },
      }),
      doc,
    );
    expect(result.case.officers).toEqual([
      { name: '张三', certificateNo: '37010000001', roles: ['handler'] },
      { name: '李四', certificateNo: '37010000002', roles: ['handler'] },
    ]);
    expect(result.case.events).toEqual([
      { kind: 'filing-approved', at: '2025-01-02', note: '立案审批' },
      { kind: 'notice-of-intent', at: '2025-02-03', note: '事先告知' },
    ]);
  });

  it('survives an invalid selector', () => {
    const result = applyAdapter(
      adapter({ ...ELEMENT_ADAPTER, fields: { title: { selector: 'div[[' } }, lists: undefined }),
      loadPage('elementui-case-form'),
    );
    expect(result.case.title).toBe('济南泉城鲜果超市有限公司销售超过保质期食品案');
    expect(result.warnings[0]).toMatch(/^title: invalid selector/);
  });
});

describe('a saved adapter file', () => {
  it('parses, matches its page and reads it like the generic extractor, plus its own list columns', () => {
    const parsed = parseAdapterJson(readFileSync(join(FIXTURE_DIR, 'elementui-case-form.adapter.json'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const page = loadPage('elementui-case-form');
    const url = 'http://10.20.1.5:8080/zfba/case/detail.do?id=1';
    expect(matchAdapter([parsed.adapter], url, page)).toBe(parsed.adapter);
    const result = applyAdapter(parsed.adapter, page, { url });
    expect(result.warnings).toEqual([]);
    const golden = fixtureJson('elementui-case-form') as Record<string, unknown>;
    expect(result.case).toEqual({
      ...golden,
      origin: {
        url,
        system: '济南市市场监管综合执法办案系统',
        adapter: 'jinan-scjg-zfba',
        unreadable: [],
        emptyFields: (golden.origin as { emptyFields?: string[] }).emptyFields,
      },
    });
    expect(findCloseButtons(page, parsed.adapter.closeButtons ?? []).map((b) => b.textContent?.trim())).toEqual([
      '提交审批',
    ]);
  });
});

describe('findCloseButtons', () => {
  it('finds the buttons that close or submit a case', () => {
    const found = findCloseButtons(loadPage('list-beside-form'), ['结案', '提交审批']);
    expect(found.map((button) => button.textContent?.replace(/\s+/g, ''))).toEqual(['提交审批', '结案']);
    expect(findCloseButtons(loadPage('jsp-table-form'), ['提交审批']).map((b) => b.getAttribute('value'))).toEqual([
      '提交审批',
    ]);
    expect(findCloseButtons(loadPage('jsp-table-form'), ['归档'])).toEqual([]);
  });
});
