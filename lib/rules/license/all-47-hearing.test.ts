import rule from './all-47-hearing';
import { testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'license' } as const;
const requested = { kind: 'hearing-requested', at: '2025-03-03' } as const;
const scheduled = (at: string) => ({ kind: 'hearing-scheduled' as const, at });
const held = (at: string) => ({ kind: 'hearing-held' as const, at });

testRule(rule, {
  violation: [
    {
      name: 'hearing held after 20 working days',
      messageId: 'late',
      case: { ...base, events: [requested, scheduled('2025-03-25'), held('2025-04-10')] },
    },
    {
      name: 'open, requested long ago, not held',
      messageId: 'overdue',
      case: { ...base, status: 'open', events: [{ ...requested, at: '2026-09-01' }] },
    },
    {
      name: 'decided without the requested hearing',
      messageId: 'not-held',
      case: { ...base, events: [requested, { kind: 'license-decision', at: '2025-03-20' }] },
    },
    {
      name: 'notice three working days before the hearing',
      messageId: 'short-notice',
      case: { ...base, events: [requested, scheduled('2025-03-20'), held('2025-03-25')] },
    },
    {
      name: 'hearing held with no notice in the timeline',
      messageId: 'no-notice',
      case: { ...base, events: [requested, held('2025-03-25')] },
    },
  ],
  review: [
    {
      name: 'a page past the period shows no hearing',
      messageId: 'end-unknown',
      case: { ...base, status: 'open', events: [{ ...requested, at: '2026-09-01' }], origin: { adapter: 'generic' } },
    },
    {
      name: 'closed, hearing not recorded, no decision either',
      messageId: 'missing-end',
      case: { ...base, status: 'closed', events: [requested] },
    },
    {
      name: 'decision made, hearing record unreadable',
      messageId: 'missing-end',
      case: {
        ...base,
        events: [requested, { kind: 'license-decision', at: '2025-03-20' }],
        origin: { unreadable: ['events.hearing-held'] },
      },
    },
    {
      name: 'hearing due in two days',
      messageId: 'approaching',
      case: { ...base, status: 'open', events: [{ ...requested, at: '2026-10-30' }] },
    },
    {
      name: 'notice unreadable',
      messageId: 'notice-unknown',
      case: { ...base, events: [requested, held('2025-03-25')], origin: { unreadable: ['events.hearing-scheduled'] } },
    },
  ],
  pass: [
    {
      name: 'notice 11 working days ahead, held within 20',
      case: { ...base, events: [requested, scheduled('2025-03-05'), held('2025-03-20')] },
    },
    {
      name: 'notice exactly seven working days ahead',
      case: { ...base, events: [requested, scheduled('2025-03-11'), held('2025-03-20')] },
    },
    {
      name: 'open and recently requested',
      case: { ...base, status: 'open', events: [{ ...requested, at: '2026-11-20' }] },
    },
  ],
  notApplicable: [
    {
      name: 'application withdrawn after the hearing request, no decision made',
      case: {
        ...base,
        status: 'closed',
        decision: { kinds: [], outcome: 'withdrawn' },
        events: [
          { kind: 'hearing-requested', at: '2026-02-03' },
          { kind: 'closed', at: '2026-02-10' },
        ],
      },
    },
    { name: 'no hearing requested', case: { ...base, events: [{ kind: 'license-decision', at: '2025-03-20' }] } },
    {
      name: 'request withdrawn (waived)',
      case: { ...base, events: [requested, { kind: 'hearing-waived', at: '2025-03-05' }] },
    },
  ],
});
