// @vitest-environment happy-dom
/**
 * The demo case system (demo/, see demo/README.md) read as the extension reads it: each case page
 * (frame-host.html with its same-origin frame frame-form.html) goes through the generic extractor,
 * whose case must show what a careful reader sees on the page; then the core rules run on it. A
 * defective page must yield exactly the violations its <meta name="zhifa-demo-expected"> describes,
 * a clean page none.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCase } from '../lib/adapters/generic';
import { caseSchema, type CaseEvent, type EnforcementCase } from '../lib/case/schema';
import { JINAN } from '../lib/engine/profile';
import { runRules } from '../lib/engine/run';
import { CORE_RULES } from '../lib/rules/core';
import { loadFile } from './fixtures/pages/load-page';

const DEMO = join(import.meta.dirname, '..', 'demo');
const TODAY = '2026-11-25';

function read(page: string) {
  const document = loadFile(join(DEMO, `${page}.html`));
  const meta = document.querySelector('meta[name="zhifa-demo-expected"]')?.getAttribute('content') ?? '';
  const result = extractCase(document, { url: `http://127.0.0.1:5180/${page}.html` });
  const report = runRules(result.case, CORE_RULES, { today: TODAY, profile: JINAN });
  const violations = report.findings
    .filter((finding) => finding.status === 'violation')
    .map((finding) => finding.ruleId)
    .sort();
  return { result, case: result.case, meta, report, violations };
}

/** Events as kind@date (data left out), in the case's order. */
function timeline(c: EnforcementCase): string[] {
  return (c.events ?? []).map((event) => `${event.kind}@${event.at}`);
}

function event(c: EnforcementCase, kind: string): CaseEvent | undefined {
  return c.events?.find((e) => e.kind === kind);
}

function officers(c: EnforcementCase): string[] {
  return (c.officers ?? []).map((officer) => `${officer.name}:${officer.certificateNo ?? '-'}`);
}

function refs(c: EnforcementCase): string[] {
  return (c.legalBasis ?? []).map(
    (ref) => `${ref.role} ${ref.law} ${ref.article ?? ''}/${ref.paragraph ?? ''}/${ref.item ?? ''}`,
  );
}

describe('demo pages: what the extractor reads', () => {
  it('every page is read into a valid case, with the page meta and no engine errors', () => {
    for (const page of PAGES) {
      expect(existsSync(join(DEMO, `${page}.html`))).toBe(true);
      const { case: c, meta, report, result } = read(page);
      expect(meta, page).not.toBe('');
      expect(caseSchema.safeParse(c).success, page).toBe(true);
      expect(report.errors, page).toEqual([]);
      expect(result.unreadable, page).not.toContain('id');
    }
  });

  it('case-element (Element-UI): filing and notice dates, the unticked hearing choice', () => {
    const { case: c } = read('case-element');
    expect(c.id).toBe('济历市监罚〔2025〕37号');
    expect(c.actionType).toBe('penalty');
    expect(c.procedure).toBe('general');
    expect(c.party).toMatchObject({
      kind: 'legal-person',
      name: '济南泉澜餐饮管理有限公司',
      idNumber: '91370102MADK3R7Q5X',
    });
    expect(officers(c)).toEqual(['孙立新:37010221001', '王晓彤:37010221017']);
    expect(refs(c)).toEqual(['violated 中华人民共和国食品安全法 35/1/', 'penalty 中华人民共和国食品安全法 122/1/']);
    expect(c.decision).toMatchObject({ fineAmount: 50000, illegalGains: 3260 });
    expect(c.decision?.kinds).toEqual(expect.arrayContaining(['fine', 'confiscate-gains']));
    expect(c.evidence).toHaveLength(6);
    // 受案时间 2025-04-02 registers the complaint; the case is filed (立案时间) on 2025-04-07.
    expect(timeline(c)).toEqual([
      'lead-received@2025-04-02',
      'inspection@2025-04-03',
      'filing-approved@2025-04-07',
      'investigation-ended@2025-05-06',
      'legal-review@2025-05-12',
      'collective-discussion@2025-05-15',
      'approval@2025-05-16',
      'decision@2025-05-20',
      'delivery@2025-05-22',
      'notice-of-intent@2025-05-26',
    ]);
    // 告知事项: 陈述、申辩 ticked, 要求听证 not: the notice did not name the hearing right.
    expect(event(c, 'notice-of-intent')?.data).toEqual({ hearingRight: false });
    expect(event(c, 'inspection')?.data).toEqual({ credentialsShown: true });
    expect(c.origin?.emptyFields).toEqual(['events.hearing-notice']);
  });

  it('case-jsp (old JSP table): simple procedure, both officers, the second paragraph of the penalty article', () => {
    const { case: c } = read('case-jsp');
    expect(c.id).toBe('济市中综执简罚〔2025〕第0612号');
    expect(c.procedure).toBe('simple');
    expect(c.agency?.name).toBe('济南市市中区综合行政执法局');
    expect(c.party).toMatchObject({ kind: 'person', name: '韩立峰', idNumber: '370103197903152214' });
    expect(officers(c)).toEqual(['马文博:37010321005', '李静怡:37010321012']);
    expect(refs(c)).toEqual([
      'violated 中华人民共和国固体废物污染环境防治法 49/2/',
      'penalty 中华人民共和国固体废物污染环境防治法 111/1/1',
      'penalty 中华人民共和国固体废物污染环境防治法 111/3/',
    ]);
    expect(c.decision).toMatchObject({ kinds: ['fine'], fineAmount: 100 });
    expect(c.violationDate).toBe('2025-06-18');
    expect(c.flags?.recorded).toBe(true);
    expect(timeline(c)).toEqual([
      'credentials-shown@2025-06-18T09:40',
      'decision@2025-06-18T10:05',
      'delivery@2025-06-18T10:08',
      'payment@2025-06-19',
    ]);
    expect(c.origin?.unreadable).toEqual([]);
  });

  it('case-coercion-dl (dl/dt/dd): the blank approval block is an empty field, the measure’s own terms', () => {
    const { case: c } = read('case-coercion-dl');
    expect(c.id).toBe('济天市监强扣〔2025〕9号');
    expect(c.actionType).toBe('coercion');
    expect(c.party).toMatchObject({ name: '济南鑫悦通商贸有限公司', idNumber: '91370105MA94TQ8N2W' });
    expect(officers(c)).toEqual(['高振宇:37010521008', '陈思琪:37010521021']);
    expect(refs(c)).toEqual(['other 中华人民共和国产品质量法 18/1/4', 'other 中华人民共和国行政强制法 9//3']);
    expect(c.flags).toMatchObject({ emergency: false, recorded: true, partyPresent: true });
    // 承办日期 is the handler's date, not an approval; 作出解除扣押决定 lifts the seizure.
    expect(timeline(c)).toEqual([
      'delivery@2025-08-06T10:20',
      'coercion-applied@2025-08-06T10:20',
      'on-site-record@2025-08-06T10:20',
      'coercion-lifted@2025-09-15',
    ]);
    expect(c.origin?.emptyFields).toEqual(['events.coercion-approved', 'events.coercion-extended']);
    expect(c.decision).toBeUndefined();
  });

  it('case-license-layui (layui): two correction notices, acceptance and the licence decision', () => {
    const { case: c } = read('case-license-layui');
    // The decision's 文号 wins over the 办件编号 SP370112-20251009-0187 (label priority 7 over 6).
    expect(c.id).toBe('济历城审食许〔2025〕1583号');
    expect(c.actionType).toBe('license');
    expect(c.party).toMatchObject({ name: '济南禾丰优选超市有限公司', idNumber: '91370112MAE1WQ6D3H' });
    expect(officers(c)).toEqual(['黄婷:37011221014', '邱鹏:37011221022', '程立军:-']);
    expect(c.decision?.outcome).toBe('granted');
    expect(timeline(c)).toEqual([
      'application-received@2025-10-09',
      'correction-requested@2025-10-10',
      'correction-requested@2025-10-17',
      'application-accepted@2025-10-20',
      'license-decision@2025-11-27',
      'delivery@2025-11-28',
      'disclosure@2025-12-01',
    ]);
    expect(c.events?.filter((e) => e.kind === 'correction-requested').map((e) => e.ref)).toEqual([
      '济历城审补〔2025〕0311号',
      '济历城审补〔2025〕0342号',
    ]);
    // 是否延期 否 and an empty 延期批准: no extension.
    expect(c.origin?.emptyFields).toEqual(['events.extension-approved']);
  });

  it('case-inspection-antd (Ant Design descriptions): draw, approval, inspection, published results', () => {
    const { case: c } = read('case-inspection-antd');
    expect(c.id).toBe('JNHB-SSJ-2025-Q2-017');
    expect(c.actionType).toBe('inspection');
    expect(c.party).toMatchObject({ name: '济南恒瑞包装材料有限公司', idNumber: '91370112MA3QH8R41L' });
    expect(officers(c)).toEqual(['刘宇航:37010021033', '郑佳琪:37010021047']);
    expect(c.flags?.recorded).toBe(true);
    expect(timeline(c)).toEqual([
      'random-selection@2025-04-08',
      'approval@2025-04-10',
      'inspection@2025-04-16T09:30',
      'results-published@2025-04-25',
      'closed@2025-04-28',
    ]);
    expect(event(c, 'inspection')?.data).toEqual({ credentialsShown: true });
    expect(c.origin?.unreadable).toEqual([]);
  });

  it('case-writ (printable writ + 立案审批表 + 送达回证): the signature date is the decision, 受案 is not 立案', () => {
    const { case: c } = read('case-writ');
    expect(c.id).toBe('济槐市监处罚〔2025〕15号');
    expect(c.agency?.name).toBe('济南市槐荫区市场监督管理局');
    expect(c.party).toMatchObject({
      kind: 'legal-person',
      name: '济南福润嘉生鲜超市有限公司',
      idNumber: '91370104MA3RG5KT7E',
    });
    // The two 经办人 of the 立案审批表, with their credential numbers.
    expect(officers(c)).toEqual(['张振华:37010421006', '李雯:37010421019']);
    expect(refs(c)).toEqual(['violated 中华人民共和国食品安全法 34//10', 'penalty 中华人民共和国食品安全法 124/1/5']);
    expect(c.decision).toMatchObject({ fineAmount: 50000 });
    expect(c.decision?.kinds).toEqual(expect.arrayContaining(['fine', 'confiscate-property']));
    expect(c.evidence?.map((e) => e.title)).toEqual([
      '现场检查笔录',
      '现场照片',
      '询问笔录',
      '当事人营业执照复印件',
      '食品经营许可证复印件',
      '进货票据',
    ]);
    // 受案时间 2025年1月8日 is the inspection day; 分管负责人 approves the filing on 2025年1月10日 (the
    // 经办人's and the department head's 签字日期 of 2025年1月9日 are not the approval). The decision
    // is dated by its signature 二〇二五年三月五日.
    expect(timeline(c)).toEqual([
      'lead-received@2025-01-08',
      'inspection@2025-01-08',
      'filing-approved@2025-01-10',
      'notice-of-intent@2025-02-18',
      'legal-review@2025-02-26',
      'collective-discussion@2025-03-03',
      'decision@2025-03-05',
      'delivery@2025-03-07T10:20',
    ]);
    expect(event(c, 'notice-of-intent')?.data).toEqual({ hearingRight: true });
  });

  it('case-tabs (EasyUI tabs, hidden panes): every pane is read', () => {
    const { case: c } = read('case-tabs');
    expect(c.id).toBe('济历城综执罚〔2025〕203号');
    expect(c.party).toMatchObject({ name: '济南佳禾餐饮管理有限公司', idNumber: '91370112MA7F2LW93C' });
    expect(officers(c).slice(0, 2)).toEqual(['陶然:37011221031', '林晓雨:37011221045']);
    expect(refs(c)).toEqual([
      'violated 中华人民共和国大气污染防治法 81/1/',
      'penalty 中华人民共和国大气污染防治法 118/1/',
    ]);
    expect(c.decision).toMatchObject({ kinds: ['fine'], fineAmount: 8000 });
    expect(c.evidence).toHaveLength(5);
    expect(event(c, 'lead-received')?.at).toBe('2025-09-22');
    expect(event(c, 'filing-approved')?.at).toBe('2025-09-24');
    expect(event(c, 'notice-of-intent')?.at).toBe('2025-10-28');
    expect(event(c, 'statement-heard')?.at).toBe('2025-10-30');
    expect(event(c, 'decision')?.at).toBe('2025-11-14');
    expect(event(c, 'delivery')?.at).toBe('2025-12-02');
  });

  it('frame-host (form in a same-origin iframe): one officer, the notice named the hearing right', () => {
    const { case: c } = read('frame-host');
    expect(c.id).toBe('(济槐)应急罚〔2025〕21号');
    expect(c.party).toMatchObject({ name: '济南恒通机械制造有限公司', idNumber: '91370104MA3N8KX26P' });
    expect(officers(c)).toEqual(['袁志鹏:37010421030']);
    expect(refs(c)).toEqual(['violated 中华人民共和国安全生产法 28/1/', 'penalty 中华人民共和国安全生产法 97//3']);
    expect(c.decision).toMatchObject({ kinds: ['fine'], fineAmount: 20000 });
    expect(event(c, 'notice-of-intent')).toEqual({
      kind: 'notice-of-intent',
      at: '2025-08-12',
      data: { hearingRight: true },
    });
    expect(event(c, 'hearing-waived')?.at).toBe('2025-08-14');
    expect(event(c, 'decision')?.at).toBe('2025-08-26');
    expect(event(c, 'delivery')?.at).toBe('2025-08-28');
  });

  it('case-split (list beside the form): the form’s case, 延期审批 无 is no extension', () => {
    const { case: c } = read('case-split');
    expect(c.id).toBe('济市中市监罚〔2025〕88号');
    // The shop's credit code, not its operator's ID card number.
    expect(c.party).toMatchObject({ name: '济南市市中区鲜丰果品店', idNumber: '92370103MA3C7RQ41U' });
    // The credential numbers are labelled only by aria-label.
    expect(officers(c)).toEqual(['宋立华:37010321041', '葛晓燕:37010321056']);
    expect(refs(c)).toEqual(['violated 中华人民共和国价格法 13/1/', 'penalty 中华人民共和国价格法 42//']);
    expect(c.decision).toMatchObject({ kinds: ['fine'], fineAmount: 2000 });
    expect(event(c, 'filing-approved')?.at).toBe('2025-09-01');
    expect(event(c, 'decision')?.at).toBe('2026-01-08');
    expect(event(c, 'extension-approved')).toBeUndefined();
    // 陈述申辩：当事人未提出陈述、申辩 is no statement.
    expect(event(c, 'statement-heard')).toBeUndefined();
    expect(c.origin?.emptyFields).toEqual(['events.extension-approved']);
    expect(c.origin?.unreadable).toEqual([]);
  });
});

/** The violations each page's meta describes (none for the clean pages), as rule ids. */
const EXPECTED_VIOLATIONS: Record<string, string[]> = {
  // ① notice served after the decision (APL 44); ② 50,000 yuan on a company, no hearing right told (APL 63).
  'case-element': ['apl-44-prior-notice', 'apl-63-hearing-right'],
  'case-jsp': [],
  // ① seizure with the approval block empty and no emergency (ACL 18); ② 40 days, no extension (ACL 25).
  'case-coercion-dl': ['acl-18-prior-approval', 'acl-25-seizure-term'],
  // ① 28 working days from acceptance to decision (ALL 42); ② two correction notices (ALL 32).
  'case-license-layui': ['all-32-one-time-notice', 'all-42-decision-deadline'],
  'case-inspection-antd': [],
  'case-writ': [],
  // Service 12 working days after the decision (APL 61).
  'case-tabs': ['apl-61-service'],
  // Only one officer (APL 42).
  'frame-host': ['apl-42-officers'],
  // 129 days from filing to decision with no extension (APL 60).
  'case-split': ['apl-60-decision-deadline'],
};
const PAGES = Object.keys(EXPECTED_VIOLATIONS);

describe(`demo pages: core rules (jinan profile, today ${TODAY})`, () => {
  for (const [page, expected] of Object.entries(EXPECTED_VIOLATIONS)) {
    it(
      expected.length > 0
        ? `${page}: the defects of its meta are violations (${expected.join(', ')}), nothing else`
        : `${page}: clean, no violation`,
      () => {
        const { violations } = read(page);
        expect(violations).toEqual(expected);
      },
    );
  }

  it('case-split switched to 91号 (as the page’s history.pushState navigation does): clean', () => {
    const document = loadFile(join(DEMO, 'case-split.html'));
    const spa = JSON.parse(document.getElementById('demo-spa-cases')!.textContent ?? '{}') as {
      cases: Record<string, { fields: Record<string, string> }>;
    };
    // The same assignments as renderSpa in demo/assets/app.js.
    for (const [id, value] of Object.entries(spa.cases['91']!.fields)) {
      const element = document.getElementById(id);
      if (!element) continue;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)) (element as HTMLInputElement).value = value;
      else element.textContent = value;
    }
    const c = extractCase(document).case;
    expect(c.id).toBe('济市中市监罚〔2025〕91号');
    expect(timeline(c)).toEqual([
      'inspection@2025-10-09',
      'filing-approved@2025-10-13',
      'notice-of-intent@2025-11-10',
      'legal-review@2025-11-14',
      'decision@2025-11-20',
      'delivery@2025-11-21',
    ]);
    const report = runRules(c, CORE_RULES, { today: TODAY, profile: JINAN });
    expect(report.findings.filter((finding) => finding.status === 'violation')).toEqual([]);
  });

  it('the rules point at the fields that carry the defect', () => {
    const finding = (page: string, ruleId: string) =>
      read(page).report.findings.find((f) => f.ruleId === ruleId && f.status === 'violation');
    expect(finding('case-coercion-dl', 'acl-18-prior-approval')?.fields).toContain('events.coercion-approved');
    expect(finding('case-element', 'apl-63-hearing-right')?.fields).toContain('events.hearing-notice');
    expect(finding('case-license-layui', 'all-32-one-time-notice')?.message).toContain('2025-10-17');
  });
});
