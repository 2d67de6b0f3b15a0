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
