import rule from './all-32-one-time-notice';
import { testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'license' } as const;
const received = { kind: 'application-received', at: '2025-03-03' } as const;

testRule(rule, {
  violation: [
    {
      name: 'correction notice seven working days after receipt',
      messageId: 'late',
      case: { ...base, events: [received, { kind: 'correction-requested', at: '2025-03-12' }] },
    },
    {
      name: 'two correction notices',
      messageId: 'repeated',
      case: {
        ...base,
        events: [
          received,
          { kind: 'correction-requested', at: '2025-03-04' },
          { kind: 'correction-requested', at: '2025-03-10' },
        ],
      },
    },
    {
      name: 'two notices on the same materials, a resubmission only after both',
      messageId: 'repeated',
      case: {
        ...base,
        events: [
          received,
          { kind: 'correction-requested', at: '2025-03-04' },
          { kind: 'correction-requested', at: '2025-03-06' },
          { kind: 'application-received', at: '2025-03-10' },
        ],
      },
    },
  ],
  review: [
    {
      name: 'a second notice after the applicant handed in corrected and new materials',
      messageId: 'repeated-after-resubmission',
      case: {
        ...base,
        events: [
          received,
          { kind: 'correction-requested', at: '2025-03-04' },
          { kind: 'application-received', at: '2025-03-07', note: '提交补正材料' },
          { kind: 'correction-requested', at: '2025-03-10' },
        ],
      },
    },
    {
      name: 'notice period runs into an uncovered year',
      messageId: 'uncertain',
      case: {
        ...base,
        events: [
          { kind: 'application-received', at: '2026-12-28' },
          { kind: 'correction-requested', at: '2027-01-08' },
        ],
      },
    },
  ],
  pass: [
    {
      name: 'one notice on the fifth working day',
      case: { ...base, events: [received, { kind: 'correction-requested', at: '2025-03-10' }] },
    },
    {
      name: 'one notice on the spot',
      case: { ...base, events: [received, { kind: 'correction-requested', at: '2025-03-03' }] },
    },
  ],
  notApplicable: [
    {
      name: 'no correction needed',
      case: { ...base, events: [received, { kind: 'application-accepted', at: '2025-03-03' }] },
    },
    {
      name: 'a coercion case',
      case: { actionType: 'coercion', events: [received, { kind: 'correction-requested', at: '2025-03-20' }] },
    },
  ],
});
