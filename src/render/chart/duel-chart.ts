import type { DuelDay, DuelResult } from '../../core/duel/duel.js';
import type { DuelFitResult } from '../../core/duel/fit.js';
import { formatNumber } from '../../core/figures/format.js';
import { coefficientText, lawName } from '../duel.js';
import type { Chart, ChartMarker, ChartPoint, ChartSeries } from './model.js';
import { dayOf } from './project-chart.js';

/** A strength through the end of each day, starting from the troops at the start of day 1. */
const pointsOf = (start: number, first: number, days: readonly DuelDay[], side: 'x' | 'y'): ChartPoint[] => [
  { at: start, value: first },
  ...days.map((d) => ({ at: start + d.day, value: d[side] })),
];

/** Both strengths over time on one chart, with the day the first side reaches the threshold marked. */
export function duelChart(r: DuelResult): Chart {
  const start = dayOf(r.start);
  const series: ChartSeries[] = (['x', 'y'] as const).map((side, i) => ({
    points: pointsOf(start, r.sides[side].initial, r.days, side),
    line: i === 0 ? 'solid' : 'dashed',
    emphasis: 'main',
    legend: `${r.names[side]} (${side})`,
  }));
  const markers: ChartMarker[] = [];
  if (r.outcome !== null) {
    const o = r.outcome;
    const reached = r.sides[o.loser].thresholdReached!;
    const level = (1 - r.threshold) * (r.sides[o.loser].initial + r.sides[o.loser].reinforced);
    markers.push({
      kind: 'projected',
      point: { at: start + reached.days, value: Math.max(0, level) },
      label:
        `${r.names[o.loser]} ${r.threshold === 1 ? 'destroyed' : 'at the threshold'} ${o.date}; ` +
        `${r.names[o.winner]} ${formatNumber(Math.round(o.left))} left`,
    });
  }
  return {
    title: `${r.names.x} against ${r.names.y}: ${lawName(r.law)}`,
    subtitle:
      `a = ${coefficientText(r.a)}, b = ${coefficientText(r.b)}; strength at the end of each day from ${r.start}` +
      (r.reinforcements.x.length + r.reinforcements.y.length > 0 ? ', with reinforcements' : ''),
    valueLabel: 'troops',
    series,
    markers,
    keyDays: [start, ...(r.outcome ? [start + r.outcome.day - 1] : []), start + r.ended.day],
  };
}

/** The observed side's strength from the series beside the fitted law's curve and the other laws'. */
export function duelFitChart(r: DuelFitResult, name: string): Chart {
  const start = dayOf(r.start);
  const side = r.observed[0]!;
  const observed: ChartPoint[] = r.days.flatMap((d) =>
    d[side].strength === null ? [] : [{ at: start + d.day, value: d[side].strength! }],
  );
  const first = r.initial[side];
  const series: ChartSeries[] = [
    { points: observed, line: 'solid', emphasis: 'main', legend: `${r.names[side]} strength, from ${name}` },
    {
      points: pointsOf(start, first, r.curve, side),
      line: 'dashed',
      emphasis: 'main',
      legend:
        `${lawName(r.law)} fitted (${r.method === 'sums' ? 'ratio of sums' : 'least squares'}): ` +
        `a = ${coefficientText(r.coefficients.a.value)}, b = ${coefficientText(r.coefficients.b.value)}`,
    },
  ];
  for (const l of r.comparison.laws) {
    if (l.law.name === r.law.name || l.law.name === 'general' || l.curve.length === 0) continue;
    series.push({
      points: pointsOf(start, first, l.curve, side),
      line: 'dotted',
      emphasis: 'secondary',
      legend: `${lawName(l.law)}, least squares: a = ${coefficientText(l.a)}, b = ${coefficientText(l.b)}`,
    });
  }
  return {
    title: `${r.names[side]} strength: the series and the Lanchester laws fitted to it`,
    subtitle:
      `Troops at the end of each day from ${r.start}; each law integrated from the start with the series' ` +
      `reinforcements. The axis does not start at zero.`,
    valueLabel: 'troops',
    series,
    markers: [],
    valueFloor: Math.min(...series.flatMap((s) => s.points.map((p) => p.value))),
    keyDays: [start, start + r.days.length],
  };
}
