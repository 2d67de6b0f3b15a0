import { ACTION_TYPES } from '../../case/schema';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import {
  actDates,
  basisFields,
  basisItems,
  citedTitle,
  getLawIndex,
  hasBasis,
  type ActDates,
  type ArticleStatus,
} from '../../laws';
import { LAW } from '../helpers/laws';

/** "When" in the messages, built only when there is something to report. */
function describeWhen(dates: ActDates, penalty: boolean): { zh: string; en: string } {
  const decided = penalty ? '作出决定时' : '实施行为时';
  const decidedEn = penalty ? 'the decision' : 'the act';
  if (dates.decision && dates.violation) {
    return {
      zh: `在违法行为发生时（${dates.violation}）和${decided}（${dates.decision}）`,
      en: `on the date of the violation (${dates.violation}) and of ${decidedEn} (${dates.decision})`,
    };
  }
  if (dates.decision)
    return { zh: `在${decided}（${dates.decision}）`, en: `on the date of ${decidedEn} (${dates.decision})` };
  if (dates.violation) {
    return { zh: `在违法行为发生时（${dates.violation}）`, en: `on the date of the violation (${dates.violation})` };
  }
  return { zh: '各版本', en: 'in any version' };
}

export default defineRule({
  id: 'basis-article-range',
  title: { zh: '引用的条文序号在法规条文范围内', en: 'Cited article numbers exist in the law' },
  category: 2,
  severity: 'high',
  appliesTo: ACTION_TYPES,
  citations: [
    { law: LAW.penalty, article: 38, paragraph: 1 },
    { law: LAW.shandongSupervision, article: 32, paragraph: 1, item: 2 },
  ],
  fix: {
    zh: '对照所适用版本的法规文本核对条、款、项序号（注意修订后条文序号的变化），更正为实际规定该违法行为或处罚的条款；已作出的决定请评估是否需要补正或撤销重作。',
    en: 'Check the article, paragraph and item numbers against the text of the version that applies (numbers shift when a law is revised) and correct them to the provision that actually governs the act or the penalty; assess whether a decision already made must be corrected or remade.',
  },
  messages: {
    beyond: {
      zh: '引用的《{law}》第{article}条超出该法规{when}的条文范围（法规库所载{version}版共{articles}条），可能条文序号有误或引用了错误的法规，请核实。',
      en: 'The cited {law} Art. {article} is beyond the articles of that law {whenEn} (the registry’s {version} text has {articles} articles); the number or the law may be wrong. Please verify.',
    },
    uncertain: {
      zh: '《{law}》第{article}条只见于部分版本（法规库所载{version}版共{articles}条），{scope}可能没有该条，请核实所适用的版本和条文序号。',
      en: '{law} Art. {article} exists only in some versions (the registry’s {version} text has {articles} articles); {scopeEn} may not have it. Please verify the version and the number.',
    },
    'after-registry': {
      zh: '《{law}》第{article}条超出法规库所载最新文本（{version}版共{articles}条）的条文范围；法规库只收录到{through}，{scope}可能是此后修订的文本，请核对该法现行文本确认条文序号。',
      en: '{law} Art. {article} is beyond the latest text the registry holds (the {version} text has {articles} articles); the registry only runs to {through}, so {scopeEn} may be a later revision. Please check the article number against the current text.',
    },
    'registry-not-loaded': {
      zh: '法规库尚未加载，暂无法核对所引条文序号，请加载后重新检查。',
      en: 'The law registry is not loaded, so the cited article numbers cannot be checked yet; please check again once it is loaded.',
    },
  },
  check(view) {
    if (!hasBasis(view)) return NOT_APPLICABLE;
    const index = getLawIndex();
    if (!index) return review('registry-not-loaded', ['legalBasis']);
    const dates = actDates(view);
    const days: number[] = [];
    if (dates.violationDay !== undefined) days.push(dates.violationDay);
    if (dates.decisionDay !== undefined && dates.decisionDay !== dates.violationDay) days.push(dates.decisionDay);
    const outcomes: Outcome[] = [];
    const seen = new Set<string>();
    let checked = false;
    for (const item of basisItems(view, index)) {
      const record = item.resolved.record;
      const article = item.ref.article;
      if (!record || article === undefined) continue;
      checked = true;
      const hint = item.resolved.title.hint;
      const key = `${record.id}|${article}|${hint?.text ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let status: ArticleStatus;
      // A version newer than the registry (（2025年修订） of a law revised after it): nothing to check against.
      if (hint && index.hintAfterRegistry(record, hint)) continue;
      const hinted = hint ? index.phaseByHint(record, hint) : undefined;
      const phase = hinted === undefined ? undefined : record.phases[hinted];
      if (phase?.articles !== undefined) {
        status =
          article > phase.articles
            ? { kind: 'beyond', articles: phase.articles, version: phase.version ?? hint!.text }
            : { kind: 'ok' };
      } else status = index.articleStatus(record, article, days);
      if (status.kind === 'ok') continue;
      const when = describeWhen(dates, view.actionType === 'penalty');
      const data = {
        law: citedTitle(item),
        article,
        articles: status.articles,
        version: status.version ?? '',
        when: when.zh,
        whenEn: when.en,
        scope: days.length > 0 ? `${when.zh}适用的版本` : '所适用的版本',
        scopeEn: days.length > 0 ? `the version that applies ${when.en}` : 'the version that applies',
        through: status.kind === 'uncertain' ? (status.through ?? '') : '',
      };
      const fields = basisFields(item.index);
      if (status.kind === 'beyond') outcomes.push(violation('beyond', fields, data));
      else if (status.through) outcomes.push(review('after-registry', fields, data));
      else outcomes.push(review('uncertain', fields, data));
    }
    if (outcomes.length > 0) return outcomes;
    return checked ? PASS : NOT_APPLICABLE;
  },
});
