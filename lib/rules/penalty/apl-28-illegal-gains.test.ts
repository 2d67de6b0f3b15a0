import rule from './apl-28-illegal-gains';
import { testRule } from '../../../test/helpers/rule-tester';

testRule(rule, {
  violation: [
    {
      name: 'more confiscated than the gains established',
      messageId: 'over-confiscated',
      case: { decision: { kinds: ['fine', 'confiscate-gains'], illegalGains: 1000, confiscatedAmount: 1500 } },
    },
    {
      name: 'gains recorded as 0 but an amount confiscated',
      messageId: 'over-confiscated',
      case: { decision: { kinds: ['confiscate-gains'], illegalGains: 0, confiscatedAmount: 300 } },
    },
  ],
  review: [
    {
      name: 'gains established but not confiscated (a refund may be due)',
      messageId: 'not-confiscated',
      case: { decision: { kinds: ['fine'], fineAmount: 5000, illegalGains: 800 } },
    },
    {
      name: 'confiscation of gains with no gains amount',
      messageId: 'gains-unknown',
      case: { decision: { kinds: ['confiscate-gains'] } },
    },
    {
      name: 'confiscation of gains recorded as 0',
      messageId: 'no-gains',
      case: { decision: { kinds: ['warning', 'confiscate-gains'], illegalGains: 0 } },
    },
  ],
  pass: [
    {
      name: 'gains refunded to the consumers, so not confiscated (Art. 28(2) exception)',
      case: {
        decision: {
          kinds: ['fine'],
          fineAmount: 20000,
          illegalGains: 8000,
          summary: '罚款2万元；违法所得8000元已依法退赔消费者，不予没收。',
        },
      },
    },
    {
      name: 'gains confiscated in full',
      case: { decision: { kinds: ['fine', 'confiscate-gains'], illegalGains: 1000, confiscatedAmount: 1000 } },
    },
    { name: 'no gains', case: { decision: { kinds: ['fine'], fineAmount: 5000, illegalGains: 0 } } },
    {
      name: 'gains and property confiscated together (the amount covers both)',
      case: {
        decision: { kinds: ['confiscate-gains', 'confiscate-property'], illegalGains: 1000, confiscatedAmount: 5000 },
      },
    },
  ],
  notApplicable: [
    { name: 'gains not recorded', case: { decision: { kinds: ['fine'], fineAmount: 5000 } } },
    { name: 'no decision', case: {} },
    { name: 'decided not to penalise', case: { decision: { kinds: [], illegalGains: 800, outcome: 'no-penalty' } } },
    { name: 'a licence case', case: { actionType: 'license', decision: { kinds: ['fine'], illegalGains: 800 } } },
  ],
});
