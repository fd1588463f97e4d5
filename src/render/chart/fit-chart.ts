import { formatInterval, formatNumber } from '../../core/figures/format.js';
import type { FitDocument } from '../fit.js';
import { shortDay } from './ledger-markers.js';
import type { Chart, ChartBand, ChartMarker, ChartPoint, ChartSeries } from './model.js';
import { dayOf } from './project-chart.js';

/** Above this many reports, points are not tagged one by one: their tags would only crowd the plot. */
export const MAX_TAGGED_REPORTS = 12;

/**
 * A fit as a chart of cumulative casualties: each report at the end of its day, the least-squares
 * line from where it crosses zero, the 95 % interval of the rate as a band fanning out from the
 * implied start, and with a force, the line carried on to the day that force is lost.
 * `name` says where the reports came from: a file name, or stdin.
 */
interface Origin {
  date: string;
  casualties: number;
}

export function fitChart(doc: FitDocument, name: string): Chart {
  const { result } = doc;
  const reports = result.reports;
  const first = reports[0]!;
  const firstDay = dayOf(first.date);
  const lastAt = dayOf(reports[reports.length - 1]!.date) + 1;
  const rate = result.rate;
  // The fitted count through the end of day D is drawn at D + 1.
  const line = (at: number): number => first.fitted + rate * (at - (firstDay + 1));
  const start = result.start === null ? undefined : dayOf(result.start);
  const projection = result.projection;
  const force = projection?.force;
  // Where a projection counts from: the latest report (drawn at the end of its day), else the implied start.
  const asOf = projection !== undefined && 'lastReport' in projection ? (projection.lastReport as Origin | null) : null;
  const origin: { at: number; value: number } | undefined =
    asOf !== null
      ? { at: dayOf(asOf.date) + 1, value: asOf.casualties }
      : start === undefined
        ? undefined
        : { at: start, value: 0 };
  const reach = (days: number): number => origin!.at + days;
  // The chart ends a little after the central projection: the low end of a wide interval can be
  // years away, and would squeeze the reports into a corner. That end is named in the legend instead.
  const central = projection && origin !== undefined ? reach(projection.days) : lastAt;
  const end = Math.max(lastAt, central + 0.5 * (central - (start ?? firstDay)));
  const onChart = (at: number): boolean => at <= end;

  const fitted: ChartPoint[] =
    rate > 0
      ? [
          { at: firstDay + 1 - first.fitted / rate, value: 0 },
          { at: lastAt, value: line(lastAt) },
        ]
      : [
          { at: firstDay + 1, value: line(firstDay + 1) },
          { at: lastAt, value: line(lastAt) },
        ];
  const series: ChartSeries[] = [
    { points: fitted, line: 'solid', emphasis: 'main', legend: `fitted to the reports: ${formatNumber(rate)} a day` },
  ];
  const markers: ChartMarker[] = [];
  const tagged = reports.length <= MAX_TAGGED_REPORTS;
  for (const r of reports) {
    const day = dayOf(r.date);
    markers.push({
      kind: 'asOf',
      point: { at: day + 1, value: r.casualties },
      label: `${r.date}: ${formatNumber(r.casualties)}${r.source === null ? '' : ` (${r.source})`}`,
      // Tags name the source without its ledger ids, so they stay short enough to sit by their markers.
      ...(tagged && {
        tag: r.source === null ? shortDay(day) : `${r.source.replace(/\s*\([^)]*\)$/, '')}, ${shortDay(day)}`,
      }),
    });
  }
  const chart: Chart = {
    title: `Cumulative ${doc.input.unit ?? 'casualties'} from ${name}: ${formatNumber(rate)} a day fitted`,
    subtitle: subtitle(doc),
    valueLabel: `cumulative ${doc.input.unit ?? 'casualties'}`,
    series,
    markers,
    markerLegends: { asOf: `${reports.length} reports from ${name}` },
    keyDays: [start ?? firstDay, projection ? dayOf(projection.date) : lastAt - 1],
  };
  if (origin !== undefined && result.rateInterval !== null) {
    chart.band = band(origin, end, result.rateInterval, force);
  }
  if (projection && force !== undefined && origin !== undefined) {
    const at = reach(projection.days);
    series.push({
      points: [
        { at: lastAt, value: line(lastAt) },
        { at, value: force },
      ],
      line: 'dashed',
      emphasis: 'main',
      legend: `continued at the fitted rate until ${formatNumber(force)} are lost`,
    });
    chart.threshold = { value: force, legend: `the force: ${formatNumber(force)}` };
    if (projection.earliest) {
      markers.push({
        kind: 'bound',
        point: { at: reach(projection.earliest.days), value: force },
        label:
          `earliest ${projection.earliest.date} (${projection.earliest.label}), ` +
          `at ${formatNumber(result.rateInterval!.high)} a day`,
      });
    }
    if (projection.latest && onChart(reach(projection.latest.days))) {
      markers.push({
        kind: 'bound',
        point: { at: reach(projection.latest.days), value: force },
        label:
          `latest ${projection.latest.date} (${projection.latest.label}), ` +
          `at ${formatNumber(result.rateInterval!.low)} a day`,
      });
    }
    markers.push({
      kind: 'projected',
      point: { at, value: force },
      label: `${formatNumber(force)} lost ${projection.date} (${projection.label})`,
    });
  }
  return chart;
}

/**
 * The counts the ends of the rate's interval give from the implied start: a fan from zero, each
 * edge stopping at the force (when there is one). A low end at or below zero is drawn flat at zero.
 */
function band(
  origin: { at: number; value: number },
  end: number,
  interval: { low: number; high: number },
  force: number | undefined,
): ChartBand {
  const { at: start, value: base } = origin;
  const edge = (rate: number): ChartPoint[] => {
    const r = Math.max(0, rate);
    const reached = force !== undefined && r > 0 ? start + (force - base) / r : Infinity;
    if (reached >= end)
      return [
        { at: start, value: base },
        { at: end, value: base + r * (end - start) },
      ];
    return [
      { at: start, value: base },
      { at: reached, value: force! },
      { at: end, value: force! },
    ];
  };
  return {
    upper: edge(interval.high),
    lower: edge(interval.low),
    legend: `95 % interval of the rate: ${formatInterval(interval.low, interval.high)} a day`,
    keepClear: true,
  };
}

function subtitle({ result }: FitDocument): string {
  const interval =
    result.rateInterval === null
      ? ''
      : ` (95 % interval ${formatNumber(result.rateInterval.low)} to ${formatNumber(result.rateInterval.high)})`;
  const from = result.start === null ? '' : ` from ${result.start}`;
  const r2 = result.r2 === null ? '' : `, R² ${formatNumber(result.r2, 3)}`;
  const p = result.projection;
  const ends =
    p?.earliest === undefined
      ? ''
      : p.latest === null
        ? `; at the interval's high end, ${p.earliest.date}`
        : `; at the interval's ends, ${p.earliest.date} to ${p.latest!.date}`;
  const lost = p ? ` At that rate ${formatNumber(p.force)} are lost on ${p.date} (${p.label})${ends}.` : '';
  return (
    `Least squares over ${result.reports.length} reports: ${formatNumber(result.rate)} a ` +
    `day${interval}${from}${r2}.${lost} A constant-rate fit, not a forecast.`
  );
}
