import { describe, expect, it } from 'vitest';
import { runRules } from '../../engine/run';
import { makeCase, type CaseInput } from '../../../test/helpers/make-case';
import { coercionRules } from './index';

const officers = ['张三', '李四'];

/** A complete, lawful 扣押 case: approval, two officers, ID, record, decision on the spot, handled in 22 days. */
const seizure: CaseInput = {
  id: '济历市监强〔2025〕3号',
  actionType: 'coercion',
  status: 'closed',
  party: { kind: 'legal-person', name: '济南某某食品有限公司', isEnterprise: true },
  officers: [
    { name: '张三', certificateNo: '37010012345', roles: ['handler'] },
    { name: '李四', certificateNo: '37010012346', roles: ['investigator'] },
  ],
  flags: { partyPresent: true, partySigned: true, recorded: true, emergency: false, minorViolation: false },
  evidence: [{ kind: 'audiovisual', title: '执法记录仪视频', collectedAt: '2025-03-03' }],
  events: [
    { kind: 'inspection', at: '2025-03-03T09:00', officers },
    { kind: 'credentials-shown', at: '2025-03-03T09:00', officers },
    { kind: 'coercion-approved', at: '2025-03-03T09:40' },
    { kind: 'coercion-applied', at: '2025-03-03T10:00', officers, data: { measure: 'seizure' } },
    { kind: 'on-site-record', at: '2025-03-03T10:30', officers },
    { kind: 'delivery', at: '2025-03-03T10:40', ref: '济历市监扣字〔2025〕3号' },
    { kind: 'expert-opinion', at: '2025-03-05', data: { days: 10 } },
    { kind: 'items-handled', at: '2025-03-25' },
    { kind: 'delivery', at: '2025-03-26' },
    { kind: 'closed', at: '2025-03-31' },
  ],
};

/** A lawful enforcement by the agency: decision, written reminder with a deadline, daytime execution after it. */
const enforcement: CaseInput = {
  id: '济历城管强执〔2025〕8号',
  actionType: 'coercion',
  status: 'closed',
  party: { kind: 'legal-person', isEnterprise: true },
  officers: [
    { name: '王五', roles: ['handler'] },
    { name: '赵六', roles: ['investigator'] },
  ],
  flags: { recorded: true },
  events: [
    { kind: 'decision', at: '2025-04-01' },
    { kind: 'urge-notice', at: '2025-05-06', data: { deadline: '2025-05-16' } },
    { kind: 'enforcement', at: '2025-05-21T09:30', data: { by: 'agency', endAt: '2025-05-21T16:00' } },
    { kind: 'closed', at: '2025-05-30' },
  ],
};

/** An application to the court ten working days after the reminder was served. */
const courtApplication: CaseInput = {
  id: '济历市监申执〔2025〕2号',
  actionType: 'coercion',
  status: 'closed',
  events: [
    { kind: 'decision', at: '2025-01-10' },
    { kind: 'urge-notice', at: '2025-07-01', data: { servedAt: '2025-07-02', deadline: '2025-07-12' } },
    { kind: 'enforcement', at: '2025-07-18', data: { by: 'court' } },
    { kind: 'closed', at: '2025-07-20' },
  ],
};

function run(input: CaseInput) {
  return runRules(makeCase(input), coercionRules, { today: '2026-11-25' });
}

describe('coercion rules on clean, complete cases', () => {
  for (const [name, input] of [
    ['seizure', seizure],
    ['enforcement by the agency', enforcement],
    ['application to the court', courtApplication],
  ] as const) {
    it(`raise nothing on a clean ${name} case`, () => {
      const report = run(input);
      expect(report.errors).toEqual([]);
      expect(report.findings, JSON.stringify(report.findings)).toEqual([]);
      expect(report.passed).toBeGreaterThan(0);
    });
  }

  it('every coercion rule applies to and passes at least one clean case', () => {
    for (const rule of coercionRules) {
      const passedOn = [seizure, enforcement, courtApplication].filter(
        (input) => runRules(makeCase(input), [rule], { today: '2026-11-25' }).passed === 1,
      );
      expect(passedOn.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('the same seizure case without the prior approval is flagged', () => {
    const events = (seizure.events ?? []).filter((event) => event.kind !== 'coercion-approved');
    const report = run({ ...seizure, events });
    expect(report.findings.map((f) => `${f.ruleId}:${f.status}`)).toContain('acl-18-prior-approval:violation');
  });

  it('the same seizure case held past its term is flagged', () => {
    const events = (seizure.events ?? []).map((event) =>
      event.kind === 'items-handled' ? { ...event, at: '2025-05-20' } : event,
    );
    const report = run({ ...seizure, events });
    expect(report.findings.map((f) => `${f.ruleId}:${f.status}`)).toContain('acl-25-seizure-term:violation');
  });
});
