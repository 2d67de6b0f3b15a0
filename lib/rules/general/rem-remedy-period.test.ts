import rule from './rem-remedy-period';
import { testRule } from '../../../test/helpers/rule-tester';

const decision = (data: Record<string, unknown>) => ({ kind: 'decision', at: '2026-05-06', data }) as const;

testRule(rule, {
  violation: [
    {
      name: 'review period stated as 15 days (old text)',
      messageId: 'review-short',
      case: { events: [decision({ reviewDays: 15, suitMonths: 6 })] },
    },
    {
      name: 'licence refusal with a 30-day review period, given as a string',
      messageId: 'review-short',
      case: {
        actionType: 'license',
        events: [{ kind: 'license-decision', at: '2026-05-06', data: { reviewDays: '30' } }],
      },
    },
  ],
  review: [
    {
      name: 'suit period stated as 3 months: a special law may provide otherwise',
      messageId: 'suit-differs',
      case: { events: [decision({ reviewDays: 60, suitMonths: 3 })] },
    },
    {
      name: 'review period longer than 60 days',
      messageId: 'review-long',
      case: { actionType: 'coercion', events: [decision({ reviewDays: 90 })] },
    },
    {
      name: 'unreadable period',
      messageId: 'unreadable',
      case: { events: [decision({ reviewDays: '六十日' })] },
    },
  ],
  pass: [
    { name: '60 days and 6 months', case: { events: [decision({ reviewDays: 60, suitMonths: 6 })] } },
    {
      name: 'only the review period stated, correctly',
      case: { actionType: 'inspection', events: [decision({ reviewDays: 60 })] },
    },
  ],
  notApplicable: [
    { name: 'periods not extracted', case: { events: [{ kind: 'decision', at: '2026-05-06' }] } },
    { name: 'no decision', case: { events: [{ kind: 'filing-approved', at: '2026-03-02' }] } },
    {
      name: 'periods on a non-decision step are ignored',
      case: { events: [{ kind: 'notice-of-intent', at: '2026-04-20', data: { reviewDays: 15 } }] },
    },
  ],
});
