import rule from './biz-inspection-results';
import { testRule } from '../../../test/helpers/rule-tester';

const drawn = { kind: 'random-selection', at: '2026-03-02' } as const;
const inspected = { kind: 'inspection', at: '2026-03-10' } as const;
const closed = { kind: 'closed', at: '2026-04-01' } as const;

testRule(rule, {
  violation: [
    {
      name: 'closed random check with no published results',
      messageId: 'random-missing',
      case: { actionType: 'inspection', events: [drawn, inspected, closed] },
    },
  ],
  review: [
    {
      name: 'closed non-random inspection with no publication',
      messageId: 'missing',
      case: { actionType: 'inspection', status: 'closed', events: [inspected] },
    },
    {
      name: 'publication record unreadable',
      messageId: 'unknown',
      case: {
        actionType: 'inspection',
        events: [drawn, inspected, closed],
        origin: { unreadable: ['events.results-published'] },
      },
    },
    {
      name: 'publication dated before the last inspection',
      messageId: 'before-inspection',
      case: {
        actionType: 'inspection',
        events: [drawn, { kind: 'results-published', at: '2026-03-05' }, inspected, closed],
      },
    },
  ],
  pass: [
    {
      name: 'results published after the inspection',
      case: {
        actionType: 'inspection',
        events: [drawn, inspected, { kind: 'results-published', at: '2026-03-20' }, closed],
      },
    },
  ],
  notApplicable: [
    { name: 'still open', case: { actionType: 'inspection', status: 'open', events: [drawn, inspected] } },
    { name: 'closed before any inspection', case: { actionType: 'inspection', events: [drawn, closed] } },
    { name: 'a penalty case', case: { actionType: 'penalty', events: [inspected, closed] } },
  ],
});
