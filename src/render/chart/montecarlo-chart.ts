import type { Day } from '../../core/dates.js';
import { midpointOf as mid } from '../../core/figures/range.js';
import type { MonteCarloDocument } from '../montecarlo.js';
import type { Chart, ChartMarker, ChartPoint } from './model.js';
import { formatAmount as amount, formatNumber, formatPercent } from '../../core/figures/format.js';
import { dayOf } from './project-chart.js';

/**
 * A Monte Carlo run as a chart of troops remaining: the central force from the start down to its
 * threshold on the median date, and the band between the paths that reach it on the 5th and the
 * 95th percentile dates. The run keeps only the dates, so each path is the straight line a
 * constant rate draws from the start (through the as-of count, when there is one); with a start
 * range, the 5th percentile's path starts at the earliest start and the 95th's at the latest.
 */
export function monteCarloChart(doc: MonteCarloDocument): Chart {
  const { input, result } = doc;
  const force = mid(input.force);
  const [first, last] =
    typeof input.start === 'string' ? [input.start, input.start] : [input.start.low, input.start.high];
  const startLow = dayOf(first);
  const startHigh = dayOf(last);
  const level = Math.max(0, force - force * result.threshold);
  const asOf = input.asOf === null ? undefined : dayOf(input.asOf);
  const counted = input.casualties === null ? 0 : mid(input.casualties);
  const { p5, p50, p95 } = result.quantiles;
  // Only stepped runs can leave a quantile unreached, and those are not charted (the command refuses them).
  if (p5 === null || p50 === null || p95 === null)
    throw new Error('a constant-rate Monte Carlo run reaches every quantile');
  const day = { p5: dayOf(p5), p50: dayOf(p50), p95: dayOf(p95) };

  /** From the first start at full force; losses from `start`; the threshold reached during `reached`. */
  const path = (start: Day, reached: Day): ChartPoint[] => {
    const from = Math.min(start, reached);
    const end = reached + 0.5;
    const points: ChartPoint[] = [{ at: startLow, value: force }];
    if (from > startLow) points.push({ at: from, value: force });
    if (asOf !== undefined && asOf + 1 > from && asOf + 1 < end && force - counted > level)
      points.push({ at: asOf + 1, value: force - counted });
    points.push({ at: end, value: level });
    return points;
  };
  const early = path(startLow, day.p5);
  const median = path(Math.floor((startLow + startHigh) / 2), day.p50);
  const late = path(startHigh, day.p95);
  const at = (points: ChartPoint[]): ChartPoint => points[points.length - 1]!;
  const lost = result.threshold === 1 ? 'fully lost' : `${formatPercent(result.threshold)} lost`;
  const { quantiles: q, labels } = result;

  const markers: ChartMarker[] = [
    { kind: 'bound', point: at(early), label: `5th percentile ${q.p5} (${labels.p5})` },
    { kind: 'bound', point: at(late), label: `95th percentile ${q.p95} (${labels.p95})` },
  ];
  if (asOf !== undefined && input.casualties !== null) {
    markers.push({
      kind: 'asOf',
      point: { at: asOf + 1, value: force - counted },
      label: `${amount(input.casualties)} lost by ${input.asOf}`,
    });
  }
  markers.push({ kind: 'projected', point: at(median), label: `median ${q.p50} (${labels.p50})` });
  const what = lost.charAt(0).toUpperCase() + lost.slice(1);
  return {
    title:
      `${amount(input.force)} troops losing ${amount(input.rate)} a day ` +
      `from ${first === last ? first : `${first} to ${last}`}`,
    subtitle:
      `${what} between ${q.p5} and ${q.p95} in 90 % of ${formatNumber(result.samples)} scenarios; ` +
      `median ${q.p50} (${labels.p50}). ` +
      `Each keeps its rate: scenarios, not a forecast (seed ${input.seed}).`,
    valueLabel: 'troops remaining',
    series: [
      { points: early, line: 'dashed', emphasis: 'secondary' },
      { points: late, line: 'dashed', emphasis: 'secondary' },
      { points: median, line: 'solid', emphasis: 'main', legend: `${formatNumber(force)} troops to the median date` },
    ],
    band: { upper: late, lower: early, legend: '5th to 95th percentile dates' },
    threshold: {
      value: level,
      legend:
        result.threshold === 1
          ? 'threshold: the whole force lost'
          : `threshold: ${formatPercent(result.threshold)} of ${formatNumber(force)} lost`,
    },
    markers,
    keyDays: [startLow, day.p50],
  };
}
