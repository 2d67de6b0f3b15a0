import type { Bilingual, Citation } from '../engine/types';

/**
 * The provisions of 《济南市行政执法过错责任追究办法》 (济南市人民政府令第294号, 2024-12-05, in force
 * 2025-02-01) that self-reports rely on, quoted word for word. Art. 12 has seven items, Art. 10
 * four, Art. 11 five; Art. 13 is a single sentence (不予追究, not 免于追究).
 */
export const ORDER_294 = '济南市行政执法过错责任追究办法';

export interface Provision {
  citation: Citation;
  /** The text as published. */
  zh: string;
  /** A working English gloss (not an official translation). */
  en: string;
}

const at = (article: number, item?: number): Citation => ({ law: ORDER_294, article, ...(item ? { item } : {}) });

export const ART_12: Record<'12-1' | '12-2' | '12-3' | '12-4' | '12-5' | '12-6' | '12-7', Provision> = {
  '12-1': {
    citation: at(12, 1),
    zh: '情节显著轻微，行政执法单位及其工作人员及时发现并纠正，未造成危害后果的',
    en: 'the circumstances are plainly minor, the unit or its staff found and corrected the fault in time, and no harmful consequence resulted',
  },
  '12-2': {
    citation: at(12, 2),
    zh: '因法定鉴定评估等结论错误，直接导致行政执法过错的',
    en: 'the fault was directly caused by an erroneous statutory appraisal, assessment or similar conclusion',
  },
  '12-3': {
    citation: at(12, 3),
    zh: '因不可抗力等原因导致行政执法违法行为发生的',
    en: 'the unlawful act was caused by force majeure or a similar cause',
  },
  '12-4': {
    citation: at(12, 4),
    zh: '因对相关事实或者证据的认识不一致，导致执法过错的，但行政执法工作人员故意或者存在明显过失的除外',
    en: 'the fault arose from differing understandings of facts or evidence, unless the officer acted intentionally or with obvious negligence',
  },
  '12-5': {
    citation: at(12, 5),
    zh: '因行政相对人或者第三人提出新证据导致原行政执法出现过错，且行政执法工作人员能够证明非其主观原因造成的',
    en: 'new evidence from the party or a third party made the original act faulty, and the officer can prove it was not their subjective fault',
  },
  '12-6': {
    citation: at(12, 6),
    zh: '因行政相对人隐瞒有关情况或者提供虚假材料导致执法过错，且已依法依规履行审查职责的',
    en: 'the party concealed facts or supplied false material, and the review duty had been performed as required',
  },
  '12-7': {
    citation: at(12, 7),
    zh: '法律、法规、规章规定的其他免于追究过错责任情形',
    en: 'other exemptions provided by laws, regulations or rules',
  },
};

export const ART_13: Provision = {
  citation: at(13),
  zh: '在探索性、试验性、创新性执法过程中出现行政执法过错的，不予追究过错责任',
  en: 'faults arising in exploratory, experimental or innovative enforcement are not pursued',
};

/** Art. 10: 应当从重追究. */
export const ART_10: Record<'10-1' | '10-2' | '10-3' | '10-4', Provision> = {
  '10-1': {
    citation: at(10, 1),
    zh: '拒不纠正违法或者不当行政执法行为的',
    en: 'refusing to correct an unlawful or improper act',
  },
  '10-2': {
    citation: at(10, 2),
    zh: '一年内出现两次以上应予追究行政执法过错责任的',
    en: 'two or more faults calling for liability within one year',
  },
  '10-3': {
    citation: at(10, 3),
    zh: '阻碍行政执法过错查处工作正常进行的',
    en: 'obstructing the handling of the fault',
  },
  '10-4': {
    citation: at(10, 4),
    zh: '法律、法规、规章规定的其他从重情形',
    en: 'other aggravating circumstances in law',
  },
};

/** Art. 11: 可以从轻或者减轻追究. */
export const ART_11: Record<'11-1' | '11-2' | '11-3' | '11-4' | '11-5', Provision> = {
  '11-1': { citation: at(11, 1), zh: '行政执法过错情节轻微的', en: 'the fault is minor' },
  '11-2': {
    citation: at(11, 2),
    zh: '因行政相对人故意伪造或者隐瞒重要证据，致使行政执法过错危害后果加重的',
    en: 'the party deliberately forged or hid important evidence, aggravating the harm',
  },
  '11-3': {
    citation: at(11, 3),
    zh: '积极采取补救措施，有效减轻危害后果或者防止危害后果扩大的',
    en: 'remedial measures were actively taken that effectively reduced the harm or stopped it spreading',
  },
  '11-4': {
    citation: at(11, 4),
    zh: '行政执法过错查处过程中，积极配合调查的',
    en: 'active cooperation with the investigation of the fault',
  },
  '11-5': {
    citation: at(11, 5),
    zh: '法律、法规、规章规定的其他可以从轻或者减轻情形',
    en: 'other mitigating circumstances in law',
  },
};

/** Art. 16 ¶2, Art. 19, Art. 21: the periods of the liability proceedings. */
export const PROCEEDING_TEXT: Record<'16' | '19' | '19-ext' | '21-apply' | '21-decide', Provision> = {
  '16': {
    citation: { law: ORDER_294, article: 16, paragraph: 2 },
    zh: '行政执法单位应当于移交后三十日内作出处理决定，并将处理结果告知行政执法监督机构',
    en: 'the unit decides within 30 days after the transfer and tells the supervision body the result',
  },
  '19': {
    citation: at(19),
    zh: '行政执法监督机构应当自立案之日起三十日内调查终结，对行政执法过错责任作出认定，并作出行政执法过错责任处理决定',
    en: 'the supervision body concludes the investigation, finds on liability and decides within 30 days of opening the matter',
  },
  '19-ext': {
    citation: at(19),
    zh: '情况复杂的，经行政执法监督机构负责人批准可以适当延长，但延长期限最多不得超过三十日',
    en: 'in complex matters the head of the supervision body may extend the period, by at most 30 days',
  },
  '21-apply': {
    citation: at(21),
    zh: '可以自收到处理决定之日起十五日内，向作出处理决定的行政执法监督机构申请复核',
    en: 'a unit or officer may apply for review within 15 days of receiving the decision',
  },
  '21-decide': {
    citation: at(21),
    zh: '行政执法监督机构应当复核，并于三十日内作出复核决定',
    en: 'the supervision body reviews and decides within 30 days',
  },
};

export function provisionLabel(provision: Provision): Bilingual {
  return { zh: provision.zh, en: provision.en };
}
