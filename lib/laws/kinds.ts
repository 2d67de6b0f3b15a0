import { normalizeTitle } from './normalize';

/**
 * What a title in 《》 names, from its ending: a law, regulation or rule (法律、法规、规章, which the
 * registry may hold), a normative document (通知、公告、裁量基准…, never in the registry and unable to
 * set a penalty on its own, 行政处罚法 Art. 4), or something else (a document of the case, a
 * company's own procedure, a standard).
 */
export type TitleKind = 'law' | 'normative' | 'other';

const TRAILING_STATUS = /（(试行|暂行|草案|修订草案|征求意见稿)）$/;
const NORMATIVE =
  /(公告|通告|通知|意见|批复|复函|函|纪要|决议|基准|标准|目录|指南|指引|规范|方案|计划|清单|答复|解答|解释|要点|说明)$/;
const LAW_LIKE = /(法|法典|条例|规定|办法|细则|规则|通则|决定|修正案)$/;
const DOCUMENT = /(书|笔录|表|单|证|照|记录|报告|合同|协议|章程|程序|手册|大纲)$/;

export function classifyTitle(title: string, known = false): TitleKind {
  if (known) return 'law';
  const display = normalizeTitle(title).display.replace(TRAILING_STATUS, '');
  if (DOCUMENT.test(display)) return 'other';
  if (NORMATIVE.test(display)) return 'normative';
  if (LAW_LIKE.test(display)) return 'law';
  return 'other';
}

/**
 * What the registry's holdings say about a title it does not hold:
 * - `statute`: a national law (…法, 中华人民共和国…) or a State Council regulation (…条例 with no
 *   place at its head, …法实施条例/细则). The registry holds these classes nearly whole (332 laws,
 *   662 administrative regulations), so a missing one is probably misspelt or does not exist.
 * - `rule`: a departmental rule (…规定, …办法 of a ministry) or a local regulation or rule (a place
 *   at its head). The registry holds 28 departmental rules of thousands and the local regulations
 *   of seven provinces only, so a missing one says nothing about the citation.
 */
export type TitleCoverage = 'statute' | 'rule';

/** A province, city, prefecture, county or district at the head of a title (济南市…, 淄博市…, 某县…). */
const LOCAL_HEAD =
  /^(?!城市|城乡|市场|市政|市容)[\u4e00-\u9fa5]{1,8}?(省|自治区|特别行政区|市|自治州|州|盟|地区|自治县|县|区)/;
const NATIONAL_HEAD = /^(国务院|国家|全国|最高)/;

export function titleCoverage(title: string, local = false): TitleCoverage {
  const { key } = normalizeTitle(title);
  const name = key.replace(TRAILING_STATUS, '');
  const placed = local || (!NATIONAL_HEAD.test(name) && LOCAL_HEAD.test(name));
  if (placed) return 'rule';
  if (/(法|法典)$/.test(name) && !/办法$/.test(name)) return 'statute';
  if (/法实施(条例|细则)$/.test(name)) return 'statute';
  if (/条例$/.test(name) && !/条例实施(细则|办法)$/.test(name)) return 'statute';
  // …规定, …办法, …细则: as often a departmental rule as a State Council regulation.
  return 'rule';
}
