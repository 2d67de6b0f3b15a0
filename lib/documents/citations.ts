import type { LegalRef } from '../case/schema';
import { classifyTitle, normalizeTitle, type TitleKind } from '../laws';
import { NUM_CHARS, parseChineseInt } from './numerals';
import { sentenceAt, toOriginal, type Prepared, type Span } from './prepare';

export type CitationRole = LegalRef['role'];

/** One provision a document cites: 《…》第X条第Y款第（Z）项. */
export interface DocCitation {
  /** The law as cited, without brackets or version suffix; short titles defined with 以下简称 are expanded. */
  law: string;
  /** The title as written, e.g. 《食品安全法》（2021年修正）. */
  written: string;
  /** The registry's full title when the law index is loaded and knows it (食品安全法 → 中华人民共和国食品安全法). */
  registryTitle?: string;
  kind: TitleKind;
  article?: number;
  /** 第X条之一 → 1. */
  articleSub?: number;
  paragraph?: number;
  item?: number;
  /** The version suffix as written, e.g. 2021年修订, 国务院令第764号修订. */
  version?: string;
  /** From the words before it: 违反 → violated, 依据/根据/依照 → penalty (procedure for surcharges, enforcement, remedies). */
  role: CitationRole;
  /** How the law was named: in 《》, bare (违反食品安全法第…), or by back-reference (同法, 该法, 本法). */
  via: 'title' | 'bare' | 'back-reference';
  /** Original offsets of this provision (title through item). */
  start: number;
  end: number;
  /** Original offsets of the sentence that contains it. */
  sentence: Span;
}

const N = `[${NUM_CHARS}]+`;
const ARTICLE = new RegExp(`第(${N})条(?:之(${N}))?`, 'y');
const PARAGRAPH = new RegExp(`第(${N})款`, 'y');
const ITEM = new RegExp(`(?:第)?[（(](${N})[)）](?:项)?|第(${N})项`, 'y');
const RANGE = new RegExp(`(?:至|到|—|－|-|～|~)第?(${N})条`, 'y');
const SEPARATOR = /(?:、|，|,|和|及|以及|与|或者|或|并)(?=第|同条(?!例)|[（(][一二三四五六七八九十\d]+[)）]项)/y;
const QUOTED_TEXT = /(?:关于)?“/y;
const PAREN = /[（(]([^（）()\n]{1,120})[)）]/y;
const ALIAS = /以下简称[：:]?[《“"]?([^》”"）)]{1,40})[》”"]?/;
const VERSION_WORDS = /\d{4}年|令第|修订|修正|修改|公布|发布|施行/;
/** Where a citation may start: 《, a bare title after a trigger word, a back-reference, or 同条. */
const START = new RegExp(
  `《|(违反了?|依据|根据|依照|按照|适用|参照)([\\u4e00-\\u9fa5]{2,30}?(?:法|条例|规定|办法|细则))(?=第${N}条)` +
    `|(同法|该法|本法|上述法律|同条例|该条例|本条例|同办法|该办法|本办法|同规定|该规定|本规定|同细则|该细则)(?=第${N}条)` +
    `|同条(?=第${N}[款项])`,
  'g',
);
const TRIGGERS: readonly [string, CitationRole][] = [
  ['违反', 'violated'],
  ['违背', 'violated'],
  ['依据', 'penalty'],
  ['根据', 'penalty'],
  ['依照', 'penalty'],
  ['按照', 'penalty'],
  ['适用', 'penalty'],
  ['参照', 'other'],
];
const PROCEDURE_AFTER = /加处罚款|强制执行|复议|诉讼|起诉|送达|滞纳金|折抵|听证|陈述|申辩|公示|移送/;
const PENALTY_AFTER = /处以|处罚|罚款|没收|警告|吊销|暂扣|责令停产|责令关闭|通报批评|拘留|不予/;
const QUOTE_TEXT = /“[^”]*”/g;
/** Titles right after these name the party's own documents (你公司《质量保证大纲》), not law. */
const OWN_DOCUMENT = /(?:你公司|你单位|你|当事人|该公司|其)$/;
const QUALIFY_AFTER = /认定|定性|构成|为虚开|是偷税/;

interface Ref {
  article?: number;
  articleSub?: number;
  paragraph?: number;
  item?: number;
  start: number;
  end: number;
}

interface LawName {
  law: string;
  written: string;
  version?: string;
  kind: TitleKind;
  known?: boolean;
}

/** Reads the title in 《》 at `open` (nested 《》 allowed). */
function readTitle(text: string, open: number): { title: string; end: number } | undefined {
  let depth = 0;
  for (let i = open; i < text.length && i < open + 200; i++) {
    const char = text[i];
    if (char === '\n') return undefined;
    if (char === '《') depth++;
    else if (char === '》' && --depth === 0) return { title: text.slice(open + 1, i), end: i + 1 };
  }
  return undefined;
}

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : parseChineseInt(text);
}

function skipQuote(text: string, at: number): number {
  QUOTED_TEXT.lastIndex = at;
  const match = QUOTED_TEXT.exec(text);
  if (!match) return at;
  const close = text.indexOf('”', at + match[0].length);
  return close < 0 || close - at > 1500 ? at : close + 1;
}

/** Reads 第X条第Y款第（Z）项、第…至第… from `at`; `current` is the article 同条 continues. */
function readRefs(text: string, at: number, current?: number): { refs: Ref[]; end: number } {
  const refs: Ref[] = [];
  let pos = at;
  let article = current;
  for (;;) {
    const refStart = pos;
    ARTICLE.lastIndex = pos;
    const articleMatch = ARTICLE.exec(text);
    const ref: Ref = { start: refStart, end: pos };
    if (articleMatch) {
      article = num(articleMatch[1]);
      if (article === undefined) break;
      ref.article = article;
      const sub = num(articleMatch[2]);
      if (sub !== undefined) ref.articleSub = sub;
      pos = ARTICLE.lastIndex;
    } else if (article === undefined) break;
    else ref.article = article;
    PARAGRAPH.lastIndex = pos;
    const paragraph = PARAGRAPH.exec(text);
    if (paragraph) {
      ref.paragraph = num(paragraph[1]);
      pos = PARAGRAPH.lastIndex;
    }
    ITEM.lastIndex = pos;
    const item = ITEM.exec(text);
    if (item) {
      ref.item = num(item[1] ?? item[2]);
      pos = ITEM.lastIndex;
    }
    if (pos === refStart) break;
    ref.end = pos;
    refs.push(ref);
    RANGE.lastIndex = pos;
    const range = RANGE.exec(text);
    if (range && ref.article !== undefined && ref.paragraph === undefined && ref.item === undefined) {
      const last = num(range[1]);
      if (last !== undefined && last > ref.article && last - ref.article <= 50) {
        for (let next = ref.article + 1; next <= last; next++)
          refs.push({ article: next, start: refStart, end: RANGE.lastIndex });
        article = last;
        pos = RANGE.lastIndex;
      }
    }
    pos = skipQuote(text, pos);
    SEPARATOR.lastIndex = pos;
    if (!SEPARATOR.exec(text)) break;
    const after = SEPARATOR.lastIndex;
    // 同条第二款 after a separator continues the same article.
    pos = text.startsWith('同条', after) && text[after + 2] !== '例' ? after + 2 : after;
  }
  return { refs, end: pos };
}

/** The role a citation plays, and whether a word such as 根据/参照 says the text relies on it. */
function roleOf(
  prepared: Prepared,
  name: LawName,
  start: number,
  end: number,
): { role: CitationRole; relied: boolean } {
  const text = prepared.text;
  const sentence = sentenceAt(prepared, start);
  const before = text.slice(sentence.start, start).replace(QUOTE_TEXT, '“”');
  let role: CitationRole = 'other';
  let at = -1;
  for (const [word, wordRole] of TRIGGERS) {
    const index = before.lastIndexOf(word);
    if (index > at) {
      at = index;
      role = wordRole;
    }
  }
  const relied = at >= 0;
  if (/裁量|基准/.test(name.law)) return { role: 'discretion', relied };
  const after = text.slice(end, sentence.end).replace(QUOTE_TEXT, '');
  if (role === 'violated') return { role, relied };
  if (role === 'other') return { role: PROCEDURE_AFTER.test(after) && !relied ? 'procedure' : role, relied };
  if (after.includes('加处罚款')) return { role: 'procedure', relied };
  if (PROCEDURE_AFTER.test(after) && !PENALTY_AFTER.test(after)) return { role: 'procedure', relied };
  if (!PENALTY_AFTER.test(after) && QUALIFY_AFTER.test(after)) return { role: 'violated', relied };
  return { role, relied };
}

/**
 * Every provision a document cites, in order. Short titles defined with （以下简称《…》） are
 * expanded, and 同法/该法/本法 refer to the law cited last.
 */
export function findCitations(prepared: Prepared): DocCitation[] {
  const text = prepared.text;
  const citations: DocCitation[] = [];
  const aliases = new Map<string, LawName>();
  let last: LawName | undefined;
  /** Laws cited so far, latest first, for 同法/同条例 back-references. */
  const recent: LawName[] = [];
  let lastArticle: number | undefined;
  START.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = START.exec(text))) {
    const start = match.index;
    let name: LawName | undefined;
    let via: DocCitation['via'] = 'title';
    let pos: number;
    let current: number | undefined;
    let titleStart = start;
    if (match[0] === '《') {
      const read = readTitle(text, start);
      if (!read) continue;
      pos = read.end;
      let written = text.slice(start, pos);
      let suffix: string | undefined;
      let alias: string | undefined;
      for (let k = 0; k < 3; k++) {
        PAREN.lastIndex = pos;
        const paren = PAREN.exec(text);
        if (!paren) break;
        const inner = paren[1]!;
        const aliasMatch = ALIAS.exec(inner);
        if (aliasMatch) alias = aliasMatch[1];
        else if (VERSION_WORDS.test(inner) && suffix === undefined) suffix = inner;
        else if (!/号|版|试行/.test(inner)) break;
        written = text.slice(start, PAREN.lastIndex);
        pos = PAREN.lastIndex;
      }
      const normalized = normalizeTitle(`《${read.title}》${suffix ? `（${suffix}）` : ''}`);
      const aliased = aliases.get(normalized.key);
      // The party's own documents (你公司《质量手册》第五条) are not law.
      if (OWN_DOCUMENT.test(text.slice(Math.max(0, start - 3), start))) {
        START.lastIndex = readRefs(text, pos).end;
        continue;
      }
      name = aliased
        ? { ...aliased, written }
        : { law: normalized.display, written, kind: classifyTitle(normalized.display) };
      if (!aliased && normalized.hint && name.kind === 'law') name.version = normalized.hint.text;
      if (alias) aliases.set(normalizeTitle(alias).key, name);
      // A document of the case (告知书, 笔录) or a title with no article: not a provision unless law-like.
      START.lastIndex = pos;
    } else if (match[2] !== undefined) {
      via = 'bare';
      titleStart = start + match[1]!.length;
      const normalized = normalizeTitle(match[2]);
      name = aliases.get(normalized.key) ?? {
        law: normalized.display,
        written: match[2],
        kind: classifyTitle(normalized.display),
      };
      pos = titleStart + match[2].length;
    } else if (match[3] !== undefined) {
      // 同法 is the last 法 cited, 同条例 the last 条例…
      const wanted = match[3] === '上述法律' ? '法' : match[3].slice(1);
      const target = recent.find((candidate) => candidate.law.endsWith(wanted)) ?? last;
      if (!target) continue;
      via = 'back-reference';
      name = { ...target, written: match[3] };
      pos = start + match[3].length;
    } else {
      if (!last || lastArticle === undefined) continue;
      via = 'back-reference';
      name = { ...last, written: '同条' };
      pos = start + 2;
      current = lastArticle;
    }
    const { refs, end } = readRefs(text, pos, current);
    START.lastIndex = Math.max(end, pos);
    const { role, relied } = roleOf(prepared, name, titleStart, end);
    // A title with no article counts when it is law-like, or a normative document relied on (根据/参照…).
    if (refs.length === 0 && via === 'title' && (name.kind === 'other' || (name.kind === 'normative' && !relied))) {
      continue;
    }
    const sentence = toOriginal(prepared, sentenceAt(prepared, titleStart));
    const base = { law: name.law, written: name.written, kind: name.kind, role, via, sentence };
    if (refs.length === 0) {
      const span = toOriginal(prepared, { start: titleStart, end: pos });
      citations.push(withVersion({ ...base, start: span.start, end: span.end }, name));
    } else {
      refs.forEach((ref, index) => {
        const span = toOriginal(prepared, { start: index === 0 ? titleStart : ref.start, end: ref.end });
        const citation: DocCitation = withVersion({ ...base, start: span.start, end: span.end }, name!);
        if (ref.article !== undefined) citation.article = ref.article;
        if (ref.articleSub !== undefined) citation.articleSub = ref.articleSub;
        if (ref.paragraph !== undefined) citation.paragraph = ref.paragraph;
        if (ref.item !== undefined) citation.item = ref.item;
        citations.push(citation);
        if (ref.article !== undefined) lastArticle = ref.article;
      });
    }
    if (name.kind === 'law') {
      last = {
        law: name.law,
        written: name.written,
        kind: name.kind,
        ...(name.version ? { version: name.version } : {}),
      };
      const at = recent.findIndex((candidate) => candidate.law === last!.law);
      if (at >= 0) recent.splice(at, 1);
      recent.unshift(last);
    }
  }
  return citations;
}

function withVersion(citation: DocCitation, name: LawName): DocCitation {
  if (name.version) citation.version = name.version;
  return citation;
}
