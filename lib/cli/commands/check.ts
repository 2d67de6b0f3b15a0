import { parseArgs } from 'node:util';
import { todayInChina } from '../../calendar/days';
import { isRealDate } from '../../case/schema';
import { formatIssue, validateCase, type CaseIssue } from '../../case/validate';
import { getProfile, PROFILES } from '../../engine/profile';
import { reportToJson, countViolations } from '../../engine/report';
import { makeContext, runRules } from '../../engine/run';
import type { Locale } from '../../engine/types';
import { ensureLawIndex } from '../../laws';
import { RULES } from '../../rules';
import { CSV_HEADER, formatCaseCsv } from '../format-csv';
import { formatCaseText } from '../format-text';
import { expandInputs, readCases } from '../input';
import { UsageError, type CliIo } from '../io';
import { BufferedWriter } from '../output';
import { Progress } from '../progress';

export interface InputError {
  file: string;
  line?: number;
  index?: number;
  caseId?: string;
  message: string;
  messageEn: string;
  issues?: { path: string; expected: string; expectedEn: string; found: string }[];
}

export const CHECK_HELP = `zhifa-guard check <file|dir|->... [选项 options]
  检查案件 JSON（单个案件、数组或 JSON Lines；目录即其中所有 .json/.jsonl）
  --today YYYY-MM-DD     今日（默认：中国时间今天）
  --profile ID           national | shandong | jinan（默认 jinan）
  --format FORMAT        text | json | csv（默认 text）
  --locale LOCALE        zh-CN | en（默认 zh-CN）
  --disable IDS          关闭的规则 id，逗号分隔
退出码 exit code: 0 无违规风险, 1 有违规风险, 2 有无法读取的输入`;

export async function runCheck(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      today: { type: 'string' },
      profile: { type: 'string', default: 'jinan' },
      format: { type: 'string', default: 'text' },
      locale: { type: 'string', default: 'zh-CN' },
      disable: { type: 'string' },
    },
  });
  if (positionals.length === 0)
    throw new UsageError('请指定要检查的文件、目录或 -（标准输入） / give files, directories or - (stdin)');
  const today = values.today ?? todayInChina(io.now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || !isRealDate(today)) {
    throw new UsageError(`--today 应为有效日期 YYYY-MM-DD，实际为 "${today}" / --today must be a real date YYYY-MM-DD`);
  }
  const profile = getProfile(values.profile);
  if (!profile) {
    throw new UsageError(
      `未知的 --profile "${values.profile}"，可选：${Object.keys(PROFILES).join(' | ')} / unknown profile`,
    );
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'csv') {
    throw new UsageError(`--format 应为 text | json | csv，实际为 "${format}" / unknown format`);
  }
  const locale: Locale = values.locale === 'en' ? 'en' : 'zh-CN';
  const disabled = new Set(
    (values.disable ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  );
  const options = { today, profile, locale, disabled };
  const context = makeContext(options);

  const out = new BufferedWriter(io.stdout);
  const progress = new Progress(io.stderr);
  const errors: InputError[] = [];
  let anyViolation = false;
  let first = true;
  let caseCount = 0;
  let violationCases = 0;

  if (format === 'json') await out.write('{"results":[');
  if (format === 'csv') await out.write('\ufeff' + CSV_HEADER);

  await ensureLawIndex();
  const files = await expandInputs(positionals);
  if (files.length === 0) throw new UsageError('没有找到 .json/.jsonl 文件 / no .json or .jsonl files found');
  for await (const record of readCases(files, io.stdin)) {
    progress.tick();
    if ('error' in record) {
      errors.push({
        file: record.file,
        line: record.line,
        index: record.index,
        message: record.error.zh,
        messageEn: record.error.en,
      });
      continue;
    }
    const validation = validateCase(record.value);
    if (!validation.ok) {
      errors.push(invalidCase(record, validation.issues));
      continue;
    }
    caseCount++;
    const report = runRules(validation.case, RULES, options, context);
    if (countViolations(report) > 0) {
      anyViolation = true;
      violationCases++;
    }
    if (format === 'json') {
      await out.write((first ? '' : ',') + JSON.stringify(reportToJson(report, record.file)));
      first = false;
    } else if (format === 'csv') await out.write(formatCaseCsv(report, record.file, locale));
    else await out.write(formatCaseText(report, record.file, locale));
  }
  progress.done();

  if (format === 'json') await out.write('],"errors":' + JSON.stringify(errors) + '}\n');
  else if (format === 'text') await out.write(textSummary(caseCount, violationCases, errors, locale));
  await out.flush();
  if (format === 'csv' && errors.length > 0) io.stderr.write(textSummary(caseCount, violationCases, errors, locale));
  return errors.length > 0 ? 2 : anyViolation ? 1 : 0;
}

function invalidCase(
  record: { file: string; line?: number; index?: number; value: unknown },
  issues: CaseIssue[],
): InputError {
  const id = (record.value as { id?: unknown } | null)?.id;
  return {
    file: record.file,
    line: record.line,
    index: record.index,
    caseId: typeof id === 'string' ? id : undefined,
    message: `案件不符合案件模型：${issues.map((issue) => formatIssue(issue)).join('；')}`,
    messageEn: `the case does not match the case model: ${issues.map((issue) => formatIssue(issue, 'en')).join('; ')}`,
    issues: issues.map((issue) => ({
      path: issue.path,
      expected: issue.expected.zh,
      expectedEn: issue.expected.en,
      found: issue.found,
    })),
  };
}

function where(error: InputError): string {
  let out = error.file;
  if (error.line !== undefined) out += `:${error.line}`;
  if (error.index !== undefined) out += ` [${error.index}]`;
  if (error.caseId) out += ` (${error.caseId})`;
  return out;
}

function textSummary(cases: number, violationCases: number, errors: InputError[], locale: Locale): string {
  const lines: string[] = [];
  if (locale === 'en') {
    lines.push(
      `Checked ${cases} case(s); ${violationCases} with violation risks; ${errors.length} input(s) unreadable.`,
    );
    for (const error of errors) lines.push(`  ✖ ${where(error)}: ${error.messageEn}`);
  } else {
    lines.push(`共检查 ${cases} 件案件，其中 ${violationCases} 件有违规风险；${errors.length} 项输入无法读取。`);
    for (const error of errors) lines.push(`  ✖ ${where(error)}：${error.message}`);
  }
  return lines.join('\n') + '\n';
}
