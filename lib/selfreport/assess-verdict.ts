import { formatCitation } from '../engine/citation';
import type { Bilingual } from '../engine/types';
import { ORDER_294 } from './order294';
import type { ClaimedGround, ElementAssessment, ElementStatus, Verdict } from './assess-types';

/** The wording of the verdict's summary. */

function cite12(locale: 'zh' | 'en'): string {
  return locale === 'zh'
    ? `《${ORDER_294}》第十二条第（一）项`
    : `Art. 12(1) of the ${ORDER_294} (Jinan Order No. 294)`;
}

export function summarise(verdict: Verdict, elements: ElementAssessment[], others: ClaimedGround[]): Bilingual {
  const pick = (status: ElementStatus): ElementAssessment[] => elements.filter((e) => e.status === status);
  const missing = elements.flatMap((e) => e.missingEvidence);
  const otherZh = others.length
    ? `您主张的${others.map((g) => formatCitation(g.citation).replace(`《${ORDER_294}》`, '')).join('、')}情形需由单位确认。`
    : '';
  const otherEn = others.length
    ? ` The other grounds you claim (${others.map((g) => formatCitation(g.citation, 'en').replace(`${ORDER_294} `, '')).join(', ')}) need the unit's confirmation.`
    : '';
  if (verdict === 'likely-eligible') {
    const more = missing.length ? `请补充：${missing.map((m) => m.zh).join('；')}。` : '';
    const moreEn = missing.length ? ` Please add: ${missing.map((m) => m.en).join('; ')}.` : '';
    return {
      zh: `根据所填信息，本次过错可能符合${cite12('zh')}免于追究的情形（情节显著轻微，及时发现并纠正，未造成危害后果），最终以行政执法监督机构认定为准。${more}`,
      en: `As entered, this fault may qualify for the exemption in ${cite12('en')} (plainly minor, found and corrected in time, no harm); the supervision body decides.${moreEn}`,
    };
  }
  if (verdict === 'not-eligible') {
    const failed = pick('not-met');
    return {
      zh: `根据所填信息，本次过错可能不符合${cite12('zh')}免于追究的情形：${failed.map((e) => `“${e.title.zh}”未满足（${e.reasons[0]?.zh ?? ''}）`).join('；')}。${otherZh}本结果仅为辅助提示，最终以行政执法监督机构认定为准。`,
      en: `As entered, this fault may not qualify for the exemption in ${cite12('en')}: ${failed.map((e) => `"${e.title.en}" not met (${e.reasons[0]?.en ?? ''})`).join('; ')}.${otherEn} This is an aid only; the supervision body decides.`,
    };
  }
  const open = pick('unknown');
  return {
    zh: `信息尚不完整，暂无法判断是否符合${cite12('zh')}免于追究的情形：${open.map((e) => `“${e.title.zh}”`).join('、')}有待补充或确认。${otherZh}最终以行政执法监督机构认定为准。`,
    en: `The information is incomplete; it cannot yet be said whether ${cite12('en')} applies: ${open.map((e) => `"${e.title.en}"`).join(', ')} still to be completed or confirmed.${otherEn} The supervision body decides.`,
  };
}
