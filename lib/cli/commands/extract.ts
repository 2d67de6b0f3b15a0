import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { applyAdapter, extractCase, matchAdapter, parseAdapterJson, type DeclarativeAdapter } from '../../adapters';
import { loadSavedPage } from '../html';
import { UsageError, type CliIo } from '../io';

/**
 * `zhifa-guard extract <page.html>... [--adapter auto|<adapter.json>]... [--format json|text]`:
 * reads saved case pages the way the extension reads live ones.
 */
export async function runExtract(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      adapter: { type: 'string', multiple: true },
      format: { type: 'string', default: 'json' },
      url: { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('请指定保存的页面文件 .html / give saved .html pages');
  if (values.format !== 'json' && values.format !== 'text') throw new UsageError('--format 应为 json | text');
  const adapters: DeclarativeAdapter[] = [];
  for (const path of (values.adapter ?? []).filter((value) => value !== 'auto')) {
    const parsed = parseAdapterJson(await readFile(path, 'utf8').catch(() => ''));
    if (!parsed.ok) {
      const lines = parsed.errors.map(
        (error) => `  ${error.path || '(文件)'}：${error.message.zh} / ${error.message.en}`,
      );
      throw new UsageError(`适配器文件无效 / invalid adapter file ${path}:\n${lines.join('\n')}`);
    }
    adapters.push(parsed.adapter);
  }

  const results: unknown[] = [];
  const errors: { file: string; message: string; messageEn: string }[] = [];
  for (const file of positionals) {
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      errors.push({ file, message: '无法读取该文件，请检查路径', messageEn: 'cannot read this file; check the path' });
      continue;
    }
    const page = loadSavedPage(html, file);
    try {
      const url = values.url ?? `file://${file}`;
      const adapter =
        matchAdapter(adapters, url, page.document) ?? (adapters.length === 1 && !values.url ? adapters[0] : undefined);
      const result = adapter ? applyAdapter(adapter, page.document, { url }) : extractCase(page.document, { url });
      results.push({ file, adapter: adapter?.id ?? 'generic', case: result.case, unreadable: result.unreadable });
    } finally {
      page.close();
    }
  }
  if (values.format === 'json') io.stdout.write(JSON.stringify({ results, errors }, null, 2) + '\n');
  else {
    for (const result of results as { file: string; adapter: string; case: { id: string }; unreadable: string[] }[]) {
      io.stdout.write(
        `■ ${result.file}（${result.adapter}）案号 ${result.case.id}\n${JSON.stringify(result.case, null, 2)}\n`,
      );
      if (result.unreadable.length > 0) io.stdout.write(`  无法读取 unreadable：${result.unreadable.join('、')}\n`);
    }
    for (const error of errors) io.stdout.write(`✖ ${error.file}：${error.message}\n`);
  }
  return errors.length > 0 ? 2 : 0;
}
