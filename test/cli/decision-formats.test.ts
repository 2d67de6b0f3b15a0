import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { encodeGbk, escapeXml, makeDocx, paragraphsXml } from './docx-builder';

/** `zhifa-guard decision` on Word files, saved pages, GBK text and folders, with invented decisions. */

const FIXTURES = fileURLToPath(new URL('../../lib/documents/fixtures', import.meta.url));
const TODAY = '2026-11-25';
const FIX = '请用 Word 另存为 .docx 或复制正文为 .txt';

interface DecisionJson {
  results: {
    file: string;
    kind: string;
    elements: Record<string, boolean>;
    findings: { ruleId: string; status: string }[];
  }[];
  errors: { file: string; message: string; messageEn: string }[];
}

async function run(argv: string[], stdinData: string | Buffer = '') {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  stdin.end(stdinData);
  const code = await main(['decision', '--today', TODAY, ...argv], { stdin, stdout, stderr });
  stdout.end();
  stderr.end();
  await Promise.all([finished(stdout), finished(stderr)]);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

async function runJson(...paths: string[]) {
  const result = await run(['--format', 'json', ...paths]);
  return { ...result, json: JSON.parse(result.stdout) as DecisionJson };
}

/** A result without its file name, to compare the same decision read from different formats. */
const withoutFile = (result: DecisionJson['results'][number]) => ({ ...result, file: undefined });

/** The decision as a saved print-preview page: the party in a label | value table, plus things never shown. */
function asHtml(text: string, charset = 'utf-8'): string {
  const lines = text.split('\n');
  const party = lines.findIndex((line) => line.startsWith('当事人：'));
  const body = lines
    .map((line, i) => {
      if (line.startsWith('2.罚款')) {
        // Shown only on screen, hidden from print, or never shown: none of it is part of the decision.
        return (
          `<p>${escapeXml(line)}</p><p class="no-print">3.罚款人民币贰拾万元整；</p>` +
          `<p hidden>4.没收违法所得人民币玖万元整；</p><p style="display:none">5.罚款人民币壹万元整；</p>` +
          `<script>document.write('<p>6.罚款人民币壹拾万元整；</p>')</script>`
        );
      }
      if (i !== party) return `<p>${escapeXml(line)}</p>`;
      const [label, value] = line.split('：');
      return `<table class="form"><tr><th>${label}：</th>\n  <td><span>${escapeXml(value!)}</span></td></tr></table>`;
    })
    .join('\n');
  return (
    `<!DOCTYPE html><html><head><meta charset="${charset}"><title>打印预览</title>` +
    `<style>.no-print { display: none }</style></head><body>` +
    `<div class="no-print"><button>打印</button></div>${body}</body></html>`
  );
}

let dir: string;
let market: string;
let environment: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhifa-decision-formats-'));
  market = await readFile(join(FIXTURES, 'market-decision.txt'), 'utf8');
  environment = await readFile(join(FIXTURES, 'environment-decision.txt'), 'utf8');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('zhifa-guard decision reads Word, web pages and GBK text', () => {
  it('finds the same in a .docx (deflated or stored) as in the .txt', async () => {
    for (const [name, text] of [
      ['market', market],
      ['environment', environment],
    ] as const) {
      await writeFile(join(dir, `${name}.docx`), makeDocx(paragraphsXml(text)));
      await writeFile(join(dir, `${name}-stored.docx`), makeDocx(paragraphsXml(text), { store: true }));
      const { json } = await runJson(
        join(FIXTURES, `${name}-decision.txt`),
        join(dir, `${name}.docx`),
        join(dir, `${name}-stored.docx`),
      );
      expect(json.errors).toEqual([]);
      const [txt, docx, stored] = json.results.map(withoutFile);
      expect(docx).toEqual(txt);
      expect(stored).toEqual(txt);
    }
    const clean = await runJson(join(dir, 'market.docx'));
    expect(clean.code).toBe(0);
    expect(Object.values(clean.json.results[0]!.elements).every(Boolean)).toBe(true);
    expect((await runJson(join(dir, 'environment.docx'))).code).toBe(1);
  });

  it('reads a decision laid out as a Word table, with tracked changes', async () => {
    const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p></w:tc>`;
    const lines = market.split('\n');
    const body = lines
      .map((line) => {
        const field = /^(当事人：|统一社会信用代码：|住所：|法定代表人：)(.*)$/.exec(line);
        if (field) return `<w:tbl><w:tr>${cell(field[1]!)}${cell(field[2]!)}</w:tr></w:tbl>`;
        if (line.startsWith('2.罚款')) {
          // The officer changed the fine with tracking on: only the inserted amount counts.
          return '<w:p><w:r><w:t>2.罚款人民币</w:t></w:r><w:del><w:r><w:delText>捌万</w:delText></w:r></w:del><w:ins><w:r><w:t>伍万</w:t></w:r></w:ins><w:r><w:t>元整。</w:t></w:r></w:p>';
        }
        return paragraphsXml(line);
      })
      .join('');
    await writeFile(join(dir, 'table.docx'), makeDocx(body));
    const { code, json } = await runJson(join(FIXTURES, 'market-decision.txt'), join(dir, 'table.docx'));
    expect(code).toBe(0);
    expect(withoutFile(json.results[1]!)).toEqual(withoutFile(json.results[0]!));
  });

  it('reads GBK text, UTF-16 text with a BOM and GBK from standard input', async () => {
    await writeFile(join(dir, 'gbk.txt'), encodeGbk(market.replace(/\n/g, '\r\n')));
    await writeFile(join(dir, 'utf16.txt'), Buffer.from(`\ufeff${market}`, 'utf16le'));
    const { json } = await runJson(join(FIXTURES, 'market-decision.txt'), join(dir, 'gbk.txt'), join(dir, 'utf16.txt'));
    expect(json.errors).toEqual([]);
    expect(json.results.map(withoutFile)).toEqual(Array(3).fill(withoutFile(json.results[0]!)));
    const piped = await run(['--format', 'json', '-'], encodeGbk(market));
    expect(withoutFile((JSON.parse(piped.stdout) as DecisionJson).results[0]!)).toEqual(withoutFile(json.results[0]!));
  });

  it('reads a saved page as printed: no scripts run, hidden text left out, table rows on one line', async () => {
    await writeFile(join(dir, 'page.html'), asHtml(market));
    await writeFile(join(dir, 'page-gbk.htm'), encodeGbk(asHtml(market, 'gbk')));
    const { code, json } = await runJson(
      join(FIXTURES, 'market-decision.txt'),
      join(dir, 'page.html'),
      join(dir, 'page-gbk.htm'),
    );
    expect(code).toBe(0);
    expect(json.errors).toEqual([]);
    expect(json.results.map(withoutFile)).toEqual(Array(3).fill(withoutFile(json.results[0]!)));
  });

  it('says which formats it does not read and how to convert them, and checks the other files', async () => {
    await writeFile(join(dir, 'scan.pdf'), '%PDF-1.7\n%\xe2\xe3\n');
    await writeFile(join(dir, 'old.doc'), Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'));
    await writeFile(join(dir, 'photo.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
    await writeFile(join(dir, 'broken.docx'), makeDocx(paragraphsXml(market)).subarray(0, 200));
    await writeFile(join(dir, 'not-word.docx'), 'plain text saved with the wrong name');
    const files = ['scan.pdf', 'old.doc', 'photo.png', 'broken.docx', 'not-word.docx'].map((name) => join(dir, name));
    const { code, json } = await runJson(...files, join(FIXTURES, 'market-decision.txt'));
    expect(code).toBe(2);
    expect(json.results.map((result) => result.file)).toEqual([join(FIXTURES, 'market-decision.txt')]);
    expect(json.errors.map((error) => error.file)).toEqual(files);
    const [pdf, doc, png, broken, notWord] = json.errors;
    expect(pdf!.message).toContain('pdftotext -layout 文件.pdf');
    expect(pdf!.messageEn).toContain('pdftotext -layout');
    expect(doc!.message).toContain('.doc');
    expect(doc!.message).toContain(FIX);
    expect(png!.message).toContain('图片');
    for (const error of [broken!, notWord!]) {
      expect(error.message).toContain('不是有效的 .docx 文件');
      expect(error.message).toContain(FIX);
      expect(error.messageEn).toMatch(/not a valid \.docx file.*save it again from Word/);
    }
    const text = await run([join(dir, 'broken.docx')]);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(`✖ ${join(dir, 'broken.docx')}：不是有效的 .docx 文件`);
  });

  it('checks every decision file of a folder, sorted by path, skipping hidden files and Word lock files', async () => {
    const folder = join(dir, '2026年决定书');
    await mkdir(join(folder, '二季度'), { recursive: true });
    await writeFile(join(folder, 'b-市场.docx'), makeDocx(paragraphsXml(market)));
    await writeFile(join(folder, '~$b-市场.docx'), Buffer.from('0a00e78e8be69f90', 'hex'));
    await writeFile(join(folder, 'a-市场.TXT'), encodeGbk(market));
    await writeFile(join(folder, '.DS_Store'), Buffer.alloc(8));
    await writeFile(join(folder, '.草稿.txt'), '草稿');
    await writeFile(join(folder, '扫描件.pdf'), '%PDF-1.4');
    await writeFile(join(folder, '说明.md'), '# 说明');
    await writeFile(join(folder, '二季度', 'c-环境.html'), asHtml(environment));
    const { code, json, stderr } = await runJson(folder);
    expect(json.results.map((result) => result.file)).toEqual([
      join(folder, 'a-市场.TXT'),
      join(folder, 'b-市场.docx'),
      join(folder, '二季度', 'c-环境.html'),
    ]);
    expect(json.errors).toEqual([]);
    expect(code).toBe(1); // the environment decision has planted defects
    expect(stderr).toContain(join(folder, '扫描件.pdf'));

    await mkdir(join(dir, 'empty'));
    await writeFile(join(dir, 'empty', '~$x.docx'), 'lock');
    const empty = await runJson(join(dir, 'empty'));
    expect(empty.code).toBe(2);
    expect(empty.json.errors[0]!.file).toBe(join(dir, 'empty'));
  });
});
