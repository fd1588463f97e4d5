import { describe, expect, it } from 'vitest';
import { backtest } from '../../../src/core/series/backtest.js';
import { fitSeries } from '../../../src/core/series/fit-series.js';
import { backtestCharts } from '../../../src/render/chart/backtest-chart.js';
import { seriesChart } from '../../../src/render/chart/series-chart.js';
import { stackSvg } from '../../../src/render/chart/stack-svg.js';
import { renderSvg } from '../../../src/render/chart/svg.js';
import { dayOf } from '../../../src/render/chart/project-chart.js';
import { generalStaffReports } from '../../helpers/general-staff.js';

describe('charts of a long series', () => {
  const reports = generalStaffReports();

  it('draws the reports, one fitted line a span, and the calibrated band fanning out from the latest count', () => {
    const result = fitSeries(reports, { target: 1_500_000 });
    const chart = seriesChart(result, 'gs');
    expect(chart.series[0]!.points).toHaveLength(reports.length);
    const spans = chart.series.filter((s) => s.emphasis === 'main' && s.line === 'solid');
    expect(spans).toHaveLength(result.segments.length);
    const latestAt = dayOf(result.latest.date) + 1;
    expect(chart.band!.upper[0]).toEqual({ at: latestAt, value: result.latest.casualties });
    // The upper edge grows at the rate times the ratio's high end: it reaches the target first.
    const ratio = result.projection!.interval.ratio!;
    expect(chart.band!.upper[1]!.at - latestAt).toBeCloseTo(
      (1_500_000 - result.latest.casualties) / (result.current.rate * ratio.high),
      6,
    );
    expect(chart.threshold!.value).toBe(1_500_000);
    expect(chart.markers.filter((m) => m.kind === 'asOf')).toHaveLength(result.segments.length - 1);
  });

  it('draws per horizon the errors over time, in percent, and the band of the interval as it stood then', () => {
    const result = backtest(reports, { window: 30, horizons: [30, 90], level: 0.9 });
    const charts = backtestCharts(result, 'gs');
    expect(charts).toHaveLength(2);
    const rows = result.rows.filter((r) => r.horizon === 30);
    expect(charts[0]!.series[0]!.points).toHaveLength(rows.filter((r) => r.error !== null).length);
    const row = rows.find((r) => r.low !== null && r.error !== null && Math.abs(r.error) < 1)!;
    const at = dayOf(row.origin) + 1;
    expect(charts[0]!.series[0]!.points.find((p) => p.at === at)!.value).toBeCloseTo(row.error! * 100, 9);
    // The band's ends are the interval's ends as relative errors of the projected increase: asymmetric.
    const count = row.projected - row.rate * 30;
    const high = ((row.high! - count) / (row.rate * 30) - 1) * 100;
    const low = ((row.low! - count) / (row.rate * 30) - 1) * 100;
    expect(charts[0]!.band!.upper.find((p) => p.at === at)!.value).toBeCloseTo(Math.min(300, high), 9);
    expect(charts[0]!.band!.lower.find((p) => p.at === at)!.value).toBeCloseTo(Math.max(-100, low), 9);
    const svg = stackSvg(charts.map(renderSvg));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="900"/);
    expect(svg).toContain('id="chart-title-2"');
    expect(svg).not.toContain('<?xml');
  });
});
