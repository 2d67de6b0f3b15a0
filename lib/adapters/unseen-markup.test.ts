// @vitest-environment happy-dom
/**
 * The generic reading on markup it has no rule for by name: form items of any UI library, grid
 * columns and labels on a line of their own, spaced-out labels, labels in an inline element,
 * stacked label/value rows, select popups kept in the page, and the line a text belongs to.
 */
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../test/fixtures/pages/load-page';
import { collectLines } from './dom';
import { extractCase } from './generic';
import { closeSpacedLabels } from './scan-lines';

const read = (body: string) => extractCase(loadHtml(`<!doctype html><html><body>${body}</body></html>`)).case;

describe('form items of any UI library', () => {
  const item = (cls: string, label: string, value: string) =>
    `<div class="${cls}"><div class="x-col"><label class="${cls}-label">${label}</label></div>` +
    `<div class="x-col"><div class="${cls}-content">${value}</div></div></div>`;

  it.each(['ivu-form-item', 'arco-form-item', 'n-form-item', 'x-form-item', 'vxe-form--item', 't-form__item'])(
    '%s: the first label and the element beside it (or beside its column)',
    (cls) => {
      const c = read(
        item(cls, '案件编号', '<input disabled value="测〔2025〕1号" />') + item(cls, '当事人', '<span>张三</span>'),
      );
      expect(c.id).toBe('测〔2025〕1号');
      expect(c.party?.name).toBe('张三');
    },
  );

  it('a select option list kept inside the item is neither the value nor a list', () => {
    const c = read(`<div class="ivu-form-item"><label class="ivu-form-item-label">案件来源</label>
      <div class="ivu-form-item-content"><div class="ivu-select"><span class="ivu-select-selected-value">日常巡查</span>
      <div class="ivu-select-dropdown"><ul><li>投诉举报</li><li>日常巡查</li></ul></div></div></div></div>`);
    expect(c.source).toBe('inspection');
  });
});

describe('labels on a line of their own', () => {
  it('grid columns: a label column and the value column beside it, with or without a colon', () => {
    const c = read(`<fieldset><legend>事先告知</legend>
      <div class="row"><div class="col-2">案号：</div><div class="col-4">测〔2025〕2号</div>
      <div class="col-2">受理立案日期</div><div class="col-4">2025-04-21 09:30</div></div>
      <div class="row"><div class="col-2">是否重大案件</div><div class="col-4"><span class="badge">否</span></div>
      <div class="col-2">送达日期：</div><div class="col-4">2025-05-12</div></div></fieldset>`);
    expect(c.id).toBe('测〔2025〕2号');
    expect(c.flags).toEqual({ major: false });
    expect(c.events).toEqual([
      { kind: 'filing-approved', at: '2025-04-21T09:30' },
      { kind: 'notice-of-intent', at: '2025-05-12' },
    ]);
  });

  it('a label alone in its column finds the value in the next column', () => {
    const c = read(`<div class="el-row"><div class="el-col"><div class="grid-label">当事人：</div></div>
      <div class="el-col"><div class="grid-content">张三</div></div>
      <div class="el-col"><div class="grid-label">案　　由</div></div><div class="el-col"><div>测试案</div></div></div>`);
    expect(c.party?.name).toBe('张三');
    expect(c.title).toBe('测试案');
  });

  it('a row of label columns over a row of value columns pairs them column by column', () => {
    const c =
      read(`<div class="grid"><div class="r"><div class="c">案号</div><div class="c">当事人</div><div class="c">立案日期</div></div>
      <div class="r"><div class="c">测〔2025〕12号</div><div class="c">张三</div><div class="c">2025-04-21</div></div></div>
      <div class="r"><div class="c">案件类型</div><div class="c">行政处罚</div></div>
      <div class="r"><div class="c">处罚种类</div><div class="c">罚款</div></div>`);
    expect(c.id).toBe('测〔2025〕12号');
    expect(c.party?.name).toBe('张三');
    expect(c.events).toEqual([{ kind: 'filing-approved', at: '2025-04-21' }]);
    expect(c.decision?.kinds).toEqual(['fine']);
  });

  it('a value runs over the lines of its block; a document title is no label', () => {
    const c = read(`<div class="title">行 政 处 罚 决 定 书</div><div>测〔2025〕3号</div>
      <div class="row"><div class="col">违法事实：</div><div class="col"><p>当事人销售过期食品。</p><p>货值42元。</p></div></div>`);
    expect(c.facts).toBe('当事人销售过期食品。\n货值42元。');
    expect(c.decision).toBeUndefined();
  });

  it('a label line is not read as a sentence', () => {
    const c =
      read(`<div class="row"><div class="col">处罚依据：</div><div class="col">《中华人民共和国安全生产法》第九十九条</div></div>
      <div class="row"><div class="col">送达方式：</div><div class="col">直接送达</div></div>`);
    expect(c.legalBasis?.map((ref) => ref.role)).toEqual(['penalty']);
  });
});

describe('labels written the old way', () => {
  it('closes up spaced-out labels before a colon, not names in running text', () => {
    expect(closeSpacedLabels('案 号：测1号 送 达 日 期：2025年6月5日')).toBe('案号：测1号 送达日期：2025年6月5日');
    expect(closeSpacedLabels('张三 李四 王五')).toBe('张三 李四 王五');
  });

  it('reads spaced-out labels padded with &nbsp; in one cell', () => {
    const c = read(`<table><tr><td colspan="4"><font size="2"><b>文&nbsp;&nbsp;书&nbsp;&nbsp;号：</b>测罚〔2025〕4号
      &nbsp;&nbsp;&nbsp;<b>送 达 日 期：</b>2025年6月5日</font></td></tr></table>`);
    expect(c.id).toBe('测罚〔2025〕4号');
    expect(c.events).toEqual([{ kind: 'delivery', at: '2025-06-05' }]);
  });

  it('案由：<br>value in one cell; a label broken over two lines is still one label', () => {
    const c = read(`<table><tr><td>案由：<br>测试案由案<br>当事人：张三</td></tr>
      <tr><td class="k">承办部门<br />负责人意见</td><td>同意</td></tr></table>`);
    expect(c.title).toBe('测试案由案');
    expect(c.party?.name).toBe('张三');
    expect(c.agency).toBeUndefined();
  });

  it('a label in an inline element of its own, with no colon', () => {
    const c = read(`<p><b>案号</b>&nbsp;测〔2025〕5号</p><ul><li><span>当事人</span><span>李四</span></li></ul>`);
    expect(c.id).toBe('测〔2025〕5号');
    expect(c.party?.name).toBe('李四');
  });
});

describe('tables', () => {
  it('stacked label rows over value rows pair column by column', () => {
    const c =
      read(`<table><tr><th>受理编号</th><th>申请单位</th></tr><tr><td>测受〔2025〕6号</td><td>测试酒店有限公司</td></tr>
      <tr><th>许可决定</th><th>审批人</th></tr><tr><td>准予许可</td><td>何某某</td></tr></table>`);
    expect(c.id).toBe('测受〔2025〕6号');
    expect(c.party?.name).toBe('测试酒店有限公司');
    expect(c.decision?.outcome).toBe('granted');
    expect(c.officers).toEqual([{ name: '何某某', roles: ['approver'] }]);
  });

  it('a header row with one data row stays a record; with more rows it stays a list', () => {
    const list = read(`<table><tr><th>证据名称</th><th>收集日期</th></tr><tr><td>现场笔录</td><td>2025-04-18</td></tr>
      <tr><td>询问笔录</td><td>2025-04-19</td></tr><tr><td>照片</td><td>2025-04-19</td></tr></table>`);
    expect(list.evidence?.map((e) => e.title)).toEqual(['现场笔录', '询问笔录', '照片']);
  });

  it('an officer row naming several people pairs them with the numbers in order', () => {
    const c =
      read(`<table><tr><th>执法人员</th><th>执法证号</th></tr><tr><td>刘某、孙某</td><td>99007001、99007002</td></tr>
      <tr><td>钱某</td><td>99007003</td></tr></table>`);
    expect(c.officers?.map((o) => `${o.name}:${o.certificateNo}`)).toEqual([
      '刘某:99007001',
      '孙某:99007002',
      '钱某:99007003',
    ]);
  });

  it('a vertical descriptions table is read once, as label/value pairs', () => {
    const c = read(`<div class="ant-descriptions-view"><table><tr>
      <th class="ant-descriptions-item-label">执法人员</th><th class="ant-descriptions-item-label">执法证号</th></tr>
      <tr><td class="ant-descriptions-item-content">刘某、孙某</td><td class="ant-descriptions-item-content">99007001、99007002</td></tr></table></div>`);
    expect(c.officers?.map((o) => `${o.name}:${o.certificateNo}`)).toEqual(['刘某:99007001', '孙某:99007002']);
    expect(c.origin?.unreadable).toEqual(['actionType', 'id']);
  });
});

describe('timelines and step bars', () => {
  it('each dated item is a step; an item still to come is left alone', () => {
    const c = read(`<div class="ant-steps">
      <div class="ant-steps-item"><div class="ant-steps-item-icon">1</div><div class="ant-steps-item-content">
        <div class="ant-steps-item-title">立案</div><div class="ant-steps-item-description">2025-04-21</div></div></div>
      <div class="ant-steps-item"><div class="ant-steps-item-content"><div class="ant-steps-item-title">事先告知</div>
        <div class="ant-steps-item-description">2025年5月12日</div></div></div>
      <div class="ant-steps-item"><div class="ant-steps-item-content"><div class="ant-steps-item-title">处罚决定</div>
        <div class="ant-steps-item-description">待办理</div></div></div></div>`);
    expect(c.events).toEqual([
      { kind: 'filing-approved', at: '2025-04-21', note: '立案' },
      { kind: 'notice-of-intent', at: '2025-05-12', note: '事先告知' },
    ]);
    expect(c.origin?.emptyFields).toBeUndefined();
    expect(c.origin?.unreadable).toEqual(['id']);
  });

  it('a timeline item whose one line holds both the date and the step', () => {
    const c = read(`<ul class="layui-timeline"><li class="layui-timeline-item"><p>2025-04-21 立案</p></li>
      <li class="layui-timeline-item"><p>2025-06-03 作出处罚决定</p></li></ul>`);
    expect(c.events?.map((e) => `${e.kind}@${e.at}`)).toEqual(['filing-approved@2025-04-21', 'decision@2025-06-03']);
  });
});

describe('values', () => {
  it('a pending value (待办理) of a decision field is blank, not unreadable', () => {
    const c = read(
      `<table><tr><th>案号</th><td>测〔2025〕10号</td></tr><tr><th>处罚决定</th><td>待办理</td></tr></table>`,
    );
    expect(c.decision).toBeUndefined();
    expect(c.origin?.unreadable).toEqual([]);
  });

  it('the confiscated gains named in a decision field are the illegal gains', () => {
    const c = read(`<table><tr><th>处罚决定</th><td>没收违法所得人民币陆拾叁元；罚款人民币伍万元整</td></tr></table>`);
    expect(c.decision).toMatchObject({ kinds: ['confiscate-gains', 'fine'], fineAmount: 50000, illegalGains: 63 });
  });

  it('罚没款金额 is the fine when no field of its own gives it', () => {
    expect(
      read(`<table><tr><th>罚没款金额</th><td>贰拾万元整（￥200,000.00）</td></tr></table>`).decision?.fineAmount,
    ).toBe(200000);
    const both = read(`<table><tr><th>罚款金额</th><td>3000</td><th>罚没款金额</th><td>3240</td></tr></table>`);
    expect(both.decision?.fineAmount).toBe(3000);
  });
  it('buttons and links that act on a value (查看, 复制) are not part of it', () => {
    const c = read(
      `<table><tr><th>案号</th><td>测〔2025〕11号 <a href="#">查看</a> <button>复制</button></td></tr></table>`,
    );
    expect(c.id).toBe('测〔2025〕11号');
  });
});

describe('lines', () => {
  it('a line belongs to the block of its first text, not to white space or a span before it', () => {
    const doc = loadHtml(`<div id="row">
      <div id="a">是否重大案件</div>
      <div id="b"><span class="badge">否</span></div></div>`);
    const lines = collectLines(doc.getElementById('row')!, () => false);
    expect(lines.map((line) => `${line.element.id}:${line.text}`)).toEqual(['a:是否重大案件', 'b:否']);
  });
});
