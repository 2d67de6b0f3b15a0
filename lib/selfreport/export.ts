import { art7Heading, formatCitation } from '../engine/citation';
import type { Bilingual } from '../engine/types';
import type { ExemptionAssessment } from './assess';
import { maskDeep } from './mask';
import { ART_12, ART_13 } from './order294';
import {
  CORRECTION_LABELS,
  DISCOVERY_LABELS,
  type Bundle,
  type LedgerEntry,
  type SealedRecord,
  type SelfReport,
} from './schema';

/**
 * Exports: a printable 自查自纠报告 (a standalone HTML file the officer prints to PDF), the JSON
 * bundle, and CSV of the ledger and of sealed reports. Personal numbers are masked by default
 * (mask.ts); pass `mask: false` to export them in full.
 */

export interface ExportOptions {
  /** Mask ID, phone and bank-card numbers (default true). */
  mask?: boolean;
}

// ---------------------------------------------------------------- HTML

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes & < > " ' — for text and for attribute values alike. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/** An instant as China Standard Time, "2025-03-10 09:30"; a bare date as it is. */
export function formatChinaTime(value: string | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return value;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function yesNo(value: boolean | undefined): string {
  return value === true ? '是' : value === false ? '否' : '未填写';
}

function row(label: string, value: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${value === '' ? '<span class="empty">未填写</span>' : escapeHtml(value)}</td></tr>`;
}

/** A row whose value is already-escaped HTML. */
function rowHtml(label: string, html: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${html}</td></tr>`;
}

function list(items: readonly string[]): string {
  if (items.length === 0) return '<span class="empty">无</span>';
  return `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

function showJson(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

const STATUS_ZH: Record<string, string> = { met: '符合', 'not-met': '不符合', unknown: '待补充或确认' };
const VERDICT_ZH: Record<string, string> = {
  'likely-eligible': '可能符合免于追究情形',
  'not-eligible': '可能不符合免于追究情形',
  incomplete: '信息不完整，暂无法判断',
};

const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #fff; color: #000; }
body { margin: 0; font-family: "FangSong", "仿宋", "FangSong_GB2312", "STFangsong", serif; font-size: 16pt; line-height: 1.75; }
.doc { max-width: 156mm; margin: 0 auto; padding: 12mm 0; }
h1 { font-family: "SimSun", "宋体", "STSong", serif; font-weight: bold; font-size: 22pt; text-align: center; margin: 0 0 6mm; letter-spacing: 0.1em; }
h2 { font-family: "SimHei", "黑体", "STHeiti", sans-serif; font-weight: normal; font-size: 16pt; margin: 6mm 0 2mm; }
.docno { text-align: center; font-size: 14pt; margin: 0 0 6mm; }
table { width: 100%; border-collapse: collapse; font-size: 14pt; margin: 2mm 0; }
th, td { border: 1px solid #000; padding: 1.5mm 2.5mm; text-align: left; vertical-align: top; word-break: break-all; }
th { width: 30%; font-weight: normal; background: #f3f3f3; }
thead th { width: auto; }
ul { margin: 0; padding-left: 1.2em; }
p { margin: 1mm 0; text-indent: 2em; }
.empty { color: #666; }
.mono { font-family: "Courier New", monospace; font-size: 11pt; }
.note { font-size: 12pt; text-indent: 0; color: #333; }
.sign { margin-top: 14mm; font-size: 16pt; }
.sign p { text-indent: 0; margin: 8mm 0; }
@media print { .doc { padding: 0; } th { background: none; } }
`;

export interface HtmlReportOptions extends ExportOptions {
  assessment?: ExemptionAssessment;
}

/**
 * The printable 自查自纠报告 of a sealed record (or of a report not yet sealed), as a standalone
 * HTML document: every value escaped, no scripts (a Content-Security-Policy forbids them too).
 */
export function renderSelfReportHtml(input: SealedRecord | SelfReport, options: HtmlReportOptions = {}): string {
  const mask = options.mask ?? true;
  const sealed = 'report' in input ? (mask ? maskDeep(input) : input) : undefined;
  const report: SelfReport = sealed ? sealed.report : mask ? maskDeep(input as SelfReport) : (input as SelfReport);
  const assessment = options.assessment && mask ? maskDeep(options.assessment) : options.assessment;

  const officer = [
    report.officer.name,
    report.officer.unit,
    report.officer.certificateNo ? `执法证号 ${report.officer.certificateNo}` : '',
  ]
    .filter(Boolean)
    .join('，');
  const discoverer =
    [report.discoverer.name, report.discoverer.role].filter(Boolean).join('（') + (report.discoverer.role ? '）' : '');
  const snapshot = Object.entries(report.caseSnapshot);
  const snapshotHtml = snapshot.length
    ? `<table><thead><tr><th scope="col">字段</th><th scope="col">内容</th></tr></thead><tbody>${snapshot
        .map(
          ([path, value]) =>
            `<tr><td class="mono">${escapeHtml(path)}</td><td>${escapeHtml(showJson(value))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '<p class="note">无</p>';
  const harm = report.harm;
  const gravity = report.gravity ?? {};
  const grounds = report.claims?.exemptionGrounds ?? [];
  const groundTexts = grounds.map((ground) => {
    const provision = ground === '13' ? ART_13 : ART_12[ground];
    return `${formatCitation(provision.citation)}：${provision.zh}`;
  });

  const parts: string[] = [];
  parts.push(
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(`行政执法过错自查自纠报告 ${report.caseId}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="doc">',
    '<h1>行政执法过错自查自纠报告</h1>',
    `<p class="docno">${escapeHtml(sealed ? `回执码 ${sealed.receipt.code}` : '（未封存）')}　第 ${escapeHtml(report.version)} 版</p>`,
    '<h2>一、基本情况</h2>',
    '<table><tbody>',
    row('案件编号', report.caseId),
    row('承办人员', officer),
    row('发现人', discoverer),
    row('发现途径', DISCOVERY_LABELS[report.discoveredBy]?.zh ?? report.discoveredBy),
    row('发现时间', formatChinaTime(report.discoveredAt)),
    row('外部渠道提出日期', formatChinaTime(report.externalRaisedAt)),
    '</tbody></table>',
    '<h2>二、过错情形</h2>',
    '<table><tbody>',
    row('过错类型', `《济南市行政执法过错责任追究办法》${art7Heading(report.art7Item)}`),
    row('提示规则', report.ruleId ?? ''),
    rowHtml('相关规定', list(report.citations.map((c) => formatCitation(c)))),
    row('情况说明', report.description),
    row('纠正时行为是否已对外生效', yesNo(report.actTookExternalEffect)),
    row('是否属于导致行为无效的缺陷', yesNo(report.voidDefect)),
    '</tbody></table>',
    '<p class="note">涉及的案件信息：</p>',
    snapshotHtml,
    '<h2>三、情节</h2>',
    '<table><tbody>',
    row('是否改变处理结果', yesNo(gravity.changedOutcome)),
    row('是否影响当事人权利', yesNo(gravity.rightsAffected)),
    row('是否影响当事人期限', yesNo(gravity.partyDeadlineAffected)),
    row('当事人是否提出异议', yesNo(gravity.partyObjected)),
    row('涉及金额（元）', gravity.amountInvolved === undefined ? '' : String(gravity.amountInvolved)),
    row('说明', gravity.notes ?? ''),
    '</tbody></table>',
    '<h2>四、纠正情况</h2>',
    '<table><tbody>',
    row('纠正方式', CORRECTION_LABELS[report.correction.method]?.zh ?? report.correction.method),
    row('纠正说明', report.correction.description),
    row('纠正完成时间', formatChinaTime(report.correction.correctedAt)),
    row('审批负责人', report.correction.approvedBy ?? ''),
    row('是否已告知当事人', yesNo(report.correction.partyNotified)),
    rowHtml('证明材料', list(report.correction.proof ?? [])),
    '</tbody></table>',
    '<h2>五、危害后果</h2>',
    '<table><tbody>',
    row('是否造成当事人损失', yesNo(harm.partyLoss)),
    row('是否有投诉、举报', yesNo(harm.complaintFiled)),
    row('是否已申请复议或提起诉讼', yesNo(harm.reviewOrSuitFiled)),
    row('是否影响第三人或公共利益', yesNo(harm.thirdPartyOrPublicEffect)),
    row('已公开信息是否需要撤回', yesNo(harm.publishedInfoWithdrawn)),
    row('说明', harm.notes ?? ''),
    '</tbody></table>',
    '<h2>六、免责主张</h2>',
    rowlessList(groundTexts),
    report.claims?.explanation ? `<p>${escapeHtml(report.claims.explanation)}</p>` : '',
  );
  if (assessment) parts.push(...assessmentHtml(assessment));
  parts.push(
    `<h2>${assessment ? '八' : '七'}、存证信息</h2>`,
    '<table><tbody>',
    row('封存时间', sealed ? formatChinaTime(sealed.sealedAt) : '未封存'),
    rowHtml(
      '记录哈希',
      sealed ? `<span class="mono">${escapeHtml(sealed.hash)}</span>` : '<span class="empty">未封存</span>',
    ),
    rowHtml(
      '链上前一记录哈希',
      sealed ? `<span class="mono">${escapeHtml(sealed.previousHash)}</span>` : '<span class="empty">未封存</span>',
    ),
    rowHtml(
      '本报告上一版哈希',
      report.previousHash
        ? `<span class="mono">${escapeHtml(report.previousHash)}</span>`
        : '<span class="empty">无（第 1 版）</span>',
    ),
    row('报告标识', `${report.id}（第 ${report.version} 版）`),
    '</tbody></table>',
    `<p class="note">${escapeHtml(
      mask
        ? '本打印件已对身份证号码、电话号码、银行卡号作遮蔽处理；哈希按封存的原文计算，可用 zhifa-guard verify 核验备份文件。'
        : '本打印件未作遮蔽处理，含个人信息，请妥善保管；可用 zhifa-guard verify 核验备份文件。',
    )}</p>`,
    '<div class="sign">',
    '<p>报告人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日</p>',
    '<p>单位负责人意见：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿（盖章）</p>',
    '</div>',
    '</main>',
    '</body>',
    '</html>',
  );
  return parts.filter(Boolean).join('\n') + '\n';
}

function rowlessList(items: readonly string[]): string {
  return items.length ? list(items) : '<p class="note">未主张其他免责情形。</p>';
}

function bilingualList(items: readonly Bilingual[]): string {
  return list(items.map((item) => item.zh));
}

function assessmentHtml(assessment: ExemptionAssessment): string[] {
  const out = [
    '<h2>七、自查评估（辅助提示）</h2>',
    `<p><strong>${escapeHtml(VERDICT_ZH[assessment.verdict] ?? assessment.verdict)}</strong>。${escapeHtml(assessment.summary.zh)}</p>`,
    '<table><thead><tr><th scope="col">要件</th><th scope="col">判断</th><th scope="col">理由</th><th scope="col">需补充</th></tr></thead><tbody>',
    ...assessment.elements.map(
      (element) =>
        `<tr><td>${escapeHtml(element.title.zh)}</td><td>${escapeHtml(STATUS_ZH[element.status] ?? element.status)}</td><td>${bilingualList(element.reasons)}</td><td>${bilingualList(element.missingEvidence)}</td></tr>`,
    ),
    '</tbody></table>',
  ];
  if (assessment.otherGrounds.length) {
    out.push(
      '<p class="note">其他免责主张：</p>',
      list(
        assessment.otherGrounds.map(
          (g) =>
            `${formatCitation(g.citation)}（${g.statusLabel.zh}）：需提供${g.evidenceNeeded.map((e) => e.zh).join('；')}`,
        ),
      ),
    );
  }
  if (assessment.mitigation.length) {
    out.push(
      '<p class="note">可能从轻、减轻的情形（第十一条）：</p>',
      list(assessment.mitigation.map((f) => `${formatCitation(f.citation)}：${f.reason.zh}`)),
    );
  }
  if (assessment.aggravation.length) {
    out.push(
      '<p class="note">可能从重的情形（第十条）：</p>',
      list(assessment.aggravation.map((f) => `${formatCitation(f.citation)}：${f.reason.zh}`)),
    );
  }
  out.push(
    `<p class="note">${escapeHtml(
      `参考参数：评估日 ${assessment.parameters.today}；“及时纠正”参考期限 ${assessment.parameters.timelyDays} 日；“一年内”按 ${assessment.parameters.sameYearWindowDays} 日计。${assessment.disclaimer.zh}`,
    )}</p>`,
  );
  return out;
}

// ---------------------------------------------------------------- JSON bundle

export interface BundleExport {
  json: string;
  /** Records whose content masking changed: their hashes no longer verify in this file. */
  changedByMasking: number;
  warning?: Bilingual;
}

/**
 * The bundle as JSON text. Masking a sealed record changes its content, so its hash no longer
 * verifies: records sealed with masking on (the store's default) are unchanged by it; records
 * sealed unmasked are counted in changedByMasking, with a warning.
 */
export function bundleToJson(bundle: Bundle, options: ExportOptions = {}): BundleExport {
  const mask = options.mask ?? true;
  if (!mask) return { json: JSON.stringify(bundle, null, 2) + '\n', changedByMasking: 0 };
  let changed = 0;
  const records = bundle.records.map((record) => {
    const masked = maskDeep(record);
    if (JSON.stringify(masked) !== JSON.stringify(record)) changed++;
    return masked;
  });
  const json = JSON.stringify({ ...bundle, records }, null, 2) + '\n';
  return changed === 0
    ? { json, changedByMasking: 0 }
    : {
        json,
        changedByMasking: changed,
        warning: {
          zh: `有 ${changed} 条记录封存时未遮蔽个人信息，遮蔽后其哈希将无法核验；如需可核验的备份，请选择“不遮蔽”导出并妥善保管`,
          en: `${changed} record(s) were sealed unmasked; masked, their hashes will not verify. For a verifiable backup export unmasked and keep it safe`,
        },
      };
}

// ---------------------------------------------------------------- CSV

/** One CSV cell: quoted when needed, quotes doubled, formula-like text defused with a leading '. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return '\ufeff' + [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const LEDGER_HEADER = [
  '类型',
  '日期',
  '第七条项目',
  '规则',
  '案件编号',
  '自查报告',
  '执法人员',
  '单位',
  '是否追究',
  '纠正期限',
  '纠正完成',
  '拒绝纠正',
  '来源',
  '备注',
];

function bool(value: boolean | undefined): string {
  return value === undefined ? '' : value ? '是' : '否';
}

/** The ledger (faults and correction notices) as CSV: UTF-8 with BOM for Excel, CRLF lines. */
export function ledgerToCsv(entries: readonly LedgerEntry[], options: ExportOptions = {}): string {
  const data = (options.mask ?? true) ? maskDeep(entries) : entries;
  return csv(
    LEDGER_HEADER,
    data.map((entry) =>
      entry.kind === 'fault'
        ? [
            '过错',
            entry.at,
            entry.art7Item,
            entry.ruleId,
            entry.caseId,
            entry.reportId,
            entry.officer,
            entry.unit,
            bool(entry.pursued),
            '',
            '',
            '',
            '',
            entry.note,
          ]
        : [
            '纠正通知',
            entry.noticeAt,
            '',
            '',
            entry.caseId,
            '',
            '',
            '',
            '',
            entry.dueAt,
            entry.doneAt,
            bool(entry.refused),
            entry.source,
            entry.note,
          ],
    ),
  );
}

const REPORTS_HEADER = [
  '回执码',
  '案件编号',
  '报告标识',
  '版本',
  '第七条项目',
  '规则',
  '发现途径',
  '发现时间',
  '纠正方式',
  '纠正完成',
  '承办人员',
  '封存时间',
  '哈希',
];

/** Sealed self-reports as CSV, one row per version. */
export function reportsToCsv(records: readonly SealedRecord[], options: ExportOptions = {}): string {
  const data = (options.mask ?? true) ? maskDeep(records) : records;
  return csv(
    REPORTS_HEADER,
    data.map((record) => [
      record.receipt.code,
      record.report.caseId,
      record.report.id,
      record.report.version,
      record.report.art7Item,
      record.report.ruleId,
      DISCOVERY_LABELS[record.report.discoveredBy]?.zh ?? record.report.discoveredBy,
      formatChinaTime(record.report.discoveredAt),
      CORRECTION_LABELS[record.report.correction.method]?.zh ?? record.report.correction.method,
      formatChinaTime(record.report.correction.correctedAt),
      record.report.officer.name,
      formatChinaTime(record.sealedAt),
      record.hash,
    ]),
  );
}
