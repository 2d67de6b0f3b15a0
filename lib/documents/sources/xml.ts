/** Just enough XML for WordprocessingML: elements and text, no namespaces resolved, attributes dropped. */
export interface XmlElement {
  name: string;
  children: (XmlElement | string)[];
}

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)(?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(\/?)>/g;

/** Parses leniently: a stray closing tag is ignored, unclosed elements are closed at the end. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', children: [] };
  const stack = [root];
  let last = 0;
  const addText = (text: string) => {
    if (text) stack[stack.length - 1]!.children.push(text);
  };
  for (const match of xml.matchAll(TOKEN)) {
    addText(decodeEntities(xml.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, cdata, closing, name, selfClosing] = match;
    if (cdata !== undefined) addText(cdata);
    if (!name) continue;
    if (closing) {
      const open = stack.findLastIndex((element) => element.name === name);
      if (open > 0) stack.length = open;
      continue;
    }
    const element: XmlElement = { name, children: [] };
    stack[stack.length - 1]!.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  addText(decodeEntities(xml.slice(last)));
  return root;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references; leaves anything else as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g, (whole, name, dec, hex) => {
    if (name) return NAMED[name as string]!;
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
