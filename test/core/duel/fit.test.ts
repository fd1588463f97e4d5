import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { duel } from '../../../src/core/duel/duel.js';
import { duelFit, type DuelSeriesDay } from '../../../src/core/duel/fit.js';
import { readDuelSeries } from '../../../src/core/duel/series.js';

const IWO = readFileSync(new URL('../../../examples/iwo-jima/iwo_jima_daily.csv', import.meta.url), 'utf8');
const iwoDays = (): DuelSeriesDay[] => {
  const read = readDuelSeries(IWO, { date: 'date', xLosses: 'us_cum_casualties', xAdded: 'us_landed_that_day' });
  if (!read.ok) throw new Error(read.problem);
  return read.days;
};
const ENGEL = { a: 0.0544, b: 0.0106 };

describe("duel fit: Engel's Iwo Jima", () => {
  it('reproduces Engel’s coefficients within 5 % with the ratio of sums', () => {
    const result = duelFit({ days: iwoDays(), y0: 21_500, yEnd: 0, names: { x: 'US', y: 'Japan' } });
    expect(result.method).toBe('sums');
    expect(result.law.name).toBe('square');
    expect(Math.abs(result.coefficients.a.value / ENGEL.a - 1)).toBeLessThan(0.05);
    expect(Math.abs(result.coefficients.b.value / ENGEL.b - 1)).toBeLessThan(0.05);
    // The interval holds the estimate, and Engel's values.
    for (const key of ['a', 'b'] as const) {
      const c = result.coefficients[key];
      expect(c.low!).toBeLessThan(ENGEL[key]);
      expect(c.high!).toBeGreaterThan(ENGEL[key]);
    }
    // The Japanese side, reconstructed with b, is used up by the last day.
    expect(result.days.at(-1)!.y.strength).toBeNull();
    expect(result.curve.at(-1)!.y).toBeLessThan(0.02 * 21_500);
    expect(result.notes[0]).toMatch(/of US fall on 1945-03-10 \(18,208 → 17,692\): taken as given, a day of -516/);
  });

  it('least squares on the daily losses lands further off, and the laws are compared by AIC', () => {
    const result = duelFit({ days: iwoDays(), y0: 21_500, yEnd: 0, method: 'least-squares' });
    expect(result.coefficients.a.value / ENGEL.a - 1).toBeGreaterThan(0.05);
    const aics = result.comparison.laws.map((l) => l.aic);
    expect(result.comparison.best).toBe(result.comparison.laws[aics.indexOf(Math.min(...aics))]!.law.name);
    const square = result.comparison.laws.find((l) => l.law.name === 'square')!;
    expect(square.a).toBeCloseTo(result.coefficients.a.value, 12);
  });

  it("recovers the coefficients of a battle made by duel itself, from one side's losses", () => {
    const truth = { a: 0.03, b: 0.012 };
    const battle = duel({ x: 40_000, y: 25_000, ...truth, start: '2000-01-01', days: 30, stepsPerDay: 16 });
    let before = 40_000;
    let lost = 0;
    const days = battle.days.map((d) => {
      lost += before - d.x;
      before = d.x;
      return { date: d.date, xLosses: lost };
    });
    const result = duelFit({ days, x0: 40_000, y0: 25_000, yEnd: battle.days.at(-1)!.y });
    // Daily steps against a continuous battle: close, not exact.
    expect(result.coefficients.a.value / truth.a).toBeCloseTo(1, 1);
    expect(result.coefficients.b.value / truth.b).toBeCloseTo(1, 1);
  });

  it("recovers both coefficients from both sides' strengths, and a linear battle's exponents", () => {
    const truth = { a: 1e-6, b: 5e-7 };
    const battle = duel({ x: 30_000, y: 20_000, ...truth, law: 'linear', start: '2000-01-01', days: 40 });
    const days = battle.days.map((d) => ({ date: d.date, xStrength: d.x, yStrength: d.y }));
    const result = duelFit({ days, x0: 30_000, y0: 20_000, law: 'linear', method: 'least-squares' });
    expect(result.observed).toEqual(['x', 'y']);
    expect(result.coefficients.a.value / truth.a).toBeCloseTo(1, 1);
    expect(result.coefficients.b.value / truth.b).toBeCloseTo(1, 1);
    const general = duelFit({ days, x0: 30_000, y0: 20_000, law: 'general' });
    expect(general.exponents).toBe('estimated');
    expect(general.coefficients.p!.value).toBeCloseTo(1, 1);
    expect(general.coefficients.q!.value).toBeCloseTo(1, 1);
    // The data were made by the linear law: it beats the square law by far.
    const aic = (name: string) => general.comparison.laws.find((l) => l.law.name === name)!.aic;
    expect(aic('linear')).toBeLessThan(aic('square') - 10);
  });

  it('refuses a one-day series, a misspelt law and a sums fit without the end state', () => {
    expect(() => duelFit({ days: iwoDays().slice(0, 1), y0: 21_500 })).toThrow(
      /^days has 1 day; a fit needs at least 3/,
    );
    expect(() => duelFit({ days: iwoDays(), y0: 21_500, law: 'sqaure' })).toThrow(/^law is not a law/);
    expect(() => duelFit({ days: iwoDays(), y0: 21_500, method: 'sums' })).toThrow(/^yEnd is needed/);
  });
});
