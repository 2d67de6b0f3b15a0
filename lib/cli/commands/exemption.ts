import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { todayInChina } from '../../calendar/days';
import { formatCitation } from '../../engine/citation';
import type { Bilingual } from '../../engine/types';
import { assessExemption, type AssessLedger, type ExemptionAssessment } from '../../selfreport/assess';
import { checkBundle } from '../../selfreport/chain';
import { describeIssues, formatValidationIssue, parseJsonText, type ValidationIssue } from '../../selfreport/issues';
import { BUNDLE_FORMAT, dayOrInstantSchema, selfReportSchema, type SelfReport } from '../../selfreport/schema';
import { UsageError, type CliIo } from '../io';

export const EXEMPTION_HELP = `zhifa-guard exemption <self-report.json|bundle.json>... [选项 options]
  按《济南市行政执法过错责任追究办法》第十二条第（一）项逐项评估自查报告（辅助提示，不是法律结论）
  备份文件（bundle）先核验记录链，再评估其中每份报告的最新一版
  --format FORMAT        text | json（默认 text）
  --locale LOCALE        zh-CN | en（默认 zh-CN）
  --today YYYY-MM-DD     评估日（默认：中国时间今天）
  --ledger FILE          台账 JSON：{"faults":[{"at","art7Item"}...],"corrections":[{"noticeAt","dueAt","doneAt"}...]}
  --timely-days N        “及时纠正”的参考期限（默认 30 日）
退出码 exit code: 0 已评估, 2 有无法读取、格式不对或记录链不完整的文件`;

const ledgerSchema = z.object({
  faults: z.array(
    z.object({
      at: dayOrInstantSchema,
      art7Item: z.int().check(z.minimum(1), z.maximum(8)),
      ruleId: z.optional(z.string()),
      reportId: z.optional(z.string()),
      pursued: z.optional(z.boolean()),
    }),
  ),
  corrections: z.optional(
    z.array(
      z.object({
        noticeAt: dayOrInstantSchema,
        dueAt: dayOrInstantSchema,
        doneAt: z.optional(dayOrInstantSchema),
        refused: z.optional(z.boolean()),
        source: z.optional(z.string()),
      }),
    ),
  ),
});

interface Assessed {
  file: string;
  assessment: ExemptionAssessment;
}

interface InputError {
  file: string;
  error: Bilingual;
  issues?: ValidationIssue[];
}

async function readJson(file: string): Promise<{ ok: true; value: unknown } | { ok: false; error: Bilingual }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    return {
      ok: false,
      error:
        code === 'ENOENT'
          ? { zh: '文件不存在，请检查路径', en: 'file not found; check the path' }
          : { zh: '无法读取该文件', en: 'cannot read this file' },
    };
  }
  return parseJsonText(text);
}

/** The reports in a file: one self-report, or the latest version of each report in a bundle. */
async function reportsIn(file: string, value: unknown): Promise<{ reports: SelfReport[] } | InputError> {
  if (typeof value === 'object' && value !== null && (value as { format?: unknown }).format === BUNDLE_FORMAT) {
    const check = await checkBundle(value);
    if (check.status === 'invalid') return { file, error: check.error, issues: check.issues };
    if (check.status === 'broken') {
      const b = check.firstBroken;
      return {
        file,
        error: {
          zh: `备份文件第 ${b.index + 1} 条记录（报告 ${b.id} 第 ${b.version} 版）校验不通过（${b.detail.zh}），不予评估；请用 zhifa-guard verify 核验`,
          en: `record ${b.index + 1} (report ${b.id} v${b.version}) fails verification (${b.detail.en}); not assessed — run zhifa-guard verify`,
        },
      };
    }
    const latest = new Map<string, SelfReport>();
    for (const record of check.bundle.records) latest.set(record.report.id, record.report);
    return { reports: [...latest.values()] };
  }
  const parsed = selfReportSchema.safeParse(value);
  if (!parsed.success) {
    return {
      file,
      error: { zh: '不符合自查报告格式', en: 'does not match the self-report format' },
      issues: describeIssues(parsed.error.issues, value),
    };
  }
  return { reports: [parsed.data] };
}

const MARK: Record<string, string> = { met: '✔', 'not-met': '✖', unknown: '？' };
const VERDICT: Record<string, Bilingual> = {
  'likely-eligible': { zh: '可能符合免于追究情形', en: 'likely eligible' },
  'not-eligible': { zh: '可能不符合免于追究情形', en: 'likely not eligible' },
  incomplete: { zh: '信息不完整，暂无法判断', en: 'incomplete' },
};

function formatText(item: Assessed, en: boolean): string {
  const a = item.assessment;
  const pick = (text: Bilingual): string => (en ? text.en : text.zh);
  const cite = (c: Parameters<typeof formatCitation>[0]): string => formatCitation(c, en ? 'en' : 'zh-CN');
  const colon = en ? ': ' : '：';
  const semi = en ? '; ' : '；';
  const lines: string[] = [];
  lines.push(
    en
      ? `== ${item.file} — report ${a.reportId ?? '?'} v${a.version ?? '?'} (case ${a.caseId ?? '?'})`
      : `== ${item.file} — 报告 ${a.reportId ?? '?'} 第 ${a.version ?? '?'} 版（案件 ${a.caseId ?? '?'}）`,
    `${en ? 'Verdict' : '结论'}${colon}${pick(VERDICT[a.verdict]!)}`,
    pick(a.summary),
    en ? 'Elements of Art. 12(1):' : '第十二条第（一）项要件：',
  );
  for (const element of a.elements) {
    lines.push(`  ${MARK[element.status]} ${pick(element.title)}${colon}${element.reasons.map(pick).join(semi)}`);
    if (element.missingEvidence.length) {
      lines.push(`      ${en ? 'to add' : '待补充'}${colon}${element.missingEvidence.map(pick).join(semi)}`);
    }
  }
  if (a.otherGrounds.length) {
    lines.push(en ? 'Other grounds claimed:' : '其他免责主张：');
    for (const g of a.otherGrounds) {
      lines.push(
        `  · ${cite(g.citation)}${en ? ` (${g.statusLabel.en})` : `（${g.statusLabel.zh}）`}${colon}${en ? 'needs ' : '需提供'}${g.evidenceNeeded.map(pick).join(semi)}`,
      );
    }
  }
  if (a.mitigation.length) {
    lines.push(en ? 'May mitigate (Art. 11):' : '可能从轻、减轻（第十一条）：');
    for (const f of a.mitigation) lines.push(`  · ${cite(f.citation)}${colon}${pick(f.reason)}`);
  }
  if (a.aggravation.length) {
    lines.push(en ? 'May aggravate (Art. 10):' : '可能从重（第十条）：');
    for (const f of a.aggravation) lines.push(`  · ${cite(f.citation)}${colon}${pick(f.reason)}`);
  }
  lines.push(pick(a.disclaimer), '');
  return lines.join('\n');
}

export async function runExemption(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      locale: { type: 'string', default: 'zh-CN' },
      today: { type: 'string' },
      ledger: { type: 'string' },
      'timely-days': { type: 'string' },
    },
  });
  if (positionals.length === 0) {
    throw new UsageError('请指定自查报告或备份文件 / give self-report or bundle files');
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format 应为 text | json，实际为 "${format}" / unknown format`);
  }
  const en = values.locale === 'en';
  const today = values.today ?? todayInChina(io.now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) {
    throw new UsageError(`--today 应为 YYYY-MM-DD，实际为 "${today}" / --today must be YYYY-MM-DD`);
  }
  let timelyDays: number | undefined;
  if (values['timely-days'] !== undefined) {
    timelyDays = Number(values['timely-days']);
    if (!Number.isInteger(timelyDays) || timelyDays < 0) {
      throw new UsageError(`--timely-days 应为非负整数 / --timely-days must be a whole number of days`);
    }
  }
  let ledger: AssessLedger = { faults: [] };
  if (values.ledger) {
    const read = await readJson(values.ledger);
    if (!read.ok) throw new UsageError(`--ledger ${values.ledger}：${read.error.zh} / ${read.error.en}`);
    const parsed = ledgerSchema.safeParse(read.value);
    if (!parsed.success) {
      const issues = describeIssues(parsed.error.issues, read.value)
        .map((issue) => formatValidationIssue(issue))
        .join('；');
      throw new UsageError(`--ledger ${values.ledger} 格式不对 / malformed ledger：${issues}`);
    }
    ledger = parsed.data;
  }

  const assessed: Assessed[] = [];
  const errors: InputError[] = [];
  for (const file of positionals) {
    const read = await readJson(file);
    if (!read.ok) {
      errors.push({ file, error: read.error });
      continue;
    }
    const found = await reportsIn(file, read.value);
    if ('error' in found) {
      errors.push(found);
      continue;
    }
    for (const report of found.reports) {
      assessed.push({
        file,
        assessment: assessExemption(report, ledger, {
          now: today,
          ...(timelyDays !== undefined ? { timelyDays } : {}),
        }),
      });
    }
  }

  if (format === 'json') {
    io.stdout.write(JSON.stringify({ results: assessed, errors }, null, 2) + '\n');
  } else {
    const out = assessed.map((item) => formatText(item, en));
    for (const error of errors) {
      out.push(en ? `⚠ ${error.file}: ${error.error.en}` : `⚠ ${error.file}：${error.error.zh}`);
      for (const issue of error.issues ?? []) out.push(`    ${formatValidationIssue(issue, en ? 'en' : 'zh-CN')}`);
    }
    io.stdout.write(out.join('\n') + '\n');
  }
  return errors.length > 0 ? 2 : 0;
}
