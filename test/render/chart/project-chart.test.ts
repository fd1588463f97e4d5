import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day } from '../../../src/core/dates.js';
import type { ChartPoint } from '../../../src/render/chart/model.js';
import { projectChart } from '../../../src/render/chart/project-chart.js';
import { documentFor, documentOrUndefined, ISW, ISW_AS_OF, ISW_RANGES, scenarios } from '../../helpers/projection.js';
import { day as dayOf } from '../../helpers/dates.js';

/** The calendar day during which a curve reaches its end: a time t lies in day ceil(t) − 1 when t is its end. */
const dayReached = (p: ChartPoint): Day => Math.ceil(p.at) - 1;
const last = (points: ChartPoint[]): ChartPoint => points[points.length - 1]!;
const mid = (v: number | { low: number; high: number }): number => (typeof v === 'number' ? v : (v.low + v.high) / 2);

describe('projectChart', () => {
  it('draws the reference case from 12,000 on the start day to none left during 2025-04-15', () => {
    const chart = projectChart(documentFor(ISW));
    const main = chart.series.find((s) => s.emphasis === 'main')!;
    expect(main.points[0]).toEqual({ at: dayOf('2024-12-06'), value: 12000 });
    expect(last(main.points)).toEqual({ at: dayOf('2024-12-06') + 12000 / 92, value: 0 });
    expect(dayReached(last(main.points))).toBe(dayOf('2025-04-15'));
    expect(chart.threshold).toEqual({ value: 0, legend: 'threshold: the whole force lost' });
    expect(chart.markers).toEqual([
      { kind: 'projected', point: last(main.points), label: 'fully lost 2025-04-15 (mid-April 2025)' },
    ]);
    expect(chart.keyDays).toEqual([dayOf('2024-12-06'), dayOf('2025-04-15')]);
    expect(chart.band).toBeUndefined();
    expect(chart.title).toBe('12,000 troops losing 92 a day from 2024-12-06');
    expect(chart.subtitle).toContain('if the rate holds');
  });

  it('passes through the troops left at the end of the as-of day', () => {
    const chart = projectChart(documentFor(ISW_AS_OF));
    const main = chart.series.find((s) => s.emphasis === 'main')!;
    const endOfAsOf = dayOf('2025-01-16') + 1;
    expect(main.points[1]).toEqual({ at: endOfAsOf, value: 8200 });
    expect(last(main.points).at).toBeCloseTo(endOfAsOf + 8200 / 92, 9);
    expect(dayReached(last(main.points))).toBe(dayOf('2025-04-16'));
    expect(chart.markers.find((m) => m.kind === 'asOf')).toEqual({
      kind: 'asOf',
      point: { at: endOfAsOf, value: 8200 },
      label: '3,800 lost by 2025-01-16',
    });
  });

  it('shades ranges between the latest and the earliest case', () => {
    const chart = projectChart(documentFor(ISW_RANGES));
    expect(chart.band!.upper[0]).toEqual({ at: dayOf('2024-12-06'), value: 12000 });
    expect(chart.band!.lower[0]).toEqual({ at: dayOf('2024-12-06'), value: 11000 });
    expect(dayReached(last(chart.band!.lower))).toBe(dayOf('2025-04-04'));
    expect(dayReached(last(chart.band!.upper))).toBe(dayOf('2025-05-04'));
    expect(chart.markers.filter((m) => m.kind === 'bound').map((m) => m.label)).toEqual([
      'earliest 2025-04-04 (early April 2025)',
      'latest 2025-05-04 (early May 2025)',
    ]);
    expect(chart.series.filter((s) => s.emphasis === 'secondary').map((s) => s.line)).toEqual(['dashed', 'dashed']);
  });

  it('ends at the as-of point when the threshold was already reached', () => {
    const chart = projectChart(documentFor({ ...ISW_AS_OF, threshold: 0.25 }));
    const main = chart.series.find((s) => s.emphasis === 'main')!;
    expect(main.points).toHaveLength(2);
    expect(chart.markers.map((m) => m.kind)).toEqual(['asOf']);
    expect(chart.markers[0]!.label).toBe('3,800 lost by 2025-01-16: 25 % lost (3,000) already');
    expect(chart.subtitle).toMatch(/^25 % lost \(3,000\) on or before 2025-01-16/);
  });

  it('agrees with the projection for any figures: each curve ends during its projected day, at its threshold', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const doc = documentOrUndefined(s);
        fc.pre(doc !== undefined);
        const { input, result } = doc!;
        const chart = projectChart(doc!);
        const main = chart.series.find((x) => x.emphasis === 'main')!;
        expect(main.points[0]).toEqual({ at: dayOf(input.start), value: mid(input.force) });
        const times = main.points.map((p) => p.at);
        expect([...times].sort((a, b) => a - b)).toEqual(times);
        for (const p of [...main.points, ...(chart.band?.upper ?? []), ...(chart.band?.lower ?? [])]) {
          expect(p.value).toBeGreaterThanOrEqual(0);
          expect(p.value).toBeLessThanOrEqual(typeof input.force === 'number' ? input.force : input.force.high);
        }
        const projected = chart.markers.find((m) => m.kind === 'projected');
        if (result.reached) {
          expect(projected).toBeUndefined();
        } else {
          expect(projected!.point).toEqual(last(main.points));
          expect(dayReached(last(main.points))).toBe(dayOf(result.date!));
          expect(last(main.points).value).toBeCloseTo(Math.max(0, mid(input.force) - result.losses), 6);
        }
        if (result.earliest && result.latest) {
          expect(dayReached(last(chart.band!.lower))).toBe(dayOf(result.earliest.date));
          expect(dayReached(last(chart.band!.upper))).toBe(dayOf(result.latest.date));
        } else {
          expect(chart.band).toBeUndefined();
        }
        if (input.asOf !== null) {
          const asOf = chart.markers.find((m) => m.kind === 'asOf')!;
          expect(asOf.point.at).toBe(dayOf(input.asOf) + 1);
          expect(asOf.point.value).toBeCloseTo(Math.max(0, mid(input.force) - mid(input.casualties ?? 0)), 6);
        }
      }),
      // The example: a force whose loss snaps to a whole number just above it (the curve ends at 0, not −0.0001).
      { numRuns: 300, examples: [[{ force: { low: 10, high: 239229.99976076002 }, rate: 0.5, start: '1990-01-01' }]] },
    );
  });
});
