import type { BacktestResult } from '../../core/series/backtest.js';
import { formatNumber } from '../../core/figures/format.js';
import type { Chart, ChartPoint } from './model.js';
import { dayOf } from './project-chart.js';

/** Errors are drawn in percent, and clipped to this range so one wild early origin does not flatten the rest. */
const CLIP = [-100, 300] as const;

const clip = (percent: number): number => Math.min(CLIP[1], Math.max(CLIP[0], percent));

/**
 * One chart per horizon: each origin's relative error of the projected increase over time, with
 * the calibrated interval's band as it stood at that origin.
 */
export function backtestCharts(result: BacktestResult, name: string): Chart[] {
  return result.summary.map((summary) => {
    const rows = result.rows.filter((r) => r.horizon === summary.horizon);
    const errors: ChartPoint[] = [];
    const upper: ChartPoint[] = [];
    const lower: ChartPoint[] = [];
    for (const r of rows) {
      const at = dayOf(r.origin) + 1;
      if (r.error !== null) errors.push({ at, value: clip(r.error * 100) });
      if (r.low !== null && r.high !== null && r.rate > 0) {
        // The interval's ends as relative errors of the projected increase: asymmetric, as the interval is.
        const increase = r.rate * r.horizon;
        const count = r.projected - increase;
        upper.push({ at, value: clip(((r.high - count) / increase - 1) * 100) });
        lower.push({ at, value: clip(((r.low - count) / increase - 1) * 100) });
      }
    }
    const coverage =
      summary.coverage === null
        ? 'no calibrated interval yet'
        : `${formatNumber(summary.coverage * 100, 1)} % inside the interval`;
    const naive =
      summary.naiveCoverage === null
        ? ''
        : ` (the naive t interval: ${formatNumber(summary.naiveCoverage * 100, 1)} %)`;
    const first = rows[0] ? dayOf(rows[0].origin) : dayOf(result.first);
    const last = rows.length > 0 ? dayOf(rows[rows.length - 1]!.origin) : dayOf(result.last);
    const chart: Chart = {
      title: `${name}: error of ${summary.horizon}-day constant-rate projections, by origin`,
      subtitle:
        `Rate: least squares over the ${result.window} days before each origin. Error: actual increase over ` +
        `projected increase, minus 1. ` +
        `${coverage}${naive}, nominal ${formatNumber(result.level * 100, 1)} %. Errors beyond ${CLIP[0]} % or ` +
        `+${CLIP[1]} % are drawn at the edge.`,
      valueLabel: 'error of the projected increase, %',
      series: [
        {
          points: errors,
          line: 'solid',
          emphasis: 'main',
          legend: `error at ${summary.horizon} days (${formatNumber(summary.scored)} origins)`,
        },
      ],
      markers: [],
      threshold: { value: 0, legend: 'no error' },
      keyDays: [first, last],
    };
    if (upper.length > 0)
      chart.band = {
        upper,
        lower,
        legend: `calibrated ${formatNumber(result.level * 100, 1)} % interval, from earlier origins only`,
      };
    return chart;
  });
}
