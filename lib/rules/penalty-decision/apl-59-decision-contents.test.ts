import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-59-decision-contents';

const ev = (kind: EventKind, at: string, data?: Record<string, unknown>): CaseEvent => ({
  kind,
  at,
  ...(data ? { data } : {}),
});
const complete = {
  party: { kind: 'legal-person' as const, name: '济南某某超市有限公司' },
  facts: '当事人于2025年1月8日销售超过保质期的酸奶12盒。',
  legalBasis: [
    { role: 'violated' as const, law: '中华人民共和国食品安全法', article: 34, item: 10 },
    { role: 'penalty' as const, law: '中华人民共和国食品安全法', article: 124, paragraph: 1 },
  ],
  decision: { kinds: ['fine' as const], fineAmount: 50_000 },
};
const decided = ev('decision', '2025-03-05');

testRule(rule, {
  violation: [
    {
      name: 'decision recorded as unsealed',
      messageId: 'no-seal',
      case: { ...complete, events: [ev('decision', '2025-03-05', { sealed: false })] },
    },
  ],
  review: [
    {
      name: 'party name missing',
      messageId: 'incomplete',
      case: { ...complete, party: { kind: 'legal-person' }, events: [decided] },
    },
    {
      name: 'facts blank, only the violated provision, no sanction kind',
      messageId: 'incomplete',
      case: {
        ...complete,
        facts: '  ',
        legalBasis: [complete.legalBasis[0]!],
        decision: { kinds: [] },
        events: [decided],
      },
    },
  ],
  pass: [
    { name: 'all contents present', case: { ...complete, events: [decided] } },
    { name: 'sealed', case: { ...complete, events: [ev('decision', '2025-03-05', { sealed: true })] } },
  ],
  notApplicable: [
    { name: 'not decided yet', case: { ...complete, events: [ev('filing-approved', '2025-01-10')] } },
    { name: 'simple procedure', case: { procedure: 'simple', events: [decided] } },
    { name: 'no penalty imposed', case: { decision: { kinds: [], outcome: 'no-penalty' }, events: [decided] } },
  ],
});
