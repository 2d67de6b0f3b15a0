import { expect, it } from 'vitest';
import rule from './3s-coercion-av-record';
import { runExample, testRule } from '../../../test/helpers/rule-tester';

const base = { actionType: 'coercion' } as const;
const applied = { kind: 'coercion-applied', at: '2025-03-03' } as const;

testRule(rule, {
  violation: [
    {
      name: 'seizure not recorded on video',
      messageId: 'not-recorded',
      case: { ...base, flags: { recorded: false }, events: [applied] },
    },
    {
      name: 'agency enforcement not recorded',
      messageId: 'not-recorded',
      case: { ...base, flags: { recorded: false }, events: [{ kind: 'enforcement', at: '2025-05-06' }] },
    },
  ],
  review: [{ name: 'recording not stated', messageId: 'unknown', case: { ...base, events: [applied] } }],
  pass: [
    { name: 'recorded throughout', case: { ...base, flags: { recorded: true }, events: [applied] } },
    {
      name: 'flag unknown but audio-video evidence in the file',
      case: {
        ...base,
        evidence: [{ kind: 'audiovisual', title: '执法记录仪视频', collectedAt: '2025-03-03' }],
        events: [applied],
      },
    },
  ],
  notApplicable: [
    {
      name: 'freezing only',
      case: { ...base, flags: { recorded: false }, events: [{ ...applied, data: { measure: 'freezing' } }] },
    },
    {
      name: 'court application only',
      case: {
        ...base,
        flags: { recorded: false },
        events: [{ kind: 'enforcement', at: '2025-05-06', data: { by: 'court' } }],
      },
    },
    {
      name: 'party known not to be a market entity',
      case: { ...base, party: { kind: 'person', isEnterprise: false }, flags: { recorded: false }, events: [applied] },
    },
  ],
});

it('3s-coercion-av-record adds 济南市优化营商环境条例 Art. 43(2) under the Jinan profile', () => {
  const example = { name: 'x', case: { ...base, flags: { recorded: false }, events: [applied] } };
  expect(runExample(rule, example).findings[0]?.citations).toContainEqual({
    law: '济南市优化营商环境条例',
    article: 43,
    paragraph: 2,
  });
  expect(runExample(rule, { ...example, profile: 'shandong' }).findings[0]?.citations).toEqual([
    { law: '优化营商环境条例', article: 58 },
  ]);
});
