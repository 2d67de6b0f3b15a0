import { describe, expect, it } from 'vitest';
import rule, { birthFromId } from './apl-30-minor';
import type { EnforcementCase } from '../../case/schema';
import { testRule } from '../../../test/helpers/rule-tester';

// Valid 居民身份证 numbers (check digits computed by GB 11643).
const BORN_2010_05_01 = '370102201005011239';
const BORN_2009_08_15 = '370102200908150024';
const BORN_1990_01_01 = '37010219900101001X';
const BORN_2008_02_29 = '370102200802290045';
/** 2010-05-01 with a wrong check digit. */
const MISTYPED = '370102201005011238';

const child = (idNumber: string) => ({ kind: 'person', name: '某某', idNumber }) as const;
const fine: NonNullable<EnforcementCase['decision']> = { kinds: ['fine'], fineAmount: 200 };

testRule(rule, {
  violation: [
    {
      name: 'thirteen at the time of the act, fined',
      messageId: 'under-14',
      case: { party: child(BORN_2010_05_01), violationDate: '2024-04-30', decision: fine },
    },
    {
      name: 'fifteen, discretion level normal',
      messageId: 'minor-not-mitigated',
      case: {
        party: child(BORN_2009_08_15),
        violationDate: '2025-01-08',
        decision: fine,
        discretion: { level: 'normal' },
      },
    },
    {
      name: 'no violation date, but under 14 even on the discovery date',
      messageId: 'under-14',
      case: { party: child(BORN_2010_05_01), discoveredAt: '2023-06-01', decision: fine },
    },
  ],
  review: [
    {
      name: 'fifteen, discretion level not recorded',
      messageId: 'minor-level-unknown',
      case: { party: child(BORN_2009_08_15), violationDate: '2025-01-08', decision: fine },
    },
    {
      name: 'under 14, case still open',
      messageId: 'under-14-pending',
      case: {
        party: child(BORN_2010_05_01),
        violationDate: '2024-04-30',
        events: [{ kind: 'filing-approved', at: '2024-05-06' }],
      },
    },
    {
      name: 'the act on the fourteenth birthday',
      messageId: 'birthday-boundary',
      case: { party: child(BORN_2010_05_01), violationDate: '2024-05-01', decision: fine },
    },
    {
      name: 'check digit wrong: never a violation',
      messageId: 'id-check-failed',
      case: { party: child(MISTYPED), violationDate: '2024-04-30', decision: fine },
    },
    {
      name: 'no violation date, fifteen at discovery',
      messageId: 'age-uncertain',
      case: {
        party: child(BORN_2009_08_15),
        discoveredAt: '2025-01-08',
        decision: fine,
        discretion: { level: 'lighter' },
      },
    },
  ],
  pass: [
    {
      name: 'fifteen, penalty lightened',
      case: {
        party: child(BORN_2009_08_15),
        violationDate: '2025-01-08',
        decision: fine,
        discretion: { level: 'lighter' },
      },
    },
    {
      name: 'born on 29 February, fourteen on 1 March of a common year, mitigated',
      case: {
        party: child(BORN_2008_02_29),
        violationDate: '2022-03-01',
        decision: fine,
        discretion: { level: 'mitigated' },
      },
    },
  ],
  notApplicable: [
    {
      name: 'an adult',
      case: { party: child(BORN_1990_01_01), violationDate: '2025-01-08', decision: fine },
    },
    {
      name: 'a company',
      case: { party: { kind: 'legal-person', idNumber: BORN_2010_05_01 }, violationDate: '2024-04-30', decision: fine },
    },
    { name: 'no ID number', case: { party: { kind: 'person' }, violationDate: '2024-04-30', decision: fine } },
    {
      name: 'a masked ID number',
      case: { party: child('370102********1239'), violationDate: '2024-04-30', decision: fine },
    },
    {
      name: 'fifteen, no decision yet',
      case: { party: child(BORN_2009_08_15), violationDate: '2025-01-08' },
    },
    {
      name: 'under 14 and not penalised',
      case: {
        party: child(BORN_2010_05_01),
        violationDate: '2024-04-30',
        decision: { kinds: [], outcome: 'no-penalty' },
      },
    },
    {
      name: 'no violation date and long an adult',
      case: { party: child(BORN_1990_01_01), decision: fine },
    },
  ],
});

describe('birthFromId', () => {
  it('reads the birth date and checks the check digit', () => {
    expect(birthFromId(BORN_2010_05_01)).toEqual({ year: 2010, month: 5, day: 1, checked: true });
    expect(birthFromId(BORN_1990_01_01.toLowerCase())).toEqual({ year: 1990, month: 1, day: 1, checked: true });
    expect(birthFromId(MISTYPED)?.checked).toBe(false);
  });

  it('rejects numbers with no real birth date or the wrong shape', () => {
    expect(birthFromId('370102201013011239')).toBeUndefined(); // month 13
    expect(birthFromId('370102200902290011')).toBeUndefined(); // 2009-02-29
    expect(birthFromId('370102801005011')).toBeUndefined(); // 15 digits
    expect(birthFromId('3701022010050112A9')).toBeUndefined();
  });
});
