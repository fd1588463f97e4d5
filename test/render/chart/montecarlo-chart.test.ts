import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/dates.js';
import { valueAt } from '../../../src/render/chart/geometry.js';
import type { ChartPoint } from '../../../src/render/chart/model.js';
import { monteCarloChart } from '../../../src/render/chart/montecarlo-chart.js';
import { MC_RANGES, monteCarloDocumentFor } from '../../helpers/montecarlo.js';
import { day as dayOf } from '../../helpers/dates.js';

const last = (points: ChartPoint[]): ChartPoint => points[points.length - 1]!;

describe('monteCarloChart', () => {
  const doc = monteCarloDocumentFor(MC_RANGES);
  const chart = monteCarloChart(doc);
  const q = doc.result.quantiles as { p5: string; p50: string; p95: string };
  const main = chart.series.find((s) => s.emphasis === 'main')!;

  it('draws the central force from the start down to the threshold during the median day', () => {
    expect(main.points[0]).toEqual({ at: dayOf('2024-12-06'), value: 11500 });
    expect(last(main.points)).toEqual({ at: dayOf(q.p50) + 0.5, value: 0 });
    expect(chart.markers.find((m) => m.kind === 'projected')).toEqual({
      kind: 'projected',
      point: last(main.points),
      label: `median ${q.p50} (${doc.result.labels.p50})`,
    });
    expect(chart.keyDays).toEqual([dayOf('2024-12-06'), dayOf(q.p50)]);
    expect(chart.threshold).toEqual({ value: 0, legend: 'threshold: the whole force lost' });
  });

  it('shades the band between the paths reaching the threshold on the 5th and the 95th percentile dates', () => {
    expect(last(chart.band!.lower)).toEqual({ at: dayOf(q.p5) + 0.5, value: 0 });
    expect(last(chart.band!.upper)).toEqual({ at: dayOf(q.p95) + 0.5, value: 0 });
    expect(chart.markers.filter((m) => m.kind === 'bound').map((m) => [m.point, m.label])).toEqual([
      [last(chart.band!.lower), `5th percentile ${q.p5} (${doc.result.labels.p5})`],
      [last(chart.band!.upper), `95th percentile ${q.p95} (${doc.result.labels.p95})`],
    ]);
    expect(chart.subtitle).toContain(`between ${q.p5} and ${q.p95} in 90 % of 20,000 scenarios`);
    expect(chart.subtitle).toContain('seed 7');
  });

  it('passes every path through the as-of count and marks it', () => {
    const counted = monteCarloChart(
      monteCarloDocumentFor({ ...MC_RANGES, casualties: { low: 3000, high: 4000 }, asOf: '2025-01-16' }),
    );
    const endOfAsOf = dayOf('2025-01-16') + 1;
    for (const points of [
      counted.band!.upper,
      counted.band!.lower,
      counted.series.find((s) => s.emphasis === 'main')!.points,
    ]) {
      expect(points).toContainEqual({ at: endOfAsOf, value: 11500 - 3500 });
    }
    expect(counted.markers.find((m) => m.kind === 'asOf')).toEqual({
      kind: 'asOf',
      point: { at: endOfAsOf, value: 8000 },
      label: '3,000–4,000 lost by 2025-01-16',
    });
  });

  it('starts the early path at the first start and the late path at the last, holding the force until then', () => {
    const spread = monteCarloChart(
      monteCarloDocumentFor({ ...MC_RANGES, start: { low: '2024-12-01', high: '2024-12-10' } }),
    );
    expect(spread.band!.lower.slice(0, 1)).toEqual([{ at: dayOf('2024-12-01'), value: 11500 }]);
    expect(spread.band!.upper.slice(0, 2)).toEqual([
      { at: dayOf('2024-12-01'), value: 11500 },
      { at: dayOf('2024-12-10'), value: 11500 },
    ]);
    expect(spread.title).toBe('11,000–12,000 troops losing 80–92 a day from 2024-12-01 to 2024-12-10');
  });

  it('puts the threshold at the share of the central force', () => {
    const half = monteCarloChart(monteCarloDocumentFor({ ...MC_RANGES, threshold: 0.5 }));
    expect(half.threshold).toEqual({ value: 5750, legend: 'threshold: 50 % of 11,500 lost' });
    expect(last(half.series.find((s) => s.emphasis === 'main')!.points).value).toBe(5750);
  });

  it('keeps the median path inside the band, for any run', () => {
    const inputs = fc.record({
      force: fc.integer({ min: 1000, max: 50000 }),
      spread: fc.double({ min: 0, max: 0.5, noNaN: true }),
      rate: fc.integer({ min: 10, max: 500 }),
      startSpread: fc.integer({ min: 0, max: 30 }),
      threshold: fc.double({ min: 0.1, max: 1, noNaN: true }),
      counted: fc.option(fc.tuple(fc.double({ min: 0, max: 0.3, noNaN: true }), fc.integer({ min: 31, max: 60 })), {
        nil: undefined,
      }),
      seed: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(inputs, ({ force, spread, rate, startSpread, threshold, counted, seed }) => {
        const start = dayOf('2024-12-01');
        const doc = monteCarloDocumentFor({
          force: { low: force, high: Math.round(force * (1 + spread)) },
          rate: { low: rate, high: rate * 1.2 },
          start: { low: isoDate(start), high: isoDate(start + startSpread) },
          threshold,
          ...(counted && { casualties: Math.floor(counted[0] * force * threshold), asOf: isoDate(start + counted[1]) }),
          samples: 500,
          seed,
        });
        const c = monteCarloChart(doc);
        const median = c.series.find((s) => s.emphasis === 'main')!.points;
        for (const points of [median, c.band!.upper, c.band!.lower]) {
          for (let i = 1; i < points.length; i++) expect(points[i]!.at).toBeGreaterThanOrEqual(points[i - 1]!.at);
        }
        for (let at = median[0]!.at; at <= last(median).at; at += 1) {
          const low = valueAt(c.band!.lower, at) ?? last(c.band!.lower).value;
          const high = valueAt(c.band!.upper, at) ?? last(c.band!.upper).value;
          const mid = valueAt(median, at)!;
          expect(mid).toBeGreaterThanOrEqual(low - 1e-6);
          expect(mid).toBeLessThanOrEqual(high + 1e-6);
        }
      }),
      { numRuns: 60 },
    );
  });
});
