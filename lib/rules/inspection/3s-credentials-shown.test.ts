import rule from './3s-credentials-shown';
import { testRule } from '../../../test/helpers/rule-tester';
import type { CaseEvent } from '../../case/schema';

const inspected = { kind: 'inspection', at: '2026-03-10', officers: ['张三', '李四'] } satisfies CaseEvent;
const shown = { kind: 'credentials-shown', at: '2026-03-10' } as const;
const filed = { kind: 'filing-approved', at: '2026-03-12' } as const;

testRule(rule, {
  violation: [
    {
      name: 'penalty case: inspection and inquiry with no credentials shown',
      messageId: 'missing',
      case: {
        events: [inspected, filed, { kind: 'inquiry', at: '2026-03-15' }, { kind: 'decision', at: '2026-04-20' }],
      },
    },
    {
      name: 'the inspection record says credentials were not shown',
      messageId: 'not-shown',
      case: {
        actionType: 'inspection',
        events: [shown, { ...inspected, data: { credentialsShown: false } }],
      },
    },
    {
      name: 'inspection case that turned into a penalty case, no credentials recorded',
      messageId: 'missing',
      case: { actionType: 'inspection', events: [inspected, filed] },
    },
    {
      name: 'on-the-spot penalty decision without credentials',
      messageId: 'missing',
      case: { procedure: 'simple', flags: { onSite: true }, events: [{ kind: 'decision', at: '2026-05-06T10:20' }] },
    },
  ],
  review: [
    {
      name: 'plain inspection case, no credentials recorded',
      messageId: 'missing-inspection',
      case: { actionType: 'inspection', events: [inspected] },
    },
    {
      name: 'credentials recorded only after the first inspection',
      messageId: 'late',
      case: { events: [inspected, filed, { kind: 'credentials-shown', at: '2026-03-15' }] },
    },
    {
      name: 'credentials record unreadable',
      messageId: 'unknown',
      case: { events: [inspected, filed], origin: { unreadable: ['events.credentials-shown'] } },
    },
  ],
  pass: [
    { name: 'credentials shown on the inspection day', case: { events: [shown, inspected, filed] } },
    {
      name: 'the inspection record notes 出示执法证件',
      case: { actionType: 'inspection', events: [{ ...inspected, note: '执法人员出示执法证件后开展检查' }] },
    },
    {
      name: 'marked in the inspection data',
      case: { events: [{ ...inspected, data: { credentialsShown: true } }, filed] },
    },
  ],
  notApplicable: [
    { name: 'no on-site step', case: { events: [filed, { kind: 'decision', at: '2026-04-20' }] } },
    { name: 'a licence case', case: { actionType: 'license', events: [inspected] } },
    {
      name: 'general-procedure decision is not an on-site step',
      case: { events: [{ kind: 'decision', at: '2026-04-20' }] },
    },
  ],
});
