import { dayNumber } from '../../calendar/days';
import { workingDaysBetween } from '../../calendar';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import type { CaseView } from '../../engine/case-view';
import { LAW } from '../helpers/laws';
import {
  cite,
  describeTrigger,
  generalDecision,
  hearingRightNotice,
  hearingTrigger,
  imposesPenalty,
  lastNotAfter,
  notAfter,
  type HearingTrigger,
} from '../helpers/penalty-decision-common';

const HOLD: Citation[] = [{ law: LAW.penalty, article: 63, paragraph: 1 }];

/** Art. 63 para 1 item 1–6, built once. */
const ITEM_CITATIONS = [1, 2, 3, 4, 5, 6].map((item) => [{ law: LAW.penalty, article: 63, paragraph: 1, item }]);

function itemCitation(trigger: HearingTrigger): Citation[] {
  return trigger.status === 'no' ? HOLD : (ITEM_CITATIONS[trigger.item - 1] ?? HOLD);
}

const HEARING_STEPS = ['hearing-requested', 'hearing-waived', 'hearing-scheduled', 'hearing-held'] as const;

/** Any step of the hearing track on or before `at` shows the party knew of the right. */
function hearingStepBefore(view: CaseView, at: string): boolean {
  for (const kind of HEARING_STEPS) {
    const first = view.first(kind);
    if (first && notAfter(first.at, at)) return true;
  }
  return false;
}

export default defineRule({
  id: 'apl-63-hearing-right',
  title: {
    zh: '告知听证权利并依申请组织听证',
    en: 'Telling the party of the hearing right and holding a requested hearing',
  },
  category: 3,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [{ law: LAW.penalty, article: 63, paragraph: 1 }],
  fix: {
    zh: '拟作出较大数额罚款、没收较大数额违法所得或较大价值非法财物、降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业等处罚的，应书面告知当事人有要求听证的权利；当事人依法要求听证的，应组织听证后再作决定。已作出的决定请评估是否需要撤销重作。',
    en: 'Before a larger fine, confiscation of larger gains or property, downgrading, licence revocation, suspension, closure or an employment ban, tell the party in writing of its right to a hearing; if it asks in time, hold the hearing before deciding. Assess whether a decision already made must be remade.',
  },
  messages: {
    'not-told': {
      zh: '处罚决定涉及{reason}，属于应告知听证权利的情形，但决定（{decision}）前未见听证告知，可能违反第六十三条，请核实。',
      en: 'The decision involves {reasonEn}, which brings the right to a hearing, but no notice of that right is recorded before the decision ({decision}); this may breach Art. 63. Please verify.',
    },
    'told-after': {
      zh: '处罚决定涉及{reason}，但听证告知（{notice}）晚于处罚决定（{decision}），可能未在决定前告知听证权利，请核实。',
      en: 'The decision involves {reasonEn}, but the hearing-right notice ({notice}) is dated after the decision ({decision}); the right may not have been given in time. Please verify.',
    },
    'notice-unclear': {
      zh: '处罚决定涉及{reason}，事先告知（{notice}）未载明是否告知听证权利，也未见单独的听证告知，请核实告知书是否载明要求听证的权利。',
      en: 'The decision involves {reasonEn}; the prior notice ({notice}) does not say whether it told the party of the hearing right, and no separate hearing notice is recorded. Please verify that the notice states the right.',
    },
    unknown: {
      zh: '处罚决定涉及{reason}，但无法读取听证告知记录，请核实决定前是否告知了听证权利。',
      en: 'The decision involves {reasonEn}, but the hearing-notice record could not be read; please verify that the right was given before the decision.',
    },
    maybe: {
      zh: '处罚决定涉及{reason}，可能属于应告知听证权利的情形（取决于当事人类型、是否为经营活动、适用的较大数额标准（垂直管理部门适用本系统标准）或是否属于“其他较重的行政处罚”），决定前未见听证告知，请核实。',
      en: 'The decision involves {reasonEn}, which may bring the right to a hearing (depending on the party’s kind, whether the act was a business activity, which larger-amount standard applies (vertically administered agencies follow their own system’s), or whether it is an “other heavier penalty”); no hearing notice is recorded before the decision. Please verify.',
    },
    'not-held': {
      zh: '当事人于{requested}要求听证，但处罚决定（{decision}）前未见举行听证或当事人放弃听证的记录，可能违反第六十三条，请核实。',
      en: 'The party asked for a hearing on {requested}, but no hearing (or withdrawal of the request) is recorded before the decision ({decision}); this may breach Art. 63. Please verify.',
    },
    'held-unknown': {
      zh: '当事人于{requested}要求听证，但无法读取听证举行记录，请核实是否已组织听证。',
      en: 'The party asked for a hearing on {requested}, but the hearing record could not be read; please verify that a hearing was held.',
    },
    'maybe-not-held': {
      zh: '当事人于{requested}要求听证，未见举行听证的记录；本案{reason}可能属于应当组织听证的情形，请核实不组织听证的依据。',
      en: 'The party asked for a hearing on {requested} and no hearing is recorded; the case ({reasonEn}) may be one where a hearing must be held. Please verify why none was held.',
    },
  },
  check(view, context) {
    const decision = generalDecision(view);
    if (!decision || !imposesPenalty(view)) return NOT_APPLICABLE;
    const trigger = hearingTrigger(view, context.profile);
    if (trigger.status === 'no') return NOT_APPLICABLE;
    const findings: Outcome[] = [];
    const reason = (): Record<string, string> => {
      const words = describeTrigger(trigger);
      return { reason: words.zh, reasonEn: words.en };
    };
    const citations = itemCitation(trigger);
    const noticeFields = ['events.hearing-notice', 'events.notice-of-intent', 'decision.kinds', 'decision.fineAmount'];

    // The right must be told before the decision.
    const told = hearingRightNotice(view, decision.at);
    if (!told && !hearingStepBefore(view, decision.at)) {
      const intent = lastNotAfter(view.events('notice-of-intent'), decision.at);
      const intentSilent = intent !== undefined && intent.data?.hearingRight !== false;
      const later = view.first('hearing-notice');
      if (trigger.status === 'maybe') {
        findings.push(cite(review('maybe', noticeFields, { ...reason() }), citations));
      } else if (later) {
        findings.push(
          cite(
            violation('told-after', noticeFields, { ...reason(), notice: later.at, decision: decision.at }),
            citations,
          ),
        );
      } else if (intentSilent) {
        findings.push(cite(review('notice-unclear', noticeFields, { ...reason(), notice: intent.at }), citations));
      } else if (view.knownAbsent('hearing-notice')) {
        findings.push(cite(violation('not-told', noticeFields, { ...reason(), decision: decision.at }), citations));
      } else {
        findings.push(cite(review('unknown', noticeFields, reason()), citations));
      }
    }

    // A request made in time must be answered with a hearing (its timing is apl-64, its order apl-65).
    const requested = view.first('hearing-requested');
    if (requested && notAfter(requested.at, decision.at) && !view.has('hearing-held')) {
      const requestDay = dayNumber(requested.at);
      const withdrawn = view.events('hearing-waived').some((waiver) => dayNumber(waiver.at) >= requestDay);
      const notice = hearingRightNotice(view, requested.at);
      const late = notice !== undefined && workingDaysBetween(dayNumber(notice.at), requestDay) > 5;
      if (!withdrawn && !late) {
        const fields = ['events.hearing-requested', 'events.hearing-held', 'events.decision'];
        const data = { requested: requested.at, decision: decision.at };
        if (trigger.status === 'maybe') {
          findings.push(cite(review('maybe-not-held', fields, { ...data, ...reason() }), HOLD));
        } else if (view.knownAbsent('hearing-held')) {
          findings.push(cite(violation('not-held', fields, data), HOLD));
        } else {
          findings.push(cite(review('held-unknown', fields, data), HOLD));
        }
      }
    }

    return findings.length > 0 ? findings : PASS;
  },
});
