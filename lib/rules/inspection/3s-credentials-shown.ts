import { dayNumber } from '../../calendar/days';
import type { CaseEvent } from '../../case/schema';
import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import { dataFlag, inspectionFeedsPenalty, withCitations } from '../helpers/general-records';
import { LAW } from '../helpers/laws';

const SHOWN_WORDS = ['出示执法证', '出示行政执法证', '亮证'] as const;

const PENALTY: Citation[] = [
  { law: LAW.penalty, article: 55, paragraph: 1 },
  { law: LAW.shandongSupervision, article: 38, item: 1 },
];
const ON_THE_SPOT: Citation[] = [
  { law: LAW.penalty, article: 52 },
  { law: LAW.shandongSupervision, article: 38, item: 1 },
];
const INSPECTION: Citation[] = [{ law: LAW.shandongSupervision, article: 38, item: 1 }];

/** The on-site steps of the case, earliest first: investigative contacts with the party. */
function onSiteEvents(view: CaseView): CaseEvent[] {
  const list: CaseEvent[] = [...view.events('inspection')];
  if (view.actionType === 'penalty') {
    list.push(...view.events('inquiry'));
    // On-the-spot decisions (简易程序): the officer must show credentials (行政处罚法 Art. 52).
    if (view.case.procedure === 'simple' && view.flag('onSite') === true) list.push(...view.events('decision'));
  }
  if (list.length > 1) list.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return list;
}

function markedShown(event: CaseEvent): boolean | undefined {
  const flag = dataFlag(event, 'credentialsShown');
  if (flag !== undefined) return flag;
  const note = event.note;
  if (note !== undefined) for (const word of SHOWN_WORDS) if (note.includes(word)) return true;
  return undefined;
}

/** Message data naming a step, built only when reporting. */
function name(event: CaseEvent) {
  return {
    step: event.kind === 'inquiry' ? '询问' : event.kind === 'decision' ? '当场处罚' : '现场检查',
    stepEn: event.kind === 'inquiry' ? 'inquiry' : event.kind === 'decision' ? 'on-the-spot decision' : 'inspection',
    at: event.at,
  };
}

export default defineRule({
  id: '3s-credentials-shown',
  title: {
    zh: '检查、调查时主动出示执法证件（亮证执法）',
    en: 'Credentials shown during inspections and investigations',
  },
  category: 7,
  severity: 'medium',
  appliesTo: ['inspection', 'penalty'],
  citations: [...PENALTY, { law: LAW.penalty, article: 52 }],
  fix: {
    zh: '检查、调查前应主动向当事人或有关人员出示行政执法证件，并在笔录或执法记录中载明；未出示的，当事人有权拒绝检查，请评估相关笔录和证据的效力并补正记录。',
    en: 'Show the enforcement certificate to the party before inspecting or questioning and note it in the record; without it the party may refuse the inspection. Assess the records and evidence already taken and complete the record.',
  },
  messages: {
    'not-shown': {
      zh: '{step}（{at}）记录为未出示执法证件，可能违反亮证执法要求，当事人有权拒绝检查，请核实。',
      en: 'The record of the {stepEn} on {at} says no credentials were shown; this may breach the duty to show them, and the party could refuse. Please verify.',
    },
    missing: {
      zh: '{step}（{at}）前后未见出示执法证件的记录，可能未主动亮证执法，请核实。',
      en: 'No showing of enforcement credentials is recorded for the {stepEn} on {at}; the officers may not have shown them. Please verify.',
    },
    'missing-inspection': {
      zh: '行政检查（{at}）未见出示执法证件的记录，可能未按规定亮证执法，请核实并在检查记录中载明。',
      en: 'No showing of credentials is recorded for the inspection on {at}; please verify and note it in the inspection record.',
    },
    late: {
      zh: '出示执法证件的记录（{shown}）晚于首次{step}（{at}），可能未在检查、调查开始时亮证，请核实。',
      en: 'Credentials were recorded as shown on {shown}, after the first {stepEn} on {at}; they may not have been shown at the start. Please verify.',
    },
    unknown: {
      zh: '无法读取出示执法证件的记录，请核实{step}（{at}）时是否主动出示了执法证件。',
      en: 'The record of showing credentials could not be read; please verify that they were shown at the {stepEn} on {at}.',
    },
  },
  check(view) {
    const steps = onSiteEvents(view);
    const first = steps[0];
    if (!first) return NOT_APPLICABLE;
    const penaltyLinked = view.actionType === 'penalty' || inspectionFeedsPenalty(view);
    const citations = !penaltyLinked ? INSPECTION : first.kind === 'decision' ? ON_THE_SPOT : PENALTY;
    const fields = ['events.credentials-shown', `events.${first.kind}`];

    const outcomes: Outcome[] = [];
    let anyMarked = false;
    for (const step of steps) {
      const shown = markedShown(step);
      if (shown === false) {
        outcomes.push(withCitations(violation('not-shown', [`events.${step.kind}`], name(step)), citations));
      } else if (shown === true) anyMarked = true;
    }
    if (outcomes.length > 0) return outcomes;
    if (anyMarked && markedShown(first) === true) return PASS;

    const shownEvent = view.first('credentials-shown');
    if (shownEvent) {
      if (dayNumber(shownEvent.at) > dayNumber(first.at) && !anyMarked) {
        return withCitations(review('late', fields, { ...name(first), shown: shownEvent.at }), citations);
      }
      return PASS;
    }
    if (anyMarked) return PASS;
    if (!view.knownAbsent('credentials-shown')) return withCitations(review('unknown', fields, name(first)), citations);
    if (!penaltyLinked) return withCitations(review('missing-inspection', fields, name(first)), citations);
    return withCitations(violation('missing', fields, name(first)), citations);
  },
});
