import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, LAST_DAY, partsOf } from '../../../src/core/dates.js';
import { dayTickLabel, dayTicks, linearScale, niceStep, niceTicks } from '../../../src/render/chart/scale.js';
import { day } from '../../helpers/dates.js';

const weekday = (d: number): number => new Date(d * 86_400_000).getUTCDay();
const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
const days = fc.integer({ min: day('1900-01-01'), max: day('2200-12-31') });

describe('linearScale', () => {
  it('maps the domain ends to the range ends, keeps order, and inverts', () => {
    fc.assert(
      fc.property(finite, finite, finite, finite, fc.double({ min: 0, max: 1, noNaN: true }), (d0, span, r0, r1, t) => {
        fc.pre(Math.abs(span) > 1e-3 && Math.abs(r1 - r0) > 1e-3);
        const d1 = d0 + span;
        const s = linearScale([d0, d1], [r0, r1]);
        const tolerance = 1e-6 * (Math.abs(r0) + Math.abs(r1) + 1);
        expect(s(d0)).toBeCloseTo(r0, 3);
        expect(Math.abs(s(d1) - r1)).toBeLessThan(tolerance);
        const x = d0 + t * span;
        expect(Math.abs(s.invert(s(x)) - x)).toBeLessThan(1e-6 * (Math.abs(d0) + Math.abs(d1) + 1));
        // Order: a later x lands further towards r1.
        const later = x + span * 0.01;
        expect(Math.sign(s(later) - s(x))).toBe(Math.sign(r1 - r0));
      }),
    );
  });

  it('maps dates to columns so that each day lands in its own span of the axis', () => {
    // A date axis: day d covers [x(d), x(d + 1)); inverting any point inside gives d back.
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: 7, max: 4000 }),
        fc.integer({ min: 40, max: 800 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (start, length, width, within) => {
          const x = linearScale([start, start + length], [0, width]);
          const d = start + Math.floor(within * length);
          expect(Math.floor(x.invert(x(d + 0.5)))).toBe(d);
          expect(x(start)).toBe(0);
          expect(x(start + length)).toBeCloseTo(width, 9);
        },
      ),
    );
  });

  it('puts a one-value domain in the middle of the range', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });
});

describe('niceTicks', () => {
  it('covers the values with evenly spaced 1, 2 or 5 × 10^k steps', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e12, noNaN: true }),
        fc.integer({ min: 2, max: 10 }),
        (min, span, count) => {
          fc.pre(span >= 1e-6 * Math.max(1, min));
          const max = min + span;
          const ticks = niceTicks(min, max, count);
          const step = niceStep(span, count);
          const mantissa = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
          expect([1, 2, 5, 10].some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(true);
          expect(ticks[0]!).toBeLessThanOrEqual(min);
          expect(ticks[ticks.length - 1]!).toBeGreaterThanOrEqual(max * (1 - 1e-12));
          for (let i = 1; i < ticks.length; i++) expect(ticks[i]! - ticks[i - 1]!).toBeCloseTo(step, 6);
          // About `count` intervals: never more than 2.5 × as many, plus the two partial ends.
          expect(ticks.length - 1).toBeLessThanOrEqual(Math.ceil(count * 2.5) + 2);
        },
      ),
    );
  });

  it('gives round troop numbers for the reference case', () => {
    expect(niceTicks(0, 12000, 5)).toEqual([0, 2000, 4000, 6000, 8000, 10000, 12000]);
    expect(niceTicks(0, 0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('dayTicks', () => {
  it('gives calendar-aligned days inside the span, no more than asked', () => {
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 1, max: 30 }),
        (first, length, maxTicks) => {
          const last = first + length;
          const { unit, every, days: ticks } = dayTicks(first, last, maxTicks);
          expect(ticks.length).toBeLessThanOrEqual(maxTicks);
          for (const [i, d] of ticks.entries()) {
            expect(d).toBeGreaterThanOrEqual(first);
            expect(d).toBeLessThanOrEqual(last);
            if (i > 0) expect(d).toBeGreaterThan(ticks[i - 1]!);
            const parts = partsOf(d);
            if (unit === 'week') expect(weekday(d)).toBe(1);
            if (unit === 'month') {
              expect(parts.day).toBe(1);
              expect((parts.year * 12 + parts.month - 1) % every).toBe(0);
            }
            if (unit === 'year') {
              expect([parts.month, parts.day]).toEqual([1, 1]);
              expect(parts.year % every).toBe(0);
            }
            if (unit === 'day' && i > 0) expect(d - ticks[i - 1]!).toBe(every);
          }
        },
      ),
    );
  });

  it('picks months for a four-month projection and labels them', () => {
    const ticks = dayTicks(day('2024-12-06'), day('2025-04-15'), 6);
    expect(ticks.unit).toBe('month');
    expect(ticks.days.map((d) => dayTickLabel(d, ticks.unit))).toEqual([
      'Jan 2025',
      'Feb 2025',
      'Mar 2025',
      'Apr 2025',
    ]);
    expect(dayTickLabel(day('2024-12-09'), 'week')).toBe('9 Dec');
    expect(dayTickLabel(day('2030-01-01'), 'year')).toBe('2030');
  });

  it('uses weeks starting on Monday for a few weeks, and decades for centuries', () => {
    const weeks = dayTicks(day('2025-01-01'), day('2025-02-15'), 8);
    expect(weeks.unit).toBe('week');
    expect(weeks.days.map(isoDate)[0]).toBe('2025-01-06');
    const long = dayTicks(day('2025-01-01'), day('2299-01-01'), 6);
    expect(long.unit).toBe('year');
    expect(long.every).toBe(50);
    expect(long.days.map((d) => partsOf(d).year)).toEqual([2050, 2100, 2150, 2200, 2250]);
  });

  it('handles spans up to the end of the calendar', () => {
    const ticks = dayTicks(day('0001-01-01'), LAST_DAY, 8);
    expect(ticks.days.length).toBeGreaterThan(0);
    expect(ticks.days.length).toBeLessThanOrEqual(8);
  });
});
