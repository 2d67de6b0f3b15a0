import type { TeachableField } from './TeachTools';

/** The case fields an officer can point at in teach mode, with the names officers use. */
export const TEACHABLE_FIELDS: readonly TeachableField[] = [
  { path: 'id', label: { zh: '案号', en: 'Case number' } },
  { path: 'title', label: { zh: '案件名称 / 案由', en: 'Case title' } },
  { path: 'party.name', label: { zh: '当事人', en: 'Party' } },
  { path: 'party.idNumber', label: { zh: '证件号码 / 信用代码', en: 'ID or credit code' } },
  { path: 'procedure', label: { zh: '适用程序', en: 'Procedure' } },
  { path: 'facts', label: { zh: '违法事实', en: 'Facts' } },
  { path: 'violationDate', label: { zh: '违法行为发生日期', en: 'Date of the violation' } },
  { path: 'events.filing-approved', label: { zh: '立案日期', en: 'Filing date' } },
  { path: 'events.inspection', label: { zh: '检查日期', en: 'Inspection date' } },
  { path: 'events.notice-of-intent', label: { zh: '事先告知日期', en: 'Prior notice date' } },
  { path: 'events.hearing-notice', label: { zh: '听证告知日期', en: 'Hearing notice date' } },
  { path: 'events.legal-review', label: { zh: '法制审核日期', en: 'Legal review date' } },
  { path: 'events.approval', label: { zh: '负责人审批日期', en: 'Approval date' } },
  { path: 'events.decision', label: { zh: '决定日期', en: 'Decision date' } },
  { path: 'events.delivery', label: { zh: '送达日期', en: 'Delivery date' } },
  { path: 'events.disclosure', label: { zh: '公示日期', en: 'Publication date' } },
  { path: 'officers', label: { zh: '执法人员', en: 'Officers' } },
  { path: 'officers.certificateNo', label: { zh: '执法证号', en: 'Certificate numbers' } },
  { path: 'legalBasis.violated', label: { zh: '违法依据', en: 'Provision violated' } },
  { path: 'legalBasis.penalty', label: { zh: '处罚依据', en: 'Penalty basis' } },
  { path: 'decision.kinds', label: { zh: '处罚种类', en: 'Sanctions' } },
  { path: 'decision.fineAmount', label: { zh: '罚款金额', en: 'Fine amount' } },
  { path: 'discretion.level', label: { zh: '裁量等级', en: 'Discretion level' } },
  { path: 'discretion.reason', label: { zh: '裁量理由', en: 'Discretion reasons' } },
];
