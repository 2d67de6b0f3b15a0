import { dayNumber, deadline, elapsedDays, statutoryPeriod } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation } from '../../engine/types';
import type { CaseEvent } from '../../case/schema';
import type { CaseView } from '../../engine/case-view';
import { dataBoolean, dataDate, isCourtEnforcement, withCitations } from '../helpers/coercion-data';
import { LAW } from '../helpers/laws';
import { citesArticle } from '../helpers/legal-basis';

const FIELDS = ['events.urge-notice', 'events.enforcement'];
/** Art. 54: ten days after the reminder is served; Art. 69 makes it ten working days. */
const COURT_WAIT = statutoryPeriod('coercion', 10);
const COURT_CITATIONS: Citation[] = [
  { law: LAW.coercion, article: 54 },
  { law: LAW.coercion, article: 69 },
];
const IMMEDIATE_CITATIONS: Citation[] = [{ law: LAW.coercion, article: 37, paragraph: 3 }];
const ART_52: Citation[] = [{ law: LAW.coercion, article: 52 }];

/**
 * 行政强制法 Art. 52: obstacles or pollutants on a road, river, waterway or public place that the party
 * cannot remove may be removed by immediate substitute performance, with no reminder (the party is
 * told afterwards). `yes` when the case relies on Art. 52 and records the emergency; `maybe` when it
 * does one of the two, or records an immediate substitute performance in an emergency.
 */
function immediateSubstitute(view: CaseView, enforcement: CaseEvent): 'yes' | 'maybe' | 'no' {
  const cites52 = citesArticle(view, LAW.coercion, 52);
  const emergency = view.flag('emergency') === true;
  if (cites52 && emergency) return 'yes';
  if (cites52) return 'maybe';
  const type = enforcement.data?.type;
  const substitute = type === 'substitute-performance' || type === '代履行';
  return emergency && substitute ? 'maybe' : 'no';
}

/**
 * 行政强制法 Arts. 35, 37: a written reminder (催告) comes before an enforcement decision, which may be
 * made only once the reminder's deadline has passed (immediate enforcement on evidence of assets being
 * moved or hidden excepted, Art. 37(3)). Art. 54: an application to the court only ten (working) days
 * after the reminder was served.
 */
export default defineRule({
  id: 'acl-35-reminder',
  title: { zh: '强制执行前催告', en: 'Written reminder before enforcement' },
  category: 3,
  severity: 'high',
  appliesTo: ['coercion'],
  citations: [
    { law: LAW.coercion, article: 35 },
    { law: LAW.coercion, article: 37, paragraph: 1 },
  ],
  fix: {
    zh: '作出强制执行决定（或申请法院强制执行）前，书面催告当事人履行义务，载明履行期限、方式、金额及陈述申辩权；催告期限届满（申请法院执行的，催告书送达满十个工作日）当事人仍不履行且无正当理由的，方可作出强制执行决定或提出申请。',
    en: 'Before an enforcement decision (or an application to the court), serve a written reminder stating the deadline, manner, amount and the right to state and defend; decide on enforcement only after that deadline passes without good reason (for a court application, ten working days after service).',
  },
  messages: {
    missing: {
      zh: '已于 {enforcement} 强制执行（或申请法院强制执行），但案件中未见催告记录，可能违反行政强制法第三十五条，请核实。',
      en: 'Enforcement (or a court application) on {enforcement} has no written reminder on record; this may breach Art. 35. Please verify.',
    },
    after: {
      zh: '催告（{urge}）不早于强制执行（{enforcement}），可能未在作出强制执行决定前催告，请核实。',
      en: 'The reminder ({urge}) is not earlier than the enforcement ({enforcement}); the party may not have been reminded beforehand. Please verify.',
    },
    'before-deadline': {
      zh: '催告书确定的履行期限为 {deadline}，但强制执行于 {enforcement}，可能在催告期限届满前执行，违反行政强制法第三十七条，请核实。',
      en: 'The reminder set a deadline of {deadline} but enforcement came on {enforcement}, possibly before the deadline passed (Art. 37). Please verify.',
    },
    immediate: {
      zh: '催告期限（{deadline}）届满前立即强制执行（{enforcement}），请核实是否有证据证明当事人有转移或者隐匿财物迹象（行政强制法第三十七条第三款）。',
      en: 'Immediate enforcement ({enforcement}) before the reminder’s deadline ({deadline}): please verify the evidence that assets were being moved or hidden (Art. 37(3)).',
    },
    'court-too-early': {
      zh: '催告书于 {served} 送达，申请法院强制执行于 {enforcement}，不足十个工作日（满十个工作日为 {due}），可能违反行政强制法第五十四条，请核实。',
      en: 'The reminder was served on {served} and the court application made on {enforcement}, less than ten working days later (ten working days end on {due}); this may breach Art. 54. Please verify.',
    },
    'deadline-unknown': {
      zh: '未记录催告书确定的履行期限，无法判断强制执行（{enforcement}）是否在期限届满后作出，请核实并补充催告期限。',
      en: 'The reminder’s deadline is not recorded, so it cannot be told whether enforcement ({enforcement}) came after it. Please verify and record the deadline.',
    },
    uncertain: {
      zh: '催告送达至申请执行的期间涉及节假日数据未覆盖的年份，请人工核实是否满十个工作日。',
      en: 'The period from service of the reminder to the application runs into a year the holiday calendar does not cover; please check the ten working days by hand.',
    },
    'immediate-substitute': {
      zh: '未经催告即于 {enforcement} 立即代履行；行政强制法第五十二条仅允许在需要立即清除道路、河道、航道或者公共场所的遗洒物、障碍物或者污染物且当事人不能清除时立即代履行，请核实是否符合该条件并已事后立即通知当事人。',
      en: 'Substitute performance on {enforcement} without a reminder; Art. 52 allows it only for obstacles or pollutants on a road, river, waterway or public place that the party cannot remove. Please verify those conditions and that the party was told promptly afterwards.',
    },
    unknown: {
      zh: '已强制执行，但无法读取催告记录，请核实是否已书面催告。',
      en: 'Enforcement took place but the reminder record could not be read; please verify a written reminder was served.',
    },
  },
  check(view) {
    const enforcement = view.first('enforcement');
    if (!enforcement) return NOT_APPLICABLE;
    const enforcementDay = dayNumber(enforcement.at);
    const urge = view.first('urge-notice');
    if (!urge) {
      const immediate = immediateSubstitute(view, enforcement);
      if (immediate === 'yes') return PASS;
      if (immediate === 'maybe') {
        return withCitations(review('immediate-substitute', FIELDS, { enforcement: enforcement.at }), ART_52);
      }
      return view.knownAbsent('urge-notice')
        ? violation('missing', FIELDS, { enforcement: enforcement.at })
        : review('unknown', FIELDS);
    }
    if (dayNumber(urge.at) >= enforcementDay) {
      return violation('after', FIELDS, { urge: urge.at, enforcement: enforcement.at });
    }

    const served = dataDate(urge, 'servedAt') ?? urge.at;
    const court = isCourtEnforcement(enforcement);
    const byAgency = enforcement.data?.by === 'agency';
    const reminderDeadline = dataDate(urge, 'deadline');

    if (court || (!byAgency && reminderDeadline === undefined)) {
      const elapsed = elapsedDays(served, enforcementDay, 'working-days');
      if (elapsed.days >= COURT_WAIT.length) return PASS;
      if (!elapsed.covered) return withCitations(review('uncertain', FIELDS), COURT_CITATIONS);
      if (!court) return review('deadline-unknown', FIELDS, { enforcement: enforcement.at });
      const due = deadline(served, COURT_WAIT).dueIso;
      return withCitations(
        violation('court-too-early', FIELDS, { served, enforcement: enforcement.at, due }),
        COURT_CITATIONS,
      );
    }

    if (reminderDeadline === undefined) return review('deadline-unknown', FIELDS, { enforcement: enforcement.at });
    if (enforcementDay > dayNumber(reminderDeadline)) return PASS;
    const data = { deadline: reminderDeadline.slice(0, 10), enforcement: enforcement.at };
    return dataBoolean(enforcement, 'immediate') === true
      ? withCitations(review('immediate', FIELDS, data), IMMEDIATE_CITATIONS)
      : violation('before-deadline', FIELDS, data);
  },
});
