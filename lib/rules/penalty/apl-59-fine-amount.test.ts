import { describe, expect, it } from 'vitest';
import rule from './apl-59-fine-amount';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

testRule(rule, {
  violation: [
    { name: 'a fine of 0 yuan', messageId: 'amount-zero', case: { decision: { kinds: ['fine'], fineAmount: 0 } } },
  ],
  review: [
    { name: 'a fine with no amount', messageId: 'amount-missing', case: { decision: { kinds: ['fine'] } } },
    {
      name: 'an amount with no fine among the kinds',
      messageId: 'kind-missing',
      case: { decision: { kinds: ['warning'], fineAmount: 500 } },
    },
  ],
  pass: [{ name: 'a fine with its amount', case: { decision: { kinds: ['fine'], fineAmount: 500 } } }],
  notApplicable: [
    { name: 'a warning only', case: { decision: { kinds: ['warning'] } } },
    { name: 'no decision', case: {} },
    { name: 'decided not to penalise', case: { decision: { kinds: ['fine'], outcome: 'no-penalty' } } },
    { name: 'a licence case', case: { actionType: 'license', decision: { kinds: ['fine'], fineAmount: 0 } } },
  ],
});

describe('apl-59-fine-amount details', () => {
  it('cites Art. 52 ¶2 for on-the-spot decisions and Art. 59 otherwise', () => {
    const simple = runExample(rule, { name: 's', case: { procedure: 'simple', decision: { kinds: ['fine'] } } });
    expect(simple.findings[0]!.citations.map((citation) => citation.article)).toEqual([52]);
    const general = runExample(rule, { name: 'g', case: { procedure: 'general', decision: { kinds: ['fine'] } } });
    expect(general.findings[0]!.citations.map((citation) => citation.article)).toEqual([59, 59]);
  });
});
