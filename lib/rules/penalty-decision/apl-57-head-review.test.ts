import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-57-head-review';

const ev = (kind: EventKind, at: string): CaseEvent => ({ kind, at });
const filed = ev('filing-approved', '2025-01-10');
const notice = ev('notice-of-intent', '2025-02-20');
const approved = ev('approval', '2025-03-04');
const decided = ev('decision', '2025-03-05');
const revoke = { kinds: ['revoke-license' as const] };

testRule(rule, {
  violation: [
    {
      name: 'no head approval in a known timeline',
      messageId: 'no-approval',
      case: { events: [filed, notice, decided] },
    },
    {
      name: 'approval dated after the decision',
      messageId: 'approval-after',
      case: { events: [filed, notice, decided, ev('approval', '2025-03-06')] },
    },
    {
      name: 'major case without collective discussion',
      messageId: 'no-discussion',
      case: { flags: { major: true }, events: [filed, notice, approved, decided] },
    },
    {
      name: 'licence revoked, discussion after the decision',
      messageId: 'discussion-after',
      case: {
        decision: revoke,
        events: [filed, notice, approved, decided, ev('collective-discussion', '2025-03-07')],
      },
    },
  ],
  review: [
    {
      name: 'approval step unreadable',
      messageId: 'approval-unknown',
      case: { events: [filed, decided], origin: { unreadable: ['events.approval'] } },
    },
    {
      name: 'major case, discussion step unreadable',
      messageId: 'discussion-unknown',
      case: {
        flags: { major: true },
        events: [filed, approved, decided],
        origin: { unreadable: ['events.collective-discussion'] },
      },
    },
    {
      name: 'licence revoked in a case marked not major, no discussion',
      messageId: 'discussion-unclear',
      case: { flags: { major: false }, decision: revoke, events: [filed, approved, decided] },
    },
  ],
  pass: [
    {
      name: 'a major case decided by the heads’ collective discussion, no separate approval form',
      case: {
        decision: { kinds: ['fine'], fineAmount: 500000 },
        flags: { major: true },
        events: [filed, notice, ev('collective-discussion', '2025-03-04'), decided],
      },
    },
    {
      name: 'approval on the decision day, ordinary fine',
      case: {
        decision: { kinds: ['fine'], fineAmount: 5000 },
        events: [filed, notice, ev('approval', '2025-03-05'), decided],
      },
    },
    {
      name: 'major case discussed and approved before the decision',
      case: {
        flags: { major: true },
        decision: revoke,
        events: [filed, notice, ev('collective-discussion', '2025-03-03'), approved, decided],
      },
    },
    {
      name: 'no-penalty decision approved (no collective discussion required)',
      case: {
        flags: { major: true },
        decision: { kinds: [], outcome: 'no-penalty' },
        events: [filed, approved, decided],
      },
    },
  ],
  notApplicable: [
    { name: 'no decision yet', case: { events: [filed, notice] } },
    { name: 'simple procedure', case: { procedure: 'simple', events: [decided] } },
    { name: 'a coercion case', case: { actionType: 'coercion', events: [decided] } },
  ],
});
