import rule from './acl-18-credentials';
import { testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'coercion' } as const;
const applied = { kind: 'coercion-applied', at: '2025-03-03T10:00' } as const;
const shown = { kind: 'credentials-shown', at: '2025-03-03T09:50' } as const;

testRule(rule, {
  violation: [
    {
      name: 'no ID shown in the timeline',
      messageId: 'not-shown',
      case: { ...base, events: [applied, { kind: 'on-site-record', at: '2025-03-03' }] },
    },
    {
      name: 'ID shown after the measure the same day',
      messageId: 'shown-late',
      case: { ...base, events: [applied, { kind: 'credentials-shown', at: '2025-03-03T10:30' }] },
    },
    {
      name: 'ID shown the next day',
      messageId: 'shown-late',
      case: { ...base, events: [applied, { kind: 'credentials-shown', at: '2025-03-04' }] },
    },
    {
      name: 'party absent and never notified',
      messageId: 'party-not-notified',
      case: { ...base, flags: { partyPresent: false }, events: [applied, shown] },
    },
  ],
  review: [
    {
      name: 'ID shown only at an earlier inspection',
      messageId: 'shown-earlier',
      case: { ...base, events: [{ kind: 'credentials-shown', at: '2025-02-20' }, applied] },
    },
    {
      name: 'ID record unreadable',
      messageId: 'credentials-unknown',
      case: { ...base, events: [applied], origin: { unreadable: ['events.credentials-shown'] } },
    },
    {
      name: 'party absent, notice unreadable',
      messageId: 'notice-unknown',
      case: {
        ...base,
        flags: { partyPresent: false },
        events: [applied, shown],
        origin: { unreadable: ['events.party-notified'] },
      },
    },
  ],
  pass: [
    { name: 'ID shown before the measure', case: { ...base, flags: { partyPresent: true }, events: [applied, shown] } },
    {
      name: 'same day, no clock times',
      case: {
        ...base,
        events: [
          { kind: 'coercion-applied', at: '2025-03-03' },
          { kind: 'credentials-shown', at: '2025-03-03' },
        ],
      },
    },
    {
      name: 'party absent but notified',
      case: {
        ...base,
        flags: { partyPresent: false },
        events: [{ kind: 'party-notified', at: '2025-03-03T08:00' }, shown, applied],
      },
    },
    {
      name: 'freezing: notifying the party is not required',
      case: { ...base, flags: { partyPresent: false }, events: [{ ...applied, data: { measure: '冻结' } }, shown] },
    },
  ],
  notApplicable: [
    { name: 'no measure applied', case: { ...base, events: [shown] } },
    { name: 'a penalty case', case: { events: [applied] } },
  ],
});
