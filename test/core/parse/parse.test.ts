import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/dates.js';
import { parseCount, parseNumber, parsePositive } from '../../../src/core/parse/numbers.js';
import { parseDay } from '../../../src/core/parse/days.js';
import { parseRangeOf } from '../../../src/core/parse/ranges.js';
import { parseShare } from '../../../src/core/parse/shares.js';
import { parseWindow } from '../../../src/core/parse/periods.js';
import type { Parsed } from '../../../src/core/parse/parsed.js';

const value = <T>(parsed: Parsed<T>): T => {
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};
const problem = <T>(parsed: Parsed<T>): string => (parsed.ok ? 'accepted' : parsed.problem);

describe('numbers', () => {
  it.each([
    ['12000', 12000],
    ['12,000', 12000],
    ['1,234,567', 1234567],
    ['12k', 12000],
    ['12K', 12000],
    ['1.2M', 1_200_000],
    ['1.2e4', 12000],
    ['1.2E+4', 12000],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['92.5', 92.5],
    [' 92 ', 92],
    ['-5', -5],
  ])('reads %s as %d', (text, expected) => {
    expect(value(parseNumber(text))).toBe(expected);
  });

  it.each(['', ' ', 'abc', 'NaN', 'Infinity', '-Infinity', '12,00', '1,2345', '12kk', '0x10', '1e', '--5', '1 2', '٣'])(
    'refuses %j',
    (text) => {
      expect(problem(parseNumber(text))).toMatch(/is not a number such as 12000/);
    },
  );

  it('refuses numbers too large to be finite', () => {
    expect(problem(parseNumber('1e309'))).toMatch(/too large/);
  });

  it('reads back any whole number however it is grouped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        const grouped = n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        expect(value(parseNumber(String(n)))).toBe(n);
        expect(value(parseNumber(grouped))).toBe(n);
        expect(value(parseNumber(n.toExponential()))).toBe(n);
      }),
    );
  });

  it('keeps forces and rates above zero and counts at zero or more', () => {
    expect(problem(parsePositive('0'))).toMatch(/must be above zero/);
    expect(problem(parsePositive('-3'))).toMatch(/must be above zero/);
    expect(value(parseCount('0'))).toBe(0);
    expect(problem(parseCount('-1'))).toMatch(/must not be negative/);
  });
});

describe('ranges', () => {
  it('reads LOW..HIGH and single values', () => {
    expect(value(parseRangeOf('11000..12000', parsePositive))).toEqual({ low: 11000, high: 12000 });
    expect(value(parseRangeOf('11k..12,000', parsePositive))).toEqual({ low: 11000, high: 12000 });
    expect(value(parseRangeOf('92', parsePositive))).toBe(92);
  });

  it('names the end that is wrong', () => {
    expect(problem(parseRangeOf('12000..11000', parsePositive))).toMatch(/low end above its high end/);
    expect(problem(parseRangeOf('x..12000', parsePositive))).toMatch(/low end that is not a number/);
    expect(problem(parseRangeOf('1..0', parsePositive))).toMatch(/high end that must be above zero/);
    expect(problem(parseRangeOf('1..2..3', parsePositive))).toMatch(/LOW\.\.HIGH/);
    expect(problem(parseRangeOf('..', parsePositive))).toMatch(/low end/);
  });
});

describe('shares', () => {
  it.each([
    ['50%', 0.5],
    ['50 %', 0.5],
    ['100%', 1],
    ['0.5', 0.5],
    ['1', 1],
    ['30%', 0.3],
    ['0.1%', 0.001],
  ])('reads %s as %d', (text, expected) => {
    expect(value(parseShare(text))).toBe(expected);
  });

  it('refuses shares outside (0, 100 %] and guesses at nothing', () => {
    expect(problem(parseShare('0'))).toMatch(/outside \(0, 100 %\]/);
    expect(problem(parseShare('0%'))).toMatch(/outside/);
    expect(problem(parseShare('101%'))).toMatch(/outside/);
    expect(problem(parseShare('-5%'))).toMatch(/outside/);
    expect(problem(parseShare('50'))).toMatch(/is more than 1, the whole; write 50% for a percentage/);
    expect(problem(parseShare('half'))).toMatch(/is not a share/);
    expect(problem(parseShare('5k%'))).toMatch(/is not a share/);
  });
});

describe('dates', () => {
  it.each([
    ['2024-12-06', '2024-12-06'],
    ['6 Dec 2024', '2024-12-06'],
    ['6 December 2024', '2024-12-06'],
    ['December 6, 2024', '2024-12-06'],
    ['Dec. 6, 2024', '2024-12-06'],
    ['dec 6 2024', '2024-12-06'],
    ['6th December 2024', '2024-12-06'],
    ['29 Feb 2024', '2024-02-29'],
    ['Sept 1, 2025', '2025-09-01'],
  ])('reads %s', (text, iso) => {
    expect(isoDate(value(parseDay(text)))).toBe(iso);
  });

  it('tells an impossible day from an unreadable one', () => {
    expect(problem(parseDay('2025-02-30'))).toMatch(/not a day on the calendar/);
    expect(problem(parseDay('29 Feb 2025'))).toMatch(/not a day on the calendar/);
    expect(problem(parseDay('2025-13-01'))).toMatch(/not a day on the calendar/);
    expect(problem(parseDay('0000-01-01'))).toMatch(/not a day on the calendar/);
    expect(problem(parseDay('yesterday'))).toMatch(/is not a date such as 2024-12-06/);
    expect(parseDay('2025-1-5')).toEqual(parseDay('2025-01-05'));
    expect(parseDay('2025/01/05')).toEqual(parseDay('2025-01-05'));
    expect(problem(parseDay('2025/01-05'))).toMatch(/is not a date/);
    expect(problem(parseDay('6 Decembre 2024'))).toMatch(/is not a date/);
  });
});

describe('periods', () => {
  const window = (text: string) => {
    const w = value(parseWindow(text));
    return [isoDate(w.first), isoDate(w.last)];
  };

  it('reads early, mid and late in a month, a whole month, and single days', () => {
    expect(window('mid-April 2025')).toEqual(['2025-04-11', '2025-04-20']);
    expect(window('mid April 2025')).toEqual(['2025-04-11', '2025-04-20']);
    expect(window('early May 2025')).toEqual(['2025-05-01', '2025-05-10']);
    expect(window('late Feb 2024')).toEqual(['2024-02-21', '2024-02-29']);
    expect(window('April 2025')).toEqual(['2025-04-01', '2025-04-30']);
    expect(window('2025-04-15')).toEqual(['2025-04-15', '2025-04-15']);
  });

  it('refuses periods it cannot place', () => {
    expect(problem(parseWindow('mid-April'))).toMatch(/is not a date .* or a period \(mid-April 2025\)/);
    expect(problem(parseWindow('middle April 2025'))).toMatch(/is not a date/);
  });
});
