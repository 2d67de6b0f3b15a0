import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Outcome } from '../../engine/types';
import { dataBoolean, dataValue, measureKind, officerCount } from '../helpers/coercion-data';
import { LAW } from '../helpers/laws';
import { unknownOnPage } from '../helpers/page-reading';

const OFFICER_FIELDS = ['officers', 'events.coercion-applied'];
const RECORD_FIELDS = ['events.on-site-record'];
const WITNESS_FIELDS = ['flags.partyPresent', 'events.on-site-record'];
const SIGN_FIELDS = ['flags.partySigned', 'events.on-site-record'];

/**
 * 行政强制法 Art. 18(二)(七)(八)(九): two or more officers, an on-site record signed by the party
 * (refusal noted) or, when the party is absent, by a witness. Freezing follows Art. 30, which takes
 * over only items (一)(二)(三)(七) of Art. 18: the signature and witness items do not apply to it.
 */
export default defineRule({
  id: 'acl-18-onsite-procedure',
  title: { zh: '强制措施现场程序（两名执法人员、现场笔录、签名或见证）', en: 'On-site steps of a coercive measure' },
  category: 3,
  severity: 'high',
  appliesTo: ['coercion'],
  citations: [
    { law: LAW.coercion, article: 18, item: 2 },
    { law: LAW.coercion, article: 18, item: 7 },
    { law: LAW.coercion, article: 18, item: 8 },
    { law: LAW.coercion, article: 18, item: 9 },
  ],
  fix: {
    zh: '由两名以上具备资格的执法人员实施，当场制作现场笔录，由当事人和执法人员签名或盖章；当事人拒绝的在笔录中注明；当事人不到场的邀请见证人到场并在笔录上签名。请核对现场笔录并补充说明。',
    en: 'Apply the measure with two or more qualified officers and make an on-site record signed by the party and the officers; note any refusal to sign; if the party is absent, have a witness attend and sign. Check the record and add explanations.',
  },
  messages: {
    'too-few-officers': {
      zh: '实施行政强制措施（{applied}）记录的执法人员为 {count} 名，可能不足行政强制法第十八条第二项要求的两名以上，请核实。',
      en: 'The coercive measure ({applied}) lists {count} officer(s); Art. 18(2) requires two or more. Please verify.',
    },
    'officers-few-on-page': {
      zh: '页面显示的案件执法人员为 {count} 名，未显示实施行政强制措施（{applied}）的全部执法人员，请核实是否由两名以上执法人员实施（行政强制法第十八条第二项）。',
      en: 'The page lists {count} officer(s) on the case but not the officers who applied the coercive measure ({applied}); please verify that two or more applied it (Art. 18(2)).',
    },
    'officers-unknown': {
      zh: '实施行政强制措施（{applied}）未记录执法人员，无法判断是否由两名以上执法人员实施，请核实并补充。',
      en: 'No officers are recorded for the coercive measure ({applied}); please verify that two or more officers applied it.',
    },
    'no-record': {
      zh: '已实施行政强制措施（{applied}），但案件中未见现场笔录，可能违反行政强制法第十八条第七项，请核实。',
      en: 'A coercive measure was applied ({applied}) but no on-site record is in the case; this may breach Art. 18(7). Please verify.',
    },
    'record-unknown': {
      zh: '已实施行政强制措施，但无法读取现场笔录，请核实是否制作现场笔录。',
      en: 'A coercive measure was applied but the on-site record could not be read; please verify that one was made.',
    },
    'no-witness': {
      zh: '当事人未到场，现场笔录中未见见证人，可能不符合行政强制法第十八条第九项，请核实是否邀请见证人到场并签名。',
      en: 'The party was absent and no witness appears in the on-site record; Art. 18(9) requires a witness to attend and sign. Please verify.',
    },
    unsigned: {
      zh: '现场笔录未经当事人签名，且未见注明当事人拒绝签名，可能不符合行政强制法第十八条第八项，请核实。',
      en: 'The party did not sign the on-site record and no refusal is noted; Art. 18(8) requires one or the other. Please verify.',
    },
  },
  check(view) {
    const applied = view.first('coercion-applied');
    if (!applied) return NOT_APPLICABLE;
    const outcomes: Outcome[] = [];

    const count = officerCount(view, applied);
    if (count === undefined) outcomes.push(review('officers-unknown', OFFICER_FIELDS, { applied: applied.at }));
    else if (count < 2) {
      // The case's officer list on a page may name only the officer in charge: a gap, not proof.
      const onStep = (applied.officers?.length ?? 0) > 0;
      outcomes.push(
        onStep || !unknownOnPage(view, 'officers')
          ? violation('too-few-officers', OFFICER_FIELDS, { applied: applied.at, count })
          : review('officers-few-on-page', OFFICER_FIELDS, { applied: applied.at, count }),
      );
    }

    const record = view.first('on-site-record');
    if (!record) {
      outcomes.push(
        view.knownAbsent('on-site-record')
          ? violation('no-record', RECORD_FIELDS, { applied: applied.at })
          : review('record-unknown', RECORD_FIELDS),
      );
    }

    if (measureKind(applied) !== 'freezing') {
      // Item (九) replaces item (八) when the party is absent: a witness signs instead of the party.
      if (view.flag('partyPresent') === false) {
        if (!hasWitness(dataValue(record, 'witness'), dataValue(applied, 'witness'))) {
          outcomes.push(review('no-witness', WITNESS_FIELDS));
        }
      } else if (view.flag('partySigned') === false && dataBoolean(record, 'refusalNoted') !== true) {
        outcomes.push(review('unsigned', SIGN_FIELDS));
      }
    }
    return outcomes.length > 0 ? outcomes : PASS;
  },
});

function hasWitness(onRecord: unknown, onMeasure: unknown): boolean {
  return isWitness(onRecord) || isWitness(onMeasure);
}

function isWitness(value: unknown): boolean {
  if (value === true) return true;
  if (typeof value === 'string') return value.trim().length > 0;
  return Array.isArray(value) && value.length > 0;
}
