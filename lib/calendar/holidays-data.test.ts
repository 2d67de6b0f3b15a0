import chineseDays from 'chinese-days';
import source from 'chinese-days/dist/chinese-days.json';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDay } from './days';
import { decodeHolidayData, encodeHolidayData } from './holidays-codec';
import { HOLIDAY_DATA } from './holidays-data';
import { isWorkingDay } from './workdays';

describe('the compact holiday data', () => {
  it('is current with the installed chinese-days (run `npm run build:holidays` after upgrading it)', () => {
    expect(HOLIDAY_DATA).toEqual(encodeHolidayData(Object.keys(source.holidays), Object.keys(source.workdays)));
  });

  it('decodes to exactly the package’s holidays and adjusted working days', () => {
    const decoded = decodeHolidayData(HOLIDAY_DATA);
    expect(decoded.holidays.map(isoFromDay).sort()).toEqual(Object.keys(source.holidays).sort());
    expect(decoded.workdays.map(isoFromDay).sort()).toEqual(Object.keys(source.workdays).sort());
  });

  it('agrees with chinese-days on every day of 2024–2026', () => {
    for (let day = dayNumber('2024-01-01'); day <= dayNumber('2026-12-31'); day++) {
      expect(isWorkingDay(day), isoFromDay(day)).toBe(chineseDays.isWorkday(isoFromDay(day)));
    }
  });
});
