import { describe, expect, it } from 'vitest';
import { runRules } from '../../engine/run';
import { makeCase, type CaseInput } from '../../../test/helpers/make-case';
import { licenseRules } from './index';

/** A complete, lawful licence case: one correction notice, acceptance, verification by two, hearing, grant, certificate. */
const granted: CaseInput = {
  id: '济历审批许〔2025〕21号',
  title: '食品经营许可',
  actionType: 'license',
  status: 'closed',
  party: { kind: 'legal-person', name: '济南某某餐饮有限公司', isEnterprise: true },
  officers: [
    { name: '张三', roles: ['handler'] },
    { name: '李四', roles: ['reviewer'] },
  ],
  decision: { kinds: [], outcome: 'granted' },
  events: [
    { kind: 'application-received', at: '2025-03-03' },
    { kind: 'correction-requested', at: '2025-03-04' },
    { kind: 'application-accepted', at: '2025-03-10' },
    { kind: 'inspection', at: '2025-03-13', officers: ['张三', '李四'] },
    { kind: 'hearing-requested', at: '2025-03-12' },
    { kind: 'hearing-scheduled', at: '2025-03-14' },
    { kind: 'hearing-held', at: '2025-03-26' },
    { kind: 'license-decision', at: '2025-04-03' },
    { kind: 'delivery', at: '2025-04-09' },
    { kind: 'closed', at: '2025-04-10' },
  ],
};

/** A lawful refusal: reasons recorded and remedies notified, decided in time. */
const refused: CaseInput = {
  id: '济历审批许〔2025〕22号',
  actionType: 'license',
  status: 'closed',
  decision: { kinds: [], outcome: 'refused', summary: '经现场核查，经营场所与住宅未有效隔离，不符合法定条件' },
  events: [
    { kind: 'application-received', at: '2025-06-03' },
    { kind: 'application-accepted', at: '2025-06-03' },
    { kind: 'inspection', at: '2025-06-10', officers: ['王五', '赵六'] },
    { kind: 'license-decision', at: '2025-06-20', data: { remedyNotice: true } },
    { kind: 'delivery', at: '2025-06-23' },
  ],
};

function run(input: CaseInput) {
  return runRules(makeCase(input), licenseRules, { today: '2026-11-25' });
}

describe('licence rules on clean, complete cases', () => {
  it('raise nothing on a clean grant', () => {
    const report = run(granted);
    expect(report.errors).toEqual([]);
    expect(report.findings, JSON.stringify(report.findings)).toEqual([]);
    expect(report.passed).toBe(licenseRules.length - 1); // all but the refusal rule apply
  });

  it('raise nothing on a clean refusal', () => {
    const report = run(refused);
    expect(report.errors).toEqual([]);
    expect(report.findings, JSON.stringify(report.findings)).toEqual([]);
    expect(report.passed).toBeGreaterThan(0);
  });

  it('every licence rule applies to and passes at least one clean case', () => {
    for (const rule of licenseRules) {
      const passedOn = [granted, refused].filter(
        (input) => runRules(makeCase(input), [rule], { today: '2026-11-25' }).passed === 1,
      );
      expect(passedOn.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('the same grant decided late is flagged', () => {
    const events = (granted.events ?? []).map((event) =>
      event.kind === 'license-decision' ? { ...event, at: '2025-04-30' } : event,
    );
    const report = run({ ...granted, events });
    expect(report.findings.map((f) => `${f.ruleId}:${f.status}`)).toContain('all-42-decision-deadline:violation');
  });

  it('the same grant verified by one officer is flagged', () => {
    const events = (granted.events ?? []).map((event) =>
      event.kind === 'inspection' ? { ...event, officers: ['张三'] } : event,
    );
    const report = run({ ...granted, events });
    expect(report.findings.map((f) => `${f.ruleId}:${f.status}`)).toContain('all-34-verification-staff:violation');
  });
});
