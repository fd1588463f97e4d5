import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectionFailure } from '../../helpers/projection.js';
import { dayFromParts, isoDate } from '../../../src/core/dates.js';
import { project, snapToWhole } from '../../../src/core/projection/project.js';
import { ISW } from '../../helpers/isw.js';

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('the ISW reference case', () => {
  it('loses 12,000 at 92 a day from 6 December 2024 on 15 April 2025, mid-April', () => {
    const result = project(ISW);
    expect(result.date).toBe('2025-04-15');
    expect(result.label).toBe('mid-April 2025');
    expect(result.days).toBeCloseTo(12000 / 92, 12);
    expect(result.weeks).toBeCloseTo(12000 / 92 / 7, 12);
    expect(result.dailyShare).toBeCloseTo(92 / 12000, 15);
    expect(result.threshold).toBe(1);
    expect(result.reached).toBe(false);
  });

  it('gives the 25, 50, 75 and 100 % milestones', () => {
    const { milestones } = project(ISW);
    expect(milestones.map((m) => [m.share, m.losses, m.date])).toEqual([
      [0.25, 3000, '2025-01-07'],
      [0.5, 6000, '2025-02-09'],
      [0.75, 9000, '2025-03-13'],
      [1, 12000, '2025-04-15'],
    ]);
  });

  it('continues from 3,800 counted through 16 January 2025 to 16 April', () => {
    const result = project({ ...ISW, casualties: 3800, asOf: '2025-01-16' });
    expect(result.date).toBe('2025-04-16');
    expect(result.days).toBeCloseTo(8200 / 92, 12);
    expect(result.milestones[0]).toMatchObject({ reached: true, date: '2025-01-16', days: 0 });
  });

  it('reaches half the force on 9 February 2025', () => {
    expect(project({ ...ISW, threshold: 0.5 }).date).toBe('2025-02-09');
  });

  it('brackets ranges: 11,000–12,000 at 80–92 a day between 4 April and 4 May 2025', () => {
    const result = project({ ...ISW, force: { low: 11000, high: 12000 }, rate: { low: 80, high: 92 } });
    expect(result.earliest?.date).toBe('2025-04-04');
    expect(result.latest?.date).toBe('2025-05-04');
    expect(result.latest?.days).toBe(150);
    expect(result.latest?.label).toBe('early May 2025');
    expect(project({ ...ISW, force: 11500, rate: 86 }).date).toBe(result.date);
  });

  it('has no bounds without ranges', () => {
    const result = project(ISW);
    expect(result.earliest).toBeUndefined();
    expect(result.latest).toBeUndefined();
  });
});

describe('the day-boundary convention', () => {
  it('counts the start date as day 1: 1,000 at 100 a day from 1 January is reached on 10 January', () => {
    expect(project({ force: 1000, rate: 100, start: '2025-01-01' }).date).toBe('2025-01-10');
  });

  it('lands on the start date when one day of losses is enough', () => {
    expect(project({ force: 50, rate: 100, start: '2025-01-01' }).date).toBe('2025-01-01');
  });

  it('crosses leap days and year ends', () => {
    expect(project({ force: 10, rate: 1, start: '2024-02-20' }).date).toBe('2024-02-29');
    expect(project({ force: 11, rate: 1, start: '2024-02-20' }).date).toBe('2024-03-01');
    expect(project({ force: 2, rate: 1, start: '2024-12-31' }).date).toBe('2025-01-01');
    expect(project({ force: 366, rate: 1, start: '2024-01-01' }).date).toBe('2024-12-31');
  });

  it('does not let floating-point noise move a date', () => {
    // 12000 × 0.3 is 3600 in exact arithmetic; 3600 / 90 is exactly 40 days.
    expect(project({ force: 12000, rate: 90, start: '2025-01-01', threshold: 0.3 }).date).toBe('2025-02-09');
    expect(snapToWhole(3599.9999999999995)).toBe(3600);
    expect(snapToWhole(40.5)).toBe(40.5);
  });

  it('holds for whole-number scenarios: losses through the day before fall short, through the date they reach', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2100-01-01') }),
        (force, rate, percent, start) => {
          const result = project({ force, rate, start: isoDate(start), threshold: percent / 100 });
          const daysOfLosses = dayNumber(result.date) - start + 1;
          // rate × days ≥ force × percent / 100, in integers.
          expect(rate * daysOfLosses * 100).toBeGreaterThanOrEqual(force * percent);
          expect(rate * (daysOfLosses - 1) * 100).toBeLessThan(force * percent);
        },
      ),
    );
  });

  it('holds after an as-of count too: losses resume the day after', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 100_000 }),
        fc.integer({ min: 1, max: 2_000 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.integer({ min: 0, max: 400 }),
        (force, rate, countedShare, asOfOffset) => {
          const casualties = Math.floor(force * countedShare);
          const start = dayFromParts(2024, 12, 6)!;
          const asOf = start + asOfOffset;
          const result = project({ force, rate, start: isoDate(start), casualties, asOf: isoDate(asOf) });
          const daysAfter = dayNumber(result.date) - asOf;
          expect(casualties + rate * daysAfter).toBeGreaterThanOrEqual(force);
          expect(casualties + rate * (daysAfter - 1)).toBeLessThan(force);
        },
      ),
    );
  });
});

describe('monotony and bounds', () => {
  const scenario = fc.record({
    force: fc.double({ min: 1, max: 1e5, noNaN: true }),
    rate: fc.double({ min: 0.5, max: 1e4, noNaN: true }),
    threshold: fc.double({ min: 0.01, max: 1, noNaN: true }),
  });

  it('never gives an earlier date for a larger force, nor a later one for a higher rate', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 1, max: 10, noNaN: true }), ({ force, rate, threshold }, factor) => {
        const base = project({ force, rate, threshold, start: '2025-01-01' }).date;
        expect(project({ force: force * factor, rate, threshold, start: '2025-01-01' }).date >= base).toBe(true);
        expect(project({ force, rate: rate * factor, threshold, start: '2025-01-01' }).date <= base).toBe(true);
      }),
    );
  });

  it('brackets every scenario inside a range between its earliest and latest dates', () => {
    fc.assert(
      fc.property(
        scenario,
        scenario,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, u, v) => {
          const force = { low: Math.min(a.force, b.force), high: Math.max(a.force, b.force) };
          const rate = { low: Math.min(a.rate, b.rate), high: Math.max(a.rate, b.rate) };
          const ranged = project({ force, rate, threshold: a.threshold, start: '2025-01-01' });
          const inside = project({
            force: force.low + u * (force.high - force.low),
            rate: rate.low + v * (rate.high - rate.low),
            threshold: a.threshold,
            start: '2025-01-01',
          });
          expect(ranged.earliest!.date <= inside.date && inside.date <= ranged.latest!.date).toBe(true);
          expect(ranged.earliest!.date <= ranged.date && ranged.date <= ranged.latest!.date).toBe(true);
        },
      ),
    );
  });
});

describe('figures that do not allow a projection', () => {
  const failure = projectionFailure;

  it('says when casualties already reach the threshold, rather than projecting backwards', () => {
    const result = project({ ...ISW, threshold: 0.25, casualties: 3800, asOf: '2025-01-16' });
    expect(result).toMatchObject({ reached: true, date: '2025-01-16', days: 0 });
  });

  it('refuses what cannot be projected, naming the field', () => {
    expect(failure({ ...ISW, force: 0 })).toEqual(['force', 'must be a finite number above zero']);
    expect(failure({ ...ISW, rate: Number.NaN })[0]).toBe('rate');
    expect(failure({ ...ISW, rate: Number.POSITIVE_INFINITY })[0]).toBe('rate');
    expect(failure({ ...ISW, force: { low: 2, high: 1 } })[1]).toMatch(/low end above/);
    expect(failure({ ...ISW, threshold: 0 })[0]).toBe('threshold');
    expect(failure({ ...ISW, threshold: 1.5 })[0]).toBe('threshold');
    expect(failure({ ...ISW, casualties: 100 })[0]).toBe('casualties');
    expect(failure({ ...ISW, asOf: '2025-01-16' })[0]).toBe('asOf');
    expect(failure({ ...ISW, casualties: 12001, asOf: '2025-01-16' })[1]).toMatch(/more than the force/);
    expect(failure({ ...ISW, casualties: 1, asOf: '2024-12-05' })[1]).toMatch(/before the start date 2024-12-06/);
    expect(failure({ ...ISW, start: '2025-02-30' })[0]).toBe('start');
    expect(failure({ force: 1e15, rate: 0.001, start: '2024-12-06' })[1]).toMatch(/past 9999/);
  });

  it('reaches the last day of the calendar but not past it', () => {
    const lastDay = dayNumber('9999-12-31');
    const start = dayNumber('2024-12-06');
    expect(project({ force: lastDay - start + 1, rate: 1, start: '2024-12-06' }).date).toBe('9999-12-31');
    expect(failure({ force: lastDay - start + 2, rate: 1, start: '2024-12-06' })[0]).toBe('force');
  });
});
