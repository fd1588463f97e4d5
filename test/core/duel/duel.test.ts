import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duel, DuelError, squareLawAt } from '../../../src/core/duel/duel.js';
import { LINEAR } from '../../../src/core/duel/laws.js';

const START = '1945-02-19';

describe('duel: the square law against its closed form', () => {
  it('keeps x² − (a/b)·y² constant, day after day, without reinforcements', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 100_000 }),
        fc.integer({ min: 1000, max: 100_000 }),
        fc.double({ min: 0.001, max: 0.1, noNaN: true }),
        fc.double({ min: 0.001, max: 0.1, noNaN: true }),
        (x, y, a, b) => {
          const result = duel({ x, y, a, b, start: START, days: 30 });
          const invariant = x ** 2 - (a / b) * y ** 2;
          const scale = Math.max(x ** 2, (a / b) * y ** 2);
          for (const d of result.days) {
            // Once a side is gone the other stops losing, and the quantity holds with that side at zero.
            expect(Math.abs(d.x ** 2 - (a / b) * d.y ** 2 - invariant) / scale).toBeLessThan(1e-6);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('matches the cosh/sinh solution within the error it states', () => {
    const [x, y, a, b] = [54_000, 21_500, 0.0544, 0.0106];
    const result = duel({ x, y, a, b, start: START, days: 20 });
    let worst = 0;
    for (const d of result.days) {
      const [cx, cy] = squareLawAt(x, y, a, b, d.day);
      worst = Math.max(worst, Math.abs(d.x - cx), Math.abs(d.y - cy));
    }
    expect(result.integration.errorEstimate).toBeGreaterThan(0);
    expect(worst).toBeLessThanOrEqual(2 * result.integration.errorEstimate + 1e-9 * x);
    expect(worst).toBeLessThan(1e-3);
    // A coarser integration has a larger error, and its statement grows with it.
    const coarse = duel({ x, y, a, b, start: START, days: 20, stepsPerDay: 2 });
    const fine = duel({ x, y, a, b, start: START, days: 20, stepsPerDay: 32 });
    expect(coarse.integration.errorEstimate).toBeGreaterThan(fine.integration.errorEstimate * 100);
    for (const run of [coarse, fine]) {
      const error = Math.max(...run.days.map((d) => Math.abs(d.x - squareLawAt(x, y, a, b, d.day)[0])));
      expect(error).toBeLessThanOrEqual(2 * run.integration.errorEstimate + 1e-9 * x);
    }
  });

  it('ends a fight to the finish with the survivors the invariant gives, on the day the closed form says', () => {
    const [x, y, a, b] = [20_000, 15_000, 0.01, 0.01];
    const result = duel({ x, y, a, b, start: START });
    expect(result.outcome?.loser).toBe('y');
    const left = Math.sqrt(x ** 2 - y ** 2);
    expect(result.outcome!.left).toBeCloseTo(left, 3);
    expect(result.squareLaw?.left).toBeCloseTo(left, 9);
    // y reaches zero when tanh(k·t) = y/x·sqrt(b/a), here k = 0.01.
    const t = Math.atanh(y / x) / 0.01;
    expect(result.outcome!.days).toBeCloseTo(t, 4);
    expect(result.outcome!.day).toBe(Math.floor(t) + 1);
    expect(result.ended.reason).toBe('decided');
    expect(result.days.at(-1)!.y).toBe(0);
  });
});

describe('duel: calendar, reinforcements, thresholds and laws', () => {
  it('adds reinforcements at the start of their day, and dates each day from the start', () => {
    const plain = duel({ x: 54_000, y: 21_500, a: 0, b: 0, start: START, days: 6 });
    const reinforced = duel({
      x: 54_000,
      y: 21_500,
      a: 0,
      b: 0,
      start: START,
      days: 6,
      reinforcements: { x: [{ on: '1945-02-21', troops: 6000 }] },
    });
    expect(plain.days.map((d) => d.x)).toEqual([54_000, 54_000, 54_000, 54_000, 54_000, 54_000]);
    expect(reinforced.days.map((d) => d.x)).toEqual([54_000, 54_000, 60_000, 60_000, 60_000, 60_000]);
    expect(reinforced.days.map((d) => d.date)).toEqual([
      '1945-02-19',
      '1945-02-20',
      '1945-02-21',
      '1945-02-22',
      '1945-02-23',
      '1945-02-24',
    ]);
  });

  it('reports the day a side loses the threshold share of what it had', () => {
    const result = duel({ x: 10_000, y: 10_000, a: 0.02, b: 0.01, start: START, threshold: 0.5 });
    expect(result.outcome?.loser).toBe('x');
    const crossing = result.sides.x.thresholdReached!;
    const before = crossing.day === 1 ? 10_000 : result.days[crossing.day - 2]!.x;
    expect(before).toBeGreaterThan(5000);
    expect(result.days[crossing.day - 1]!.x).toBeLessThanOrEqual(5000);
  });

  it('under the linear law the ratio of losses stays a/b, and no side is ever destroyed', () => {
    const result = duel({ x: 10_000, y: 8000, a: 2e-6, b: 1e-6, law: LINEAR, start: START, days: 400 });
    for (const d of result.days) expect((10_000 - d.x) / (8000 - d.y)).toBeCloseTo(2, 6);
    expect(result.outcome).toBeNull();
    expect(result.squareLaw).toBeNull();
  });

  it('refuses a negative coefficient, a misspelt law and a reinforcement before the start', () => {
    expect(() => duel({ x: 1, y: 1, a: -0.1, b: 0.1, start: START })).toThrow(DuelError);
    expect(() => duel({ x: 1, y: 1, a: -0.1, b: 0.1, start: START })).toThrow(/^a must not be negative/);
    expect(() => duel({ x: 1, y: 1, a: 0.1, b: 0.1, law: 'sqare', start: START })).toThrow(/^law is not a law/);
    expect(() =>
      duel({ x: 1, y: 1, a: 0.1, b: 0.1, start: START, reinforcements: { y: [{ on: '1945-01-01', troops: 5 }] } }),
    ).toThrow(/^reinforceY arrives on 1945-01-01, before the start date 1945-02-19/);
  });
});

describe('duel: numbers out of range', () => {
  it('refuses a battle whose losses overflow instead of printing nonsense', () => {
    expect(() => duel({ x: 1e300, y: 1e300, a: 1e300, b: 1, start: '2000-01-01', days: 2 })).toThrow(
      /^the strengths overflow/,
    );
  });
});
