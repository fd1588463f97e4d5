import { isoDate, type Day } from '../../core/dates.js';
import { parseDay } from '../../core/parse/days.js';
import { highOf as high, lowOf as low, midpointOf as mid } from '../../core/figures/range.js';
import { snapToWhole, type Point, type StrengthPoint } from '../../core/projection/project.js';
import { formatAmount as amount, formatNumber, formatPercent } from '../../core/figures/format.js';
import type { ProjectDocument } from '../project.js';
import type { Chart, ChartMarker, ChartPoint, ChartSeries } from './model.js';

export const dayOf = (iso: string): Day => {
  const parsed = parseDay(iso);
  if (!parsed.ok) throw new Error(`not an ISO date: ${iso}`);
  return parsed.value;
};

const when = (p: Point): string => `${p.date} (${p.label})`;

/**
 * The remaining force over time for a projection: the central case as a line, ranges as a band
 * between the earliest and the latest case, the threshold, the as-of count and the projected date.
 * Each curve runs from the start at its full force down to the point where it reaches its
 * threshold; with an as-of count it passes through the troops left at the end of the as-of day.
 */
export function projectChart(doc: ProjectDocument, trajectory?: StrengthPoint[]): Chart {
  if (trajectory) return steppedChart(doc, trajectory);
  const { input, result } = doc;
  if (result.date === null || result.days === null) throw new Error('a constant-rate projection always has a date');
  const start = dayOf(input.start);
  const asOf = input.asOf === null ? undefined : dayOf(input.asOf);
  const casualties = input.casualties ?? 0;
  // result.days counts from the start, or from the end of the as-of day.
  const origin = asOf === undefined ? start : asOf + 1;
  const isRange = typeof input.force !== 'number' || typeof input.rate !== 'number' || typeof casualties !== 'number';

  const curve = (force: number, days: number, counted = mid(casualties)): ChartPoint[] => {
    const losses = snapToWhole(force * input.threshold);
    const points: ChartPoint[] = [{ at: start, value: force }];
    if (asOf !== undefined) points.push({ at: asOf + 1, value: Math.max(0, force - counted) });
    const reached = asOf !== undefined && counted >= losses;
    if (!reached) points.push({ at: origin + snapToWhole(days), value: Math.max(0, force - losses) });
    return points;
  };
  const last = (points: ChartPoint[]): ChartPoint => points[points.length - 1]!;

  const centralForce = mid(input.force);
  const central = curve(centralForce, result.days);
  const lost = lossPhrase(input.threshold, result.losses);
  const series: ChartSeries[] = [
    {
      points: central,
      line: 'solid',
      emphasis: 'main',
      legend:
        `${isRange ? 'central case: ' : ''}${formatNumber(centralForce)} troops ` +
        `at ${formatNumber(mid(input.rate))} a day`,
    },
  ];
  const markers: ChartMarker[] = [];
  const chart: Chart = {
    title: `${amount(input.force)} troops losing ${amount(input.rate)} a day from ${input.start}`,
    subtitle: subtitle(doc),
    valueLabel: 'troops remaining',
    series,
    threshold: {
      value: Math.max(0, centralForce - result.losses),
      legend: input.threshold === 1 ? 'threshold: the whole force lost' : `threshold: ${lost}`,
    },
    markers,
    keyDays: [start, dayOf(result.date)],
  };

  if (isRange && result.earliest && result.latest) {
    const earliest = curve(low(input.force), result.earliest.days, high(casualties));
    const latest = curve(high(input.force), result.latest.days, low(casualties));
    chart.band = {
      upper: latest,
      lower: earliest,
      legend: `range: ${amount(input.force)} troops at ${amount(input.rate)} a day`,
    };
    series.unshift(
      { points: earliest, line: 'dashed', emphasis: 'secondary' },
      { points: latest, line: 'dashed', emphasis: 'secondary' },
    );
    markers.push(
      { kind: 'bound', point: last(earliest), label: `earliest ${when(result.earliest)}` },
      { kind: 'bound', point: last(latest), label: `latest ${when(result.latest)}` },
    );
  }
  if (asOf !== undefined) {
    markers.push({
      kind: 'asOf',
      point: { at: asOf + 1, value: Math.max(0, centralForce - mid(casualties)) },
      label: `${amount(casualties)} lost by ${input.asOf}${result.reached ? `: ${lost} already` : ''}`,
    });
  }
  if (!result.reached) {
    markers.push({
      kind: 'projected',
      point: last(central),
      label: `${isRange ? 'central case' : lost} ${when(result as Point)}`,
    });
  }
  return chart;
}

/** "fully lost", "50 % lost (6,000)". */
export function lossPhrase(threshold: number, losses: number): string {
  return threshold === 1 ? 'fully lost' : `${formatPercent(threshold)} lost (${formatNumber(losses)})`;
}

function subtitle({ input, result }: ProjectDocument): string {
  const lost = lossPhrase(input.threshold, result.losses);
  const what = lost.charAt(0).toUpperCase() + lost.slice(1);
  const counted = input.asOf === null ? '' : `; ${amount(input.casualties ?? 0)} lost by ${input.asOf}`;
  if (result.reached) return `${what} on or before ${input.asOf}${counted}.`;
  const answer =
    result.earliest && result.latest
      ? `${what} between ${result.earliest.date} and ${result.latest.date} (central case ${result.date})`
      : `${what} on ${result.date} (${result.label})`;
  return `${answer} if the rate holds${counted}. A constant-rate scenario, not a forecast.`;
}

/** At most this many points per curve: a ten-year daily series would only thicken the line. */
const MAX_POINTS = 600;

/**
 * A stepped scenario (phases, reinforcements, return to duty, decay): the simulated strength day
 * by day, the threshold against the force with its reinforcements, and every phase and
 * reinforcement day labelled on the date axis.
 */
function steppedChart(doc: ProjectDocument, trajectory: StrengthPoint[]): Chart {
  const { input, result } = doc;
  const start = dayOf(input.start);
  const force = mid(input.force);
  const stride = Math.max(1, Math.ceil(trajectory.length / MAX_POINTS));
  const points: ChartPoint[] = [{ at: start, value: force }];
  trajectory.forEach((p, i) => {
    if (p.day >= start && (i % stride === 0 || i === trajectory.length - 1))
      points.push({ at: p.day + 1, value: Math.max(0, p.strength) });
  });
  const end = trajectory[trajectory.length - 1]?.day ?? start;
  const date = result.date === null ? undefined : dayOf(result.date);
  // The threshold is a share of the force with the reinforcements arrived by the projected date
  // (by the end of the simulation when there is none), the base the result's losses are counted on.
  const lastCounted = date ?? end;
  const arrived = (input.reinforcements ?? [])
    .filter((r) => dayOf(r.on) <= lastCounted)
    .reduce((sum, r) => sum + r.troops, 0);
  const floor = Math.max(0, (1 - input.threshold) * (force + arrived));
  const losses = date === undefined ? snapToWhole(input.threshold * (force + arrived)) : result.losses;
  const lost = lossPhrase(input.threshold, losses);
  const eventDays = [
    ...(input.phases ?? []).map((p) => dayOf(p.from)),
    ...(input.reinforcements ?? []).map((r) => dayOf(r.on)),
  ];
  const markers: ChartMarker[] = [];
  if (date !== undefined && result.days !== null && !result.reached) {
    // The moment within the projected day the strength meets the threshold, as the constant-rate chart draws it.
    const origin = input.asOf === null ? start : dayOf(input.asOf) + 1;
    const crossing = { at: origin + snapToWhole(result.days), value: floor };
    while (points.length > 1 && points[points.length - 1]!.at > crossing.at) points.pop();
    points.push(crossing);
    markers.push({ kind: 'projected', point: crossing, label: `${lost} ${result.date} (${result.label})` });
  }
  if (input.asOf !== null) {
    const asOf = dayOf(input.asOf);
    markers.push({
      kind: 'asOf',
      point: { at: asOf + 1, value: force - mid(input.casualties ?? 0) },
      label: `${amount(input.casualties ?? 0)} lost by ${input.asOf}`,
    });
  }
  const answer =
    result.date === null
      ? `Not ${lost} by ${isoDate(end)}`
      : `${lost.charAt(0).toUpperCase()}${lost.slice(1)} on ${result.date} (${result.label})`;
  const lastKey = date ?? end;
  return {
    title: `${amount(input.force)} troops from ${input.start}, stepped scenario`,
    subtitle:
      `${answer} if the scenario holds. Phases and reinforcements are marked on the date axis. A scenario, not a ` +
      `forecast.`,
    valueLabel: 'troops remaining',
    series: [
      { points, line: 'solid', emphasis: 'main', legend: 'strength: force + reinforcements − casualties + returns' },
    ],
    threshold: {
      value: floor,
      legend: `threshold: ${lost}${arrived > 0 ? ` (of ${formatNumber(force + arrived)} with reinforcements)` : ''}`,
    },
    markers,
    keyDays: [...new Set([start, ...eventDays.filter((d) => d > start && d < lastKey), lastKey])].sort((a, b) => a - b),
  };
}
