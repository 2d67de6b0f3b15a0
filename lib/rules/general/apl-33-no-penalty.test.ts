import { describe, expect, it } from 'vitest';
import { runRules } from '../../engine/run';
import { makeCase } from '../../../test/helpers/make-case';
import rule from './apl-33-no-penalty';
import { testRule } from '../../../test/helpers/rule-tester';
import type { CaseInput } from '../../../test/helpers/make-case';

type Decision = NonNullable<CaseInput['decision']>;

const decided = { kind: 'decision', at: '2026-05-06' } as const;
const fine = { kinds: ['fine'], fineAmount: 3000 } satisfies Decision;

testRule(rule, {
  violation: [
    {
      name: 'minor, corrected, no harm, yet fined',
      messageId: 'mandatory',
      case: {
        decision: fine,
        flags: { minorViolation: true, correctedInTime: true, noHarm: true },
        events: [decided],
      },
    },
    {
      name: 'a warning is a penalty too',
      messageId: 'mandatory',
      case: {
        decision: { kinds: ['warning'] },
        flags: { minorViolation: true, correctedInTime: true, noHarm: true },
      },
    },
  ],
  review: [
    {
      name: 'first violation, slight harm, corrected, fined: may go unpunished',
      messageId: 'first-offence',
      case: {
        decision: fine,
        flags: { firstViolation: true, minorHarm: true, correctedInTime: true },
        events: [decided],
      },
    },
    {
      name: 'minor and corrected, harm not recorded',
      messageId: 'harm-unknown',
      case: { decision: fine, flags: { minorViolation: true, correctedInTime: true }, events: [decided] },
    },
  ],
  pass: [
    {
      name: 'penalty with none of the conditions',
      case: {
        decision: fine,
        flags: { minorViolation: false, correctedInTime: true, noHarm: true },
        events: [decided],
      },
    },
    {
      name: 'minor and corrected but harm caused and not a first violation',
      case: {
        decision: fine,
        flags: { minorViolation: true, correctedInTime: true, noHarm: false, firstViolation: false },
        events: [decided],
      },
    },
  ],
  notApplicable: [
    {
      name: 'no penalty imposed',
      case: {
        decision: { kinds: [], outcome: 'no-penalty' },
        flags: { minorViolation: true, correctedInTime: true, noHarm: true },
      },
    },
    { name: 'only an "other" measure', case: { decision: { kinds: ['other'] }, flags: { noHarm: true } } },
    { name: 'no decision yet', case: { flags: { minorViolation: true, correctedInTime: true, noHarm: true } } },
    { name: 'a licence case', case: { actionType: 'license', decision: fine } },
  ],
});

describe('apl-33-no-penalty message', () => {
  it('names the sanctions in Chinese', () => {
    const report = runRules(
      makeCase({
        decision: { kinds: ['warning', 'fine'], fineAmount: 3000 },
        flags: { minorViolation: true, correctedInTime: true, noHarm: true },
      }),
      [rule],
      { today: '2026-11-25' },
    );
    expect(report.findings[0]?.message).toContain('警告、罚款');
  });
});
