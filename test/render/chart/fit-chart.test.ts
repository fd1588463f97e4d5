import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/core/dates.js';
import { fit, type Report } from '../../../src/core/series/fit.js';
import { fitChart, MAX_TAGGED_REPORTS } from '../../../src/render/chart/fit-chart.js';
import { valueAt } from '../../../src/render/chart/geometry.js';
import { fitDocument } from '../../../src/render/fit.js';
import { day as dayOf } from '../../helpers/dates.js';

const REPORTS: Report[] = [
  { date: '2024-12-25', casualties: 1800 },
  { date: '2025-01-13', casualties: 3000, source: 'NIS' },
  { date: '2025-01-16', casualties: 3800, source: 'Zelensky' },
  { date: '2025-01-20', casualties: 4000, source: 'UK MoD' },
];
const chartFor = (reports: Report[], force?: number) =>
  fitChart(
    fitDocument({ file: 'reports.csv', force: force ?? null }, fit(reports, force === undefined ? {} : { force })),
    'reports.csv',
  );

describe('fitChart', () => {
  it('draws each report at the end of its day, tagged with its source and date', () => {
    const chart = chartFor(REPORTS);
    const reports = chart.markers.filter((m) => m.kind === 'asOf');
    expect(reports.map((m) => m.point)).toEqual(REPORTS.map((r) => ({ at: dayOf(r.date) + 1, value: r.casualties })));
    expect(reports.map((m) => m.tag)).toEqual([
      '25 Dec 2024',
      'NIS, 13 Jan 2025',
      'Zelensky, 16 Jan 2025',
      'UK MoD, 20 Jan 2025',
    ]);
    expect(reports[1]!.label).toBe('2025-01-13: 3,000 (NIS)');
    expect(chart.markerLegends).toEqual({ asOf: '4 reports from reports.csv' });
    expect(chart.valueLabel).toBe('cumulative casualties');
  });

  it("draws the least-squares line through each report's fitted count, from zero", () => {
    const result = fit(REPORTS);
    const chart = chartFor(REPORTS);
    const line = chart.series.find((s) => s.emphasis === 'main')!.points;
    for (const r of result.reports) expect(valueAt(line, dayOf(r.date) + 1)).toBeCloseTo(r.fitted, 6);
    expect(line[0]!.value).toBe(0);
    // The line crosses zero during the implied start day: the day after the count through its end is zero.
    expect(line[0]!.at).toBeGreaterThanOrEqual(dayOf(result.start!));
    expect(line[0]!.at).toBeLessThan(dayOf(result.start!) + 1);
    expect(chart.keyDays).toEqual([dayOf(result.start!), dayOf('2025-01-20')]);
  });

  it('fans the band out from the implied start at the ends of the rate interval', () => {
    const result = fit(REPORTS);
    const band = chartFor(REPORTS).band!;
    const start = dayOf(result.start!);
    expect(band.upper[0]).toEqual({ at: start, value: 0 });
    const slope = (points: typeof band.upper) =>
      (points[1]!.value - points[0]!.value) / (points[1]!.at - points[0]!.at);
    expect(slope(band.upper)).toBeCloseTo(result.rateInterval!.high, 9);
    expect(slope(band.lower)).toBeCloseTo(result.rateInterval!.low, 9);
    expect(band.legend).toBe('95 % interval of the rate: 21.8 to 146.4 a day');
  });

  it('with a force, carries the line on to the day it is lost and stops the band there', () => {
    const result = fit(REPORTS, { force: 12000 });
    const chart = chartFor(REPORTS, 12000);
    const start = dayOf(result.start!);
    const projected = chart.markers.find((m) => m.kind === 'projected')!;
    expect(projected.point).toEqual({ at: start + result.projection!.days, value: 12000 });
    expect(Math.ceil(projected.point.at) - 1).toBe(dayOf(result.projection!.date));
    expect(projected.label).toBe('12,000 lost 2025-04-26 (late April 2025)');
    expect(chart.threshold).toEqual({ value: 12000, legend: 'the force: 12,000' });
    expect(chart.series.map((s) => s.line)).toEqual(['solid', 'dashed']);
    expect(chart.band!.upper[1]).toEqual({ at: start + result.projection!.earliest!.days, value: 12000 });
    // The latest date (2026-06-07) is far off: the chart ends sooner and names it in the subtitle only.
    expect(chart.markers.filter((m) => m.kind === 'bound').map((m) => m.label)).toEqual([
      'earliest 2025-02-24 (late February 2025), at 146.4 a day',
    ]);
    expect(chart.subtitle).toContain("at the interval's ends, 2025-02-24 to 2026-06-07");
    expect(chart.keyDays).toEqual([start, dayOf('2025-04-26')]);
  });

  it('has no band from two reports, and no start or projection when the count does not grow', () => {
    const two = chartFor(REPORTS.slice(0, 2));
    expect(two.band).toBeUndefined();
    const falling = chartFor(
      [
        { date: '2025-01-01', casualties: 100 },
        { date: '2025-01-10', casualties: 50 },
      ],
      5000,
    );
    expect(falling.band).toBeUndefined();
    expect(falling.markers.map((m) => m.kind)).toEqual(['asOf', 'asOf']);
    expect(falling.series[0]!.points).toEqual([
      { at: dayOf('2025-01-01') + 1, value: 100 },
      { at: dayOf('2025-01-10') + 1, value: 50 },
    ]);
  });

  it(`tags reports one by one only up to ${MAX_TAGGED_REPORTS} of them`, () => {
    const many = Array.from({ length: MAX_TAGGED_REPORTS + 1 }, (_, i) => ({
      date: isoDate(dayOf('2025-01-01') + i),
      casualties: 100 * (i + 1),
    }));
    expect(chartFor(many).markers.some((m) => m.tag !== undefined)).toBe(false);
    expect(chartFor(many.slice(1)).markers.every((m) => m.tag !== undefined)).toBe(true);
  });

  it(
    'keeps the fitted line inside the band over the reports ' + '(within a day of losses below it), for any reports',
    () => {
      const reports = fc
        .array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 50000 })), {
          minLength: 3,
          maxLength: 20,
        })
        .map((rows) => rows.map(([d, c]) => ({ date: isoDate(dayOf('2025-01-01') + d), casualties: c })));
      fc.assert(
        fc.property(reports, (rs) => {
          let result;
          try {
            result = fit(rs);
          } catch {
            return fc.pre(false);
          }
          fc.pre(result.start !== null && result.rateInterval !== null);
          const chart = chartFor(rs);
          const line = chart.series[0]!.points;
          const start = dayOf(result.start!);
          for (const r of result.reports) {
            const at = dayOf(r.date) + 1;
            if (at <= start) continue;
            // The band fans out from the start; the line starts from its own zero, within the start day.
            const value = valueAt(line, at)!;
            expect(value).toBeLessThanOrEqual(valueAt(chart.band!.upper, at)! + 1e-6 * Math.max(1, value));
            expect(value).toBeGreaterThanOrEqual(
              valueAt(chart.band!.lower, at)! - result.rate - 1e-6 * Math.max(1, value),
            );
          }
        }),
        { numRuns: 100 },
      );
    },
  );
});
