import { joinCells } from './lines';
import { SourceError } from './source-error';
import { decodeText } from './text-encoding';
import { parseXml, type XmlElement } from './xml';
import { listZip, readZipEntry, type InflateRaw } from './zip';

/** How to get a readable file when a .docx cannot be read. */
export const DOCX_FIX = {
  zh: '请用 Word 另存为 .docx 或复制正文为 .txt',
  en: 'save it again from Word as .docx, or copy the text into a .txt file',
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The text of a .docx file: one line per paragraph, table rows on one line, deleted text left out. */
export function docxToText(bytes: Uint8Array, inflateRaw: InflateRaw): string {
  if (OLE_MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw new SourceError(
      `这是旧版 Word（.doc）或加了密码的文件，不是 .docx；${DOCX_FIX.zh}`,
      `this is an old Word (.doc) or password-protected file, not a .docx; ${DOCX_FIX.en}`,
    );
  }
  let xml: string;
  try {
    xml = documentXml(bytes, inflateRaw);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    throw new SourceError(
      `不是有效的 .docx 文件：${error.zh}；${DOCX_FIX.zh}`,
      `not a valid .docx file: ${error.en}; ${DOCX_FIX.en}`,
    );
  }
  return wordXmlToText(xml);
}

function documentXml(bytes: Uint8Array, inflateRaw: InflateRaw): string {
  const entries = listZip(bytes);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  let main = byName.get('word/document.xml');
  const rels = byName.get('_rels/.rels');
  if (!main && rels) {
    // The main part is named in the package relationships (word/document2.xml and the like).
    const target =
      /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(
        decodeText(readZipEntry(bytes, rels, inflateRaw)).text,
      );
    main = target ? byName.get(target[1] ?? target[2]!) : undefined;
  }
  if (!main) {
    const other = entries.some((entry) => entry.name.startsWith('xl/'))
      ? ['这是 Excel 表格', 'it is an Excel workbook']
      : entries.some((entry) => entry.name.startsWith('ppt/'))
        ? ['这是 PowerPoint 演示文稿', 'it is a PowerPoint presentation']
        : ['压缩包中没有 Word 正文 word/document.xml', 'the zip has no word/document.xml'];
    throw new SourceError(other[0]!, other[1]!);
  }
  return decodeText(readZipEntry(bytes, main, inflateRaw)).text;
}

/** Parts of WordprocessingML that hold no visible text: properties, deleted text, field codes, fallbacks. */
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:delInstrText', 'w:instrText', 'mc:Fallback', 'w:fldData']);
const skipped = (name: string) => SKIP.has(name) || name.endsWith('Pr') || name.endsWith('PrChange');

/** Turns word/document.xml (or any WordprocessingML part) into text. */
export function wordXmlToText(xml: string): string {
  return blocks(parseXml(xml))
    .map((line) => line.trimEnd())
    .join('\n');
}

function blocks(node: XmlElement): string[] {
  const lines: string[] = [];
  for (const child of node.children) {
    if (typeof child === 'string' || skipped(child.name)) continue;
    if (child.name === 'w:p') lines.push(...paragraph(child));
    else if (child.name === 'w:tbl') lines.push(...table(child));
    else lines.push(...blocks(child));
  }
  return lines;
}

function paragraph(p: XmlElement): string[] {
  const state = { text: '', extra: [] as string[] };
  inline(p, state);
  return [...state.text.split('\n'), ...state.extra];
}

function inline(node: XmlElement, state: { text: string; extra: string[] }): void {
  for (const child of node.children) {
    if (typeof child === 'string' || skipped(child.name)) continue;
    switch (child.name) {
      case 'w:t':
        state.text += child.children.filter((part) => typeof part === 'string').join('');
        break;
      case 'w:tab':
      case 'w:ptab':
        state.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        state.text += '\n';
        break;
      case 'w:noBreakHyphen':
        state.text += '-';
        break;
      case 'w:txbxContent':
      case 'w:p':
      case 'w:tbl':
        // A text box inside the paragraph: its paragraphs follow the paragraph's own line.
        state.extra.push(...blocks({ name: '#box', children: [child] }));
        break;
      case 'mc:AlternateContent': {
        const choice = child.children.find((part) => typeof part !== 'string' && part.name === 'mc:Choice');
        if (choice && typeof choice !== 'string') inline(choice, state);
        break;
      }
      default:
        inline(child, state);
    }
  }
}

function table(tbl: XmlElement): string[] {
  return descendants(tbl, 'w:tr').flatMap((row) => joinCells(descendants(row, 'w:tc').map((cell) => blocks(cell))));
}

/** Children named `name`, looking through wrappers (w:sdt, w:customXml) but not into nested tables. */
function descendants(node: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of node.children) {
    if (typeof child === 'string' || skipped(child.name) || child.name === 'w:tbl') continue;
    if (child.name === name) found.push(child);
    else if (child.name !== 'w:tc' && child.name !== 'w:p') found.push(...descendants(child, name));
  }
  return found;
}
