import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayFromParts,
  daysInMonth,
  fuzzyLabel,
  isoDate,
  LAST_DAY,
  partsOf,
  periodPartOf,
  periodWindow,
} from '../../src/core/dates.js';

describe('calendar days', () => {
  it('counts days from 1970-01-01 in UTC', () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(dayFromParts(2024, 12, 6)).toBe(20063);
    expect(isoDate(20063)).toBe('2024-12-06');
  });

  it('refuses days that are not on the calendar', () => {
    expect(dayFromParts(2025, 2, 29)).toBeNull();
    expect(dayFromParts(2025, 2, 30)).toBeNull();
    expect(dayFromParts(2025, 4, 31)).toBeNull();
    expect(dayFromParts(2025, 13, 1)).toBeNull();
    expect(dayFromParts(2025, 0, 1)).toBeNull();
    expect(dayFromParts(10000, 1, 1)).toBeNull();
    expect(dayFromParts(2024, 2, 29)).not.toBeNull();
  });

  it('knows leap years, century rules included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
  });

  it('crosses leap days and year ends one day at a time', () => {
    const leap = dayFromParts(2024, 2, 28)!;
    expect(isoDate(leap + 1)).toBe('2024-02-29');
    expect(isoDate(leap + 2)).toBe('2024-03-01');
    expect(isoDate(dayFromParts(2024, 12, 31)! + 1)).toBe('2025-01-01');
  });

  it('writes years below 1000 with four digits and ends at 9999-12-31', () => {
    expect(isoDate(dayFromParts(5, 3, 1)!)).toBe('0005-03-01');
    expect(isoDate(LAST_DAY)).toBe('9999-12-31');
  });

  it('round-trips every day between years 1 and 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromParts(1, 1, 1)!, max: LAST_DAY }), (day) => {
        const { year, month, day: d } = partsOf(day);
        expect(dayFromParts(year, month, d)).toBe(day);
        expect(isoDate(day)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
    );
  });
});

describe('fuzzy periods', () => {
  it('splits a month into early (1–10), mid (11–20) and late (21–end)', () => {
    expect([1, 10, 11, 20, 21, 31].map(periodPartOf)).toEqual(['early', 'early', 'mid', 'mid', 'late', 'late']);
  });

  it('labels days as people write them', () => {
    expect(fuzzyLabel(dayFromParts(2025, 4, 15)!)).toBe('mid-April 2025');
    expect(fuzzyLabel(dayFromParts(2025, 5, 4)!)).toBe('early May 2025');
    expect(fuzzyLabel(dayFromParts(2025, 6, 30)!)).toBe('late June 2025');
    expect(fuzzyLabel(dayFromParts(2025, 4, 10)!)).toBe('early April 2025');
    expect(fuzzyLabel(dayFromParts(2025, 4, 11)!)).toBe('mid-April 2025');
    expect(fuzzyLabel(dayFromParts(2025, 4, 20)!)).toBe('mid-April 2025');
    expect(fuzzyLabel(dayFromParts(2025, 4, 21)!)).toBe('late April 2025');
    expect(fuzzyLabel(dayFromParts(2024, 2, 29)!)).toBe('late February 2024');
    expect(fuzzyLabel(dayFromParts(2024, 12, 31)!)).toBe('late December 2024');
  });

  it('gives the window of days a period covers, to the month end', () => {
    const late = periodWindow(2024, 2, 'late');
    expect([isoDate(late.first), isoDate(late.last)]).toEqual(['2024-02-21', '2024-02-29']);
    const mid = periodWindow(2025, 4, 'mid');
    expect([isoDate(mid.first), isoDate(mid.last)]).toEqual(['2025-04-11', '2025-04-20']);
    const month = periodWindow(2025, 12, 'month');
    expect([isoDate(month.first), isoDate(month.last)]).toEqual(['2025-12-01', '2025-12-31']);
  });
});

describe('addMonths', () => {
  const iso = (y: number, m: number, d: number) => isoDate(dayFromParts(y, m, d)!);
  it('keeps the day of the month, clamped to a shorter month, across years both ways', () => {
    expect(isoDate(addMonths(dayFromParts(2025, 2, 24)!, -36))).toBe(iso(2022, 2, 24));
    expect(isoDate(addMonths(dayFromParts(2024, 1, 31)!, 1))).toBe(iso(2024, 2, 29));
    expect(isoDate(addMonths(dayFromParts(2024, 12, 1)!, 3))).toBe(iso(2025, 3, 1));
    expect(isoDate(addMonths(dayFromParts(2025, 1, 15)!, -1))).toBe(iso(2024, 12, 15));
  });
});
