import { describe, expect, it } from 'vitest';
import {
  addMonths,
  civilFromDays,
  dayNumber,
  deadline,
  dayUnitFor,
  elapsedDays,
  isoFromDay,
  isWorkingDay,
  LAST_COVERED_YEAR,
  statutoryPeriod,
  todayInChina,
  weekday,
} from './index';

describe('day numbers', () => {
  it('round-trips ISO dates across centuries and leap days', () => {
    for (const iso of ['1970-01-01', '2000-02-29', '2024-12-31', '2025-03-01', '2100-03-01', '1969-12-31']) {
      expect(isoFromDay(dayNumber(iso))).toBe(iso);
    }
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(civilFromDays(dayNumber('2026-11-25'))).toEqual([2026, 11, 25]);
    expect(weekday(dayNumber('2026-11-25'))).toBe(3); // a Wednesday
  });

  it('adds months clamping to the month end', () => {
    expect(isoFromDay(addMonths(dayNumber('2025-08-31'), 6))).toBe('2026-02-28');
  });

  it('gives today in China time', () => {
    expect(todayInChina(new Date('2026-11-24T17:30:00Z'))).toBe('2026-11-25');
    expect(todayInChina(new Date('2026-11-24T15:30:00Z'))).toBe('2026-11-24');
  });
});

describe('working days', () => {
  it('knows statutory holidays and adjusted working days', () => {
    expect(isWorkingDay(dayNumber('2025-10-01'))).toBe(false); // National Day
    expect(isWorkingDay(dayNumber('2025-09-28'))).toBe(true); // Sunday made a working day
    expect(isWorkingDay(dayNumber('2025-10-11'))).toBe(true); // Saturday made a working day
    expect(isWorkingDay(dayNumber('2025-10-12'))).toBe(false); // ordinary Sunday
  });

  it('applies each law’s counting convention', () => {
    expect(dayUnitFor('penalty', 7)).toBe('working-days');
    expect(dayUnitFor('penalty', 15)).toBe('calendar-days');
    expect(dayUnitFor('penalty', 10)).toBe('calendar-days');
    expect(dayUnitFor('coercion', 10)).toBe('working-days');
    expect(dayUnitFor('coercion', 30)).toBe('calendar-days');
    expect(dayUnitFor('license', 20)).toBe('working-days');
    expect(dayUnitFor('other', 5)).toBe('calendar-days');
  });

  it('does not count the start day and skips the National Day week', () => {
    // Decision on Tue 2025-09-30; 7 working days: Oct 9 (Thu), 10 (Fri), 11 (Sat, working), 13, 14, 15, 16.
    const due = deadline('2025-09-30', statutoryPeriod('penalty', 7));
    expect(due.dueIso).toBe('2025-10-16');
    expect(due.covered).toBe(true);
  });

  it('moves a calendar period ending on a holiday to the next working day', () => {
    // 15 days from 2025-09-16 end on 2025-10-01, a holiday; the next working day is 2025-10-09.
    expect(deadline('2025-09-16', { length: 15, unit: 'calendar-days' }).dueIso).toBe('2025-10-09');
    // 90 days from 2025-01-10 end on Friday 2025-04-10, a working day.
    expect(deadline('2025-01-10', { length: 90, unit: 'calendar-days' }).dueIso).toBe('2025-04-10');
  });

  it('counts elapsed working days', () => {
    expect(elapsedDays('2025-09-30', '2025-10-16', 'working-days')).toEqual({ days: 7, covered: true });
    expect(elapsedDays('2025-09-30', '2025-10-16', 'calendar-days')).toEqual({ days: 16, covered: true });
  });

  it('flags years the holiday data does not cover instead of guessing', () => {
    const year = LAST_COVERED_YEAR + 1;
    const due = deadline(`${year}-03-02`, statutoryPeriod('license', 20));
    expect(due.covered).toBe(false);
    expect(deadline('2025-03-03', statutoryPeriod('license', 20)).covered).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('agrees with counting day by day, inside and beyond the covered years', async () => {
    const { addWorkingDays, isWorkingDay } = await import('./index');
    for (const start of ['2024-12-20', '2025-01-24', '2025-09-26', '2026-12-15', '2027-03-01']) {
      for (const n of [1, 5, 7, 10, 20, 30]) {
        let day = dayNumber(start);
        let counted = 0;
        while (counted < n) {
          day++;
          if (isWorkingDay(day)) counted++;
        }
        expect(addWorkingDays(dayNumber(start), n), `${start} + ${n}`).toBe(day);
      }
    }
  });
});
