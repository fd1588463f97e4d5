import { formatNumber } from '../../core/figures/format.js';
import type { BacktestResult, BacktestRow } from '../../core/series/backtest.js';
import { plainIntervals } from '../../core/series/interval-check.js';
import type { Chart, ChartPoint, ChartSeries } from './model.js';
import { dayOf } from './project-chart.js';

/** How many of the latest judged origins each point's coverage is the share of. */
export const COVERAGE_WINDOW = 365;

/**
 * The share of outcomes inside their interval over the latest `window` origins with an outcome, at each such origin
 * (from the first with a full window), in percent; `interval` gives an origin's interval or null.
 */
export function rollingCoverage(
  rows: readonly BacktestRow[],
  interval: (row: BacktestRow, k: number) => { low: number; high: number } | null,
  window = COVERAGE_WINDOW,
): ChartPoint[] {
  const hits: number[] = [];
  const points: ChartPoint[] = [];
  let inside = 0;
  rows.forEach((row, k) => {
    const i = interval(row, k);
    if (row.actual === null || i === null) return;
    const hit = row.actual >= i.low && row.actual <= i.high ? 1 : 0;
    hits.push(hit);
    inside += hit;
    if (hits.length > window) inside -= hits[hits.length - window - 1]!;
    if (hits.length >= window) points.push({ at: dayOf(row.origin) + 1, value: (inside / window) * 100 });
  });
  return points;
}

/**
 * Coverage over time: for each horizon, the share of the latest 365 outcomes inside the calibrated interval, drawn
 * at the origin of the latest; the plain split-conformal interval's at the longest horizon for comparison; the nominal
 * level as a line across.
 */
export function coverageChart(result: BacktestResult, name: string): Chart {
  const series: ChartSeries[] = [];
  const longest = result.horizons[result.horizons.length - 1]!;
  for (const horizon of result.horizons) {
    const rows = result.rows.filter((r) => r.horizon === horizon);
    const points = rollingCoverage(rows, (r) =>
      r.low === null || r.high === null ? null : { low: r.low, high: r.high },
    );
    series.push({ points, line: 'solid', emphasis: 'main', legend: `calibrated, ${horizon} days ahead` });
    if (horizon === longest) {
      const plain = plainIntervals(rows, result.level);
      series.push({
        points: rollingCoverage(rows, (_, k) => plain[k]!),
        line: 'dashed',
        emphasis: 'secondary',
        legend: `plain split-conformal, ${horizon} days ahead`,
      });
    }
  }
  const level = formatNumber(result.level * 100, 1);
  return {
    title: `Coverage over time of the ${level} % intervals of ${name}`,
    subtitle:
      `Each point: the share of the latest ${COVERAGE_WINDOW} outcomes inside their interval, at the origin of the ` +
      `latest. Projections from a ${result.window}-day least-squares rate; every interval built from its origin's ` +
      'past alone.',
    valueLabel: 'coverage (%)',
    series,
    threshold: { value: result.level * 100, legend: `nominal: ${level} %` },
    markers: [],
    keyDays: [dayOf(result.first), dayOf(result.last)],
  };
}
