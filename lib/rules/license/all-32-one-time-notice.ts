import { dayNumber, deadline, elapsedDays, statutoryPeriod } from '../../calendar';
import type { CaseEvent } from '../../case/schema';
import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import { CORRECTION_NOTICE_DAYS } from '../helpers/license-period';

const FIELDS = ['events.correction-requested', 'events.application-received'];
const NOTICE_PERIOD = statutoryPeriod('license', CORRECTION_NOTICE_DAYS);

/**
 * 行政许可法 Art. 32(1)(四): incomplete or non-conforming materials are notified once, listing
 * everything to be corrected, on the spot or within five days (working days, Art. 82); a later notice
 * means the application counts as accepted on receipt. Art. 72(四): not notifying all corrections at
 * once is a breach.
 */
export default defineRule({
  id: 'all-32-one-time-notice',
  title: { zh: '申请材料补正一次性告知', en: 'One-time notice of all corrections' },
  category: 3,
  severity: 'medium',
  appliesTo: ['license'],
  citations: [
    { law: LAW.license, article: 32, paragraph: 1, item: 4 },
    { law: LAW.license, article: 72, item: 4 },
    { law: LAW.license, article: 82 },
  ],
  fix: {
    zh: '申请材料不齐全或不符合法定形式的，当场或在五个工作日内一次性书面告知需要补正的全部内容；逾期告知的，自收到申请材料之日起即为受理，审查期限应从收到材料之日起计算。',
    en: 'Tell the applicant, on the spot or within five working days and in one notice, everything that must be corrected; a late notice means the application counts as accepted on receipt and the decision period runs from then.',
  },
  messages: {
    late: {
      zh: '收到申请材料于 {received}，补正告知于 {notice}，超过五个工作日（截止 {due}），依行政许可法第三十二条第一款第四项自收到材料之日起即为受理，审查期限应自 {received} 起算，请核实。',
      en: 'The application was received on {received} and the correction notice given on {notice}, after the five working days (due {due}); under Art. 32(1)(4) the application counts as accepted on receipt, so the decision period runs from {received}. Please verify.',
    },
    repeated: {
      zh: '同一申请有 {count} 次补正告知（{dates}），可能未一次告知需要补正的全部内容（行政许可法第三十二条、第七十二条第四项），请核实。',
      en: 'The same application received {count} correction notices ({dates}); the applicant may not have been told everything at once (Arts. 32 and 72(4)). Please verify.',
    },
    'repeated-after-resubmission': {
      zh: '申请人于 {resubmitted} 提交补正材料后，又于 {notice} 再次告知补正；如再次告知的内容是首次告知（{first}）时已提交材料中存在的问题，属于未一次告知全部补正内容（行政许可法第三十二条第一款第四项），如仅针对新提交的材料则不属于，请核实。',
      en: 'After the applicant handed in corrected materials on {resubmitted}, another correction notice followed on {notice}; if it concerns defects already present in the materials covered by the first notice ({first}), not everything was told at once (Art. 32(1)(4)); if it concerns only newly submitted materials, it is not. Please verify.',
    },
    uncertain: {
      zh: '补正告知期间涉及节假日数据未覆盖的年份，无法判断是否在五个工作日内，请人工核实。',
      en: 'The notice period runs into a year the holiday calendar does not cover; please check the five working days by hand.',
    },
  },
  check(view) {
    const received = view.first('application-received');
    const corrections = view.events('correction-requested');
    if (!received || corrections.length === 0) return NOT_APPLICABLE;
    const outcomes: Outcome[] = [];
    const first = corrections[0]!;
    const elapsed = elapsedDays(received.at, first.at, 'working-days');
    if (elapsed.days > CORRECTION_NOTICE_DAYS) {
      outcomes.push(
        elapsed.covered
          ? violation('late', FIELDS, {
              received: received.at,
              notice: first.at,
              due: deadline(received.at, NOTICE_PERIOD).dueIso,
            })
          : review('uncertain', FIELDS),
      );
    }
    if (corrections.length > 1) {
      // Art. 32(1)(四) asks for one notice of everything wrong with the materials handed in. A later notice
      // that follows a new submission (a further application-received) may concern only the new
      // materials, which the first notice could not have covered: a question for review, not a breach.
      let repeatedSameMaterials = false;
      for (let i = 1; i < corrections.length; i++) {
        const resubmitted = receivedBetween(view, corrections[i - 1]!.at, corrections[i]!.at);
        if (resubmitted) {
          outcomes.push(
            review('repeated-after-resubmission', FIELDS, {
              first: corrections[i - 1]!.at,
              resubmitted: resubmitted.at,
              notice: corrections[i]!.at,
            }),
          );
        } else repeatedSameMaterials = true;
      }
      if (repeatedSameMaterials) {
        let dates = first.at;
        for (let i = 1; i < corrections.length; i++) dates += `、${corrections[i]!.at}`;
        outcomes.push(violation('repeated', FIELDS, { count: corrections.length, dates }));
      }
    }
    return outcomes.length > 0 ? outcomes : PASS;
  },
});

/** A submission of materials recorded after one correction notice and not after the next. */
function receivedBetween(view: CaseView, from: string, to: string): CaseEvent | undefined {
  const start = dayNumber(from);
  const end = dayNumber(to);
  for (const event of view.events('application-received')) {
    const day = dayNumber(event.at);
    if (day >= start && day <= end && event.at > from) return event;
  }
  return undefined;
}
