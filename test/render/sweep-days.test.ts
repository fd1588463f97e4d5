import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { millionthsText, writeMillionths } from '../../src/render/sweep-days.js';
import { csvDays } from '../helpers/csv-days.js';

describe("a CSV sweep's days cell", () => {
  it('holds the days to a millionth of a day, without trailing zeros', () => {
    expect(millionthsText(12000 / 92)).toBe('130.434783');
    expect(millionthsText(137.5)).toBe('137.5');
    expect(millionthsText(150)).toBe('150');
    expect(millionthsText(1 / 92)).toBe('0.01087');
    expect(millionthsText(0)).toBe('0');
    // Rounding carries into the whole days; an exact half rounds up, as toFixed does.
    expect(millionthsText(0.9999996)).toBe('1');
    expect(millionthsText(12.8515625)).toBe('12.851563');
  });

  it('is the exactly rounded decimal of every day count a sweep can have', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 3e6, noNaN: true }), (days) => {
        expect(millionthsText(days)).toBe(csvDays(days));
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes the same bytes into a chunk, after what is already there', () => {
    const days = Float64Array.of(12000 / 92, 150, 0.25);
    const bytes = new Uint8Array(64).fill(120);
    let at = 2;
    for (let row = 0; row < days.length; row++) at = writeMillionths(days, row, bytes, at) + 1;
    expect(new TextDecoder().decode(bytes.subarray(0, at))).toBe('xx130.434783x150x0.25x');
  });
});
