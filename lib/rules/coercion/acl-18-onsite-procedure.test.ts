import rule from './acl-18-onsite-procedure';
import { testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'coercion' } as const;
const two = ['张三', '李四'];
const applied = { kind: 'coercion-applied', at: '2025-03-03', officers: two } as const;
const record = { kind: 'on-site-record', at: '2025-03-03', officers: two } as const;

testRule(rule, {
  violation: [
    {
      name: 'one officer on the measure',
      messageId: 'too-few-officers',
      case: { ...base, events: [{ ...applied, officers: ['张三'] }, record] },
    },
    {
      name: 'the same officer listed twice',
      messageId: 'too-few-officers',
      case: { ...base, events: [{ ...applied, officers: ['张三', '张三'] }, record] },
    },
    {
      name: 'only one officer on the whole case',
      messageId: 'too-few-officers',
      case: {
        ...base,
        officers: [{ name: '张三', roles: ['handler'] }],
        events: [{ kind: 'coercion-applied', at: '2025-03-03' }, record],
      },
    },
    {
      name: 'no on-site record in the timeline',
      messageId: 'no-record',
      case: { ...base, events: [applied] },
    },
  ],
  review: [
    {
      name: 'a page lists one officer on the case but none on the measure',
      messageId: 'officers-few-on-page',
      case: {
        ...base,
        officers: [{ name: '张三', roles: ['handler'] }],
        events: [{ kind: 'coercion-applied', at: '2025-03-03' }, record],
        origin: { adapter: 'generic' },
      },
    },
    {
      name: 'no officers recorded anywhere',
      messageId: 'officers-unknown',
      case: { ...base, events: [{ kind: 'coercion-applied', at: '2025-03-03' }, record] },
    },
    {
      name: 'on-site record unreadable',
      messageId: 'record-unknown',
      case: { ...base, events: [applied], origin: { unreadable: ['events.on-site-record'] } },
    },
    {
      name: 'party absent and no witness',
      messageId: 'no-witness',
      case: { ...base, flags: { partyPresent: false }, events: [applied, record] },
    },
    {
      name: 'party did not sign and no refusal is noted',
      messageId: 'unsigned',
      case: { ...base, flags: { partyPresent: true, partySigned: false }, events: [applied, record] },
    },
  ],
  pass: [
    {
      name: 'two officers, record, party present and signed',
      case: { ...base, flags: { partyPresent: true, partySigned: true }, events: [applied, record] },
    },
    {
      name: 'party absent, witness signed the record',
      case: {
        ...base,
        flags: { partyPresent: false, partySigned: false },
        events: [applied, { ...record, data: { witness: '王五（社区工作人员）', refusalNoted: false } }],
      },
    },
    {
      name: 'refusal to sign noted in the record',
      case: {
        ...base,
        flags: { partyPresent: true, partySigned: false },
        events: [applied, { ...record, data: { refusalNoted: true } }],
      },
    },
    {
      name: 'freezing: party presence and signature items do not apply',
      case: {
        ...base,
        flags: { partyPresent: false, partySigned: false },
        events: [{ ...applied, data: { measure: 'freezing' } }, record],
      },
    },
    {
      name: 'two officers from the case list when the event has none',
      case: {
        ...base,
        officers: [
          { name: '张三', roles: ['handler'] },
          { name: '李四', roles: ['investigator'] },
        ],
        events: [{ kind: 'coercion-applied', at: '2025-03-03' }, record],
      },
    },
  ],
  notApplicable: [
    { name: 'no measure applied', case: { ...base, events: [record] } },
    { name: 'a licence case', case: { actionType: 'license', events: [applied] } },
  ],
});
