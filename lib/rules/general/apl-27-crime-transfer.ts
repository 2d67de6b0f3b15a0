import type { CaseEvent } from '../../case/schema';
import type { CaseView } from '../../engine/case-view';
import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import { dataFlag, isUnreadable } from '../helpers/general-records';
import { LAW } from '../helpers/laws';
import { unknownOnPage } from '../helpers/page-reading';

const TRANSFER_WORD = '移送';
/** Notes that record a decision not to transfer (Art. 5(2) of the transfer rules: reasons on file). */
const DECLINED = ['不予移送', '不移送', '不批准移送', '未移送', '不予批准移送'] as const;

type TransferRecord = { kind: 'done'; event?: CaseEvent } | { kind: 'declined'; event: CaseEvent } | { kind: 'none' };

/**
 * How the case records a transfer to the police or judicial organs. No event kind exists for it, so
 * an event says so with `data.transfer` (true: transferred, false: not transferred) or a note with
 * 移送; a decision with outcome `other` whose summary says 移送 also counts. Lead notes are skipped:
 * 移送 there describes where the case came from.
 */
function transferRecord(view: CaseView): TransferRecord {
  let declined: CaseEvent | undefined;
  for (const event of view.case.events ?? NO_EVENTS) {
    if (event.kind === 'lead-received' || event.kind === 'filing-approved') continue;
    const flag = dataFlag(event, 'transfer');
    if (flag === true) return { kind: 'done', event };
    if (flag === false) {
      declined ??= event;
      continue;
    }
    const note = event.note;
    if (note === undefined || !note.includes(TRANSFER_WORD)) continue;
    if (DECLINED.some((word) => note.includes(word))) declined ??= event;
    else return { kind: 'done', event };
  }
  if (declined) return { kind: 'declined', event: declined };
  const decision = view.case.decision;
  if (decision?.outcome === 'other' && decision.summary?.includes(TRANSFER_WORD)) {
    const summary = decision.summary;
    if (!DECLINED.some((word) => summary.includes(word))) return { kind: 'done' };
  }
  return { kind: 'none' };
}

const NO_EVENTS: readonly CaseEvent[] = [];

export default defineRule({
  id: 'apl-27-crime-transfer',
  title: { zh: '涉嫌犯罪案件依法移送', en: 'Transfer of suspected crimes' },
  category: 5,
  severity: 'high',
  appliesTo: ['penalty'],
  citations: [
    { law: LAW.penalty, article: 27, paragraph: 1 },
    { law: LAW.penalty, article: 57, paragraph: 1, item: 4 },
    { law: LAW.crimeTransfer, article: 3 },
    { law: LAW.crimeTransfer, article: 5 },
    { law: LAW.crimeTransfer, article: 11, paragraph: 1 },
  ],
  fix: {
    zh: '立即指定两名以上执法人员组成专案组，核实情况后提出移送涉嫌犯罪案件的书面报告，报本机关正职负责人或主持工作的负责人在三日内决定；批准的，在二十四小时内向同级公安机关移送，并附移送书、调查报告、涉案物品清单、检验鉴定结论等材料；不批准的，将理由记录在案。不得以行政处罚代替移送。',
    en: 'Appoint a team of two or more officers at once, have them report in writing, and have the head decide within 3 days; if approved, transfer to the police at the same level within 24 hours with the transfer letter, investigation report, property list and test reports; if not, record the reasons. A penalty may not replace the transfer.',
  },
  messages: {
    'not-transferred': {
      zh: '案件标记为涉嫌犯罪，已作出决定（{decision}），但未见移送司法机关的记录，可能以行政处罚代替移送，请立即核实并依法移送。',
      en: 'The case is marked as a suspected crime and a decision was made ({decision}), but no transfer to the judicial organs is recorded; the penalty may have replaced the transfer. Verify and transfer now.',
    },
    declined: {
      zh: '案件标记为涉嫌犯罪，记录显示未予移送（{at}），请核实是否经正职负责人批准并将不予移送的理由记录在案。',
      en: 'The case is marked as a suspected crime and the record says it was not transferred ({at}); please verify that the head decided so and the reasons are on file.',
    },
    unknown: {
      zh: '案件标记为涉嫌犯罪并已作出处罚决定，但无法读取完整的案件记录，请核实是否已依法移送司法机关。',
      en: 'The case is marked as a suspected crime and a decision was made, but the record could not be read in full; please verify that the case was transferred.',
    },
  },
  check(view) {
    if (view.flag('criminalSuspected') !== true) return NOT_APPLICABLE;
    const decision = view.first('decision');
    if (!decision && view.sanctionKinds().length === 0) return NOT_APPLICABLE;
    const record = transferRecord(view);
    if (record.kind === 'done') return PASS;
    const fields = ['flags.criminalSuspected', 'events.decision'];
    if (record.kind === 'declined') return review('declined', fields, { at: record.event.at });
    if (
      !view.hasTimeline ||
      isUnreadable(view, 'events') ||
      isUnreadable(view, 'events.transfer') ||
      // A page shows only part of the record: a transfer it does not show is unknown.
      unknownOnPage(view, 'events.transfer')
    ) {
      return review('unknown', fields);
    }
    return violation('not-transferred', fields, { decision: decision?.at ?? '—' });
  },
});
