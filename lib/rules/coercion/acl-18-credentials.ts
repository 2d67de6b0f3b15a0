import { dayNumber } from '../../calendar/days';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { measureKind, notLaterThan } from '../helpers/coercion-data';
import { LAW } from '../helpers/laws';

const ID_FIELDS = ['events.credentials-shown', 'events.coercion-applied'];
const NOTIFY_FIELDS = ['events.party-notified', 'flags.partyPresent'];

/**
 * 行政强制法 Art. 18(三)(四): show the enforcement ID and notify the party to attend when applying a
 * coercive measure. Freezing (Art. 30) takes over item (三) but not item (四).
 */
export default defineRule({
  id: 'acl-18-credentials',
  title: { zh: '实施强制措施出示执法证件并通知当事人到场', en: 'Show ID and notify the party when applying a measure' },
  category: 7,
  severity: 'medium',
  appliesTo: ['coercion'],
  citations: [
    { law: LAW.coercion, article: 18, item: 3 },
    { law: LAW.coercion, article: 18, item: 4 },
  ],
  fix: {
    zh: '实施强制措施时主动出示执法证件并在现场笔录或音像记录中体现；当事人未到场的，应通知其到场并保留通知记录。请核对并补充相关记录。',
    en: 'Show the enforcement ID when applying the measure and record it in the on-site record or the video; if the party is absent, notify them to attend and keep proof. Check and complete the records.',
  },
  messages: {
    'not-shown': {
      zh: '已于 {applied} 实施行政强制措施，但案件中未见出示执法证件的记录，可能违反行政强制法第十八条第三项，请核实。',
      en: 'A coercive measure was applied on {applied} but no record shows the officers’ IDs were presented; this may breach Art. 18(3). Please verify.',
    },
    'shown-late': {
      zh: '出示执法证件（{shown}）晚于实施行政强制措施（{applied}），可能未在实施时亮证，请核实。',
      en: 'The IDs were shown ({shown}) after the measure was applied ({applied}); they may not have been shown when applying it. Please verify.',
    },
    'shown-earlier': {
      zh: '出示执法证件的记录（{shown}）早于实施强制措施当日（{applied}），请核实实施强制措施时是否再次出示执法证件。',
      en: 'The only ID presentation on record ({shown}) is before the day of the measure ({applied}); please verify that IDs were shown when the measure was applied.',
    },
    'credentials-unknown': {
      zh: '已实施行政强制措施，但无法读取出示执法证件的记录，请核实。',
      en: 'A coercive measure was applied but the ID-presentation record could not be read; please verify.',
    },
    'party-not-notified': {
      zh: '当事人未到场，案件中未见通知当事人到场的记录，可能违反行政强制法第十八条第四项，请核实。',
      en: 'The party was absent and no notice asking them to attend is recorded; this may breach Art. 18(4). Please verify.',
    },
    'notice-unknown': {
      zh: '当事人未到场，无法读取通知当事人到场的记录，请核实是否已通知。',
      en: 'The party was absent and the notice to attend could not be read; please verify that they were notified.',
    },
  },
  check(view) {
    const applied = view.first('coercion-applied');
    if (!applied) return NOT_APPLICABLE;
    const outcomes: Outcome[] = [];
    const appliedDay = dayNumber(applied.at);

    const shown = view.events('credentials-shown');
    if (shown.length === 0) {
      outcomes.push(
        view.knownAbsent('credentials-shown')
          ? violation('not-shown', ID_FIELDS, { applied: applied.at })
          : review('credentials-unknown', ID_FIELDS),
      );
    } else {
      let inTime = false;
      let earlier: string | undefined;
      let later: string | undefined;
      for (const event of shown) {
        const day = dayNumber(event.at);
        if (day < appliedDay) earlier = event.at;
        else if (day === appliedDay && notLaterThan(event.at, applied.at)) inTime = true;
        else if (later === undefined) later = event.at;
      }
      if (!inTime) {
        if (earlier !== undefined)
          outcomes.push(review('shown-earlier', ID_FIELDS, { shown: earlier, applied: applied.at }));
        else if (later !== undefined)
          outcomes.push(violation('shown-late', ID_FIELDS, { shown: later, applied: applied.at }));
      }
    }

    if (measureKind(applied) !== 'freezing' && view.flag('partyPresent') === false && !view.has('party-notified')) {
      outcomes.push(
        view.knownAbsent('party-notified')
          ? violation('party-not-notified', NOTIFY_FIELDS)
          : review('notice-unknown', NOTIFY_FIELDS),
      );
    }
    return outcomes.length > 0 ? outcomes : PASS;
  },
});
