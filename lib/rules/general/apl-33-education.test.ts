import rule from './apl-33-education';
import { testRule } from '../../../test/helpers/rule-tester';
import type { CaseInput } from '../../../test/helpers/make-case';

type Decision = NonNullable<CaseInput['decision']>;

const noPenalty = { kinds: [], outcome: 'no-penalty' } satisfies Decision;
const decided = { kind: 'decision', at: '2026-05-06' } as const;

testRule(rule, {
  violation: [
    {
      name: 'record says the party was not educated',
      messageId: 'not-educated',
      case: { decision: noPenalty, events: [{ ...decided, data: { education: false } }] },
    },
    {
      name: 'note records that no education took place',
      messageId: 'not-educated',
      case: { decision: noPenalty, events: [{ ...decided, note: '不予处罚，未对当事人进行教育' }] },
    },
  ],
  review: [
    { name: 'no education recorded', messageId: 'missing', case: { decision: noPenalty, events: [decided] } },
    { name: 'no timeline at all', messageId: 'missing', case: { decision: noPenalty } },
  ],
  pass: [
    {
      name: 'education in the decision summary',
      case: { decision: { ...noPenalty, summary: '违法行为轻微并及时改正，不予行政处罚，对当事人进行批评教育' } },
    },
    {
      name: 'education noted on the delivery',
      case: {
        decision: noPenalty,
        events: [decided, { kind: 'delivery', at: '2026-05-07', note: '送达时进行教育告诫' }],
      },
    },
    {
      name: 'education flagged in data',
      case: { decision: noPenalty, events: [{ ...decided, data: { education: true } }] },
    },
  ],
  notApplicable: [
    { name: 'a penalty imposed', case: { decision: { kinds: ['fine'], fineAmount: 500 }, events: [decided] } },
    { name: 'no decision', case: { events: [{ kind: 'filing-approved', at: '2026-04-01' }] } },
    {
      name: 'no penalty because the violation is not established (Art. 57(1)(iii) cited)',
      case: {
        decision: { kinds: [], outcome: 'no-penalty' },
        legalBasis: [{ role: 'other', law: '中华人民共和国行政处罚法', article: 57, paragraph: 1, item: 3 }],
        events: [decided],
      },
    },
    {
      name: 'no penalty because the violation is not established (stated in the summary)',
      case: {
        decision: { kinds: [], outcome: 'no-penalty', summary: '违法事实不能成立，不予行政处罚。' },
        events: [decided],
      },
    },
    { name: 'a licence refusal', case: { actionType: 'license', decision: { kinds: [], outcome: 'refused' } } },
  ],
});
