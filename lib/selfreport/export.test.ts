import { describe, expect, it } from 'vitest';
import { makeReport, testUuid } from '../../test/store/fixtures';
import { assessExemption } from './assess';
import { checkBundle, makeBundle, seal } from './chain';
import { maskDeep } from './mask';
import {
  bundleToJson,
  csvCell,
  escapeHtml,
  formatChinaTime,
  ledgerToCsv,
  renderSelfReportHtml,
  reportsToCsv,
} from './export';
import type { LedgerEntry } from './schema';

const NOW = new Date('2025-07-08T03:00:00.000Z');
const EVIL = `<script>alert("x")</script> & 'quote' <img src=x onerror=alert(1)>`;

function hostile() {
  return makeReport({
    caseId: `案件${EVIL}`,
    description: `说明${EVIL}`,
    caseSnapshot: { [`path${EVIL}`]: `value${EVIL}`, 'party.idNumber': '370102199001011234' },
    discoverer: { name: `发现人${EVIL}`, role: EVIL },
    correction: {
      method: 'supplement',
      description: EVIL,
      correctedAt: '2025-07-08',
      approvedBy: EVIL,
      partyNotified: true,
      proof: [EVIL, '联系电话 13812345678'],
    },
    harm: { partyLoss: false, notes: EVIL },
    officer: { name: EVIL, unit: EVIL, certificateNo: EVIL },
    claims: { exemptionGrounds: ['12-1', '12-4'], explanation: EVIL },
  });
}

/** The tags and attribute names in an HTML string. */
function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z0-9!]+)/g)].map((m) => m[1]!.toLowerCase());
}

describe('escapeHtml', () => {
  it('escapes & < > " and \'', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(escapeHtml(`a&amp;b`)).toBe('a&amp;amp;b');
  });
});

describe('renderSelfReportHtml', () => {
  it('escapes every value: no tag, attribute or entity from the data reaches the document', async () => {
    const record = await seal(hostile(), undefined, { now: NOW });
    const assessment = assessExemption(record.report, { faults: [] }, { now: '2025-07-20' });
    const html = renderSelfReportHtml(record, { assessment });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).not.toContain(`'quote'`);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39;');
    const allowed = new Set([
      '!doctype',
      'html',
      'head',
      'meta',
      'title',
      'style',
      'body',
      'main',
      'h1',
      'h2',
      'p',
      'table',
      'thead',
      'tbody',
      'tr',
      'th',
      'td',
      'ul',
      'li',
      'span',
      'strong',
      'div',
    ]);
    for (const tag of tags(html)) expect(allowed.has(tag), tag).toBe(true);
  });

  it('forbids scripts with a Content-Security-Policy and is a complete document', async () => {
    const html = renderSelfReportHtml(await seal(makeReport(), undefined, { now: NOW }));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('行政执法过错自查自纠报告');
    expect(html).toContain('@page');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('shows the seal: receipt code, hash, sealing time in China Standard Time', async () => {
    const record = await seal(makeReport(), undefined, { now: NOW });
    const html = renderSelfReportHtml(record);
    expect(html).toContain(record.receipt.code);
    expect(html).toContain(record.hash);
    expect(html).toContain('2025-07-08 11:00');
    expect(html).toContain('第七条第（三）项 违反法定程序');
  });

  it('masks personal numbers by default and shows them only when asked', async () => {
    const record = await seal(hostile(), undefined, { now: NOW });
    const masked = renderSelfReportHtml(record);
    expect(masked).not.toContain('370102199001011234');
    expect(masked).toContain('370102********1234');
    expect(masked).toContain('138****5678');
    const full = renderSelfReportHtml(record, { mask: false });
    expect(full).toContain('370102199001011234');
    expect(full).toContain('未作遮蔽处理');
  });

  it('renders an unsealed report and the assessment', () => {
    const report = makeReport();
    const html = renderSelfReportHtml(report, {
      assessment: assessExemption(report, { faults: [] }, { now: '2025-07-20' }),
    });
    expect(html).toContain('（未封存）');
    expect(html).toContain('七、自查评估（辅助提示）');
    expect(html).toContain('可能符合免于追究情形');
    expect(html).toContain('最终以行政执法监督机构认定为准');
  });
});

describe('bundleToJson', () => {
  it('leaves records sealed masked unchanged, so the exported bundle verifies', async () => {
    const record = await seal(maskDeep(hostile()), undefined, { now: NOW });
    const out = bundleToJson(makeBundle([record], { now: NOW }));
    expect(out.changedByMasking).toBe(0);
    expect(out.warning).toBeUndefined();
    expect((await checkBundle(JSON.parse(out.json))).status).toBe('intact');
  });

  it('warns that masking breaks the hash of a record sealed unmasked; unmasked export verifies', async () => {
    const record = await seal(hostile(), undefined, { now: NOW });
    const bundle = makeBundle([record], { now: NOW });
    const masked = bundleToJson(bundle);
    expect(masked.changedByMasking).toBe(1);
    expect(masked.warning?.zh).toContain('无法核验');
    expect(masked.json).not.toContain('370102199001011234');
    expect((await checkBundle(JSON.parse(masked.json))).status).toBe('broken');
    const full = bundleToJson(bundle, { mask: false });
    expect((await checkBundle(JSON.parse(full.json))).status).toBe('intact');
  });
});

describe('CSV', () => {
  it('quotes and doubles quotes where needed, and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('writes the ledger with a BOM and CRLF lines, masked by default', () => {
    const entries: LedgerEntry[] = [
      {
        id: testUuid(),
        kind: 'fault',
        at: '2025-03-01',
        art7Item: 3,
        ruleId: 'apl-59',
        note: '电话13812345678, 已核实',
      },
      {
        id: testUuid(),
        kind: 'correction-notice',
        noticeAt: '2025-04-01',
        dueAt: '2025-05-01',
        doneAt: '2025-04-20',
        refused: false,
        source: '行政执法监督意见书',
      },
    ];
    const text = ledgerToCsv(entries);
    expect(text.startsWith('\ufeff类型,日期,第七条项目')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two rows, trailing empty
    expect(lines[1]).toBe('过错,2025-03-01,3,apl-59,,,,,,,,,,"电话138****5678, 已核实"');
    expect(lines[2]).toBe('纠正通知,2025-04-01,,,,,,,,2025-05-01,2025-04-20,否,行政执法监督意见书,');
    expect(ledgerToCsv(entries, { mask: false })).toContain('13812345678');
  });

  it('writes sealed reports one row per version', async () => {
    const record = await seal(makeReport(), undefined, { now: NOW });
    const text = reportsToCsv([record]);
    const [header, row] = text.slice(1).split('\r\n');
    expect(header!.split(',')[0]).toBe('回执码');
    expect(row!.startsWith(`${record.receipt.code},济历市监罚〔2025〕示例01号,${record.report.id},1,3,`)).toBe(true);
    expect(row!.endsWith(record.hash)).toBe(true);
  });
});

describe('formatChinaTime', () => {
  it('shows instants in UTC+8 and dates as they are', () => {
    expect(formatChinaTime('2025-07-08T16:30:00.000Z')).toBe('2025-07-09 00:30');
    expect(formatChinaTime('2025-07-08T09:30:00+08:00')).toBe('2025-07-08 09:30');
    expect(formatChinaTime('2025-07-08')).toBe('2025-07-08');
    expect(formatChinaTime(undefined)).toBe('');
  });
});
