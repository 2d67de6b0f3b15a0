import { describe, expect, it } from 'vitest';
import type { EnforcementCase } from '../../case/schema';
import rule from './apl-38-legal-basis';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

const fine: NonNullable<EnforcementCase['decision']> = { kinds: ['fine'], fineAmount: 50000 };
const violated = { role: 'violated', law: '中华人民共和国食品安全法', article: 34, item: 10 } as const;
const penalty = { role: 'penalty', law: '中华人民共和国食品安全法', article: 124, paragraph: 1 } as const;

testRule(rule, {
  violation: [
    { name: 'no basis at all', messageId: 'no-basis', case: { decision: fine, legalBasis: [] } },
    { name: 'no penalty provision', messageId: 'no-penalty-basis', case: { decision: fine, legalBasis: [violated] } },
    { name: 'no violated provision', messageId: 'no-violated-basis', case: { decision: fine, legalBasis: [penalty] } },
    {
      name: 'only a procedural provision',
      messageId: 'no-penalty-basis',
      case: { decision: fine, legalBasis: [{ role: 'procedure', law: '中华人民共和国行政处罚法', article: 57 }] },
    },
  ],
  review: [
    { name: 'basis not given', messageId: 'basis-unknown', case: { decision: fine } },
    {
      name: 'a page reading that shows only the penalty provision',
      messageId: 'roles-unclear',
      case: {
        decision: fine,
        legalBasis: [{ role: 'penalty', law: '中华人民共和国食品安全法', article: 124 }],
        origin: { adapter: 'generic' },
      },
    },
    {
      name: 'basis unreadable',
      messageId: 'basis-unknown',
      case: { decision: fine, legalBasis: [], origin: { unreadable: ['legalBasis'] } },
    },
    {
      name: 'an unclassified provision may be the penalty provision',
      messageId: 'roles-unclear',
      case: { decision: fine, legalBasis: [violated, { role: 'other', law: '食品安全法', article: 124 }] },
    },
    {
      name: 'a provision without an article',
      messageId: 'no-article',
      case: { decision: fine, legalBasis: [violated, { role: 'penalty', law: '《中华人民共和国食品安全法》' }] },
    },
  ],
  pass: [
    {
      name: 'violated and penalty provisions with articles',
      case: { decision: fine, legalBasis: [violated, penalty] },
    },
    {
      name: 'a discretion benchmark and a procedural law cited as a whole',
      case: {
        decision: fine,
        legalBasis: [
          violated,
          penalty,
          { role: 'discretion', law: '江苏省生态环境行政处罚裁量基准规定' },
          { role: 'procedure', law: '中华人民共和国行政处罚法' },
        ],
      },
    },
    {
      name: 'an on-the-spot warning with both provisions',
      case: { procedure: 'simple', decision: { kinds: ['warning'] }, legalBasis: [violated, penalty] },
    },
  ],
  notApplicable: [
    { name: 'no decision yet', case: { legalBasis: [] } },
    { name: 'decided not to penalise', case: { decision: { kinds: [], outcome: 'no-penalty' }, legalBasis: [] } },
    { name: 'a licence case', case: { actionType: 'license', decision: fine, legalBasis: [] } },
  ],
});

describe('apl-38-legal-basis details', () => {
  it('cites Art. 38 ¶1 when the penalty provision is missing, and Art. 52 ¶2 on the spot', () => {
    const general = runExample(rule, { name: 'g', case: { decision: fine, legalBasis: [violated] } });
    expect(general.findings[0]!.citations).toContainEqual({
      law: '中华人民共和国行政处罚法',
      article: 38,
      paragraph: 1,
    });
    expect(general.findings[0]!.citations).toContainEqual({
      law: '中华人民共和国行政处罚法',
      article: 59,
      paragraph: 1,
      item: 3,
    });
    const simple = runExample(rule, {
      name: 's',
      case: { procedure: 'simple', decision: { kinds: ['warning'] }, legalBasis: [violated] },
    });
    expect(simple.findings[0]!.citations).toContainEqual({
      law: '中华人民共和国行政处罚法',
      article: 52,
      paragraph: 2,
    });
    expect(simple.findings[0]!.citations.some((citation) => citation.article === 59)).toBe(false);
  });

  it('names the law without its brackets', () => {
    const report = runExample(rule, {
      name: 'n',
      case: { decision: fine, legalBasis: [violated, { role: 'penalty', law: '《中华人民共和国食品安全法》' }] },
    });
    expect(report.findings[0]!.message).toContain('《中华人民共和国食品安全法》未具体到条');
  });
});
