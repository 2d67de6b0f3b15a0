/**
 * Legal article references: 《中华人民共和国食品安全法》第一百二十四条第一款第（五）项,
 * 第34条第1款第10项, 第三十四条之一, 食品安全法第三十四条第（十）项、第一百二十四条.
 * Pure, no DOM.
 */
import { parseInteger } from './numerals';
import { toHalfWidth } from './text';

export interface ArticleRef {
  /** The title as written, without 《》; undefined when the text names no law. */
  law?: string;
  article?: number;
  paragraph?: number;
  item?: number;
  /** 之一, 之二 … : the article inserted after `article` (第三十四条之一 → article 34, subArticle 1). */
  subArticle?: number;
  /** The citation as written. */
  text: string;
  /** Offset of the citation in the parsed text. */
  index: number;
}

const N = '[0-9零〇一二两三四五六七八九十百千]+';
const LAW_TITLE = /《([^《》]{2,80})》/y;
const ARTICLE = new RegExp(`第\\s*(${N})\\s*条(?:\\s*之\\s*([一二三四五六七八九十]+))?`, 'y');
const PARAGRAPH = new RegExp(`\\s*第\\s*(${N})\\s*款`, 'y');
// 第（五）项, 第(五)项, 第五项, （五）项, and lists: 第（一）、（二）项.
const ITEM_ONE = `[（(]?\\s*(?:${N})\\s*[）)]?`;
const ITEM = new RegExp(`\\s*(?:第\\s*)?(${ITEM_ONE}(?:\\s*[、和及与]\\s*(?:第\\s*)?${ITEM_ONE})*)\\s*项`, 'y');
// A sibling of the reference just read: 、第三款 (another paragraph of the article), 、第（三）项 (another item).
const SIBLING_PARAGRAPH = new RegExp(`\\s*[、和及与]\\s*第\\s*(${N})\\s*款(?!\\s*第?\\s*${N}\\s*条)`, 'y');
const SIBLING_ITEM = new RegExp(`\\s*[、和及与]\\s*第\\s*([（(]\\s*${N}\\s*[）)]|${N})\\s*项`, 'y');
const REFERS_BACK = /(同法|该法|本法|上述法律|同条例|该条例|本条例|同规定|该规定|本规定|同办法|该办法|本办法)$/;
const SEPARATOR = /^\s*(?:[、，,和及与或以]|以及|并|或者)?\s*$/;
// Words that end a bare (un-bracketed) law name when reading backwards from 第…条.
const BARE_LAW = /([\u4e00-\u9fa5（）()]{2,40}?(?:法|条例|规定|办法|细则|规则|决定|规程|准则))$/;
const BARE_LAW_VERB = /(?:违反了|违反|依据|根据|依照|按照|参照|适用|对照|构成|符合|属于|触犯|执行)/g;

function cleanLaw(title: string): string {
  return title
    .replace(/\s+/g, '')
    .replace(/^[<«]+|[>»]+$/g, '')
    .trim();
}

/** Finds a law name written without 《》 that ends right before `end`. */
function bareLawBefore(text: string, end: number): string | undefined {
  const window = text.slice(Math.max(0, end - 60), end);
  const piece = window.split(/[，。；;：:,、\s“”"'《》]/).pop() ?? '';
  if (!BARE_LAW.test(piece)) return undefined;
  let name = piece;
  let cut = -1;
  for (const verb of piece.matchAll(BARE_LAW_VERB)) cut = verb.index + verb[0].length;
  if (cut >= 0) name = piece.slice(cut);
  else if (name.includes('中华人民共和国')) name = name.slice(name.indexOf('中华人民共和国'));
  else if (name.includes('的') && !name.endsWith('决定')) name = name.slice(name.lastIndexOf('的') + 1);
  name = name.replace(/^[了的和及与或即按照对]+/, '');
  if (name.length < 3 || !/(法|条例|规定|办法|细则|规则|决定|规程|准则)$/.test(name)) return undefined;
  if (/^(本|该|同|上述|相关|有关)/.test(name) || /^(规定|办法|决定)$/.test(name)) return undefined;
  return name;
}

function parseItems(text: string): number[] {
  const items: number[] = [];
  for (const part of text.split(/[、和及与]/)) {
    const value = parseInteger(part.replace(/[第（()）\s]/g, ''));
    if (value !== undefined && value > 0) items.push(value);
  }
  return items;
}

/**
 * Every article reference in a text, in order. A reference after 《X》 or a bare law name takes
 * that law; 第…条 references that follow in a list (、和及) keep the last law named. Quoted
 * article text (“……”) is skipped. References to a law with no article are kept ({law} only).
 */
export function findArticleRefs(input: string, defaultLaw?: string): ArticleRef[] {
  const source = input.replace(/<<([^<>]{2,80})>>/g, '《$1》');
  // Half-width forms keep every offset, so citations are cut from the text as written.
  const text = toHalfWidth(source);
  const refs: ArticleRef[] = [];
  let law: string | undefined = defaultLaw;
  let lawIndex = -1;
  let lawEnd = -1;
  let lawUsed = false;
  let lastEnd = -1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '“' || ch === '"') {
      // Skip quoted article text.
      const close = text.indexOf(ch === '“' ? '”' : '"', i + 1);
      i = close === -1 ? i + 1 : close + 1;
      continue;
    }
    if (ch === '《') {
      LAW_TITLE.lastIndex = i;
      const match = LAW_TITLE.exec(text);
      if (match) {
        if (law !== undefined && !lawUsed && lawIndex >= 0)
          refs.push({ law, text: source.slice(lawIndex, lawEnd), index: lawIndex });
        law = cleanLaw(source.slice(i + 1, i + 1 + match[1]!.length));
        lawIndex = i;
        lawEnd = i + match[0].length;
        lawUsed = false;
        i = lawEnd;
        continue;
      }
    }
    if (ch === '第') {
      ARTICLE.lastIndex = i;
      const article = ARTICLE.exec(text);
      if (article) {
        const between = lastEnd >= 0 ? text.slice(Math.max(lastEnd, lawEnd), i) : '';
        let start = i;
        // Decide which law this article belongs to.
        if (lawEnd >= 0 && /^\s*$/.test(text.slice(lawEnd, i))) {
          start = lawIndex; // 《X》第…条
        } else if (lastEnd >= 0 && lastEnd >= lawEnd && SEPARATOR.test(between)) {
          // continues a list: keep the law
        } else {
          const before = text.slice(Math.max(0, i - 60), i);
          const back = REFERS_BACK.exec(before);
          const bareHalf = back ? undefined : bareLawBefore(text, i);
          const bare = bareHalf ? source.slice(i - bareHalf.length, i) : undefined;
          if (bare) {
            if (law !== undefined && !lawUsed && lawIndex >= 0)
              refs.push({ law, text: source.slice(lawIndex, lawEnd), index: lawIndex });
            law = bare;
            start = i - bare.length;
            lawIndex = start;
            lawEnd = i;
          } else if (!back && lawEnd >= 0 && i - lawEnd > 40) {
            // A lone 第…条 far from any law name: the law is not known.
            law = defaultLaw;
          }
        }
        let end = i + article[0].length;
        const ref: ArticleRef = { law, article: parseInteger(article[1]!), text: '', index: start };
        if (article[2]) ref.subArticle = parseInteger(article[2]);
        PARAGRAPH.lastIndex = end;
        const paragraph = PARAGRAPH.exec(text);
        if (paragraph) {
          ref.paragraph = parseInteger(paragraph[1]!);
          end = PARAGRAPH.lastIndex;
        }
        ITEM.lastIndex = end;
        const item = ITEM.exec(text);
        let items: number[] = [];
        if (item) {
          items = parseItems(item[1]!);
          end = ITEM.lastIndex;
        }
        const written = source.slice(start, end).trim();
        if (items.length === 0) {
          refs.push({ ...ref, text: written });
        } else {
          for (const value of items) refs.push({ ...ref, item: value, text: written });
        }
        // 第一百一十一条第一款第（一）项、第三款 / 第一款第（一）项、第（三）项: same article, further parts.
        for (let guard = 0; guard < 10; guard++) {
          SIBLING_PARAGRAPH.lastIndex = end;
          const sibling = SIBLING_PARAGRAPH.exec(text);
          if (sibling) {
            const paragraphEnd = SIBLING_PARAGRAPH.lastIndex;
            const next: ArticleRef = { ...ref, paragraph: parseInteger(sibling[1]!), text: '', index: end };
            delete next.item;
            ITEM.lastIndex = paragraphEnd;
            const more = ITEM.exec(text);
            const moreItems = more ? parseItems(more[1]!) : [];
            end = more ? ITEM.lastIndex : paragraphEnd;
            const piece = `${source.slice(start, i + article[0].length).trim()}${source.slice(paragraphEnd - sibling[0].length, end).replace(/^\s*[、和及与]\s*/, '')}`;
            if (moreItems.length === 0) refs.push({ ...next, text: piece });
            else for (const value of moreItems) refs.push({ ...next, item: value, text: piece });
            continue;
          }
          if (ref.paragraph === undefined && items.length === 0) break;
          SIBLING_ITEM.lastIndex = end;
          const item = SIBLING_ITEM.exec(text);
          if (!item) break;
          const value = parseItems(item[1]!)[0];
          const itemEnd = SIBLING_ITEM.lastIndex;
          if (value !== undefined) {
            const head = source
              .slice(start, end)
              .trim()
              .replace(/第?\s*[（(]?\s*[0-9零〇一二两三四五六七八九十百千]+\s*[）)]?\s*项$/, '');
            refs.push({
              ...ref,
              item: value,
              text: `${head}${source.slice(end, itemEnd).replace(/^\s*[、和及与]\s*/, '')}`,
            });
          }
          end = itemEnd;
        }
        if (law !== undefined) lawUsed = true;
        lastEnd = end;
        i = end;
        continue;
      }
    }
    i++;
  }
  if (law !== undefined && !lawUsed && lawIndex >= 0)
    refs.push({ law, text: source.slice(lawIndex, lawEnd), index: lawIndex });
  return refs.map(dropUndefined);
}

function dropUndefined(ref: ArticleRef): ArticleRef {
  const out: ArticleRef = { text: ref.text, index: ref.index };
  if (ref.law !== undefined) out.law = ref.law;
  if (ref.article !== undefined && ref.article > 0) out.article = ref.article;
  if (ref.subArticle !== undefined && ref.subArticle > 0) out.subArticle = ref.subArticle;
  if (ref.paragraph !== undefined && ref.paragraph > 0) out.paragraph = ref.paragraph;
  if (ref.item !== undefined && ref.item > 0) out.item = ref.item;
  return out;
}

/** The first article reference in a field value, or undefined. */
export function parseArticleRef(text: string, defaultLaw?: string): ArticleRef | undefined {
  return findArticleRefs(text, defaultLaw)[0];
}
