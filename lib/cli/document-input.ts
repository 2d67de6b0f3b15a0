import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { DOCX_FIX, SourceError, decodeText, docxToText } from '../documents/sources';
import { htmlToText } from './html-text';

/** What `zhifa-guard decision` reads from a folder. */
const READABLE = new Set(['.txt', '.docx', '.html', '.htm']);

/** Formats recognised but not read, with how to convert them. */
const UNSUPPORTED: Record<string, { zh: string; en: string }> = {
  '.doc': {
    zh: `旧版 Word 格式（.doc）不能读取；${DOCX_FIX.zh}`,
    en: `old Word format (.doc) is not read; ${DOCX_FIX.en}`,
  },
  '.wps': {
    zh: 'WPS 文字格式（.wps）不能读取；请在 WPS 中另存为 .docx 或复制正文为 .txt',
    en: 'WPS format (.wps) is not read; save it from WPS as .docx, or copy the text into a .txt file',
  },
  '.pdf': {
    zh: 'PDF 不能直接读取；请用 pdftotext -layout 文件.pdf 转为文本，或复制正文另存为 .txt（扫描件需先做文字识别）',
    en: 'PDF is not read; convert it with `pdftotext -layout file.pdf`, or copy the text into a .txt file (scans need OCR first)',
  },
  '.ofd': {
    zh: 'OFD 版式文件不能读取；请在阅读器中复制正文另存为 .txt，或使用原始的 Word 文件',
    en: 'OFD is not read; copy the text into a .txt file, or use the original Word file',
  },
  '.rtf': { zh: `RTF 格式不能读取；${DOCX_FIX.zh}`, en: `RTF is not read; ${DOCX_FIX.en}` },
  '.mht': {
    zh: '单文件网页（.mht）不能读取；请在浏览器中另存为“网页，仅 HTML”(.html) 或复制正文为 .txt',
    en: 'single-file web archives (.mht) are not read; save the page as "Web page, HTML only" (.html), or copy the text into a .txt file',
  },
};
UNSUPPORTED['.mhtml'] = UNSUPPORTED['.mht']!;
const IMAGE = {
  zh: '图片不做文字识别，不能读取；请使用原始的 Word 或文本文件，或先做文字识别另存为 .txt',
  en: 'images are not read (no OCR); use the original Word or text file, or OCR it into a .txt file first',
};
for (const extension of ['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.tif', '.tiff', '.webp', '.heic']) {
  UNSUPPORTED[extension] = IMAGE;
}

/**
 * Expands folders (recursively, sorted by path) into their .txt/.docx/.html/.htm files, skipping hidden
 * files and Word lock files (~$…); other paths are kept as given. `skipped` lists the files of a folder in a
 * format that is known but not read (.doc, .pdf…), so the command can say they were not checked;
 * `emptyFolders` the folders with nothing to read.
 */
export async function expandDocumentInputs(
  paths: readonly string[],
): Promise<{ files: string[]; skipped: string[]; emptyFolders: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const emptyFolders: string[] = [];
  for (const path of paths) {
    const info = path === '-' ? undefined : await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path); // a missing path is reported when read
      continue;
    }
    const found: string[] = [];
    await walk(path, found, skipped);
    if (found.length === 0) emptyFolders.push(path);
    files.push(...found.sort(byPath));
  }
  return { files, skipped: skipped.sort(byPath), emptyFolders };
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function walk(dir: string, found: string[], skipped: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, found, skipped);
    else if (!entry.isFile() && !(entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile())) {
      continue; // a link to a folder is not followed
    } else if (READABLE.has(extname(entry.name).toLowerCase())) found.push(path);
    else if (UNSUPPORTED[extname(entry.name).toLowerCase()]) skipped.push(path);
  }
}

/** The text of one input, or why it cannot be read. */
export type DocumentText =
  { text: string; format: 'text' | 'docx' | 'html'; encoding?: string } | { error: { zh: string; en: string } };

/** Reads a file ('-' is standard input) by its content and extension. */
export async function readDocument(file: string, stdin: NodeJS.ReadableStream): Promise<DocumentText> {
  let bytes: Uint8Array;
  try {
    if (file !== '-' && !(await stat(file)).isFile()) return { error: notAFile };
    bytes = file === '-' ? await readStream(stdin) : await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') return { error: { zh: '文件不存在，请检查路径', en: 'file not found; check the path' } };
    if (code === 'EACCES') return { error: { zh: '没有读取权限', en: 'permission denied' } };
    return { error: { zh: '无法读取该文件，请检查路径', en: 'cannot read this file; check the path' } };
  }
  try {
    return documentText(bytes, file);
  } catch (error) {
    if (error instanceof SourceError) return { error: { zh: error.zh, en: error.en } };
    throw error;
  }
}

const notAFile = { zh: '不是文件（是文件夹或设备？）', en: 'not a regular file' };

const starts = (bytes: Uint8Array, ...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** Turns file bytes into text: the content decides first (a renamed file is still recognised), then the extension. */
export function documentText(bytes: Uint8Array, file: string): DocumentText {
  const extension = file === '-' ? '' : extname(basename(file)).toLowerCase();
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) throw unsupported('.pdf');
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0) && extension !== '.docx')
    throw unsupported(extension === '.wps' ? '.wps' : '.doc');
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04) || starts(bytes, 0x50, 0x4b, 0x05, 0x06) || extension === '.docx') {
    return { text: docxToText(bytes, (data) => inflateRawSync(data)), format: 'docx' };
  }
  if (
    starts(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    starts(bytes, 0xff, 0xd8, 0xff) ||
    starts(bytes, 0x47, 0x49, 0x46, 0x38)
  ) {
    throw new SourceError(IMAGE.zh, IMAGE.en);
  }
  if (UNSUPPORTED[extension]) throw unsupported(extension);
  const html = extension === '.html' || extension === '.htm' || extension === '.xhtml' || looksLikeHtml(bytes);
  const { text, encoding } = decodeText(bytes, html ? declaredCharset(bytes) : undefined);
  if (html) return { text: htmlToText(text, file === '-' ? undefined : file), format: 'html', encoding };
  if (text.includes('\u0000')) {
    throw new SourceError(
      '不是文本文件（含二进制内容）；请复制正文另存为 .txt（UTF-8 或 GBK 编码）',
      'not a text file (binary content); copy the text into a .txt file (UTF-8 or GBK)',
    );
  }
  return { text, format: 'text', encoding };
}

function unsupported(extension: string): SourceError {
  const message = UNSUPPORTED[extension]!;
  return new SourceError(message.zh, message.en);
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  return /^<(?:!doctype\s+html|html[\s>])/i.test(head);
}

/** The charset a page declares in its first kilobytes (<meta charset=gbk>, http-equiv content=…charset=gb2312). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}
