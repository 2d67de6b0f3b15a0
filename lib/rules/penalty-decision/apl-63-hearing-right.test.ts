import type { CaseEvent, EventKind } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';
import rule from './apl-63-hearing-right';

const ev = (kind: EventKind, at: string, data?: Record<string, unknown>): CaseEvent => ({
  kind,
  at,
  ...(data ? { data } : {}),
});
const filed = ev('filing-approved', '2025-01-10');
const decided = ev('decision', '2025-03-05');
const notified = ev('notice-of-intent', '2025-02-20', { hearingRight: true });
// Jinan profile: business organisation 10,000 yuan, organisation 5,000, business person 3,000, person 1,000;
// confiscation: organisation 10,000, person 3,000.
const company = { kind: 'legal-person' as const, name: '济南某某超市有限公司', isEnterprise: true };
const bigFine = { kinds: ['fine' as const], fineAmount: 50_000 };

testRule(rule, {
  violation: [
    {
      name: 'a local agency fines a citizen 1,500 (Jinan person threshold 1,000) without the hearing right',
      messageId: 'not-told',
      case: {
        agency: { name: '济南市自然资源和规划局' },
        party: { kind: 'person', isEnterprise: false },
        decision: { kinds: ['fine'], fineAmount: 1500 },
        events: [filed, ev('notice-of-intent', '2025-02-20', { hearingRight: false }), decided],
      },
    },
    {
      name: 'larger fine, the prior notice says no hearing right, no hearing notice',
      messageId: 'not-told',
      case: {
        party: company,
        decision: bigFine,
        events: [filed, ev('notice-of-intent', '2025-02-20', { hearingRight: false }), decided],
      },
    },
    {
      name: 'licence revoked, no notice at all in a known timeline',
      messageId: 'not-told',
      case: { decision: { kinds: ['revoke-license'] }, events: [filed, decided] },
    },
    {
      name: 'hearing notice dated after the decision',
      messageId: 'told-after',
      case: {
        decision: { kinds: ['order-suspension'] },
        events: [
          filed,
          ev('notice-of-intent', '2025-02-20', { hearingRight: false }),
          decided,
          ev('hearing-notice', '2025-03-06'),
        ],
      },
    },
    {
      name: 'confiscation of 20,000 yuan from a company, right not given',
      messageId: 'not-told',
      case: {
        party: company,
        decision: { kinds: ['confiscate-gains'], illegalGains: 20_000 },
        events: [filed, ev('notice-of-intent', '2025-02-20', { hearingRight: false }), decided],
      },
    },
    {
      name: 'timely request, decision without a hearing',
      messageId: 'not-held',
      case: {
        party: company,
        decision: bigFine,
        events: [filed, notified, ev('hearing-requested', '2025-02-24'), decided],
      },
    },
  ],
  review: [
    {
      name: 'the prior notice does not say whether it gave the hearing right',
      messageId: 'notice-unclear',
      case: { party: company, decision: bigFine, events: [filed, ev('notice-of-intent', '2025-02-20'), decided] },
    },
    {
      name: 'organisation fined 7,000 yuan, business status unknown',
      messageId: 'maybe',
      case: {
        party: { kind: 'legal-person' },
        decision: { kinds: ['fine'], fineAmount: 7000 },
        events: [filed, ev('notice-of-intent', '2025-02-20', { hearingRight: false }), decided],
      },
    },
    {
      name: 'a tax bureau (vertical administration) fines a citizen 1,500: the provincial threshold is only a hint',
      messageId: 'maybe',
      case: {
        agency: { name: '国家税务总局济南市市中区税务局' },
        party: { kind: 'person', isEnterprise: false },
        decision: { kinds: ['fine'], fineAmount: 1500 },
        events: [filed, ev('notice-of-intent', '2025-02-20', { hearingRight: false }), decided],
      },
    },
    {
      name: 'restriction of business activities only',
      messageId: 'maybe',
      case: { decision: { kinds: ['restrict-activity'] }, events: [filed, decided] },
    },
    {
      name: 'hearing notice unreadable',
      messageId: 'unknown',
      case: {
        decision: { kinds: ['order-closure'] },
        events: [filed, decided],
        origin: { unreadable: ['events.hearing-notice'] },
      },
    },
    {
      name: 'organisation of unknown business status fined 7,000 yuan, timely request, no hearing',
      messageId: 'maybe-not-held',
      case: {
        party: { kind: 'legal-person' },
        decision: { kinds: ['fine'], fineAmount: 7000 },
        events: [filed, ev('hearing-notice', '2025-02-20'), ev('hearing-requested', '2025-02-24'), decided],
      },
    },
    {
      name: 'request made, hearing record unreadable',
      messageId: 'held-unknown',
      case: {
        party: company,
        decision: bigFine,
        events: [filed, notified, ev('hearing-requested', '2025-02-24'), decided],
        origin: { unreadable: ['events.hearing-held'] },
      },
    },
  ],
  pass: [
    {
      name: 'the prior notice’s note states the right to ask for a hearing',
      case: {
        party: company,
        decision: bigFine,
        events: [
          filed,
          { kind: 'notice-of-intent', at: '2025-02-20', note: '告知拟处罚内容及陈述、申辩、要求听证的权利' },
          decided,
        ],
      },
    },
    {
      name: 'hearing notice before the decision, no request',
      case: { party: company, decision: bigFine, events: [filed, ev('hearing-notice', '2025-02-20'), decided] },
    },
    {
      name: 'right in the prior notice, hearing requested and held',
      case: {
        party: company,
        decision: bigFine,
        events: [
          filed,
          notified,
          ev('hearing-requested', '2025-02-24'),
          ev('hearing-scheduled', '2025-02-25'),
          ev('hearing-held', '2025-03-04'),
          decided,
        ],
      },
    },
    {
      name: 'request later withdrawn',
      case: {
        party: company,
        decision: bigFine,
        events: [filed, notified, ev('hearing-requested', '2025-02-24'), ev('hearing-waived', '2025-02-26'), decided],
      },
    },
    {
      name: 'request 9 working days after the notice, no hearing (timing is apl-64)',
      case: {
        party: company,
        decision: bigFine,
        events: [filed, notified, ev('hearing-requested', '2025-03-05'), ev('decision', '2025-03-10')],
      },
    },
  ],
  notApplicable: [
    {
      name: 'person fined 500 yuan',
      case: {
        party: { kind: 'person', isEnterprise: false },
        decision: { kinds: ['fine'], fineAmount: 500 },
        events: [filed, decided],
      },
    },
    { name: 'warning only', case: { decision: { kinds: ['warning'] }, events: [filed, decided] } },
    { name: 'no decision yet', case: { decision: bigFine, party: company, events: [filed] } },
    {
      name: 'simple procedure',
      case: { procedure: 'simple', decision: { kinds: ['fine'], fineAmount: 200 }, events: [decided] },
    },
  ],
});
