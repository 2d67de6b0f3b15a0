// @vitest-environment happy-dom
/**
 * Round 2 of markup the generic reading has no rule for by name: choices ticked by a wrapper's
 * class, choice layouts inside a value cell, a framework's hidden original input, custom selects
 * named by <label for>, operations logs beside the form, and a case number in a title bar.
 */
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../test/fixtures/pages/load-page';
import { extractCase } from './generic';
import { headingCase } from './heading';
import { classifyGrid, completesStep } from './lists';

const read = (body: string) => extractCase(loadHtml(`<!doctype html><html><body>${body}</body></html>`));

describe('choices ticked by a class', () => {
  it('an ExtJS checkbox ticked only by x-form-cb-checked on its form item', () => {
    const item = (checked: boolean, label: string) =>
      `<div class="x-field x-form-item x-form-type-checkbox${checked ? ' x-form-cb-checked' : ''}">
        <label class="x-form-item-label">${label}:</label><div class="x-form-item-body"><div class="x-form-cb-wrap">
        <input type="checkbox" class="x-form-cb-input" /><label class="x-form-cb-label">是</label></div></div></div>`;
    const c = read(item(true, '是否重大案件') + item(false, '初次违法')).case;
    expect(c.flags).toEqual({ major: true, firstViolation: false });
  });

  it('an Angular Material mat-checkbox ticked by mat-checkbox-checked; a wrapper of several boxes says nothing', () => {
    const box = (checked: boolean, text: string) =>
      `<mat-checkbox class="mat-checkbox${checked ? ' mat-checkbox-checked' : ''}"><label class="mat-checkbox-layout" for="i-${text}">
        <span><input type="checkbox" id="i-${text}" /></span><span class="mat-checkbox-label">${text}</span></label></mat-checkbox>`;
    const c = read(`<div class="checked-list">${box(true, '初次违法')}${box(false, '重大执法决定')}</div>`).case;
    expect(c.flags).toEqual({ firstViolation: true, major: false });
  });
});

describe('choices laid out in a value cell', () => {
  it('an ASP.NET RadioButtonList / CheckBoxList table is the field’s choices, not a list', () => {
    const choices = (name: string, type: string, items: Array<[string, boolean]>) =>
      `<table id="${name}"><tr>${items
        .map(
          ([text, on], i) =>
            `<td><input id="${name}_${i}" type="${type}" name="${name}" ${on ? 'checked="checked"' : ''} /><label for="${name}_${i}">${text}</label></td>`,
        )
        .join('')}</tr></table>`;
    const c = read(
      `<table><tr><td class="tdLabel">适用程序</td><td class="tdValue">${choices('p', 'radio', [
        ['简易程序', false],
        ['普通程序', true],
      ])}</td></tr><tr><td class="tdLabel">处罚种类</td><td class="tdValue">${choices('k', 'checkbox', [
        ['警告', false],
        ['罚款', true],
        ['没收违法所得', false],
      ])}</td></tr></table>`,
    ).case;
    expect(c.procedure).toBe('general');
    expect(c.decision?.kinds).toEqual(['fine']);
  });
});

describe('framework inputs', () => {
  it('EasyUI: the hidden original (a code, a raw number) yields to the input it renders', () => {
    const box = (raw: string, shown: string) =>
      `<input class="easyui-textbox textbox-f" style="display: none" value="${raw}" /><span class="textbox"><input class="textbox-text" readonly value="${shown}" /><input type="hidden" class="textbox-value" value="${raw}" /></span>`;
    const c = read(`<table><tr><td class="lab">罚款金额：</td><td>${box('30000', '30,000.00')}</td></tr>
      <tr><td class="lab">案件来源：</td><td>${box('3', '投诉举报')}</td></tr></table>`).case;
    expect(c.decision?.fineAmount).toBe(30000);
    expect(c.source).toBe('complaint');
  });

  it('a <label for> naming a custom select (role=combobox) reads its shown choice', () => {
    const c =
      read(`<mat-form-field class="mat-form-field"><mat-select role="combobox" id="s0"><div class="mat-select-value">
      <span class="mat-select-value-text"><span>一般程序</span></span></div></mat-select>
      <label class="mat-form-field-label" for="s0"><mat-label>程序类型</mat-label></label></mat-form-field>`).case;
    expect(c.procedure).toBe('general');
  });
});

describe('operations logs beside the form', () => {
  it('a log row is a step only when it completes one', () => {
    expect(completesStep('审批通过')).toBe(true);
    expect(completesStep('立案审批通过')).toBe(true);
    for (const action of ['提交立案审批', '送达回证录入', '打印行政处罚决定书', '审批不通过', '修改案件信息'])
      expect(completesStep(action)).toBe(false);
  });

  it('a list with an action column or a log title is a log', () => {
    expect(classifyGrid(['环节', '操作', '办理人', '办理时间'], undefined, 3).log).toBe(true);
    expect(classifyGrid(['操作时间', '操作人', '操作内容'], '操作日志', 3).log).toBe(true);
    expect(classifyGrid(['文书名称', '制作日期', '文书编号'], '办案文书', 3).log).toBeUndefined();
  });

  it('never takes paperwork as a step, nor stands in for a step the form shows blank', () => {
    const c =
      read(`<dl><dt>案号</dt><dd>测〔2026〕1号</dd><dt>立案日期</dt><dd>2026-01-07</dd><dt>送达日期</dt><dd></dd></dl>
      <h4>流转记录</h4><table><thead><tr><th>环节</th><th>操作</th><th>办理人</th><th>办理时间</th></tr></thead><tbody>
      <tr><td>立案审批</td><td>提交</td><td>甲</td><td>2026-01-06 09:00</td></tr>
      <tr><td>立案审批</td><td>审批通过</td><td>乙</td><td>2026-01-08 10:00</td></tr>
      <tr><td>法制审核</td><td>审核通过</td><td>丙</td><td>2026-01-20 16:00</td></tr>
      <tr><td>送达</td><td>已送达</td><td>甲</td><td>2026-01-25 09:00</td></tr></tbody></table>`).case;
    expect(c.events).toEqual([
      { kind: 'filing-approved', at: '2026-01-07' },
      { kind: 'legal-review', at: '2026-01-20T16:00', officers: ['丙'], note: '法制审核' },
    ]);
  });
});

describe('a case number shown only in a title bar', () => {
  it('reads the number and an organisation named beside it', () => {
    expect(headingCase('行政处罚案件办理 — 济某市监罚〔2026〕12号 某某餐饮有限公司')).toEqual({
      id: '济某市监罚〔2026〕12号',
      party: '某某餐饮有限公司',
    });
    expect(headingCase('案件详情｜济环罚字第2026012号')).toEqual({ id: '济环罚字第2026012号' });
    expect(headingCase('案件 JNHB-2026-0012 张三')).toEqual({ id: 'JNHB-2026-0012' });
  });

  it('never takes a heading that shows no case number', () => {
    for (const text of ['案件基本信息', '2026年第一季度专项整治', '行政处罚案件办理', 'HTTP-404'])
      expect(headingCase(text)).toBeUndefined();
    const result = read(
      `<h2>行政处罚案件办理</h2><h3>2026年第一季度专项整治</h3><dl><dt>案由</dt><dd>测试案</dd></dl>`,
    );
    expect(result.case.id).toMatch(/^page-/);
    expect(result.unreadable).toContain('id');
  });

  it('a labelled number wins over the title bar; the page becomes the id only from a heading', () => {
    const c = read(`<h2>案件办理 — 测〔2026〕9号</h2><dl><dt>案号</dt><dd>测〔2026〕10号</dd></dl>`).case;
    expect(c.id).toBe('测〔2026〕10号');
    const plain = read(`<p>参见测〔2026〕9号案件</p><dl><dt>案由</dt><dd>测试案</dd></dl>`).case;
    expect(plain.id).toMatch(/^page-/);
  });
});
