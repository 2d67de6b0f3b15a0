import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation } from '../../engine/types';
import { isCourtEnforcement, measureKind, withCitations } from '../helpers/coercion-data';
import { LAW } from '../helpers/laws';

const FIELDS = ['flags.recorded', 'evidence'];
const CITATIONS: Citation[] = [{ law: LAW.businessEnvironment, article: 58 }];
const JINAN_CITATIONS: Citation[] = [...CITATIONS, { law: LAW.jinanBusinessEnvironment, article: 43, paragraph: 2 }];

/**
 * 执法全过程记录 (full-process record) of on-site coercion: 优化营商环境条例 Art. 58 (implement the
 * full-process record system); in Jinan, 济南市优化营商环境条例 Art. 43(2) (record the whole process,
 * including service and execution, in writing and audio-video). The national document that lists
 * seizure and forced execution among the acts to be video-recorded throughout (国办发〔2018〕118号) is
 * not in the statute set, so the rule rests on these two regulations and applies to market entities
 * (party not known to be a non-enterprise). Freezing (a notice to the bank) and court applications are
 * not on-site acts.
 */
export default defineRule({
  id: '3s-coercion-av-record',
  title: { zh: '现场强制措施和强制执行全程音像记录', en: 'Audio-video record of on-site coercion' },
  category: 7,
  severity: 'medium',
  appliesTo: ['coercion'],
  citations: CITATIONS,
  fix: {
    zh: '查封、扣押、强制执行等现场执法应全程音像记录并归档；未记录的请在案卷中说明原因，并检查执法记录仪配备和使用情况。',
    en: 'Record on-site seizures and enforcement on video from start to end and file the recording; where none was made, record why and check the body-camera arrangements.',
  },
  messages: {
    'not-recorded': {
      zh: '案件记载现场强制措施或强制执行（{at}）未进行全程音像记录，可能不符合执法全过程记录制度的要求，请核实并说明原因。',
      en: 'The file says the on-site coercion or enforcement ({at}) was not recorded on video throughout; this may breach the full-process record system. Please verify and explain.',
    },
    unknown: {
      zh: '现场强制措施或强制执行（{at}）未记载是否全程音像记录，请核实并补充音像资料。',
      en: 'It is not recorded whether the on-site coercion or enforcement ({at}) was filmed throughout; please verify and add the recording.',
    },
  },
  check(view, context) {
    if (view.isEnterprise === false) return NOT_APPLICABLE;
    const at = onSiteCoercion(view);
    if (at === undefined) return NOT_APPLICABLE;
    const citations = context.profile.id === 'jinan' ? JINAN_CITATIONS : CITATIONS;
    const recorded = view.flag('recorded');
    if (recorded === true) return PASS;
    if (recorded === false) return withCitations(violation('not-recorded', FIELDS, { at }), citations);
    if (hasAudiovisualEvidence(view.case.evidence)) return PASS;
    return withCitations(review('unknown', FIELDS, { at }), citations);
  },
});

/** The date of the first on-site coercive act: a measure other than freezing, or the agency's own execution. */
function onSiteCoercion(view: CaseView): string | undefined {
  const applied = view.first('coercion-applied');
  if (applied && measureKind(applied) !== 'freezing') return applied.at;
  for (const event of view.events('enforcement')) if (!isCourtEnforcement(event)) return event.at;
  return undefined;
}

function hasAudiovisualEvidence(evidence: readonly { kind: string }[] | undefined): boolean {
  if (!evidence) return false;
  for (const item of evidence) if (item.kind === 'audiovisual') return true;
  return false;
}
