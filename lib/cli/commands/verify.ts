import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Bilingual } from '../../engine/types';
import { checkBundle, type BrokenLink } from '../../selfreport/chain';
import { formatValidationIssue, parseJsonText, type ValidationIssue } from '../../selfreport/issues';
import { UsageError, type CliIo } from '../io';

export const VERIFY_HELP = `zhifa-guard verify <bundle.json>... [选项 options]
  核验自查报告备份文件：重算每条记录的哈希、链接和版本顺序
  --format FORMAT        text | json（默认 text）
  --locale LOCALE        zh-CN | en（默认 zh-CN）
退出码 exit code: 0 全部完整, 1 有记录在封存后被改动, 2 有无法读取或格式不对的文件`;

export interface VerifyResult {
  file: string;
  status: 'intact' | 'broken' | 'invalid' | 'unreadable';
  records?: number;
  /** The last record's receipt code, for an intact chain. */
  lastReceipt?: string;
  firstBroken?: BrokenLink;
  error?: Bilingual;
  issues?: ValidationIssue[];
}

async function verifyFile(file: string): Promise<VerifyResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    return {
      file,
      status: 'unreadable',
      error:
        code === 'ENOENT'
          ? { zh: '文件不存在，请检查路径', en: 'file not found; check the path' }
          : code === 'EISDIR'
            ? { zh: '这是一个目录，请指定备份文件', en: 'this is a directory; give a bundle file' }
            : { zh: '无法读取该文件', en: 'cannot read this file' },
    };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { file, status: 'invalid', error: parsed.error };
  const check = await checkBundle(parsed.value);
  if (check.status === 'invalid') return { file, status: 'invalid', error: check.error, issues: check.issues };
  if (check.status === 'broken')
    return { file, status: 'broken', records: check.records, firstBroken: check.firstBroken };
  const last = check.bundle.records.at(-1);
  return { file, status: 'intact', records: check.records, ...(last ? { lastReceipt: last.receipt.code } : {}) };
}

function textLine(result: VerifyResult, en: boolean): string {
  switch (result.status) {
    case 'intact':
      return en
        ? `✔ ${result.file}: chain intact, ${result.records} record(s)${result.lastReceipt ? `, last receipt ${result.lastReceipt}` : ''}`
        : `✔ ${result.file}：记录链完整，共 ${result.records} 条记录${result.lastReceipt ? `，最新回执码 ${result.lastReceipt}` : ''}`;
    case 'broken': {
      const b = result.firstBroken!;
      return en
        ? `✖ ${result.file}: record index ${b.index} (report ${b.id} version ${b.version}) fails [${b.reason}]: ${b.detail.en}`
        : `✖ ${result.file}：第 ${b.index + 1} 条记录（索引 ${b.index}，报告 ${b.id} 第 ${b.version} 版）校验不通过 [${b.reason}]：${b.detail.zh}`;
    }
    default: {
      const head = en
        ? `⚠ ${result.file}: ${result.status === 'unreadable' ? 'unreadable' : 'invalid'}: ${result.error!.en}`
        : `⚠ ${result.file}：${result.status === 'unreadable' ? '无法读取' : '格式不对'}：${result.error!.zh}`;
      const issues = (result.issues ?? []).map((issue) => `    ${formatValidationIssue(issue, en ? 'en' : 'zh-CN')}`);
      return [head, ...issues].join('\n');
    }
  }
}

export async function runVerify(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      locale: { type: 'string', default: 'zh-CN' },
    },
  });
  if (positionals.length === 0) throw new UsageError('请指定要核验的备份文件 / give bundle files to verify');
  const format = values.format;
  if (format !== 'text' && format !== 'json') {
    throw new UsageError(`--format 应为 text | json，实际为 "${format}" / unknown format`);
  }
  const en = values.locale === 'en';
  const results: VerifyResult[] = [];
  for (const file of positionals) results.push(await verifyFile(file));

  if (format === 'json') io.stdout.write(JSON.stringify({ results }, null, 2) + '\n');
  else {
    const lines = results.map((result) => textLine(result, en));
    const intact = results.filter((r) => r.status === 'intact').length;
    const broken = results.filter((r) => r.status === 'broken').length;
    const bad = results.length - intact - broken;
    lines.push(
      en
        ? `${results.length} file(s): ${intact} intact, ${broken} changed after sealing, ${bad} unreadable or invalid.`
        : `共 ${results.length} 个文件：${intact} 个完整，${broken} 个在封存后被改动，${bad} 个无法读取或格式不对。`,
    );
    io.stdout.write(lines.join('\n') + '\n');
  }
  if (results.some((r) => r.status === 'invalid' || r.status === 'unreadable')) return 2;
  return results.some((r) => r.status === 'broken') ? 1 : 0;
}
