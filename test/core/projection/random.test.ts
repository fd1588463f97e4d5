import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededUniform } from '../../../src/core/projection/random.js';

const draws = (seed: number, n: number): number[] => {
  const uniform = seededUniform(seed);
  return Array.from({ length: n }, uniform);
};

describe('the seeded generator', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        expect(draws(seed, 5)).toEqual(draws(seed, 5));
        expect(draws(seed, 5)).not.toEqual(draws(seed + 1, 5));
      }),
    );
  });

  it('draws from [0, 1)', () => {
    for (const x of draws(7, 10_000)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('gives small seeds a good first draw, which xoroshiro128+ seeded directly does not', () => {
    const direct = Array.from({ length: 20 }, (_, seed) => uniformFloat64(xoroshiro128plus(seed)));
    expect(Math.min(...direct)).toBeGreaterThan(0.99);
    const firsts = Array.from({ length: 1000 }, (_, seed) => draws(seed, 1)[0]!);
    const mean = firsts.reduce((a, b) => a + b, 0) / firsts.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(firsts.filter((x) => x > 0.9).length).toBeLessThan(150);
  });

  it('spreads draws evenly (ten bins of 100,000 draws within 2 % of each other)', () => {
    const bins = new Array<number>(10).fill(0);
    for (const x of draws(1, 100_000)) bins[Math.floor(x * 10)]!++;
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(200);
  });

  it('refuses seeds that are not whole numbers from 0', () => {
    expect(() => seededUniform(-1)).toThrow(RangeError);
    expect(() => seededUniform(1.5)).toThrow(RangeError);
    expect(() => seededUniform(2 ** 53)).toThrow(RangeError);
    expect(draws(2 ** 53 - 1, 1)[0]).toBeTypeOf('number');
  });
});
