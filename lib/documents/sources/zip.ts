import { SourceError } from './source-error';

/**
 * A minimal zip reader (stored and deflated entries; no zip64, no encryption), enough for .docx.
 * Inflating is passed in, so this runs anywhere: node:zlib's inflateRawSync in the CLI.
 */
export type InflateRaw = (data: Uint8Array) => Uint8Array;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const notZip = (zh: string, en: string) => new SourceError(`压缩结构损坏：${zh}`, `broken zip structure: ${en}`);

/** The entries of the central directory. Throws SourceError when the archive is not a readable zip. */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0)
    throw notZip('找不到目录区（文件不完整或不是压缩包）', 'no end of central directory (truncated, or not a zip)');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw notZip('不支持 zip64', 'zip64 is not supported');
  if (offset + size > eocd) throw notZip('目录区越界', 'central directory out of range');
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL)
      throw notZip('目录项损坏', 'bad central directory entry');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of one entry, checked against its size and CRC-32. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, inflateRaw: InflateRaw): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL)
    throw notZip(`${entry.name} 的文件头损坏`, `bad local header of ${entry.name}`);
  if (entry.flags & 1) throw new SourceError('文件已加密，请先取消密码', 'the file is encrypted; remove the password');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw notZip(`${entry.name} 不完整`, `${entry.name} is truncated`);
  const raw = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = inflateRaw(raw);
    } catch {
      throw notZip(`${entry.name} 无法解压`, `${entry.name} does not inflate`);
    }
  } else throw notZip(`不支持压缩方式 ${entry.method}`, `compression method ${entry.method} is not supported`);
  if (data.length !== entry.size || crc32(data) !== entry.crc)
    throw notZip(`${entry.name} 校验和不符`, `${entry.name} fails its checksum`);
  return data;
}

let table: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
