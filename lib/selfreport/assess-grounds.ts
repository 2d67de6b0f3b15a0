import type { Bilingual } from '../engine/types';
import { ART_12, ART_13, type Provision } from './order294';
import { type ExemptionGround, type ReportLike } from './schema';
import type { ClaimedGround } from './assess-types';

/** The other grounds the officer claims: Art. 12(2)–(7) and Art. 13, for the unit to confirm. */

const CLAIM_EVIDENCE: Record<Exclude<ExemptionGround, '12-1'>, Bilingual[]> = {
  '12-2': [
    { zh: '所依据的法定鉴定、评估等结论', en: 'the statutory appraisal or assessment relied on' },
    {
      zh: '证明该结论错误的材料（如重新鉴定意见）',
      en: 'proof that the conclusion was wrong (e.g. a new appraisal)',
    },
    { zh: '结论错误直接导致过错的说明', en: 'how the wrong conclusion directly caused the fault' },
  ],
  '12-3': [
    { zh: '不可抗力等事件的证明', en: 'proof of the force-majeure or similar event' },
    { zh: '该事件导致违法行为发生的说明', en: 'how the event caused the unlawful act' },
  ],
  '12-4': [
    {
      zh: '对事实或证据存在不同认识的记录（如集体讨论、法制审核意见）',
      en: 'records of the differing views (e.g. collective discussion, legal review)',
    },
    {
      zh: '承办人员不存在故意或明显过失的说明（本项的除外情形）',
      en: 'why the officer was neither intentional nor obviously negligent (the exception in this item)',
    },
  ],
  '12-5': [
    { zh: '当事人或第三人提出的新证据及提出时间', en: 'the new evidence and when it was produced' },
    {
      zh: '承办人员证明过错非其主观原因造成的材料',
      en: "proof from the officer that the fault was not the officer's subjective fault",
    },
  ],
  '12-6': [
    {
      zh: '当事人隐瞒情况或提供虚假材料的证明',
      en: 'proof that the party concealed facts or supplied false material',
    },
    { zh: '已依法依规履行审查职责的记录', en: 'records that the review duty was performed as required' },
  ],
  '12-7': [
    {
      zh: '所依据的法律、法规、规章的具体条款',
      en: 'the specific provision of law, regulation or rule relied on',
    },
  ],
  '13': [
    {
      zh: '该执法活动属于探索性、试验性、创新性执法的依据（如批准的改革试点文件）',
      en: 'why the enforcement was exploratory, experimental or innovative (e.g. an approved pilot)',
    },
  ],
};

const CLAIM_PROVISIONS: Record<Exclude<ExemptionGround, '12-1'>, Provision> = {
  '12-2': ART_12['12-2'],
  '12-3': ART_12['12-3'],
  '12-4': ART_12['12-4'],
  '12-5': ART_12['12-5'],
  '12-6': ART_12['12-6'],
  '12-7': ART_12['12-7'],
  '13': ART_13,
};

export function claimedGrounds(report: ReportLike): ClaimedGround[] {
  const grounds = report.claims?.exemptionGrounds ?? [];
  const out: ClaimedGround[] = [];
  for (const ground of new Set(grounds)) {
    if (ground === '12-1') continue;
    const provision = CLAIM_PROVISIONS[ground];
    out.push({
      ground,
      citation: provision.citation,
      title: { zh: provision.zh, en: provision.en },
      status: 'claimed-needs-unit-confirmation',
      statusLabel: { zh: '已主张，需单位确认', en: 'claimed — needs unit confirmation' },
      evidenceNeeded: CLAIM_EVIDENCE[ground],
    });
  }
  return out;
}
