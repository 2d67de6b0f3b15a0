import rule from './biz-repeat-inspection';
import { testRule } from '../../../test/helpers/rule-tester';

const enterprise = { kind: 'legal-person', isEnterprise: true } as const;
const routine = { actionType: 'inspection', source: 'inspection', party: enterprise } as const;

testRule(rule, {
  violation: [
    {
      name: 'second routine inspection 12 days after the first (window 30 days)',
      messageId: 'repeat',
      case: {
        ...routine,
        events: [
          { kind: 'inspection', at: '2026-03-10' },
          { kind: 'inspection', at: '2026-03-22' },
        ],
      },
    },
    {
      name: 'three inspections in one year, cap 2, each more than 30 days apart',
      messageId: 'cap',
      case: {
        ...routine,
        events: [
          { kind: 'inspection', at: '2026-02-10' },
          { kind: 'inspection', at: '2026-06-10' },
          { kind: 'inspection', at: '2026-10-10' },
        ],
      },
    },
  ],
  review: [
    {
      name: 'source not recorded: a targeted check cannot be ruled out',
      messageId: 'repeat-check',
      case: {
        actionType: 'inspection',
        party: enterprise,
        events: [
          { kind: 'inspection', at: '2026-03-10' },
          { kind: 'inspection', at: '2026-03-22' },
        ],
      },
    },
    {
      name: 'party status unknown, over the cap',
      messageId: 'cap-check',
      case: {
        actionType: 'inspection',
        source: 'inspection',
        events: [
          { kind: 'inspection', at: '2026-02-10' },
          { kind: 'inspection', at: '2026-06-10' },
          { kind: 'inspection', at: '2026-10-10' },
        ],
      },
    },
  ],
  pass: [
    {
      name: 'a check of the rectification worded 对整改情况进行检查 is a follow-up, not a second visit',
      case: {
        ...routine,
        events: [
          { kind: 'inspection', at: '2026-03-10' },
          { kind: 'inspection', at: '2026-03-30', note: '对整改情况进行检查' },
        ],
      },
    },
    {
      name: 'two inspections months apart',
      case: {
        ...routine,
        events: [
          { kind: 'inspection', at: '2026-03-10' },
          { kind: 'inspection', at: '2026-09-10' },
        ],
      },
    },
    {
      name: 'a re-check of the rectification (复查) within the window',
      case: {
        ...routine,
        events: [
          { kind: 'inspection', at: '2026-03-10' },
          { kind: 'inspection', at: '2026-03-25', note: '整改复查' },
        ],
      },
    },
    {
      name: 'a tracking check of the rectification (跟踪检查, data.purpose) within the window',
      case: {
        ...routine,
        events: [
          { kind: 'inspection', at: '2026-09-08' },
          { kind: 'inspection', at: '2026-09-22', data: { purpose: 'follow-up' }, note: '整改期满后的跟踪检查' },
        ],
      },
    },
    {
      name: 'follow-up marked in data, and one visit recorded twice on the same day',
      case: {
        ...routine,
        events: [
          { kind: 'inspection', at: '2026-03-10T09:00' },
          { kind: 'inspection', at: '2026-03-10T15:00' },
          { kind: 'inspection', at: '2026-03-20', data: { followUp: true } },
        ],
      },
    },
    {
      name: 'three inspections spread over two years stay within the yearly cap',
      case: {
        ...routine,
        events: [
          { kind: 'inspection', at: '2025-06-10' },
          { kind: 'inspection', at: '2025-11-10' },
          { kind: 'inspection', at: '2026-04-10' },
        ],
      },
    },
  ],
  notApplicable: [
    {
      name: 'complaint-driven checks',
      case: {
        actionType: 'inspection',
        source: 'complaint',
        party: enterprise,
        events: [
          { kind: 'inspection', at: '2026-03-10' },
          { kind: 'inspection', at: '2026-03-12' },
        ],
      },
    },
    {
      name: 'no inspection recorded',
      case: { ...routine, events: [{ kind: 'inspection-planned', at: '2026-03-01' }] },
    },
    {
      name: 'not a market entity',
      case: { actionType: 'inspection', party: { kind: 'person', isEnterprise: false } },
    },
    { name: 'a licence case', case: { actionType: 'license' } },
  ],
});
