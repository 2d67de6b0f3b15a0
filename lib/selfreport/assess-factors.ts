import { isoFromDay } from '../calendar/days';
import { ART_10, ART_11 } from './order294';
import { type ReportLike } from './schema';
import type { AssessLedger, AssessOptions, ElementAssessment, Factor } from './assess-types';
import { bi, dayOf, isoDayOf } from './assess-shared';

/** Mitigating (Art. 11) and aggravating (Art. 10) circumstances that may apply. */

export function mitigation(report: ReportLike, minor: ElementAssessment): Factor[] {
  const out: Factor[] = [];
  if (minor.status === 'met') {
    out.push({
      id: '11-1',
      citation: ART_11['11-1'].citation,
      title: { zh: ART_11['11-1'].zh, en: ART_11['11-1'].en },
      reason: bi(
        '如不能免于追究，情节轻微可作为从轻或者减轻的情形',
        'if not exempted, a minor fault may be dealt with more lightly',
      ),
      evidence: [],
    });
  }
  if (report.claims?.exemptionGrounds?.includes('12-6')) {
    out.push({
      id: '11-2',
      citation: ART_11['11-2'].citation,
      title: { zh: ART_11['11-2'].zh, en: ART_11['11-2'].en },
      reason: bi(
        '您主张当事人隐瞒情况或提供虚假材料；如其故意伪造或隐瞒重要证据致使危害后果加重，可从轻或者减轻',
        'you claim the party concealed facts or gave false material; if the party deliberately forged or hid key evidence and so aggravated the harm, liability may be lighter',
      ),
      evidence: [bi('当事人故意伪造或隐瞒重要证据的证明', 'proof the party deliberately forged or hid key evidence')],
    });
  }
  if (report.correction?.correctedAt) {
    out.push({
      id: '11-3',
      citation: ART_11['11-3'].citation,
      title: { zh: ART_11['11-3'].zh, en: ART_11['11-3'].en },
      reason: bi(
        `已于 ${isoDayOf(report.correction.correctedAt)} 采取纠正措施；如有效减轻或防止了危害后果，可从轻或者减轻。主动自查报告本身不是第十一条单列的情形，但其封存时间可作为主动补救的佐证`,
        `corrective action was taken on ${isoDayOf(report.correction.correctedAt)}; if it effectively reduced or contained the harm, liability may be lighter. Self-reporting is not itself an Art. 11 item, but the sealing time evidences the prompt remedy`,
      ),
      evidence: [
        bi('补救措施及其效果的材料', 'records of the remedial measures and their effect'),
        bi('本自查报告的封存回执', "this self-report's sealing receipt"),
      ],
    });
  }
  return out;
}

export function aggravation(
  report: ReportLike,
  ledger: AssessLedger,
  options: Required<AssessOptions>,
  today: number,
): Factor[] {
  const out: Factor[] = [];
  const reference = report.discoveredAt ? dayOf(report.discoveredAt) : today;
  const window = options.sameYearWindowDays;
  const others = ledger.faults
    .filter((fault) => fault.pursued !== false && !(report.id && fault.reportId === report.id))
    .map((fault) => dayOf(fault.at))
    .filter((day) => Math.abs(day - reference) < window)
    .sort((a, b) => a - b);
  if (others.length > 0) {
    const dates = others.map(isoFromDay).join('、');
    out.push({
      id: '10-2',
      citation: ART_10['10-2'].citation,
      title: { zh: ART_10['10-2'].zh, en: ART_10['10-2'].en },
      reason: bi(
        `台账显示本次过错前后一年（${window} 日）内另有 ${others.length} 次过错记录（${dates}），连同本次可能达到“一年内出现两次以上”；只有应予追究的过错才计入，需单位核实`,
        `the ledger shows ${others.length} other fault(s) within a year (${window} days) of this one (${others.map(isoFromDay).join(', ')}); with this one that may reach "two or more within a year" — only faults calling for liability count, so the unit must confirm`,
      ),
      evidence: [
        bi('上述过错的处理结果（是否已追究责任）', 'how those faults were dealt with (whether liability was pursued)'),
      ],
    });
  }
  const problems: string[] = [];
  const problemsEn: string[] = [];
  for (const correction of ledger.corrections ?? []) {
    const due = dayOf(correction.dueAt);
    const source = correction.source ? `（${correction.source}）` : '';
    if (correction.refused === true) {
      problems.push(`${isoDayOf(correction.noticeAt)} 通知的纠正被拒绝${source}`);
      problemsEn.push(`correction notified on ${isoDayOf(correction.noticeAt)} was refused`);
    } else if (correction.doneAt ? dayOf(correction.doneAt) > due : today > due) {
      problems.push(
        correction.doneAt
          ? `${isoDayOf(correction.noticeAt)} 通知的纠正期限为 ${isoFromDay(due)}，于 ${isoDayOf(correction.doneAt)} 才完成${source}`
          : `${isoDayOf(correction.noticeAt)} 通知的纠正期限 ${isoFromDay(due)} 已过，尚未完成${source}`,
      );
      problemsEn.push(
        correction.doneAt
          ? `correction notified on ${isoDayOf(correction.noticeAt)}, due ${isoFromDay(due)}, done only on ${isoDayOf(correction.doneAt)}`
          : `correction notified on ${isoDayOf(correction.noticeAt)} was due ${isoFromDay(due)} and is still not done`,
      );
    }
  }
  if (problems.length > 0) {
    out.push({
      id: '10-1',
      citation: ART_10['10-1'].citation,
      title: { zh: ART_10['10-1'].zh, en: ART_10['10-1'].en },
      reason: bi(
        `台账中的纠正要求：${problems.join('；')}。拒绝或逾期不纠正可能被认定为“拒不纠正”`,
        `correction notices in the ledger: ${problemsEn.join('; ')}. Refusing or failing to correct may count as "refusing to correct"`,
      ),
      evidence: [bi('纠正通知、完成纠正的时间和材料', 'the notices and the dates and records of the corrections')],
    });
  }
  return out;
}
