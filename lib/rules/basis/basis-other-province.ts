import { ACTION_TYPES } from '../../case/schema';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import {
  basisFields,
  basisItems,
  citedTitle,
  classifyTitle,
  getLawIndex,
  hasBasis,
  provinceByCode,
  type Province,
} from '../../laws';
import { LAW } from '../helpers/laws';

export default defineRule({
  id: 'basis-other-province',
  title: { zh: '不适用外省的地方性法规、规章', en: 'No local regulations of another province' },
  category: 2,
  severity: 'high',
  appliesTo: ACTION_TYPES,
  citations: [
    { law: LAW.penalty, article: 4 },
    { law: LAW.shandongSupervision, article: 32, paragraph: 1, item: 2 },
  ],
  fix: {
    zh: '地方性法规和地方政府规章只在制定机关的行政区域内有效。请改为引用全国性法律、行政法规、部门规章或本省（本市）的地方性法规、规章中相应的条款。',
    en: 'Local regulations and local government rules apply only within the area of the body that made them. Cite instead the corresponding provision of national law, administrative regulations, departmental rules or this province’s (city’s) own local regulations and rules.',
  },
  messages: {
    'other-province': {
      zh: '引用的《{law}》是{lawProvince}的地方性法规或规章，只在该行政区域内有效，而执法机关属{agencyProvince}，可能适用依据错误，请核实。',
      en: 'The cited {law} is a local regulation or rule of {lawProvince}, which applies only there, while the agency is in {agencyProvince}; the basis may be wrong. Please verify.',
    },
    'other-city': {
      zh: '引用的《{law}》是{place}的地方性法规或规章，只在该市（州、县）行政区域内有效；案件未显示执法机关属{place}，请核实。',
      en: 'The cited {law} is a local regulation or rule of {place}, which applies only there; the case does not show the agency is in {place}. Please verify.',
    },
    'registry-not-loaded': {
      zh: '法规库尚未加载，暂无法核对所引地方性法规的适用地域，请加载后重新检查。',
      en: 'The law registry is not loaded, so the territory of the cited local regulations cannot be checked yet; please check again once it is loaded.',
    },
  },
  check(view, context) {
    if (!hasBasis(view)) return NOT_APPLICABLE;
    const region = view.case.agency?.region;
    const agency: Province | undefined =
      region && /^\d{2}/.test(region)
        ? provinceByCode(region)
        : context.profile.provinceCode
          ? provinceByCode(context.profile.provinceCode)
          : undefined;
    if (!agency) return NOT_APPLICABLE;
    const index = getLawIndex();
    if (!index) return review('registry-not-loaded', ['legalBasis']);
    const outcomes: Outcome[] = [];
    const seen = new Set<string>();
    let local = false;
    const agencyName = `${view.case.agency?.name ?? ''}|${context.profile.name.zh}`;
    for (const item of basisItems(view, index)) {
      // Only laws, regulations and rules bind by territory; a normative document is another matter.
      if (!item.resolved.record && classifyTitle(item.ref.law) !== 'law') continue;
      const province = index.provinceOfTitle(item.ref.law);
      if (!province) continue;
      local = true;
      const law = citedTitle(item);
      if (province.code === agency.code) {
        // A city's regulation binds only in that city: ask when nothing places the agency there.
        const place = index.placeOfTitle(item.ref.law);
        if (place && !agencyName.includes(place) && !seen.has(law)) {
          seen.add(law);
          outcomes.push(review('other-city', basisFields(item.index, 'agency.name'), { law, place }));
        }
        continue;
      }
      if (seen.has(law)) continue;
      seen.add(law);
      const fields = basisFields(item.index, region ? 'agency.region' : 'agency');
      outcomes.push(
        violation('other-province', fields, { law, lawProvince: province.full, agencyProvince: agency.full }),
      );
    }
    if (outcomes.length > 0) return outcomes;
    return local ? PASS : NOT_APPLICABLE;
  },
});
