import rule from './all-34-verification-staff';
import { testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'license' } as const;

testRule(rule, {
  violation: [
    {
      name: 'verification by one staff member',
      messageId: 'too-few',
      case: { ...base, events: [{ kind: 'inspection', at: '2025-03-10', officers: ['张三'] }] },
    },
    {
      name: 'one name listed twice',
      messageId: 'too-few',
      case: { ...base, events: [{ kind: 'inspection', at: '2025-03-10', officers: ['张三', '张三'] }] },
    },
    {
      name: 'second of two verifications by one person',
      messageId: 'too-few',
      case: {
        ...base,
        events: [
          { kind: 'inspection', at: '2025-03-10', officers: ['张三', '李四'] },
          { kind: 'inspection', at: '2025-03-12', officers: ['李四'] },
        ],
      },
    },
  ],
  review: [
    {
      name: 'staff not recorded',
      messageId: 'unknown',
      case: { ...base, events: [{ kind: 'inspection', at: '2025-03-10' }] },
    },
  ],
  pass: [
    {
      name: 'two staff',
      case: { ...base, events: [{ kind: 'inspection', at: '2025-03-10', officers: ['张三', '李四'] }] },
    },
    {
      name: 'three staff',
      case: { ...base, events: [{ kind: 'inspection', at: '2025-03-10', officers: ['张三', '李四', '王五'] }] },
    },
  ],
  notApplicable: [
    {
      name: 'no on-site verification',
      case: { ...base, events: [{ kind: 'application-accepted', at: '2025-03-03' }] },
    },
    { name: 'a penalty case', case: { events: [{ kind: 'inspection', at: '2025-03-10', officers: ['张三'] }] } },
  ],
});
