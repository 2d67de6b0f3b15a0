import { expect, it } from 'vitest';
import rule from './acl-16-necessity';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'coercion', party: { kind: 'legal-person', isEnterprise: true } } as const;
const applied = { kind: 'coercion-applied', at: '2025-03-03' } as const;

testRule(rule, {
  violation: [
    {
      name: 'no harm, corrected in time, seizure still applied',
      messageId: 'corrected',
      case: { ...base, flags: { noHarm: true, correctedInTime: true }, events: [applied] },
    },
    {
      name: 'no harm, corrected, enterprise flag only',
      messageId: 'corrected',
      case: {
        actionType: 'coercion',
        flags: { enterpriseRelated: true, noHarm: true, correctedInTime: true },
        events: [applied],
      },
    },
  ],
  review: [
    {
      // 违法行为轻微 / 危害后果轻微 fall short of 情节显著轻微 / 没有明显社会危害 (Art. 16(2), Jinan Art. 44).
      name: 'minor violation with slight harm, corrected in time: only a question of necessity',
      messageId: 'minor',
      case: { ...base, flags: { minorViolation: true, minorHarm: true, correctedInTime: true }, events: [applied] },
    },
    {
      name: 'minor harm, correction not recorded',
      messageId: 'minor',
      case: { ...base, flags: { minorHarm: true }, events: [applied] },
    },
    {
      name: 'party kind unknown, minor and corrected',
      messageId: 'minor',
      case: { actionType: 'coercion', flags: { minorViolation: true, correctedInTime: true }, events: [applied] },
    },
  ],
  pass: [
    { name: 'not minor', case: { ...base, flags: { minorViolation: false, noHarm: false }, events: [applied] } },
    { name: 'flags unknown', case: { ...base, events: [applied] } },
    {
      name: 'minor but urgent',
      case: { ...base, flags: { minorViolation: true, correctedInTime: true, emergency: true }, events: [applied] },
    },
  ],
  notApplicable: [
    {
      name: 'not a market entity',
      case: {
        actionType: 'coercion',
        party: { kind: 'person', isEnterprise: false },
        flags: { minorViolation: true, correctedInTime: true },
        events: [applied],
      },
    },
    { name: 'no measure applied', case: { ...base, flags: { minorViolation: true } } },
  ],
});

it('acl-16-necessity cites the Jinan regulation only under the Jinan profile', () => {
  const example = {
    name: 'corrected',
    case: { ...base, flags: { noHarm: true, correctedInTime: true }, events: [applied] },
  };
  const jinan = runExample(rule, example).findings[0]?.citations.map((c) => c.law);
  const national = runExample(rule, { ...example, profile: 'national' }).findings[0]?.citations.map((c) => c.law);
  expect(jinan).toContain('济南市优化营商环境条例');
  expect(national).not.toContain('济南市优化营商环境条例');
  expect(national).toContain('优化营商环境条例');
});
