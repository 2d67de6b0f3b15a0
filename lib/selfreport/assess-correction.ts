import { isoFromDay } from '../calendar/days';
import type { Bilingual } from '../engine/types';
import { type ReportLike } from './schema';
import type { AssessOptions, ElementAssessment, ElementId } from './assess-types';
import { ELEMENT_TITLES, bi, dayOf, externalRaisedQuestion, isoDayOf, order } from './assess-shared';

/** Art. 12(1) element: corrected in time (及时纠正). */

export function assessCorrection(
  report: ReportLike,
  options: Required<AssessOptions>,
  today: number,
): ElementAssessment {
  const element: ElementId = 'corrected-in-time';
  const title = ELEMENT_TITLES[element];
  const reasons: Bilingual[] = [];
  const missing: Bilingual[] = [];
  const correction = report.correction ?? {};
  const limit = options.timelyDays;

  // Supporting evidence: listed whatever the status.
  if (!correction.method) missing.push(bi('纠正方式', 'how the fault was corrected'));
  if (!correction.description) missing.push(bi('纠正情况的说明', 'a description of the correction'));
  if (!correction.approvedBy) missing.push(bi('书面纠正的审批负责人', 'the head who approved the written correction'));
  if (!correction.proof || correction.proof.length === 0)
    missing.push(bi('纠正前后的文书、送达回证等证明材料', 'proof: documents before and after, service receipts'));
  if (report.actTookExternalEffect === true && correction.partyNotified !== true)
    missing.push(bi('已告知当事人纠正情况的证明', 'proof the party was told of the correction'));

  const discoveredAt = report.discoveredAt;
  if (!discoveredAt) {
    missing.unshift(bi('发现时间', 'when the fault was found'));
    return {
      element,
      title,
      status: 'unknown',
      reasons: [bi('缺少发现时间，无法计算纠正是否及时', 'no discovery time to measure timeliness from')],
      missingEvidence: missing,
    };
  }
  const found = dayOf(discoveredAt);
  const correctedAt = correction.correctedAt;
  if (!correctedAt) {
    missing.unshift(bi('纠正完成的日期', 'the date the correction was completed'));
    const elapsed = today - found;
    if (elapsed > limit && report.actTookExternalEffect !== false) {
      reasons.push(
        bi(
          `发现后已过 ${elapsed} 日，仍未记录纠正完成（参考期限 ${limit} 日）`,
          `${elapsed} days since discovery and no completed correction is recorded (reference period ${limit} days)`,
        ),
      );
      return { element, title, status: 'not-met', reasons, missingEvidence: missing };
    }
    reasons.push(
      report.actTookExternalEffect === false
        ? bi(
            '尚未纠正；行为尚未对外生效，请在生效前纠正',
            'not corrected yet; the act has not taken effect — correct it before it does',
          )
        : bi(
            `尚未纠正；请于 ${isoFromDay(found + limit)} 前完成（发现后 ${limit} 日，参考期限）`,
            `not corrected yet; complete it by ${isoFromDay(found + limit)} (${limit} days after discovery, reference period)`,
          ),
    );
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  const corrected = dayOf(correctedAt);
  if (corrected < found) {
    reasons.push(
      bi('纠正日期早于发现日期，请核对', 'the correction date is before the discovery date; check the dates'),
    );
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }

  // Before any external channel raised it.
  if (report.externalRaisedAt !== undefined) {
    const raised = isoDayOf(report.externalRaisedAt);
    const when = order(correctedAt, report.externalRaisedAt);
    if (when === 'after') {
      reasons.push(
        bi(
          `纠正（${isoFromDay(corrected)}）晚于外部渠道提出（${raised}）`,
          `corrected (${isoFromDay(corrected)}) after an external channel raised it (${raised})`,
        ),
      );
      return { element, title, status: 'not-met', reasons, missingEvidence: missing };
    }
    if (when === 'same-day') {
      reasons.push(
        bi(
          `纠正与外部渠道提出同在 ${raised}，无法判断先后`,
          `corrected on the day an external channel raised it (${raised}); the order is unclear`,
        ),
      );
      missing.push(
        bi('纠正完成和外部提出的具体时间（时、分）', 'the times of day of the correction and the external report'),
      );
      return { element, title, status: 'unknown', reasons, missingEvidence: missing };
    }
  } else if (externalRaisedQuestion(report)) {
    reasons.push(
      bi(
        '已有投诉、复议或诉讼，需证明纠正在其之前',
        'a complaint, review or suit exists; the correction must be shown to precede it',
      ),
    );
    missing.push(bi('外部渠道首次提出该问题的日期', 'the date an external channel first raised the fault'));
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }

  const lag = corrected - found;
  if (report.actTookExternalEffect === false) {
    reasons.push(
      bi(
        `在行为对外生效前纠正（发现后 ${lag} 日）`,
        `corrected before the act took external effect (${lag} days after discovery)`,
      ),
    );
    return { element, title, status: 'met', reasons, missingEvidence: missing };
  }
  if (lag <= limit) {
    reasons.push(
      bi(
        `发现后 ${lag} 日内纠正，在参考期限 ${limit} 日之内（“及时”由单位认定，法规未量化）`,
        `corrected ${lag} days after discovery, within the reference period of ${limit} days (the law does not quantify "in time")`,
      ),
    );
    return { element, title, status: 'met', reasons, missingEvidence: missing };
  }
  if (report.actTookExternalEffect === undefined) {
    reasons.push(
      bi(
        `发现后 ${lag} 日才纠正，超过参考期限 ${limit} 日；如纠正时行为尚未对外生效，请注明`,
        `corrected ${lag} days after discovery, beyond the reference period of ${limit} days; say whether the act had taken effect by then`,
      ),
    );
    missing.push(
      bi('纠正时行为是否已对外生效（如决定书是否已送达）', 'whether the act had taken external effect when corrected'),
    );
    return { element, title, status: 'unknown', reasons, missingEvidence: missing };
  }
  reasons.push(
    bi(
      `行为已对外生效，且发现后 ${lag} 日才纠正，超过参考期限 ${limit} 日`,
      `the act had taken effect and was corrected ${lag} days after discovery, beyond the reference period of ${limit} days`,
    ),
  );
  return { element, title, status: 'not-met', reasons, missingEvidence: missing };
}
