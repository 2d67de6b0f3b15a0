import { describe, expect, it } from 'vitest';
import { proceedingDeadline } from './proceedings';

describe('proceedingDeadline', () => {
  it('Art. 16 ¶2: the unit decides within 30 days after the transfer', () => {
    const d = proceedingDeadline({ kind: 'transfer', at: '2025-03-03' });
    expect(d.due).toBe('2025-04-02');
    expect(d.citation).toEqual({ law: '济南市行政执法过错责任追究办法', article: 16, paragraph: 2 });
    expect(d.text).toBe('行政执法单位应当于移交后三十日内作出处理决定，并将处理结果告知行政执法监督机构');
    expect(d.covered).toBe(true);
  });

  it('moves a last day on a holiday to the next working day (National Day 2025)', () => {
    // 2025-09-01 + 30 = 2025-10-01, a holiday through 10-08; 10-09 is the next working day.
    expect(proceedingDeadline({ kind: 'transfer', at: '2025-09-01' }).due).toBe('2025-10-09');
    // 2025-05-01 + 30 = 05-31 (Sat), 06-01 (Sun), 06-02 (Dragon Boat holiday) → 06-03.
    expect(proceedingDeadline({ kind: 'filing', at: '2025-05-01' }).due).toBe('2025-06-03');
  });

  it('Art. 19: 30 days from filing; an extension adds at most 30 more', () => {
    expect(proceedingDeadline({ kind: 'filing', at: '2025-03-03' }).due).toBe('2025-04-02');
    const extended = proceedingDeadline({ kind: 'extension', at: '2025-03-28', filedAt: '2025-03-03' });
    expect(extended.start).toBe('2025-03-03');
    expect(extended.due).toBe('2025-05-06'); // 03-03 + 60 = 05-02 (May Day holiday to 05-05) → 05-06
    expect(extended.notes).toEqual([]);
    const shorter = proceedingDeadline({
      kind: 'extension',
      at: '2025-03-28',
      filedAt: '2025-03-03',
      extensionDays: 10,
    });
    expect(shorter.due).toBe('2025-04-14'); // 03-03 + 40 = 04-12 (Sat) → 04-14
    expect(() =>
      proceedingDeadline({ kind: 'extension', at: '2025-03-28', filedAt: '2025-03-03', extensionDays: 31 }),
    ).toThrow(/at most|1–30/);
    expect(() => proceedingDeadline({ kind: 'extension', at: '2025-03-28' })).toThrow(/filedAt/);
  });

  it('notes an extension approved after the original period ended', () => {
    const late = proceedingDeadline({ kind: 'extension', at: '2025-04-10', filedAt: '2025-03-03' });
    expect(late.notes[0]!.zh).toContain('晚于原期限届满日 2025-04-02');
  });

  it('Art. 21: 15 days to apply for review, and 30 days to decide it (from the application)', () => {
    const apply = proceedingDeadline({ kind: 'decision-received', at: '2025-09-16' });
    expect(apply.due).toBe('2025-10-09'); // 09-16 + 15 = 10-01, holiday → 10-09
    expect(apply.citation).toEqual({ law: '济南市行政执法过错责任追究办法', article: 21 });
    const decide = proceedingDeadline({ kind: 'review-applied', at: '2025-03-03' });
    expect(decide.due).toBe('2025-04-02');
    expect(decide.notes[0]!.zh).toContain('未写明复核决定期限的起算日');
  });

  it('gives reminders 7, 3 and 1 days before, never before the start', () => {
    const d = proceedingDeadline({ kind: 'transfer', at: '2025-03-03' });
    expect(d.reminders).toEqual([
      { daysBefore: 7, date: '2025-03-26' },
      { daysBefore: 3, date: '2025-03-30' },
      { daysBefore: 1, date: '2025-04-01' },
    ]);
    const custom = proceedingDeadline({ kind: 'decision-received', at: '2025-03-03' }, { reminderDays: [1, 20, 14] });
    // due 03-18; 20 days before would be before the start
    expect(custom.reminders).toEqual([
      { daysBefore: 14, date: '2025-03-04' },
      { daysBefore: 1, date: '2025-03-17' },
    ]);
  });

  it('counts days left with today, and reads instants in China Standard Time', () => {
    expect(proceedingDeadline({ kind: 'transfer', at: '2025-03-03' }, { today: '2025-03-30' }).daysLeft).toBe(3);
    expect(proceedingDeadline({ kind: 'transfer', at: '2025-03-03' }, { today: '2025-04-05' }).daysLeft).toBe(-3);
    // 20:00 UTC on 03-02 is 04:00 on 03-03 in Beijing.
    expect(proceedingDeadline({ kind: 'transfer', at: '2025-03-02T20:00:00Z' }).start).toBe('2025-03-03');
  });

  it('says when the holiday calendar does not cover the period', () => {
    expect(proceedingDeadline({ kind: 'transfer', at: '2031-03-03' }).covered).toBe(false);
  });
});
