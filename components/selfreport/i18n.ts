import type { Bilingual, Locale } from '../../lib/engine/types';

/** Strings of the self-report form and dashboard (zh-CN default, English via locale). */
const STRINGS = {
  title: { zh: '自查发现 · 自查自纠报告', en: 'Self-report (found and corrected)' },
  close: { zh: '关闭', en: 'Close' },
  loading: { zh: '正在打开草稿…', en: 'Opening the draft…' },
  found: { zh: '自查发现', en: 'What was found' },
  caseId: { zh: '案号', en: 'Case' },
  rule: { zh: '规则', en: 'Rule' },
  art7: { zh: '过错情形（第七条）', en: 'Fault (Art. 7)' },
  citations: { zh: '依据', en: 'Basis' },
  snapshot: { zh: '涉及字段', en: 'Fields involved' },
  discoveredAt: { zh: '发现时间（自动记录）', en: 'Found at (recorded automatically)' },
  discoveredBy: { zh: '发现途径', en: 'Found through' },
  internal: { zh: '本单位发现', en: 'Inside the unit' },
  external: { zh: '外部渠道', en: 'Outside channels' },
  discoverer: { zh: '发现人', en: 'Found by (name)' },
  externalRaisedAt: { zh: '外部渠道首次提出日期', en: 'First raised outside on' },
  description: { zh: '问题描述', en: 'What is wrong' },
  correction: { zh: '纠正', en: 'Correction' },
  method: { zh: '纠正方式', en: 'Method' },
  correctionDescription: { zh: '纠正情况', en: 'What was done' },
  correctedAt: { zh: '纠正完成日期', en: 'Corrected on' },
  approvedBy: { zh: '批准人', en: 'Approved by' },
  partyNotified: { zh: '已告知当事人', en: 'Party notified' },
  proof: { zh: '证明材料（每行一项）', en: 'Proof (one per line)' },
  harm: { zh: '危害后果与情节', en: 'Harm and gravity' },
  partyLoss: { zh: '当事人有损失', en: 'The party suffered a loss' },
  complaintFiled: { zh: '已有投诉、举报', en: 'A complaint was filed' },
  reviewOrSuitFiled: { zh: '已申请复议或提起诉讼', en: 'Review or suit filed' },
  thirdPartyOrPublicEffect: { zh: '影响第三人或公共利益', en: 'Third parties or the public affected' },
  publishedInfoWithdrawn: { zh: '已公开信息须撤回', en: 'Published information withdrawn' },
  changedOutcome: { zh: '影响处理结果', en: 'Changed the outcome' },
  rightsAffected: { zh: '影响当事人权利', en: "Affected the party's rights" },
  actTookExternalEffect: { zh: '行为已对外生效', en: 'The act had taken external effect' },
  officer: { zh: '填报人', en: 'Reported by' },
  officerUnit: { zh: '单位', en: 'Unit' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  unanswered: { zh: '未答', en: '—' },
  assessment: { zh: '第十二条第（一）项 要件（辅助判断）', en: 'Art. 12(1) elements (an aid)' },
  met: { zh: '符合', en: 'met' },
  'not-met': { zh: '不符合', en: 'not met' },
  unknown: { zh: '待补充', en: 'unknown' },
  missing: { zh: '尚缺', en: 'Missing' },
  seal: { zh: '封存并生成回执', en: 'Seal and get a receipt' },
  sealing: { zh: '正在封存…', en: 'Sealing…' },
  cannotSeal: { zh: '尚不能封存，请补充：', en: 'Cannot seal yet; please complete:' },
  saved: { zh: '草稿已保存', en: 'Draft saved' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saveFailed: { zh: '草稿保存失败', en: 'Draft not saved' },
  restored: { zh: '已恢复上次的草稿', en: 'Your earlier draft was restored' },
  receipt: { zh: '已封存 · 回执', en: 'Sealed · receipt' },
  receiptCode: { zh: '回执码', en: 'Receipt code' },
  hash: { zh: '哈希（SHA-256）', en: 'Hash (SHA-256)' },
  sealedAt: { zh: '封存时间', en: 'Sealed at' },
  print: { zh: '打印自查自纠报告', en: 'Print the report' },
  receiptNote: {
    zh: '请保存回执码。封存后的记录不可修改，如需变更将生成新版本。',
    en: 'Keep the receipt code. A sealed record is never changed; a change makes a new version.',
  },
} satisfies Record<string, Bilingual>;

export type SelfReportStringKey = keyof typeof STRINGS;

export function sr(key: SelfReportStringKey, locale: Locale): string {
  return pick(STRINGS[key], locale);
}

export function pick(text: Bilingual, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
