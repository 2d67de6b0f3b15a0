import { describe, expect, it } from 'vitest';
import { makeReport } from '../../test/store/fixtures';
import { assessExemption, ledgerForAssessment, type ElementId, type ExemptionAssessment } from './assess';
import type { SelfReport } from './schema';

const NOW = '2025-07-20';

function element(assessment: ExemptionAssessment, id: ElementId) {
  return assessment.elements.find((e) => e.element === id)!;
}

function assess(overrides: Partial<SelfReport> = {}, now: string = NOW) {
  return assessExemption(makeReport(overrides), { faults: [] }, { now });
}

describe('assessExemption: the whole verdict', () => {
  it('is likely-eligible when all four elements are met, worded as an aid', () => {
    const a = assess();
    expect(a.elements.map((e) => [e.element, e.status])).toEqual([
      ['minor', 'met'],
      ['self-discovered-in-time', 'met'],
      ['corrected-in-time', 'met'],
      ['no-harm', 'met'],
    ]);
    expect(a.verdict).toBe('likely-eligible');
    expect(a.summary.zh).toContain('可能符合《济南市行政执法过错责任追究办法》第十二条第（一）项');
    expect(a.summary.zh).toContain('最终以行政执法监督机构认定为准');
    expect(a.disclaimer.zh).toContain('不是法律结论');
    expect(a.parameters).toEqual({ today: NOW, timelyDays: 30, sameYearWindowDays: 365 });
  });

  it('is not-eligible as soon as one element is not met, and says which', () => {
    const a = assess({ discoveredBy: 'hotline-12345' });
    expect(a.verdict).toBe('not-eligible');
    expect(element(a, 'self-discovered-in-time').status).toBe('not-met');
    expect(a.summary.zh).toContain('可能不符合');
    expect(a.summary.zh).toContain('12345 热线');
    expect(a.summary.zh).toContain('最终以行政执法监督机构认定为准');
  });

  it('is incomplete when nothing fails but something is unknown', () => {
    const a = assess({ harm: { partyLoss: false } });
    expect(a.verdict).toBe('incomplete');
    expect(element(a, 'no-harm').status).toBe('unknown');
    expect(element(a, 'no-harm').missingEvidence.length).toBeGreaterThan(0);
    expect(a.summary.zh).toContain('信息尚不完整');
  });

  it('accepts a draft with most parts missing', () => {
    const a = assessExemption({ caseId: 'x' }, { faults: [] }, { now: NOW });
    expect(a.verdict).toBe('incomplete');
    expect(a.elements.every((e) => e.status === 'unknown')).toBe(true);
  });

  it('takes now as a Date, read in China Standard Time', () => {
    const a = assessExemption(makeReport(), { faults: [] }, { now: new Date('2025-07-19T16:30:00Z') });
    expect(a.parameters.today).toBe('2025-07-20');
  });
});

describe('情节显著轻微 (minor)', () => {
  it('is never met for a defect that makes the act void: flag, or a void citation', () => {
    expect(element(assess({ voidDefect: true }), 'minor').status).toBe('not-met');
    const cited = assess({
      voidDefect: undefined,
      citations: [{ law: '中华人民共和国行政处罚法', article: 38, paragraph: 1 }],
    });
    expect(element(cited, 'minor').status).toBe('not-met');
    expect(element(cited, 'minor').reasons[0]!.zh).toContain('《中华人民共和国行政处罚法》第三十八条第一款');
    expect(cited.verdict).toBe('not-eligible');
    const sds = assess({ citations: [{ law: '山东省行政执法监督条例', article: 34, paragraph: 1, item: 2 }] });
    expect(element(sds, 'minor').status).toBe('not-met');
  });

  it('asks for confirmation when the rule can flag a void defect, unless the officer says it is not one', () => {
    const suspect = assess({ ruleId: 'apl-38-legal-basis', citations: [] });
    expect(element(suspect, 'minor').status).toBe('unknown');
    expect(element(suspect, 'minor').missingEvidence[0]!.zh).toContain('无效');
    expect(element(assess({ ruleId: 'apl-38-legal-basis', citations: [], voidDefect: false }), 'minor').status).toBe(
      'met',
    );
    const configured = assessExemption(
      makeReport({ ruleId: 'my-rule' }),
      { faults: [] },
      { now: NOW, voidRuleIds: ['my-rule'] },
    );
    expect(element(configured, 'minor').status).toBe('unknown');
  });

  it('is not met when the outcome, a right or a deadline of the party was affected', () => {
    const gravity = { changedOutcome: false, rightsAffected: false, partyDeadlineAffected: false };
    expect(element(assess({ gravity: { ...gravity, changedOutcome: true } }), 'minor').status).toBe('not-met');
    expect(element(assess({ gravity: { ...gravity, rightsAffected: true } }), 'minor').status).toBe('not-met');
    expect(element(assess({ gravity: { ...gravity, partyDeadlineAffected: true } }), 'minor').status).toBe('not-met');
  });

  it('is unknown when the questions are unanswered or the party objected', () => {
    const unanswered = element(assess({ gravity: undefined }), 'minor');
    expect(unanswered.status).toBe('unknown');
    expect(unanswered.missingEvidence).toHaveLength(3);
    const objected = element(
      assess({
        gravity: { changedOutcome: false, rightsAffected: false, partyDeadlineAffected: false, partyObjected: true },
      }),
      'minor',
    );
    expect(objected.status).toBe('unknown');
    expect(objected.reasons[0]!.zh).toContain('异议');
  });
});

describe('及时发现 (self-discovered in time)', () => {
  it.each(['self', 'colleague', 'unit-inspection', 'legal-review'] as const)('%s is the unit itself', (channel) => {
    expect(element(assess({ discoveredBy: channel }), 'self-discovered-in-time').status).toBe('met');
  });

  it.each([
    'complaint',
    'hotline-12345',
    'administrative-review',
    'litigation',
    'supervision',
    'audit',
    'media',
    'procuratorate',
  ] as const)('%s is an external channel', (channel) => {
    const e = element(assess({ discoveredBy: channel }), 'self-discovered-in-time');
    expect(e.status).toBe('not-met');
  });

  it('"other" needs an explanation', () => {
    expect(element(assess({ discoveredBy: 'other' }), 'self-discovered-in-time').status).toBe('unknown');
  });

  it('is not met when an external channel raised it first, and unclear on the same day', () => {
    const first = assess({ externalRaisedAt: '2025-07-07' });
    expect(element(first, 'self-discovered-in-time').status).toBe('not-met');
    const sameDay = assess({ externalRaisedAt: '2025-07-08' });
    expect(element(sameDay, 'self-discovered-in-time').status).toBe('unknown');
    // Both with times: the order is known.
    const later = assess({ externalRaisedAt: '2025-07-08T05:00:00.000Z' });
    expect(element(later, 'self-discovered-in-time').status).toBe('met');
  });

  it('asks when an external report came if a complaint or suit exists', () => {
    const a = assess({ harm: { ...makeReport().harm, complaintFiled: true } });
    const e = element(a, 'self-discovered-in-time');
    expect(e.status).toBe('unknown');
    expect(e.missingEvidence[0]!.zh).toContain('外部渠道首次提出');
  });
});

describe('及时纠正 (corrected in time)', () => {
  const corrected = (correctedAt: string | undefined, actTookExternalEffect?: boolean) =>
    assess({ actTookExternalEffect, correction: { ...makeReport().correction, correctedAt } });

  it('is met before the act took effect, however long it took', () => {
    expect(element(corrected('2025-09-30', false), 'corrected-in-time').status).toBe('met');
  });

  it('is met within timelyDays of discovery after the act took effect', () => {
    expect(element(corrected('2025-08-07', true), 'corrected-in-time').status).toBe('met'); // 30 days
    expect(element(corrected('2025-08-08', true), 'corrected-in-time').status).toBe('not-met'); // 31 days
  });

  it('is unknown beyond timelyDays when it is not said whether the act had taken effect', () => {
    const e = element(corrected('2025-08-08', undefined), 'corrected-in-time');
    expect(e.status).toBe('unknown');
    expect(e.missingEvidence.some((m) => m.zh.includes('对外生效'))).toBe(true);
  });

  it('honours a configured timelyDays', () => {
    const report = makeReport({
      actTookExternalEffect: true,
      correction: { ...makeReport().correction, correctedAt: '2025-07-20' },
    });
    const strict = assessExemption(report, { faults: [] }, { now: NOW, timelyDays: 7 });
    expect(element(strict, 'corrected-in-time').status).toBe('not-met');
    expect(strict.parameters.timelyDays).toBe(7);
  });

  it('must come before any external channel raised it', () => {
    const a = assess({
      actTookExternalEffect: true,
      externalRaisedAt: '2025-07-10',
      correction: { ...makeReport().correction, correctedAt: '2025-07-12' },
    });
    expect(element(a, 'corrected-in-time').status).toBe('not-met');
    expect(element(a, 'self-discovered-in-time').status).toBe('met');
  });

  it('while not yet corrected: unknown with a due date, then not met once timelyDays have passed', () => {
    const pending = element(corrected(undefined, true), 'corrected-in-time');
    expect(pending.status).toBe('unknown');
    expect(pending.reasons[0]!.zh).toContain('2025-08-07');
    const late = assessExemption(
      makeReport({ actTookExternalEffect: true, correction: { method: 'supplement', description: 'x' } }),
      { faults: [] },
      { now: '2025-08-20' },
    );
    expect(element(late, 'corrected-in-time').status).toBe('not-met');
    // Not in effect yet: still time to correct before it is.
    const notYet = assessExemption(
      makeReport({ actTookExternalEffect: false, correction: { method: 'supplement', description: 'x' } }),
      { faults: [] },
      { now: '2025-08-20' },
    );
    expect(element(notYet, 'corrected-in-time').status).toBe('unknown');
  });

  it('flags a correction dated before the discovery', () => {
    expect(element(corrected('2025-07-01', true), 'corrected-in-time').status).toBe('unknown');
  });

  it('lists missing supporting evidence without changing the status', () => {
    const e = element(
      assess({
        actTookExternalEffect: true,
        correction: { method: 'amend', description: '更正', correctedAt: '2025-07-09' },
      }),
      'corrected-in-time',
    );
    expect(e.status).toBe('met');
    const missing = e.missingEvidence.map((m) => m.zh).join('|');
    expect(missing).toContain('审批负责人');
    expect(missing).toContain('证明材料');
    expect(missing).toContain('告知当事人');
  });
});

describe('未造成危害后果 (no harm)', () => {
  const harm = makeReport().harm;
  it('is not met with a loss or an effect on third parties or the public', () => {
    expect(element(assess({ harm: { ...harm, partyLoss: true } }), 'no-harm').status).toBe('not-met');
    expect(element(assess({ harm: { ...harm, thirdPartyOrPublicEffect: true } }), 'no-harm').status).toBe('not-met');
  });

  it('needs the unit to judge complaints, suits and withdrawn information', () => {
    for (const key of ['complaintFiled', 'reviewOrSuitFiled', 'publishedInfoWithdrawn'] as const) {
      const e = element(assess({ harm: { ...harm, [key]: true }, externalRaisedAt: '2025-07-15' }), 'no-harm');
      expect(e.status, key).toBe('unknown');
    }
  });
});

describe('other grounds, mitigation, aggravation', () => {
  it('lists grounds of Art. 12(2)–(7) and Art. 13 only when claimed, each needing unit confirmation', () => {
    expect(assess().otherGrounds).toEqual([]);
    const a = assess({ claims: { exemptionGrounds: ['12-1', '12-4', '13', '12-4'] } });
    expect(a.otherGrounds.map((g) => g.ground)).toEqual(['12-4', '13']);
    expect(a.otherGrounds[0]).toMatchObject({
      status: 'claimed-needs-unit-confirmation',
      citation: { law: '济南市行政执法过错责任追究办法', article: 12, item: 4 },
    });
    expect(a.otherGrounds[0]!.title.zh).toContain('但行政执法工作人员故意或者存在明显过失的除外');
    expect(a.otherGrounds[1]!.citation).toEqual({ law: '济南市行政执法过错责任追究办法', article: 13 });
    expect(a.otherGrounds[1]!.evidenceNeeded.length).toBeGreaterThan(0);
  });

  it('names claimed grounds in a not-eligible summary', () => {
    const a = assess({ discoveredBy: 'complaint', claims: { exemptionGrounds: ['12-6'] } });
    expect(a.summary.zh).toContain('第十二条第（六）项');
    expect(a.mitigation.map((f) => f.id)).toContain('11-2');
  });

  it('offers Art. 11(1) and 11(3) as mitigation when minor and corrected', () => {
    const a = assess();
    expect(a.mitigation.map((f) => [f.id, f.citation.article, f.citation.item])).toEqual([
      ['11-1', 11, 1],
      ['11-3', 11, 3],
    ]);
    expect(assess({ correction: { method: 'other', description: 'x' } }).mitigation.map((f) => f.id)).toEqual(['11-1']);
  });

  it('flags Art. 10(2) from other pursued faults within a year, not counting this report or unpursued ones', () => {
    const report = makeReport();
    const ledger = {
      faults: [
        { at: '2024-08-01', art7Item: 3 }, // 341 days before discovery: counts
        { at: '2024-07-01', art7Item: 3 }, // 372 days: outside the window
        { at: '2025-03-01', art7Item: 1, pursued: false }, // exempted: does not count
        { at: '2025-07-08', art7Item: 3, reportId: report.id }, // this fault itself
      ],
    };
    const a = assessExemption(report, ledger, { now: NOW });
    expect(a.aggravation).toHaveLength(1);
    expect(a.aggravation[0]).toMatchObject({ id: '10-2', citation: { article: 10, item: 2 } });
    expect(a.aggravation[0]!.reason.zh).toContain('另有 1 次');
    expect(a.aggravation[0]!.reason.zh).toContain('2024-08-01');
    expect(assessExemption(report, { faults: ledger.faults.slice(1) }, { now: NOW }).aggravation).toEqual([]);
    const narrow = assessExemption(report, ledger, { now: NOW, sameYearWindowDays: 300 });
    expect(narrow.aggravation).toEqual([]);
  });

  it('flags Art. 10(1) for refused or overdue corrections in the ledger', () => {
    const report = makeReport();
    const onTime = { noticeAt: '2025-05-01', dueAt: '2025-05-31', doneAt: '2025-05-20' };
    expect(assessExemption(report, { faults: [], corrections: [onTime] }, { now: NOW }).aggravation).toEqual([]);
    const late = { noticeAt: '2025-05-01', dueAt: '2025-05-31', doneAt: '2025-06-05' };
    const open = { noticeAt: '2025-06-01', dueAt: '2025-07-01' };
    const refused = { noticeAt: '2025-06-10', dueAt: '2025-07-10', refused: true, source: '行政执法监督意见书' };
    const a = assessExemption(report, { faults: [], corrections: [late, open, refused] }, { now: NOW });
    expect(a.aggravation).toHaveLength(1);
    const reason = a.aggravation[0]!.reason.zh;
    expect(a.aggravation[0]!.id).toBe('10-1');
    expect(reason).toContain('2025-06-05 才完成');
    expect(reason).toContain('已过，尚未完成');
    expect(reason).toContain('被拒绝（行政执法监督意见书）');
    // An open notice not yet due is not overdue.
    expect(assessExemption(report, { faults: [], corrections: [open] }, { now: '2025-06-20' }).aggravation).toEqual([]);
  });

  it('builds the assessment ledger from stored entries', () => {
    const ledger = ledgerForAssessment([
      { kind: 'fault', at: '2025-01-01', art7Item: 2 },
      { kind: 'correction-notice', noticeAt: '2025-01-02', dueAt: '2025-02-01' },
    ]);
    expect(ledger.faults).toHaveLength(1);
    expect(ledger.corrections).toHaveLength(1);
  });
});
