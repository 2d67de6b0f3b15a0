import type { Locale } from '../lib/engine/types';

const STRINGS = {
  appName: { zh: '执法自查守护', en: 'Zhifa Guard' },
  violations: { zh: '违规风险', en: 'Violations' },
  reviews: { zh: '需核实', en: 'To review' },
  passed: { zh: '通过', en: 'Passed' },
  noFindings: { zh: '未发现风险。仍请按规定自查。', en: 'No risks found. Keep checking as required.' },
  noCase: {
    zh: '未在本页识别到案件信息。可在“教学模式”中指定字段。',
    en: 'No case found on this page. Use teach mode to map the fields.',
  },
  basis: { zh: '依据', en: 'Basis' },
  fix: { zh: '建议', en: 'Do now' },
  locate: { zh: '定位字段', en: 'Show field' },
  selfReport: { zh: '自查发现', en: 'Self-report' },
  collapse: { zh: '收起', en: 'Collapse' },
  expand: { zh: '展开自查面板', en: 'Open the panel' },
  dockLeft: { zh: '停靠左侧', en: 'Dock left' },
  dockRight: { zh: '停靠右侧', en: 'Dock right' },
  language: { zh: 'English', en: '中文' },
  recheck: { zh: '重新检查', en: 'Check again' },
  caseId: { zh: '案号', en: 'Case' },
  due: { zh: '期限', en: 'Due' },
  violationTag: { zh: '违规风险', en: 'Violation' },
  reviewTag: { zh: '需核实', en: 'Review' },
  severityHigh: { zh: '高', en: 'high' },
  severityMedium: { zh: '中', en: 'medium' },
  severityLow: { zh: '低', en: 'low' },
  disclaimer: {
    zh: '提示仅供自查参考，不构成对执法行为的法律结论。',
    en: 'Hints for self-inspection only; not a legal conclusion.',
  },
  gateTitle: { zh: '结案前自查：仍有违规风险', en: 'Before closing: violation risks remain' },
  gateIntro: {
    zh: '以下风险尚未消除。请先补正；确需继续的，请说明理由（仅保存在本机）。',
    en: 'These risks remain. Correct them first; to proceed anyway, state a reason (kept on this computer only).',
  },
  gateReason: { zh: '继续办理的理由', en: 'Reason to proceed' },
  gateReasonHint: { zh: '至少 5 个字', en: 'At least 5 characters' },
  gateProceed: { zh: '说明理由后继续', en: 'Proceed with this reason' },
  gateCancel: { zh: '返回补正', en: 'Go back and correct' },
  teach: { zh: '教学模式', en: 'Teach mode' },
  teachPick: {
    zh: '选择字段，然后点击页面上显示该字段的元素',
    en: 'Pick a field, then click the page element that shows it',
  },
  teachClick: { zh: '点击页面元素', en: 'Click the element' },
  teachStop: { zh: '结束教学', en: 'Stop teaching' },
  teachWaiting: { zh: '请点击页面上的元素…（Esc 取消）', en: 'Click the element on the page… (Esc cancels)' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, locale: Locale): string {
  const entry = STRINGS[key];
  return locale === 'en' ? entry.en : entry.zh;
}
