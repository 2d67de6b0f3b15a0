export { DOCX_FIX, docxToText, wordXmlToText } from './docx';
export { joinCells } from './lines';
export { SourceError } from './source-error';
export { decodeText } from './text-encoding';
export { crc32, listZip, readZipEntry, type InflateRaw, type ZipEntry } from './zip';
