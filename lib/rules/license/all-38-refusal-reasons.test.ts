import rule from './all-38-refusal-reasons';
import { testRule } from '../../../test/helpers/rule-tester';

const refused = { actionType: 'license' as const, decision: { kinds: [], outcome: 'refused' as const } };
const decided = { kind: 'license-decision', at: '2025-03-20' } as const;

testRule(rule, {
  violation: [
    {
      name: 'refusal recorded as giving no reasons',
      messageId: 'no-reason',
      case: { ...refused, events: [{ ...decided, data: { reasonStated: false } }] },
    },
    {
      name: 'refusal without notice of remedies',
      messageId: 'no-remedy',
      case: {
        actionType: 'license',
        decision: { kinds: [], outcome: 'refused', summary: '申请人不具备法定条件' },
        events: [{ ...decided, data: { remedyNotice: false } }],
      },
    },
    {
      name: 'rejection recorded as giving no reasons',
      messageId: 'rejected-no-reason',
      case: {
        actionType: 'license',
        events: [
          { kind: 'application-received', at: '2025-03-03' },
          { kind: 'application-rejected', at: '2025-03-03', data: { reasonStated: false } },
        ],
      },
    },
  ],
  review: [
    { name: 'refusal with no reasons on record', messageId: 'reason-unknown', case: { ...refused, events: [decided] } },
    {
      name: 'rejection with no reasons on record',
      messageId: 'rejected-reason-unknown',
      case: { actionType: 'license', events: [{ kind: 'application-rejected', at: '2025-03-03' }] },
    },
  ],
  pass: [
    {
      name: 'refusal with reasons and remedies',
      case: {
        actionType: 'license',
        decision: { kinds: [], outcome: 'refused', summary: '经现场核查，经营场所不符合卫生条件' },
        events: [{ ...decided, data: { remedyNotice: true } }],
      },
    },
    {
      name: 'refusal outcome and reason on the event',
      case: { actionType: 'license', events: [{ ...decided, data: { outcome: 'refused', reason: '不符合规划条件' } }] },
    },
    {
      name: 'rejection with a note',
      case: {
        actionType: 'license',
        events: [
          { kind: 'application-rejected', at: '2025-03-03', note: '不属于本机关职权范围，已告知向区住建局申请' },
        ],
      },
    },
  ],
  notApplicable: [
    {
      name: 'granted',
      case: { actionType: 'license', decision: { kinds: [], outcome: 'granted' }, events: [decided] },
    },
    {
      name: 'no decision yet',
      case: { actionType: 'license', events: [{ kind: 'application-accepted', at: '2025-03-03' }] },
    },
  ],
});
