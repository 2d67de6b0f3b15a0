import rule from './biz-random-inspection';
import { testRule } from '../../../test/helpers/rule-tester';

const enterprise = { kind: 'legal-person', name: '济南某某商贸有限公司', isEnterprise: true } as const;
const inspected = { kind: 'inspection', at: '2026-03-10' } as const;
const routinePlan = { kind: 'inspection-planned', at: '2026-03-01', data: { mode: 'random' } } as const;

testRule(rule, {
  violation: [
    {
      name: 'routine check outside the key sectors with no random draw',
      messageId: 'missing',
      case: { actionType: 'inspection', source: 'inspection', party: enterprise, events: [routinePlan, inspected] },
    },
    {
      name: 'plan says not a key sector (keySector false), source not recorded',
      messageId: 'missing',
      case: {
        actionType: 'inspection',
        party: enterprise,
        events: [{ kind: 'inspection-planned', at: '2026-03-01', data: { keySector: false } }, inspected],
      },
    },
  ],
  review: [
    {
      name: 'routine check, plan does not say whether the sector is a key one',
      messageId: 'check-exception',
      case: { actionType: 'inspection', source: 'inspection', party: enterprise, events: [inspected] },
    },
    {
      name: 'the draw record could not be read',
      messageId: 'unknown',
      case: {
        actionType: 'inspection',
        source: 'inspection',
        party: enterprise,
        events: [routinePlan, inspected],
        origin: { unreadable: ['events.random-selection'] },
      },
    },
    {
      name: 'party status unknown: never accused',
      messageId: 'check-exception',
      case: { actionType: 'inspection', source: 'inspection', events: [routinePlan, inspected] },
    },
  ],
  pass: [
    {
      name: 'random draw recorded',
      case: {
        actionType: 'inspection',
        source: 'inspection',
        party: enterprise,
        events: [routinePlan, { kind: 'random-selection', at: '2026-03-02' }, inspected],
      },
    },
  ],
  notApplicable: [
    {
      name: 'complaint-driven targeted check',
      case: { actionType: 'inspection', source: 'complaint', party: enterprise, events: [inspected] },
    },
    {
      name: 'referral',
      case: { actionType: 'inspection', source: 'referral', party: enterprise, events: [inspected] },
    },
    {
      name: 'key-sector supervision',
      case: {
        actionType: 'inspection',
        source: 'inspection',
        party: enterprise,
        events: [{ kind: 'inspection-planned', at: '2026-03-01', data: { keySector: true } }, inspected],
      },
    },
    {
      name: 'not a market entity',
      case: {
        actionType: 'inspection',
        source: 'inspection',
        party: { kind: 'person', isEnterprise: false },
        events: [inspected],
      },
    },
    { name: 'no inspection yet', case: { actionType: 'inspection', party: enterprise, events: [routinePlan] } },
    { name: 'a penalty case', case: { actionType: 'penalty', party: enterprise, events: [inspected] } },
  ],
});
