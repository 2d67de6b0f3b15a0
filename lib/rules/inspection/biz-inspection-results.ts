import { dayNumber } from '../../calendar/days';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import { LAW } from '../helpers/laws';

export default defineRule({
  id: 'biz-inspection-results',
  title: { zh: '检查结果向社会公开', en: 'Inspection results published' },
  category: 6,
  severity: 'low',
  appliesTo: ['inspection'],
  citations: [
    { law: LAW.businessEnvironment, article: 54, paragraph: 1 },
    { law: LAW.jinanBusinessEnvironment, article: 43, paragraph: 2 },
  ],
  fix: {
    zh: '通过本单位公示平台或国家企业信用信息公示系统及时公开抽查事项和检查结果，并在案件中记录公开日期；依法不予公开的，请记录理由。',
    en: 'Publish the inspected items and the results promptly (unit disclosure platform or the national enterprise credit publicity system) and record the date; if the law bars publication, record why.',
  },
  messages: {
    missing: {
      zh: '检查案件已结案，但未见检查结果公开记录，可能未按规定及时公开抽查事项及检查结果，请核实并补充公开。',
      en: 'The inspection case is closed but no publication of the results is recorded; the results may not have been published as required. Please verify and publish.',
    },
    'random-missing': {
      zh: '“双随机”抽查（抽取于{draw}）已结案，但案件中未见抽查结果公开记录，可能违反“双随机、一公开”要求，请核实并及时公开。',
      en: 'The random check (drawn on {draw}) is closed and no publication of its results is recorded; this may breach the requirement to publish random-check results. Please verify and publish.',
    },
    'before-inspection': {
      zh: '公开记录（{published}）早于最后一次检查（{inspected}），可能公开的是抽查事项而非检查结果，请核实检查结果是否已公开。',
      en: 'The publication ({published}) predates the last inspection ({inspected}); it may be the list of items rather than the results. Please verify that the results were published.',
    },
    unknown: {
      zh: '检查案件已结案，但无法读取结果公开记录，请核实检查结果是否已依法公开。',
      en: 'The inspection case is closed but the publication record could not be read; please verify that the results were published.',
    },
  },
  check(view) {
    if (!view.isClosed || !view.has('inspection')) return NOT_APPLICABLE;
    const fields = ['events.results-published'];
    const published = view.last('results-published');
    if (published) {
      const lastInspection = view.last('inspection')!;
      if (dayNumber(published.at) < dayNumber(lastInspection.at)) {
        return review('before-inspection', fields, { published: published.at, inspected: lastInspection.at });
      }
      return PASS;
    }
    if (!view.knownAbsent('results-published')) return review('unknown', fields);
    const draw = view.first('random-selection');
    // A random check must publish its results (优化营商环境条例 Art. 54(1)); the case file itself shows none.
    if (draw) return violation('random-missing', [...fields, 'events.random-selection'], { draw: draw.at });
    return review('missing', fields);
  },
});
