import type { Profile } from '../engine/profile';
import { LAW } from '../rules/helpers/laws';
import { defineCheck, money, type Collector } from './check-kit';
import type { ParsedDocument } from './types';

/** The prior notice and, for a large fine, the hearing right as recited in the decision. */

export const NOTICE_RECITAL = defineCheck({
  id: 'doc-notice-recital',
  title: { zh: '决定前的告知和听证', en: 'Prior notice and hearing before the decision' },
  category: 3,
  severity: 'low',
  citations: [
    { law: LAW.penalty, article: 44 },
    { law: LAW.penalty, article: 62 },
    { law: LAW.penalty, article: 63 },
  ],
  fix: {
    zh: '核对案卷中的《行政处罚事先告知书》（及听证告知）送达回证和当事人陈述申辩、听证记录；决定书可简要载明告知及当事人陈述申辩情况。',
    en: 'Check the file for the served notice of intended penalty (and of the hearing right) and the record of the party’s statement, defence or hearing; the decision may briefly recite them.',
  },
  messages: {
    'notice-not-recited': {
      zh: '决定书未提及事先告知或当事人陈述、申辩的情况（告知可能另有文书），请核实作出决定前是否已依法告知（行政处罚法第四十四条、第六十二条）。',
      en: 'The decision does not mention the prior notice or the party’s statement and defence (the notice may be a separate document); please verify that the party was told before the decision (Arts. 44, 62).',
    },
    'hearing-not-recited': {
      zh: '罚款{fine}元达到本地较大数额标准（{threshold}元），决定书未提及听证权利的告知，请核实是否已告知当事人有要求听证的权利（行政处罚法第六十三条）。',
      en: 'The fine of {fine} yuan reaches the local “large amount” of {threshold} yuan and the decision does not mention the hearing right; please verify that the party was told of it (Art. 63).',
    },
  },
});

function hearingThreshold(doc: ParsedDocument, profile: Profile): number {
  const party = doc.partialCase.party;
  const business = party?.isEnterprise === true;
  if (party?.kind === 'person') return business ? profile.hearingFine.businessPerson : profile.hearingFine.person;
  return business ? profile.hearingFine.businessOrganisation : profile.hearingFine.organisation;
}

export function checkNotice(doc: ParsedDocument, out: Collector, profile: Profile): void {
  if (doc.kind !== 'decision' || doc.type !== 'penalty-decision' || doc.partialCase.procedure === 'simple') return;
  if (!doc.priorNotice.recited)
    out.add(NOTICE_RECITAL, 'review', 'notice-not-recited', [], ['events.notice-of-intent']);
  const fine = doc.fineTotal;
  if (fine !== undefined && !doc.hearing.recited) {
    const threshold = hearingThreshold(doc, profile);
    if (fine >= threshold) {
      out.add(
        NOTICE_RECITAL,
        'review',
        'hearing-not-recited',
        [],
        ['events.hearing-notice'],
        {
          fine: money(fine),
          threshold: money(threshold),
        },
        [
          { law: LAW.penalty, article: 63 },
          { law: LAW.penalty, article: 64 },
        ],
      );
    }
  }
}
