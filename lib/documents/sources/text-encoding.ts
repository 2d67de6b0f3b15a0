/**
 * Decodes a text file as saved on Chinese Windows: a UTF-8 or UTF-16 byte-order mark is honoured;
 * without one, valid UTF-8 is UTF-8, else the declared charset (HTML) if any, else GB18030 (covers GBK, GB2312).
 */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through
  }
  const declared = declaredCharset?.trim().toLowerCase();
  if (declared && !/^(?:utf-?8|gb2312|gbk|gb18030|x-gbk|cp936)$/.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // an encoding this runtime does not know: GB18030 is the likeliest
    }
  }
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}
