// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../case/schema';
import { loadHtml, loadPage } from '../../test/fixtures/pages/load-page';
import { extractCase } from './generic';

const read = (body: string, url?: string) =>
  extractCase(loadHtml(`<!doctype html><html><body>${body}</body></html>`), url ? { url } : {});

describe('extractCase: values', () => {
  it('reads the live value of inputs, not the value attribute', () => {
    const doc = loadPage('elementui-case-form');
    const input = doc.querySelector('input[value="济南泉城鲜果超市有限公司"]') as HTMLInputElement;
    input.value = '济南泉城果品有限公司';
    const result = extractCase(doc);
    expect(result.case.party?.name).toBe('济南泉城果品有限公司');
    expect(result.fields.get('party.name')?.contains(input)).toBe(true);
  });

  it('reads a radio checked through its property', () => {
    const result =
      read(`<div class="el-form-item"><label class="el-form-item__label">办理程序</label><div class="el-form-item__content">
      <label class="el-radio"><input type="radio" name="p" id="r1" /><span>简易程序</span></label>
      <label class="el-radio"><input type="radio" name="p" id="r2" /><span>普通程序</span></label></div></div>`);
    expect(result.case.procedure).toBeUndefined();
    const doc =
      loadHtml(`<div class="el-form-item"><label class="el-form-item__label">办理程序</label><div class="el-form-item__content">
      <label class="el-radio"><input type="radio" name="p" id="r1" /><span>简易程序</span></label>
      <label class="el-radio"><input type="radio" name="p" id="r2" /><span>普通程序</span></label></div></div>`);
    (doc.getElementById('r1') as HTMLInputElement).checked = true;
    expect(extractCase(doc).case.procedure).toBe('simple');
  });

  it('reads a select by its chosen option, never the other options', () => {
    const doc = loadHtml(
      `<table><tr><td>案件来源：</td><td><select id="s"><option value="">请选择</option><option>投诉举报</option><option>部门移送</option></select></td></tr></table>`,
    );
    expect(extractCase(doc).case.source).toBeUndefined();
    (doc.getElementById('s') as HTMLSelectElement).selectedIndex = 2;
    expect(extractCase(doc).case.source).toBe('referral');
  });

  it('treats a blank input as an empty field, whatever sits beside it', () => {
    const result =
      read(`<div class="el-form-item"><label class="el-form-item__label">罚款金额</label><div class="el-form-item__content">
      <div class="el-input el-input-group"><input class="el-input__inner" value="" /><div class="el-input-group__append">元</div></div></div></div>`);
    expect(result.case.decision).toBeUndefined();
    expect(result.unreadable).not.toContain('decision.fineAmount');
  });

  it('reads hidden tabs (display:none panes)', () => {
    const doc = loadPage('tabbed-hidden-tabs');
    const pane = doc.getElementById('pane-close') as HTMLElement;
    expect(pane.getAttribute('style')).toContain('display: none');
    const result = extractCase(doc);
    expect(result.case.status).toBe('closed');
    expect(result.case.events?.find((event) => event.kind === 'closed')?.at).toBe('2025-08-10');
    expect(pane.contains(result.fields.get('events.closed')!)).toBe(true);
  });
});

describe('extractCase: markup variety', () => {
  it('pairs "label：<input>" inside one table cell', () => {
    const result =
      read(`<table><tr><td>案号：<input value="济市监罚〔2025〕1号" /></td><td>当事人：<input value="张三" /></td></tr>
      <tr><td colspan="2">违法行为发生时间：<input value="2025年1月2日" /></td></tr></table>`);
    expect(result.case).toMatchObject({
      id: '济市监罚〔2025〕1号',
      party: { kind: 'person', name: '张三' },
      violationDate: '2025-01-02',
    });
  });

  it('pairs plain td label cells with the next cell', () => {
    const result =
      read(`<table><tr><td>案由</td><td>销售不符合食品安全标准的食品</td><td>立案日期</td><td>2025年1月2日</td></tr>
      <tr><td>当事人</td><td>济南某某商贸有限公司</td><td>送达日期</td><td></td></tr></table>`);
    expect(result.case.title).toBe('销售不符合食品安全标准的食品');
    expect(result.case.party).toEqual({ kind: 'legal-person', name: '济南某某商贸有限公司', isEnterprise: true });
    expect(result.case.events).toEqual([{ kind: 'filing-approved', at: '2025-01-02' }]);
    expect(result.unreadable).not.toContain('events.delivery');
  });

  it('reads "label：value" text lines, several on one line', () => {
    const result = read(`<div class="info">案号：济历城市监罚〔2025〕3号　当事人：李四<br/>罚款金额：伍佰元</div>`);
    expect(result.case).toMatchObject({
      id: '济历城市监罚〔2025〕3号',
      party: { name: '李四' },
      decision: { kinds: ['fine'], fineAmount: 500 },
    });
  });

  it('reads <label for> pairs and dl lists', () => {
    const result = read(`<label for="a">案件名称</label><input id="a" value="某某案" />
      <dl><dt>处罚决定日期</dt><dd>2025/3/5</dd><dt>被处罚人</dt><dd>王五</dd></dl>`);
    expect(result.case).toMatchObject({
      title: '某某案',
      party: { name: '王五', kind: 'person' },
      events: [{ kind: 'decision', at: '2025-03-05' }],
    });
  });

  it('reads Element Plus descriptions', () => {
    const result = read(`<div class="el-descriptions"><table class="el-descriptions__table is-bordered"><tbody>
      <tr><td class="el-descriptions__cell el-descriptions__label is-bordered-label">案件编号</td><td class="el-descriptions__cell el-descriptions__content">ABC-2025-009</td></tr>
      <tr><td class="el-descriptions__cell el-descriptions__label is-bordered-label">单位名称</td><td class="el-descriptions__cell el-descriptions__content">济南某某</td></tr>
      </tbody></table></div>`);
    expect(result.case.id).toBe('ABC-2025-009');
    expect(result.case.party).toEqual({ kind: 'other-org', name: '济南某某' });
  });

  it('reads vertical descriptions (labels in one row, values in the next)', () => {
    const result = read(`<table class="el-descriptions__table is-bordered"><tbody>
      <tr><th class="el-descriptions-item__label">案号</th><th class="el-descriptions-item__label">结案日期</th></tr>
      <tr><td class="el-descriptions-item__content">X-1</td><td class="el-descriptions-item__content">2025-10-01</td></tr></tbody></table>`);
    expect(result.case).toMatchObject({ id: 'X-1', events: [{ kind: 'closed', at: '2025-10-01' }] });
  });

  it('reads an EasyUI datagrid evidence list by field', () => {
    const result = read(`<div class="panel-title">证据清单</div><div class="datagrid-view">
      <div class="datagrid-view1"><div class="datagrid-header"><table><tr><td field="ck"><div class="datagrid-cell"></div></td></tr></table></div></div>
      <div class="datagrid-view2"><div class="datagrid-header"><table><tr><td field="zjmc"><div class="datagrid-cell"><span>证据名称</span></div></td><td field="sj"><div class="datagrid-cell"><span>取证时间</span></div></td></tr></table></div>
      <div class="datagrid-body"><table><tr class="datagrid-row"><td field="zjmc"><div class="datagrid-cell">现场笔录</div></td><td field="sj"><div class="datagrid-cell">2025-02-01</div></td></tr>
      <tr class="datagrid-row"><td field="zjmc"><div class="datagrid-cell">销售单据</div></td><td field="sj"><div class="datagrid-cell">2025-02-03</div></td></tr></table></div></div></div>`);
    expect(result.case.evidence).toEqual([
      { kind: 'inspection-record', title: '现场笔录', collectedAt: '2025-02-01' },
      { kind: 'documentary', title: '销售单据', collectedAt: '2025-02-03' },
    ]);
  });

  it('reads a single-row record table by its header', () => {
    const result = read(`<table><thead><tr><th>案号</th><th>当事人</th><th>立案日期</th></tr></thead>
      <tbody><tr><td>济X罚〔2025〕8号</td><td>刘某</td><td>2025-01-01</td></tr></tbody></table>`);
    expect(result.case).toMatchObject({
      id: '济X罚〔2025〕8号',
      party: { name: '刘某' },
      events: [{ kind: 'filing-approved', at: '2025-01-01' }],
    });
  });

  it('labels a section date by its fieldset legend', () => {
    const result =
      read(`<fieldset><legend>行政处罚事先告知</legend><table><tr><th>送达日期</th><td>2025-02-20</td></tr></table></fieldset>
      <fieldset><legend>行政处罚决定</legend><table><tr><th>日期</th><td>2025-03-05</td></tr><tr><th>送达日期</th><td>2025-03-07</td></tr></table></fieldset>`);
    expect(result.case.events).toEqual([
      { kind: 'notice-of-intent', at: '2025-02-20' },
      { kind: 'decision', at: '2025-03-05' },
      { kind: 'delivery', at: '2025-03-07' },
    ]);
  });
});

describe('extractCase: party values', () => {
  it('drops notes about the representative from the party name', () => {
    const result = read('<table><tr><th>当事人</th><td>济南某某商贸有限公司（法定代表人：张三）</td></tr></table>');
    expect(result.case.party).toEqual({ kind: 'legal-person', name: '济南某某商贸有限公司', isEnterprise: true });
  });

  it('reads a 当事人 paragraph for name, identity number and address', () => {
    const result = read(
      '<table><tr><th>当事人</th><td>王某某，男，1980年3月2日出生，身份证号：370102198003021234，住址：济南市市中区经七路1号。</td></tr></table>',
    );
    expect(result.case.party).toEqual({
      kind: 'person',
      name: '王某某',
      idNumber: '370102198003021234',
      address: '济南市市中区经七路1号',
    });
  });

  it('reads 当事人基本情况', () => {
    const result = read(
      '<dl><dt>当事人基本情况</dt><dd>济南某某餐饮管理有限公司，统一社会信用代码：91370100MA3C00000X，住所：济南市历下区某路2号</dd></dl>',
    );
    expect(result.case.party).toEqual({
      kind: 'legal-person',
      name: '济南某某餐饮管理有限公司',
      idNumber: '91370100MA3C00000X',
      address: '济南市历下区某路2号',
      isEnterprise: true,
    });
  });
});

describe('extractCase: what it must not read', () => {
  it('ignores a list of many cases', () => {
    const rows = Array.from(
      { length: 5 },
      (_, i) =>
        `<tr><td>济X罚〔2025〕${i + 1}号</td><td>当事人${i}有限公司</td><td>案由${i}</td><td>2025-0${i + 1}-01</td></tr>`,
    ).join('');
    const result = read(
      `<table><thead><tr><th>案号</th><th>当事人</th><th>案由</th><th>立案日期</th></tr></thead><tbody>${rows}</tbody></table>`,
    );
    expect(result.case.party).toBeUndefined();
    expect(result.case.events).toBeUndefined();
    expect(result.case.id).toMatch(/^page-[0-9a-f]{8}$/);
  });

  it('ignores scripts, option lists of custom selects and empty hidden dialogs', () => {
    const result = read(`<script>var s = "案号：脚本里的值";</script>
      <div class="layui-form-item"><label class="layui-form-label">案件来源</label><div class="layui-input-block">
      <div class="layui-form-select"><div class="layui-select-title"><input value="" placeholder="请选择" /></div>
      <dl class="layui-anim"><dd>投诉举报</dd><dd>部门移送</dd></dl></div></div></div>
      <div style="display:none"><div class="el-form-item"><label class="el-form-item__label">证据名称</label><div class="el-form-item__content"><input value="" /></div></div></div>`);
    expect(result.case.id).toMatch(/^page-/);
    expect(result.case.source).toBeUndefined();
    expect(result.case.evidence).toBeUndefined();
  });

  it('never guesses: an empty page is a valid case with id and act type marked unreadable', () => {
    const result = read('<p>欢迎使用</p>', 'http://10.1.1.1/x');
    expect(caseSchema.safeParse(result.case).success).toBe(true);
    expect(result.case).toEqual({
      schemaVersion: 1,
      id: result.case.id,
      actionType: 'penalty',
      origin: { url: 'http://10.1.1.1/x', adapter: 'generic', unreadable: ['actionType', 'id'] },
    });
    expect(result.unreadable).toEqual(['actionType', 'id']);
    expect(result.confidence).toBeLessThan(0.2);
  });

  it('gives the same fallback id for the same page and a different one for another', () => {
    const a = read('<p>当事人：甲</p>', 'http://h/case?id=1').case.id;
    expect(read('<p>当事人：甲</p>', 'http://h/case?id=1').case.id).toBe(a);
    expect(read('<p>当事人：甲</p>', 'http://h/case?id=2').case.id).not.toBe(a);
  });
});

describe('extractCase: unreadable values', () => {
  it('reports labelled values it cannot parse, and leaves them out', () => {
    const result = read(`<table><tr><th>案号</th><td>A-1</td></tr><tr><th>送达日期</th><td>详见送达回证</td></tr>
      <tr><th>罚款金额</th><td>按违法所得五倍</td></tr><tr><th>处罚依据</th><td>第十二条</td></tr>
      <tr><th>办理程序</th><td>见审批表</td></tr></table>`);
    expect(result.unreadable).toEqual(['decision.fineAmount', 'events.delivery', 'legalBasis', 'procedure']);
    expect(result.case.origin?.unreadable).toEqual(result.unreadable);
    expect(result.case.events).toBeUndefined();
    expect(result.case.decision).toBeUndefined();
    expect(result.case.legalBasis).toBeUndefined();
    expect(result.case.actionType).toBe('penalty');
    expect(result.fields.get('events.delivery')?.textContent).toBe('详见送达回证');
  });

  it('tells a blank field from a field the page does not have', () => {
    const result = read(
      `<table><tr><th>立案日期</th><td>2025-01-02</td></tr><tr><th>送达日期</th><td></td></tr></table>`,
    );
    expect(result.seen).toEqual(['events.delivery', 'events.filing-approved']);
    expect(result.case.events).toEqual([{ kind: 'filing-approved', at: '2025-01-02' }]);
    expect(result.unreadable).not.toContain('events.delivery');
    expect(result.seen).not.toContain('events.notice-of-intent');
  });

  it('does not treat a pending step as unreadable', () => {
    const result = read(`<table><tr><th>案号</th><td>A-2</td></tr><tr><th>送达日期</th><td>待送达</td></tr></table>`);
    expect(result.unreadable).toEqual(['actionType']);
  });

  it('reports credential numbers it cannot match to officers', () => {
    const result = read(
      `<table><tr><th>执法人员</th><td>张三、李四</td></tr><tr><th>执法证号</th><td>37010000001</td></tr></table>`,
    );
    expect(result.case.officers).toEqual([
      { name: '张三', roles: ['handler'] },
      { name: '李四', roles: ['handler'] },
    ]);
    expect(result.unreadable).toContain('officers.certificateNo');
  });

  it('matches numbered officers with numbered credentials', () => {
    const result = read(`<table><tr><th>执法人员1</th><td>张三</td><th>执法人员2</th><td>李四</td></tr>
      <tr><th>执法人员1证号</th><td>37010000001</td><th>执法人员2证号</th><td>37010000002</td></tr></table>`);
    expect(result.case.officers).toEqual([
      { name: '张三', certificateNo: '37010000001', roles: ['handler'] },
      { name: '李四', certificateNo: '37010000002', roles: ['handler'] },
    ]);
  });

  it('marks evidence kinds it cannot tell', () => {
    const result =
      read(`<div class="el-form-item"><label class="el-form-item__label">证据材料</label><div class="el-form-item__content">
      <textarea>1.现场检查笔录；2.涉案标签；3.附件三</textarea></div></div>`);
    expect(result.case.evidence?.map((item) => [item.kind, item.title])).toEqual([
      ['inspection-record', '现场检查笔录'],
      ['documentary', '涉案标签'],
      ['documentary', '附件三'],
    ]);
    expect(result.unreadable).toContain('evidence.kind');
  });
});

describe('extractCase: act type', () => {
  it('takes the act type from a 案件类型 / 执法类别 label', () => {
    expect(read('<dl><dt>执法类别</dt><dd>行政强制</dd><dt>案号</dt><dd>Q-1</dd></dl>').case.actionType).toBe(
      'coercion',
    );
  });

  it('infers it from the strongest evidence on the page when there is no label', () => {
    const result = read('<h3>查封扣押决定书</h3><p>案号：Q-2</p><p>本机关决定对下列场所、设施、财物予以查封。</p>');
    expect(result.case.actionType).toBe('coercion');
    expect(result.unreadable).not.toContain('actionType');
  });
});

describe('extractCase: sentences of a writ', () => {
  it('reads the decision, provisions and dates from running text', () => {
    const result = read(`<p>济南市某某区市场监督管理局</p><p>行政处罚决定书</p><p>济某市监罚〔2025〕5号</p>
      <p>当事人：济南某某食品有限公司</p>
      <p>本局于2025年1月10日立案调查。当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。</p>
      <p>依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：没收违法所得人民币叁佰元，并处罚款人民币伍万元整。</p>
      <p>济南市某某区市场监督管理局</p><p>2025年3月5日</p>`);
    expect(result.case).toMatchObject({
      id: '济某市监罚〔2025〕5号',
      actionType: 'penalty',
      agency: { name: '济南市某某区市场监督管理局' },
      party: { kind: 'legal-person', name: '济南某某食品有限公司' },
      legalBasis: [
        { role: 'violated', law: '中华人民共和国食品安全法', article: 34, item: 10 },
        { role: 'penalty', law: '中华人民共和国食品安全法', article: 124, paragraph: 1, item: 5 },
      ],
      decision: { kinds: ['confiscate-gains', 'fine'], fineAmount: 50000, illegalGains: 300 },
      events: [
        { kind: 'filing-approved', at: '2025-01-10' },
        { kind: 'decision', at: '2025-03-05' },
      ],
    });
  });

  it('reads 不予行政处罚 as an outcome, with no sanction kinds', () => {
    const result = read(
      '<p>行政处罚决定书</p><p>案号：N-1</p><p>鉴于当事人违法行为轻微并及时改正，没有造成危害后果，本局决定不予行政处罚。</p>',
    );
    expect(result.case.decision).toEqual({ kinds: [], outcome: 'no-penalty' });
    expect(result.unreadable).not.toContain('decision.kinds');
  });

  it('labels win over sentences', () => {
    const result = read(`<table><tr><th>处罚决定日期</th><td>2025-03-06</td></tr></table>
      <p>本局于2025年3月5日作出行政处罚决定。</p>`);
    expect(result.case.events).toEqual([{ kind: 'decision', at: '2025-03-06' }]);
  });
});

describe('extractCase: frames', () => {
  it('reads same-origin frames and skips frames it may not read', () => {
    const doc = loadPage('portal-frame');
    const result = extractCase(doc);
    expect(result.case.party?.name).toBe('济南味道餐饮管理有限公司');
    const frame = doc.getElementById('mainFrame') as HTMLIFrameElement;
    expect(result.fields.get('party.name')?.ownerDocument).toBe(frame.contentDocument);
  });

  it('skips a frame whose contentDocument is null', () => {
    const doc = loadHtml('<p>案号：F-1</p><iframe id="x"></iframe>');
    Object.defineProperty(doc.getElementById('x')!, 'contentDocument', { get: () => null });
    expect(extractCase(doc).case.id).toBe('F-1');
  });

  it('accepts an Element as the root', () => {
    const doc = loadHtml('<div id="a"><p>案号：E-1</p></div><div id="b"><p>案号：E-2</p></div>');
    expect(extractCase(doc.getElementById('b')!).case.id).toBe('E-2');
  });
});

describe('extractCase: approval forms and signatures', () => {
  const form = (approverDate: string) =>
    read(`<h2>立案审批表</h2><table>
      <tr><td class="k">受案时间</td><td><input value="2025年1月8日" /></td></tr>
      <tr><td class="k">承办人意见</td><td>建议立案调查。
        <div>经办人：<input value="张振华" />（执法证号<input value="37010421006" />）<input value="李雯" />（执法证号<input value="37010421019" />）</div>
        <div>签字日期：<input value="2025年1月9日" /></div></td></tr>
      <tr><td class="k">承办部门负责人意见</td><td>同意。<div>承办部门负责人：<input value="刘海峰" /> 签字日期：<input value="2025年1月9日" /></div></td></tr>
      <tr><td class="k">审批意见</td><td><input value="同意立案" /><div>分管负责人：<input value="吴志刚" /> 签字日期：<input value="${approverDate}" /></div></td></tr>
    </table>`);

  it('dates the step by the head’s signature, not the handler’s or the reviewer’s', () => {
    const result = form('2025年1月10日');
    const events = result.case.events?.map((event) => `${event.kind}@${event.at}`);
    expect(events).toEqual(['lead-received@2025-01-08', 'filing-approved@2025-01-10']);
  });

  it('takes a blank head signature date as a step not done', () => {
    const result = form('');
    expect(result.case.events?.some((event) => event.kind === 'filing-approved')).toBe(false);
    expect(result.case.origin?.emptyFields).toEqual(['events.filing-approved']);
  });

  it('reads officers with credential numbers written between inputs on one line', () => {
    expect(form('2025年1月10日').case.officers).toEqual([
      { name: '张振华', certificateNo: '37010421006', roles: ['handler'] },
      { name: '李雯', certificateNo: '37010421019', roles: ['handler'] },
    ]);
  });

  it('keeps a labelled value cell to its own value (a sentence input after it is read on its own)', () => {
    const result = read(`<table><tr><td class="k">简要案情</td><td><textarea>当事人销售过期食品。</textarea>
      <p>经初步审查，当事人的行为涉嫌违反了<input value="《中华人民共和国食品安全法》第三十四条第（十）项" />的规定。</p></td></tr></table>`);
    expect(result.case.facts).toBe('当事人销售过期食品。');
    expect(result.case.legalBasis).toEqual([
      expect.objectContaining({ role: 'violated', law: '中华人民共和国食品安全法', article: 34, item: 10 }),
    ]);
  });
});

describe('extractCase: steps in the act’s own terms', () => {
  it('a coercive measure’s blank approval is an empty coercion approval', () => {
    const result = read(`<dl><dt>措施类型</dt><dd>扣押</dd><dt>实施时间</dt><dd>2025-08-06 10:20</dd>
      <dt>承办日期</dt><dd>2025-08-06</dd><dt>批准时间</dt><dd></dd><dt>延长批准</dt><dd>—</dd></dl>`);
    expect(result.case.actionType).toBe('coercion');
    expect(result.case.events).toEqual([{ kind: 'coercion-applied', at: '2025-08-06T10:20' }]);
    expect(result.case.origin?.emptyFields).toEqual(['events.coercion-approved', 'events.coercion-extended']);
  });

  it('a list of correction notices gives one step per row', () => {
    const result =
      read(`<div class="layui-form-item"><label class="layui-form-label">补正告知记录</label><div class="layui-input-block">
      <table><thead><tr><th>序号</th><th>通知书文号</th><th>告知日期</th><th>补正完成日期</th></tr></thead><tbody>
      <tr><td>1</td><td>审补〔2025〕1号</td><td>2025-10-10</td><td>2025-10-15</td></tr>
      <tr><td>2</td><td>审补〔2025〕2号</td><td>2025-10-17</td><td>2025-10-20</td></tr></tbody></table></div></div>
      <p>行政许可 受理日期：2025-10-20</p>`);
    expect(
      result.case.events?.filter((event) => event.kind === 'correction-requested').map((event) => event.at),
    ).toEqual(['2025-10-10', '2025-10-17']);
  });

  it('延期审批 无 is no extension, and the field is shown empty', () => {
    const result =
      read(`<label for="e">延期审批</label><select id="e"><option selected>无</option><option>已批准延长30日</option></select>
      <label for="d">决定日期</label><input id="d" value="2026-01-08" />`);
    expect(result.case.events).toEqual([{ kind: 'decision', at: '2026-01-08' }]);
    expect(result.case.origin?.emptyFields).toEqual(['events.extension-approved']);
    expect(result.unreadable).not.toContain('events.extension-approved');
  });
});

describe('extractCase: what the notice told', () => {
  const notice = (hearingChecked: boolean) =>
    read(`<div class="el-form-item"><label class="el-form-item__label">告知日期</label><div class="el-form-item__content"><input value="2025-05-10" /></div></div>
      <div class="el-form-item"><label class="el-form-item__label">告知事项</label><div class="el-form-item__content">
      <label class="el-checkbox is-checked"><input type="checkbox" checked /><span>陈述、申辩</span></label>
      <label class="el-checkbox${hearingChecked ? ' is-checked' : ''}"><input type="checkbox" ${hearingChecked ? 'checked' : ''} /><span>要求听证</span></label></div></div>`);

  it('an unticked 要求听证 is a notice without the hearing right and a blank hearing notice', () => {
    const result = notice(false);
    expect(result.case.events).toEqual([{ kind: 'notice-of-intent', at: '2025-05-10', data: { hearingRight: false } }]);
    expect(result.case.origin?.emptyFields).toEqual(['events.hearing-notice']);
  });

  it('a ticked 要求听证 names the right', () => {
    const result = notice(true);
    expect(result.case.events?.[0]?.data).toEqual({ hearingRight: true });
    expect(result.case.origin?.emptyFields).toBeUndefined();
  });

  it('reads the rights told from the sentence of a writ', () => {
    const result = read(
      `<p>本局于2025年2月18日向当事人送达了《行政处罚告知书》，告知当事人依法享有的陈述、申辩和要求听证的权利。</p>`,
    );
    expect(result.case.events).toEqual([{ kind: 'notice-of-intent', at: '2025-02-18', data: { hearingRight: true } }]);
  });

  it('未提出陈述、申辩 is no statement', () => {
    const result = read(`<p>2025年12月15日，当事人未提出陈述、申辩。</p>`);
    expect(result.case.events).toBeUndefined();
  });
});

describe('extractCase: large lists', () => {
  const log = (rows: number) =>
    `<h3>操作日志</h3><table><thead><tr><th>序号</th><th>时间</th><th>操作人</th><th>操作内容</th></tr></thead><tbody>${Array.from(
      { length: rows },
      (_, i) =>
        `<tr><td>${i + 1}</td><td>2025-01-0${(i % 9) + 1}</td><td>操作员${i}</td><td>决定书已送达当事人：</td></tr>`,
    ).join('')}</tbody></table>`;

  it('leaves out a long list that is not part of the case (its text is not read)', () => {
    const result = read(`<p>案号：济市监罚〔2025〕1号</p>${log(200)}`);
    expect(result.case.id).toBe('济市监罚〔2025〕1号');
    expect(result.case.events).toBeUndefined();
  });

  it('still reads a long evidence list', () => {
    const rows = Array.from(
      { length: 60 },
      (_, i) => `<tr><td>${i + 1}</td><td>询问笔录${i + 1}</td><td>2025-01-10</td></tr>`,
    );
    const result = read(
      `<table><thead><tr><th>序号</th><th>证据名称</th><th>取证时间</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
    expect(result.case.evidence).toHaveLength(60);
  });
});
