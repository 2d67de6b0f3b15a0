import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { todayInChina } from '../../calendar/days';
import { runDecision } from '../../documents';
import { formatCitation } from '../../engine/citation';
import { getProfile, PROFILES } from '../../engine/profile';
import { findingToJson } from '../../engine/report';
import type { Locale } from '../../engine/types';
import { ensureLawIndex } from '../../laws';
import { UsageError, type CliIo } from '../io';

const ELEMENT_NAMES: Record<string, string> = {
  party: '当事人',
  facts: '违法事实',
  evidence: '证据',
  legalBasis: '法律依据',
  penalty: '处罚内容',
  performance: '履行方式和期限',
  remedy: '救济途径和期限',
  authority: '作出机关',
  date: '作出日期',
};

const KIND_NAMES = { decision: '处罚决定书', summary: '公示摘要', fragment: '文书片段' } as const;

/** `zhifa-guard decision <file.txt|->... [--format json]`: parse decision texts and check them. */
export async function runDecisionCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      today: { type: 'string' },
      profile: { type: 'string', default: 'jinan' },
      locale: { type: 'string', default: 'zh-CN' },
    },
  });
  if (positionals.length === 0) throw new UsageError('请指定决定书文本文件或 -（标准输入） / give text files or -');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('--format 应为 text | json');
  const profile = getProfile(values.profile);
  if (!profile)
    throw new UsageError(`未知的 --profile "${values.profile}"，可选：${Object.keys(PROFILES).join(' | ')}`);
  const locale: Locale = values.locale === 'en' ? 'en' : 'zh-CN';
  const today = values.today ?? todayInChina(io.now);
  await ensureLawIndex();

  const results: unknown[] = [];
  const errors: { file: string; message: string; messageEn: string }[] = [];
  let anyViolation = false;
  let text = '';
  for (const file of positionals) {
    let content: string;
    try {
      content = file === '-' ? await readStream(io.stdin) : await readFile(file, 'utf8');
    } catch {
      errors.push({ file, message: '无法读取该文件，请检查路径', messageEn: 'cannot read this file; check the path' });
      continue;
    }
    const report = runDecision(content, { profile, today, locale });
    if (report.findings.some((finding) => finding.status === 'violation')) anyViolation = true;
    results.push({
      file,
      kind: report.kind,
      elements: report.elements,
      citations: report.citations
        .filter((citation) => citation.article !== undefined)
        .map((citation) => ({
          law: citation.registryTitle ?? citation.law,
          article: citation.article!,
          paragraph: citation.paragraph ?? null,
          item: citation.item ?? null,
        })),
      decisionDate: report.decisionDate ?? null,
      fineTotal: report.fineTotal ?? null,
      findings: report.findings.map(findingToJson),
    });
    if (values.format === 'text') {
      const elements = report.elements as unknown as Record<string, boolean>;
      const missing = Object.keys(ELEMENT_NAMES).filter((name) => !elements[name]);
      text += `■ ${file}：${KIND_NAMES[report.kind]}，决定日期 ${report.decisionDate ?? '未识别'}，罚没合计 ${report.fineTotal ?? '—'}\n`;
      text += `  要素：${missing.length === 0 ? '齐全' : `缺少 ${missing.map((name) => ELEMENT_NAMES[name]).join('、')}`}\n`;
      text += `  引用：${
        report.citations
          .filter((c) => c.article)
          .map((c) =>
            formatCitation({
              law: c.registryTitle ?? c.law,
              article: c.article!,
              paragraph: c.paragraph,
              item: c.item,
            }),
          )
          .join('、') || '无'
      }\n`;
      for (const finding of report.findings) {
        text += `  ${finding.status === 'violation' ? '✖ 违规风险' : '△ 需核实'}：${finding.message}\n    建议：${finding.fix}\n`;
      }
      text += '\n';
    }
  }
  if (values.format === 'json') io.stdout.write(JSON.stringify({ results, errors }) + '\n');
  else {
    for (const error of errors) text += `✖ ${error.file}：${error.message}\n`;
    io.stdout.write(text);
  }
  return errors.length > 0 ? 2 : anyViolation ? 1 : 0;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
