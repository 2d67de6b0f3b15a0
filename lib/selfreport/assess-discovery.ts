import type { Bilingual } from '../engine/types';
import { DISCOVERY_LABELS, EXTERNAL_CHANNELS, INTERNAL_CHANNELS, type ReportLike } from './schema';
import type { ElementAssessment, ElementId } from './assess-types';
import { ELEMENT_TITLES, bi, externalRaisedQuestion, isoDayOf, order } from './assess-shared';

/** Art. 12(1) element: found in time by the unit or its staff (及时发现). */

export function assessDiscovery(report: ReportLike): ElementAssessment {
  const element: ElementId = 'self-discovered-in-time';
  const title = ELEMENT_TITLES[element];
  const reasons: Bilingual[] = [];
  const missing: Bilingual[] = [];
  const channel = report.discoveredBy;
  if (channel === undefined) {
    missing.push(bi('发现途径', 'how the fault was found'));
    return {
      element,
      title,
      status: 'unknown',
      reasons: [bi('未填写发现途径', 'the discovery channel is missing')],
      missingEvidence: missing,
    };
  }
  const label = DISCOVERY_LABELS[channel];
  if (EXTERNAL_CHANNELS.includes(channel)) {
    reasons.push(
      bi(
        `过错经“${label.zh}”发现，不属于行政执法单位及其工作人员自行发现`,
        `the fault was raised through "${label.en}", not found by the unit or its staff`,
      ),
    );
    return { element, title, status: 'not-met', reasons, missingEvidence: missing };
  }
  if (!INTERNAL_CHANNELS.includes(channel)) {
    reasons.push(
      bi(
        '发现途径为“其他”，请说明是否由本单位及其工作人员自行发现',
        'the channel is "other"; explain whether the unit or its staff found it',
      ),
    );
    missing.push(bi('发现途径的具体说明', 'details of how the fault was found'));
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  if (!report.discoveredAt) {
    missing.push(bi('发现时间', 'when the fault was found'));
    return {
      element,
      title,
      status: 'unknown',
      reasons: [bi('缺少发现时间', 'the discovery time is missing')],
      missingEvidence: missing,
    };
  }
  const found = isoDayOf(report.discoveredAt);
  if (report.externalRaisedAt !== undefined) {
    const raised = isoDayOf(report.externalRaisedAt);
    const when = order(report.discoveredAt, report.externalRaisedAt);
    if (when === 'after') {
      reasons.push(
        bi(
          `外部渠道已于 ${raised} 提出该问题，早于本单位发现（${found}）`,
          `an external channel raised it on ${raised}, before the unit found it (${found})`,
        ),
      );
      return { element, title, status: 'not-met', reasons, missingEvidence: missing };
    }
    if (when === 'same-day') {
      reasons.push(
        bi(
          `本单位发现与外部渠道提出同在 ${found}，无法判断先后`,
          `the unit found it on the same day an external channel raised it (${found}); the order is unclear`,
        ),
      );
      missing.push(bi('外部渠道提出的具体时间（时、分）', 'the time of day the external channel raised it'));
      return { element, title, status: 'unknown', reasons, missingEvidence: missing };
    }
  } else if (externalRaisedQuestion(report)) {
    reasons.push(
      bi(
        '已有投诉、复议或诉讼，需证明本单位发现在先',
        'a complaint, review or suit exists; it must be shown the unit found the fault first',
      ),
    );
    missing.push(bi('外部渠道首次提出该问题的日期', 'the date an external channel first raised the fault'));
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  reasons.push(
    bi(
      `由“${label.zh}”于 ${found} 发现，未见外部渠道先行提出`,
      `found through "${label.en}" on ${found}, with no earlier external report`,
    ),
  );
  return { element, title, status: 'met', reasons, missingEvidence: missing };
}
