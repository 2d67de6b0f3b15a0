import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  DOCX_FIX,
  SourceError,
  crc32,
  decodeText,
  docxToText,
  listZip,
  readZipEntry,
  wordXmlToText,
} from '../../lib/documents/sources';
import { encodeGbk, makeDocx, makeZip } from './docx-builder';

const inflate = (data: Uint8Array) => inflateRawSync(data);
const W = (body: string) => `<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`;
const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;

describe('zip reader', () => {
  it('reads stored and deflated entries and computes the same CRC-32 as zlib', () => {
    const zip = makeZip([
      { name: 'a.txt', data: '存储的条目', store: true },
      { name: 'dir/b.txt', data: '压缩的条目'.repeat(50) },
    ]);
    const entries = listZip(zip);
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual([
      ['a.txt', 0],
      ['dir/b.txt', 8],
    ]);
    expect(Buffer.from(readZipEntry(zip, entries[0]!, inflate)).toString()).toBe('存储的条目');
    expect(Buffer.from(readZipEntry(zip, entries[1]!, inflate)).toString()).toBe('压缩的条目'.repeat(50));
    const sample = Buffer.from('行政处罚决定书 decision 123');
    expect(crc32(sample)).toBe(zlibCrc32(sample));
  });

  it('rejects a damaged entry by its checksum and a truncated archive', () => {
    const zip = makeZip([{ name: 'a.txt', data: 'hello world', store: true }]);
    const damaged = Buffer.from(zip);
    damaged[30 + 'a.txt'.length] ^= 0xff;
    expect(() => readZipEntry(damaged, listZip(damaged)[0]!, inflate)).toThrow(SourceError);
    expect(() => listZip(zip.subarray(0, zip.length - 10))).toThrow(/end of central directory/);
    expect(() => listZip(new Uint8Array(0))).toThrow(SourceError);
  });
});

describe('WordprocessingML to text', () => {
  it('gives one line per paragraph, with tabs and line breaks, but not the tab stops of the paragraph style', () => {
    const xml = W(
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${run('当事人')}<w:r><w:tab/></w:r>${run('某某')}</w:p>` +
        p(run('第一行'), '<w:r><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行</w:t></w:r>') +
        p() +
        p(run('末段')),
    );
    expect(wordXmlToText(xml)).toBe('当事人\t某某\n第一行\n第二行\n第三行\n\n末段');
  });

  it('reads a two-column table row on one line and keeps the paragraphs of a long cell', () => {
    const cell = (...paragraphs: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
    const xml = W(
      `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>` +
        `<w:tr>${cell(p(run('当事人')))}${cell(p(run('某某公司')))}</w:tr>` +
        `<w:tr>${cell(p(run('违法事实')))}${cell(p(run('第一段。')), p(run('第二段。')))}</w:tr>` +
        `<w:tr>${cell(p())}${cell(p(run('只有右格')))}</w:tr></w:tbl>` +
        p(run('表后')),
    );
    expect(wordXmlToText(xml)).toBe('当事人 某某公司\n违法事实 第一段。\n第二段。\n只有右格\n表后');
  });

  it('decodes XML entities', () => {
    const xml = W(p(run('A&amp;B &lt;x&gt; &quot;q&quot; &apos;s&apos; &#34892;&#x653F; &amp;lt;')));
    expect(wordXmlToText(xml)).toBe('A&B <x> "q" \'s\' 行政 &lt;');
  });

  it('leaves out deleted text and field codes, keeps inserted text and field results', () => {
    const xml = W(
      p(
        run('罚款人民币'),
        '<w:del w:id="1" w:author="甲"><w:r><w:delText>叁万</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="甲"><w:r><w:t>伍万</w:t></w:r></w:ins>',
        run('元整'),
        '<w:r><w:delText>孤立删除</w:delText></w:r>',
      ) +
        p(
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>',
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
          run('3'),
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ),
    );
    expect(wordXmlToText(xml)).toBe('罚款人民币伍万元整\n3');
  });

  it('reads a text box once (not its compatibility fallback copy)', () => {
    const box = `<w:txbxContent>${p(run('框内文字'))}</w:txbxContent>`;
    const xml = W(
      p(
        run('正文'),
        `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice>` +
          `<mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
      ),
    );
    expect(wordXmlToText(xml)).toBe('正文\n框内文字');
  });
});

describe('docx files', () => {
  it('reads word/document.xml deflated or stored', () => {
    for (const store of [false, true]) {
      expect(docxToText(makeDocx(p(run('行政处罚决定书')) + p(run('当事人：某某')), { store }), inflate)).toBe(
        '行政处罚决定书\n当事人：某某',
      );
    }
  });

  it('explains what is wrong and how to fix it, in Chinese and English', () => {
    const errorOf = (bytes: Uint8Array) => {
      try {
        docxToText(bytes, inflate);
      } catch (error) {
        return error as SourceError;
      }
      throw new Error('expected an error');
    };
    const corrupt = errorOf(Buffer.from('not a zip at all'));
    expect(corrupt).toBeInstanceOf(SourceError);
    expect(corrupt.zh).toContain('不是有效的 .docx 文件');
    expect(corrupt.zh).toContain(DOCX_FIX.zh);
    expect(corrupt.en).toContain('not a valid .docx');
    expect(errorOf(makeZip([{ name: 'xl/workbook.xml', data: '<x/>' }])).zh).toContain('Excel');
    expect(errorOf(makeZip([{ name: 'readme.txt', data: 'x' }])).zh).toContain('word/document.xml');
    const ole = Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(100), 'hex');
    expect(errorOf(ole).zh).toContain('.doc');
  });
});

describe('text encodings', () => {
  const phrase = '行政处罚决定书';

  it('knows the GBK bytes of 行政处罚决定书, and decodes them as GB18030', () => {
    const gbk = Buffer.from('d0d0d5feb4a6b7a3bef6b6a8cae9', 'hex');
    expect(encodeGbk(phrase)).toEqual(gbk);
    expect(decodeText(gbk)).toEqual({ text: phrase, encoding: 'gb18030' });
  });

  it('honours byte-order marks and keeps valid UTF-8 as UTF-8', () => {
    expect(decodeText(Buffer.from(`\ufeff${phrase}`, 'utf8'))).toEqual({ text: phrase, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(phrase, 'utf8'))).toEqual({ text: phrase, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(`\ufeff${phrase}`, 'utf16le'))).toEqual({ text: phrase, encoding: 'utf-16le' });
    const be = Buffer.from(`\ufeff${phrase}`, 'utf16le').swap16();
    expect(decodeText(be)).toEqual({ text: phrase, encoding: 'utf-16be' });
  });

  it('uses a page’s declared charset when the bytes are not UTF-8', () => {
    const big5 = Buffer.from('a6e6ac46', 'hex'); // 行政 in Big5
    expect(decodeText(big5, 'big5').text).toBe('行政');
    expect(decodeText(encodeGbk(phrase), 'gb2312').text).toBe(phrase);
  });
});
