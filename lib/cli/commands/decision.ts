import { parseArgs } from 'node:util';
import { todayInChina } from '../../calendar/days';
import { runDecision } from '../../documents';
import { formatCitation } from '../../engine/citation';
import { getProfile, PROFILES } from '../../engine/profile';
import { findingToJson } from '../../engine/report';
import type { Locale } from '../../engine/types';
import { ensureLawIndex } from '../../laws';
import { expandDocumentInputs, readDocument } from '../document-input';
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

/**
 * `zhifa-guard decision <file|dir|->... [--format json]`: parse decisions and check them. Reads .txt (UTF-8,
 * UTF-16 with a BOM, GBK/GB18030), .docx and saved .html pages; a folder means every such file inside it.
 */
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
  if (positionals.length === 0) {
    throw new UsageError(
      '请指定决定书文件（.txt/.docx/.html）、文件夹或 -（标准输入） / give decision files (.txt/.docx/.html), folders or -',
    );
  }
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
  const { files, skipped, emptyFolders } = await expandDocumentInputs(positionals);
  for (const folder of emptyFolders) {
    errors.push({
      file: folder,
      message: '文件夹中没有可读取的决定书文件（.txt、.docx、.html、.htm）',
      messageEn: 'the folder has no decision files to read (.txt, .docx, .html, .htm)',
    });
  }
  if (skipped.length > 0) {
    io.stderr.write(
      `提示：文件夹中以下 ${skipped.length} 个文件的格式不能读取，未检查（请另存为 .docx 或 .txt） / ` +
        `not checked, format not read (save as .docx or .txt):\n${skipped.map((file) => `  ${file}\n`).join('')}`,
    );
  }
  for (const file of files) {
    const input = await readDocument(file, io.stdin);
    if ('error' in input) {
      errors.push({ file, message: input.error.zh, messageEn: input.error.en });
      continue;
    }
    const report = runDecision(input.text, { profile, today, locale });
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
    for (const error of errors) {
      text += locale === 'en' ? `✖ ${error.file}: ${error.messageEn}\n` : `✖ ${error.file}：${error.message}\n`;
    }
    io.stdout.write(text);
  }
  return errors.length > 0 ? 2 : anyViolation ? 1 : 0;
}
