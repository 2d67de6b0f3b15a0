import rule from './all-44-certificate';
import { testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'license' as const, decision: { kinds: [], outcome: 'granted' as const } };
const decided = { kind: 'license-decision', at: '2025-03-03' } as const;

testRule(rule, {
  violation: [
    {
      name: 'certificate delivered after ten working days',
      messageId: 'late',
      case: { ...base, events: [decided, { kind: 'delivery', at: '2025-03-20' }] },
    },
    {
      name: 'delivered on the Saturday after a Friday due date',
      messageId: 'late',
      case: {
        ...base,
        events: [
          { ...decided, at: '2025-03-07' },
          { kind: 'delivery', at: '2025-03-22' },
        ],
      },
    },
    {
      name: 'open, granted, never delivered',
      messageId: 'overdue',
      case: { ...base, status: 'open', events: [{ ...decided, at: '2026-10-01' }] },
    },
    {
      name: 'outcome given on the event',
      messageId: 'late',
      case: {
        actionType: 'license',
        events: [
          { ...decided, data: { outcome: 'granted' } },
          { kind: 'delivery', at: '2025-03-20' },
        ],
      },
    },
  ],
  review: [
    {
      name: 'a page shows no delivery of the granted licence',
      messageId: 'end-unknown',
      case: { ...base, status: 'open', events: [{ ...decided, at: '2026-10-01' }], origin: { adapter: 'generic' } },
    },
    {
      name: 'late delivery but the outcome is not recorded',
      messageId: 'outcome-unknown',
      case: { actionType: 'license', events: [decided, { kind: 'delivery', at: '2025-03-20' }] },
    },
    {
      name: 'due tomorrow',
      messageId: 'approaching',
      case: { ...base, status: 'open', events: [{ ...decided, at: '2026-11-12' }] },
    },
    {
      name: 'closed with no delivery',
      messageId: 'missing-end',
      case: { ...base, status: 'closed', events: [decided] },
    },
  ],
  pass: [
    {
      name: 'delivered on the tenth working day',
      case: { ...base, events: [decided, { kind: 'delivery', at: '2025-03-17' }] },
    },
    { name: 'delivered the same day', case: { ...base, events: [decided, { kind: 'delivery', at: '2025-03-03' }] } },
    { name: 'open, within the period', case: { ...base, status: 'open', events: [{ ...decided, at: '2026-11-23' }] } },
  ],
  notApplicable: [
    {
      name: 'refused',
      case: { actionType: 'license', decision: { kinds: [], outcome: 'refused' }, events: [decided] },
    },
    { name: 'no decision yet', case: { ...base, events: [{ kind: 'application-accepted', at: '2025-03-03' }] } },
  ],
});
