import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseJsonText } from '../case/validate';

/** One case read from an input, or the reason it could not be read. */
export type InputRecord =
  | { file: string; line?: number; index?: number; value: unknown }
  | { file: string; line?: number; index?: number; error: { zh: string; en: string } };

const CASE_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);

/** Expands directories (recursively, sorted) into their .json/.jsonl files; keeps other paths as given. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      files.push(path); // reported as unreadable when read
      continue;
    }
    if (info.isDirectory()) files.push(...(await listCaseFiles(path)));
    else files.push(path);
  }
  return files;
}

async function listCaseFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listCaseFiles(path)));
    else if (CASE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/** Reads every case of every input in order: one case, an array of cases, or JSON Lines. */
export async function* readCases(files: readonly string[], stdin: Readable): AsyncGenerator<InputRecord> {
  for (const file of files) {
    if (file === '-') {
      yield* readLinesOrDocument(file, stdin);
      continue;
    }
    const extension = extname(file).toLowerCase();
    let stream;
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      stream = createReadStream(file, { encoding: 'utf8' });
    } catch (error) {
      yield { file, error: unreadableFile(error) };
      continue;
    }
    if (extension === '.jsonl' || extension === '.ndjson') yield* readJsonLines(file, stream);
    else yield* readLinesOrDocument(file, stream);
  }
}

function unreadableFile(error: unknown): { zh: string; en: string } {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { zh: '文件不存在，请检查路径', en: 'file not found; check the path' };
  if (code === 'EACCES') return { zh: '没有读取权限', en: 'permission denied' };
  return { zh: '无法读取该文件（不是普通文件？）', en: 'cannot read this file (not a regular file?)' };
}

async function* readJsonLines(file: string, stream: Readable): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      const trimmed = line === 1 ? stripBom(text).trim() : text.trim();
      if (trimmed === '') continue;
      yield parseLine(file, line, trimmed);
    }
  } catch (error) {
    yield { file, error: unreadableFile(error) };
  }
}

/**
 * A .json file or standard input: JSON Lines when each line is a JSON value of its own,
 * otherwise one JSON document (a case or an array of cases). Lines stream; a document is buffered.
 */
async function* readLinesOrDocument(file: string, stream: Readable): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const buffered: string[] = [];
  let mode: 'unknown' | 'lines' | 'document' = 'unknown';
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? stripBom(raw) : raw;
      if (mode === 'document') {
        buffered.push(text);
        continue;
      }
      const trimmed = text.trim();
      if (trimmed === '') {
        if (mode === 'unknown') buffered.push(text);
        continue;
      }
      if (mode === 'unknown') {
        const first = parseJsonText(trimmed);
        if (first.ok && typeof first.value === 'object' && first.value !== null && !Array.isArray(first.value)) {
          // A whole object on one line: JSON Lines (or a one-line document, which reads the same).
          mode = 'lines';
          yield { file, line, value: first.value };
          continue;
        }
        mode = 'document';
        buffered.push(text);
        continue;
      }
      yield parseLine(file, line, trimmed);
    }
  } catch (error) {
    yield { file, error: unreadableFile(error) };
    return;
  }
  if (mode !== 'document') return;
  const text = buffered.join('\n');
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    yield { file, error: parsed.error };
    return;
  }
  if (Array.isArray(parsed.value)) {
    for (let index = 0; index < parsed.value.length; index++) yield { file, index, value: parsed.value[index] };
  } else yield { file, value: parsed.value };
}

function parseLine(file: string, line: number, text: string): InputRecord {
  const parsed = parseJsonText(text);
  return parsed.ok ? { file, line, value: parsed.value } : { file, line, error: parsed.error };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
