import rule from './apl-51-simplified';
import { testRule } from '../../../test/helpers/rule-tester';

const person = { kind: 'person', name: '王某' } as const;
const company = { kind: 'legal-person', name: '济南某某有限公司' } as const;

testRule(rule, {
  violation: [
    {
      name: 'a citizen fined 500 yuan on the spot',
      messageId: 'person-over-cap',
      case: { procedure: 'simple', party: person, decision: { kinds: ['fine'], fineAmount: 500 } },
    },
    {
      name: 'a company fined 5,000 yuan on the spot',
      messageId: 'organisation-over-cap',
      case: { procedure: 'simple', party: company, decision: { kinds: ['fine'], fineAmount: 5000 } },
    },
    {
      name: 'an unknown party fined 5,000 yuan (over both limits)',
      messageId: 'over-both-caps',
      case: { procedure: 'simple', decision: { kinds: ['fine'], fineAmount: 5000 } },
    },
    {
      name: 'property confiscated on the spot',
      messageId: 'other-sanction',
      case: { procedure: 'simple', party: company, decision: { kinds: ['warning', 'confiscate-property'] } },
    },
    {
      name: 'circulated criticism on the spot',
      messageId: 'other-sanction',
      case: { procedure: 'simple', party: person, decision: { kinds: ['circulate-criticism'] } },
    },
  ],
  review: [
    {
      name: 'fine amount not recorded',
      messageId: 'amount-unknown',
      case: { procedure: 'simple', party: person, decision: { kinds: ['fine'] } },
    },
    {
      name: '1,000 yuan and the party type unknown',
      messageId: 'party-unknown',
      case: { procedure: 'simple', decision: { kinds: ['fine'], fineAmount: 1000 } },
    },
  ],
  pass: [
    {
      name: 'a citizen fined exactly 200 yuan',
      case: { procedure: 'simple', party: person, decision: { kinds: ['fine'], fineAmount: 200 } },
    },
    {
      name: 'an organisation fined exactly 3,000 yuan',
      case: { procedure: 'simple', party: { kind: 'other-org' }, decision: { kinds: ['fine'], fineAmount: 3000 } },
    },
    { name: 'a warning', case: { procedure: 'simple', party: person, decision: { kinds: ['warning'] } } },
  ],
  notApplicable: [
    {
      name: 'general procedure',
      case: { procedure: 'general', party: person, decision: { kinds: ['fine'], fineAmount: 5000 } },
    },
    { name: 'simple procedure, no decision yet', case: { procedure: 'simple', party: person } },
    {
      name: 'a licence case',
      case: { actionType: 'license', procedure: 'simple', decision: { kinds: ['fine'], fineAmount: 5000 } },
    },
  ],
});
