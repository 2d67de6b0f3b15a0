import { defineRule } from '../../engine/define-rule';
import { NOT_APPLICABLE, PASS, review, violation } from '../../engine/outcome';
import type { Citation, Outcome } from '../../engine/types';
import { LAW } from '../helpers/laws';
import { citing, distinctNames, type EvidenceKind } from '../helpers/penalty-sanctions';

/** Records officers make in person (笔录): made by at least two officers (Art. 42, Art. 55 ¶2). */
const RECORD_KINDS: ReadonlySet<EvidenceKind> = new Set<EvidenceKind>([
  'inspection-record',
  'party-statement',
  'witness',
]);

/** Provenance: evidence is verified before it supports facts (Art. 46 ¶2), and the taking is recorded (Art. 47). */
const PROVENANCE: Citation[] = [
  { law: LAW.penalty, article: 46, paragraph: 2 },
  { law: LAW.penalty, article: 47 },
];

const TWO_OFFICERS: Citation[] = [
  { law: LAW.penalty, article: 42, paragraph: 1 },
  { law: LAW.penalty, article: 55, paragraph: 2 },
];

/** Titles shown in one message; the rest are counted. */
const LISTED = 3;

function listTitles(titles: string[]): string {
  return titles.length <= LISTED ? titles.join('、') : `${titles.slice(0, LISTED).join('、')}等${titles.length}项`;
}

export default defineRule({
  id: 'apl-46-evidence-record',
  title: { zh: '证据来源记录（取证人、取证时间）', en: 'Evidence provenance (collectors and date)' },
  category: 1,
  severity: 'medium',
  appliesTo: ['penalty'],
  citations: [{ law: LAW.penalty, article: 46, paragraph: 2 }, { law: LAW.penalty, article: 47 }, ...TWO_OFFICERS],
  fix: {
    zh: '在证据材料上注明收集时间和取证执法人员（至少两名），笔录由执法人员和当事人签名；无法补正来源的证据请评估能否作为定案依据。',
    en: 'Record on each item of evidence when it was collected and by which officers (at least two), with officers and the party signing records; assess whether evidence whose source cannot be shown may support the facts.',
  },
  messages: {
    'no-collectors': {
      zh: '证据“{titles}”未记录取证人员，可能无法证明证据来源、查证属实（行政处罚法第四十六条第二款），请核实并补录取证执法人员。',
      en: 'Evidence "{titles}" records no collecting officers; its source may not be provable for verification (APL Art. 46(2)). Please verify and record the officers.',
    },
    'no-date': {
      zh: '证据“{titles}”未记录收集时间，可能无法证明取证时间顺序（行政处罚法第四十七条全过程记录），请核实并补录。',
      en: 'Evidence "{titles}" records no collection date; the order of investigation may not be provable (APL Art. 47, full-process record). Please verify and record it.',
    },
    'single-collector': {
      zh: '笔录类证据“{title}”仅记录一名取证人员（{collector}），执法人员可能少于行政处罚法第四十二条第一款规定的两人，请核实是否有第二名持证执法人员在场并签名。',
      en: 'Record "{title}" names only one collecting officer ({collector}); fewer than the two officers of APL Art. 42(1) may have acted. Please verify that a second certified officer was present and signed.',
    },
  },
  check(view) {
    const evidence = view.case.evidence;
    if (!evidence || evidence.length === 0) return NOT_APPLICABLE;
    const outcomes: Outcome[] = [];
    let noCollectors: string[] | undefined;
    let noDate: string[] | undefined;
    for (const item of evidence) {
      const collectors = distinctNames(item.collectors);
      if (collectors.length === 0) (noCollectors ??= []).push(item.title);
      else if (collectors.length === 1 && RECORD_KINDS.has(item.kind)) {
        const data = { title: item.title, collector: collectors[0]! };
        // A page's evidence list often names only the officer who wrote the record down.
        const outcome = view.readFromPage ? review('single-collector', ['evidence'], data) : undefined;
        outcomes.push(citing(outcome ?? violation('single-collector', ['evidence'], data), TWO_OFFICERS));
      }
      if (item.collectedAt === undefined) (noDate ??= []).push(item.title);
    }
    if (noCollectors) {
      outcomes.push(citing(review('no-collectors', ['evidence'], { titles: listTitles(noCollectors) }), PROVENANCE));
    }
    if (noDate) outcomes.push(citing(review('no-date', ['evidence'], { titles: listTitles(noDate) }), PROVENANCE));
    return outcomes.length === 0 ? PASS : outcomes;
  },
});
