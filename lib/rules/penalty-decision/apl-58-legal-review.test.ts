import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-58-legal-review';

const ev = (kind: EventKind, at: string, data?: Record<string, unknown>): CaseEvent => ({
  kind,
  at,
  ...(data ? { data } : {}),
});
const filed = ev('filing-approved', '2025-01-10');
const reviewed = ev('legal-review', '2025-03-03');
const approved = ev('approval', '2025-03-04');
const decided = ev('decision', '2025-03-05');
const company = { kind: 'legal-person' as const, name: '济南某某超市有限公司', isEnterprise: true };

testRule(rule, {
  violation: [
    {
      name: 'major decision without legal review',
      messageId: 'missing',
      case: { flags: { major: true }, events: [filed, approved, decided] },
    },
    {
      name: 'after a hearing, legal review dated after the decision',
      messageId: 'after-decision',
      case: {
        flags: { major: false },
        events: [filed, ev('hearing-held', '2025-02-25'), approved, decided, ev('legal-review', '2025-03-06')],
      },
    },
    {
      name: 'legal review did not pass',
      messageId: 'not-passed',
      case: {
        flags: { major: true },
        events: [filed, ev('legal-review', '2025-03-03', { result: '未通过' }), approved, decided],
      },
    },
  ],
  review: [
    {
      name: 'major decision, legal-review step unreadable',
      messageId: 'unknown',
      case: {
        flags: { major: true },
        events: [filed, approved, decided],
        origin: { unreadable: ['events.legal-review'] },
      },
    },
    {
      name: 'licence revoked, major flag unknown, no review',
      messageId: 'maybe-major',
      case: { decision: { kinds: ['revoke-license'] }, events: [filed, approved, decided] },
    },
    {
      name: 'larger fine to a company, major flag unknown, no review',
      messageId: 'maybe-major',
      case: { party: company, decision: { kinds: ['fine'], fineAmount: 50_000 }, events: [filed, approved, decided] },
    },
    {
      name: 'a failed review in a case not marked major',
      messageId: 'failed-unmarked',
      case: { events: [filed, ev('legal-review', '2025-03-03', { passed: false }), approved, decided] },
    },
  ],
  pass: [
    {
      name: 'major decision reviewed before it was made',
      case: { flags: { major: true }, events: [filed, reviewed, approved, decided] },
    },
    {
      name: 'larger fine to a company, reviewed',
      case: {
        party: company,
        decision: { kinds: ['fine'], fineAmount: 50_000 },
        events: [filed, ev('legal-review', '2025-03-03', { result: 'passed' }), approved, decided],
      },
    },
  ],
  notApplicable: [
    {
      name: 'marked not major, no hearing',
      case: { flags: { major: false }, decision: { kinds: ['fine'], fineAmount: 50_000 }, events: [filed, decided] },
    },
    {
      name: 'small fine to a person, major unknown',
      case: {
        party: { kind: 'person', isEnterprise: false },
        decision: { kinds: ['fine'], fineAmount: 500 },
        events: [filed, decided],
      },
    },
    { name: 'no decision yet', case: { flags: { major: true }, events: [filed] } },
  ],
});
