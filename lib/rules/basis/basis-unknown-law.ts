import { ACTION_TYPES } from '../../case/schema';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import {
  basisFields,
  basisItems,
  citedTitle,
  citing,
  classifyTitle,
  getLawIndex,
  hasBasis,
  titleCoverage,
  titleList,
  type BasisItem,
  type LawIndex,
} from '../../laws';
import { LAW } from '../helpers/laws';

const NEAREST = 3;
/** Roles of the provisions a decision rests on (what was violated, what sets the penalty). */
const SUBSTANTIVE = new Set(['violated', 'penalty']);

/** Edit distance of two short strings (titles), stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** A registry title one or two characters away from an unknown one: probably the title meant, misspelt. */
function misspeltOf(index: LawIndex, item: BasisItem): string | undefined {
  const key = item.resolved.title.key;
  const limit = key.length >= 12 ? 2 : 1;
  // Another place's regulation of the same name (浙江省… for 山东省…) is no misspelling.
  const province = index.provinceOfTitle(item.ref.law)?.code;
  for (const near of index.nearest(item.ref.law, NEAREST)) {
    const record = index.find(near.title);
    if (!record || record.provinceCode !== province) continue;
    if (index.placeOfTitle(record.title) !== index.placeOfTitle(item.ref.law)) continue;
    if (editDistance(key, record.key, limit) <= limit) return near.title;
  }
  return undefined;
}
const NO_LEGAL_BASIS = [
  { law: LAW.penalty, article: 16 },
  { law: LAW.penalty, article: 38, paragraph: 1 },
];

export default defineRule({
  id: 'basis-unknown-law',
  title: { zh: '引用的法律、法规名称可识别', en: 'Cited laws and regulations are recognised titles' },
  category: 2,
  severity: 'medium',
  appliesTo: ACTION_TYPES,
  citations: [
    { law: LAW.penalty, article: 4 },
    { law: LAW.penalty, article: 16 },
    { law: LAW.penalty, article: 38, paragraph: 1 },
  ],
  fix: {
    zh: '对照国家法律法规数据库（规章以公布文本为准）核对所引法律、法规、规章的全称和现行版本，名称写错的请更正；处罚依据应为法律、法规、规章的具体条款，规范性文件只能作为补充说明。',
    en: 'Check the full title and current version of each cited law, regulation or rule against the national database (rules against their published text) and correct misspelt titles; the penalty must rest on a provision of a law, regulation or rule, with normative documents only as support.',
  },
  messages: {
    unknown: {
      zh: '引用的《{law}》未在法规库中找到（法规库收录不全），可能名称有误或引用了不存在的规定；相近的名称：{nearest}。请核实。',
      en: 'The cited {law} is not in the law registry (which is incomplete); the title may be wrong or name no real provision. Nearest titles: {nearestEn}. Please verify.',
    },
    'not-a-law': {
      zh: '处罚依据只引用了{laws}等规范性文件，未见法律、法规、规章条款；依行政处罚法第十六条，规范性文件不得设定行政处罚，可能缺少法定依据，请核实。',
      en: 'The penalty basis cites only normative documents ({lawsEn}), no provision of a law, regulation or rule; under Art. 16 other normative documents may not set penalties, so a legal basis may be missing. Please verify.',
    },
    unverified: {
      zh: '违法行为和处罚所依据的{laws}均未收录在法规库中（法规库只收录少量部门规章和部分省份的地方性法规），本工具无法核对其名称、条文序号和效力，请对照公布文本人工核实。',
      en: 'The provisions the decision rests on ({lawsEn}) are all outside the law registry (which holds few departmental rules and the local regulations of some provinces only), so their titles, article numbers and validity cannot be checked here. Please verify them against the published texts.',
    },
    'registry-not-loaded': {
      zh: '法规库尚未加载，暂无法核对法律依据的名称，请加载后重新检查。',
      en: 'The law registry is not loaded, so the cited titles cannot be checked yet; please check again once it is loaded.',
    },
  },
  check(view) {
    if (!hasBasis(view)) return NOT_APPLICABLE;
    const index = getLawIndex();
    if (!index) return review('registry-not-loaded', ['legalBasis']);
    const outcomes: Outcome[] = [];
    const seen = new Set<string>();
    const normative: string[] = [];
    let lawPenalty = false;
    const items = basisItems(view, index);
    // A departmental rule or local regulation the registry lacks is no sign of error (it holds few of
    // them): no finding per citation. Only when nothing the decision rests on could be checked does
    // one review per case say so, so that a clean decision citing such rules stays clean.
    const unverified: BasisItem[] = [];
    const substantive = items.some((item) => SUBSTANTIVE.has(item.ref.role));
    let verified = false;
    for (const item of items) {
      const known = item.resolved.record !== undefined;
      const kind = classifyTitle(item.ref.law, known);
      const rests = substantive ? SUBSTANTIVE.has(item.ref.role) : item.ref.role !== 'discretion';
      if (rests && known) verified = true;
      if (item.ref.role === 'penalty') {
        if (kind === 'law') lawPenalty = true;
        else if (kind === 'normative' && !normative.includes(citedTitle(item))) normative.push(citedTitle(item));
      }
      // 裁量基准 and normative documents are not in the registry by nature.
      if (known || kind !== 'law' || item.ref.role === 'discretion') continue;
      const title = citedTitle(item);
      if (seen.has(title)) continue;
      seen.add(title);
      const local = index.provinceOfTitle(item.ref.law) !== undefined;
      const misspelt = titleCoverage(item.ref.law, local) === 'rule' ? misspeltOf(index, item) : undefined;
      if (titleCoverage(item.ref.law, local) === 'rule' && misspelt === undefined) {
        if (rests) unverified.push(item);
        continue;
      }
      const nearest = titleList(index.nearest(item.ref.law, NEAREST).map((near) => near.title));
      outcomes.push(
        review('unknown', basisFields(item.index), { law: title, nearest: nearest.zh, nearestEn: nearest.en }),
      );
    }
    if (!verified && unverified.length > 0) {
      const laws = titleList(unverified.map(citedTitle));
      outcomes.push(
        review('unverified', ['legalBasis', ...unverified.map((item) => `legalBasis.${item.index}`)], {
          laws: laws.zh,
          lawsEn: laws.en,
        }),
      );
    }
    if (!lawPenalty && normative.length > 0) {
      const laws = titleList(normative);
      outcomes.push(citing(violation('not-a-law', ['legalBasis'], { laws: laws.zh, lawsEn: laws.en }), NO_LEGAL_BASIS));
    }
    return outcomes.length > 0 ? outcomes : PASS;
  },
});
