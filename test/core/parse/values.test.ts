import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts, isoDate } from '../../../src/core/dates.js';
import { decimalsOf, parseValues, valueAt, type Values } from '../../../src/core/parse/sweep-values.js';
import { parseCount, parsePositive } from '../../../src/core/parse/numbers.js';
import { parseDay, parseDayStep } from '../../../src/core/parse/days.js';
import { parseShare } from '../../../src/core/parse/shares.js';
import type { Parsed } from '../../../src/core/parse/parsed.js';

const value = <T>(parsed: Parsed<T>): T => {
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};
const problem = <T>(parsed: Parsed<T>): string => (parsed.ok ? 'accepted' : parsed.problem);
const all = (values: Values): number[] => Array.from({ length: values.count }, (_, i) => valueAt(values, i));
const numbers = (text: string) => all(value(parseValues(text, parsePositive)));

describe('lists', () => {
  it('reads one value, or several separated by commas, in the order given', () => {
    expect(numbers('92')).toEqual([92]);
    expect(numbers('80,92,100')).toEqual([80, 92, 100]);
    expect(numbers('100, 80, 92')).toEqual([100, 80, 92]);
    expect(numbers('12k,1.2e4')).toEqual([12000, 12000]);
  });

  it('keeps thousands separators in a single number', () => {
    expect(numbers('12,000')).toEqual([12000]);
    expect(numbers('1,200,000')).toEqual([1_200_000]);
  });

  it('refuses text that reads both as one number and as a list', () => {
    expect(problem(parseValues('100,200,300', parsePositive))).toMatch(
      /^is ambiguous: write 100200300, or 100, 200, 300 for a list$/,
    );
    expect(problem(parseValues('3,800', parseCount))).toMatch(/write 3800, or 3, 800 for a list/);
    expect(numbers('100, 200, 300')).toEqual([100, 200, 300]);
  });

  it('names the item that is wrong', () => {
    expect(problem(parseValues('80,x,100', parsePositive))).toBe(
      'has an item "x" that is not a number such as 12000, 12k or 1.2e4',
    );
    expect(problem(parseValues('80,,100', parsePositive))).toMatch(/^has an empty item/);
    expect(problem(parseValues('80,0', parsePositive))).toMatch(/^has an item "0" that must be above zero/);
  });

  it('reads lists of dates and shares', () => {
    const days = all(value(parseValues('2024-12-01,2024-12-06', parseDay, parseDayStep)));
    expect(days.map(isoDate)).toEqual(['2024-12-01', '2024-12-06']);
    expect(all(value(parseValues('December 6, 2024', parseDay, parseDayStep))).map(isoDate)).toEqual(['2024-12-06']);
    expect(all(value(parseValues('30%,50%,100%', parseShare, parseShare)))).toEqual([0.3, 0.5, 1]);
  });
});

describe('stepped ranges', () => {
  it('includes HIGH when the steps land on it, and stops below it otherwise', () => {
    expect(numbers('10000..13000:500')).toEqual([10000, 10500, 11000, 11500, 12000, 12500, 13000]);
    expect(numbers('60..120:10')).toHaveLength(7);
    expect(numbers('1..10:4')).toEqual([1, 5, 9]);
    expect(numbers('5..5:1')).toEqual([5]);
  });

  it('does not drift: 0.1 steps from 50 to 150 give exactly 1,001 values, each the decimal it names', () => {
    const values = numbers('50..150:0.1');
    expect(values).toHaveLength(1001);
    expect(values[0]).toBe(50);
    expect(values[1]).toBe(50.1);
    expect(values[3]).toBe(50.3);
    expect(values[1000]).toBe(150);
    values.forEach((v, i) => expect(v).toBe(Number((50 + i / 10).toFixed(1))));
  });

  it('steps exactly for any decimal bounds and step (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 3 }),
        (lowUnits, spanUnits, stepUnits, decimals) => {
          const scale = 10 ** decimals;
          const [low, high, step] = [lowUnits / scale, (lowUnits + spanUnits) / scale, stepUnits / scale];
          const values = numbers(`${low}..${high}:${step}`);
          expect(values).toHaveLength(Math.floor(spanUnits / stepUnits) + 1);
          values.forEach((v, i) => expect(v).toBe(Number(((lowUnits + i * stepUnits) / scale).toFixed(decimals))));
          expect(values.at(-1)).toBeLessThanOrEqual(high);
        },
      ),
    );
  });

  it('steps dates by whole days or weeks', () => {
    const days = all(value(parseValues('2024-12-01..2024-12-10:3', parseDay, parseDayStep)));
    expect(days.map(isoDate)).toEqual(['2024-12-01', '2024-12-04', '2024-12-07', '2024-12-10']);
    const weeks = all(value(parseValues('2024-12-01..2024-12-31:1w', parseDay, parseDayStep)));
    expect(weeks.map(isoDate)).toEqual(['2024-12-01', '2024-12-08', '2024-12-15', '2024-12-22', '2024-12-29']);
    expect(value(parseDayStep('7d'))).toBe(7);
    expect(problem(parseDayStep('1.5'))).toMatch(/whole number of days/);
  });

  it('steps shares written as percentages', () => {
    expect(all(value(parseValues('10%..100%:10%', parseShare, parseShare)))).toEqual([
      0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
  });

  it('explains what is wrong with a range', () => {
    expect(problem(parseValues('60..120', parsePositive))).toMatch(/^is a range without a step, such as 60\.\.120:10$/);
    expect(problem(parseValues('120..60:10', parsePositive))).toMatch(/has its low end above its high end/);
    expect(problem(parseValues('60..120:0', parseCount, parseCount))).toBe('has a step that must be above zero');
    expect(problem(parseValues('60..120:x', parsePositive))).toMatch(/^has a step that is not a number/);
    expect(problem(parseValues('60..x:10', parsePositive))).toMatch(/^has a high end that is not a number/);
    expect(problem(parseValues('1..1e20:0.001', parsePositive))).toMatch(
      /more significant digits than a stepped range can count exactly/,
    );
  });

  it('counts the decimals a number needs', () => {
    expect([50, 0.1, 50.05, 1e-7, 12000].map(decimalsOf)).toEqual([0, 1, 2, 7, 0]);
    expect(decimalsOf(1 / 3)).toBeUndefined();
  });

  it('reads a date range boundary in any date form', () => {
    const days = all(value(parseValues('1 Dec 2024..3 Dec 2024:1', parseDay, parseDayStep)));
    expect(days).toEqual([dayFromParts(2024, 12, 1), dayFromParts(2024, 12, 2), dayFromParts(2024, 12, 3)]);
  });
});
