import type { SeriesFitResult } from '../../core/series/fit-series.js';
import { formatNumber } from '../../core/figures/format.js';
import type { Chart, ChartMarker, ChartPoint, ChartSeries } from './model.js';
import { dayOf } from './project-chart.js';

/**
 * A long series as a chart of cumulative casualties: the reports as a line, each span of
 * near-constant rate as its own fitted line, and with a projection, the current rate carried on
 * from the latest count with its calibrated interval as a band fanning out from there.
 */
export function seriesChart(result: SeriesFitResult, name: string, unit = 'casualties'): Chart {
  const reports = result.reports;
  const firstDay = dayOf(reports[0]!.date);
  const latestAt = dayOf(result.latest.date) + 1;
  const series: ChartSeries[] = [
    {
      points: reports.map((r) => ({ at: dayOf(r.date) + 1, value: r.casualties })),
      line: 'solid',
      emphasis: 'secondary',
      legend: `${formatNumber(reports.length)} reports from ${name}`,
    },
  ];
  result.segments.forEach((s, i) => {
    const line = reports.filter((r) => (r.date > s.start && r.date <= s.end) || (i === 0 && r.date === s.start));
    const ends = [line[0], line[line.length - 1]].filter((r) => r !== undefined);
    series.push({
      points: ends.map((r) => ({ at: dayOf(r!.date) + 1, value: r!.fitted })),
      line: 'solid',
      emphasis: 'main',
      ...(i === 0 && {
        legend:
          `${result.segments.length} spans of near-constant rate; the ` +
          `last: ${formatNumber(result.segments[result.segments.length - 1]!.rate)} a day`,
      }),
    });
  });
  const markers: ChartMarker[] = result.segments.slice(1).map((s) => {
    const r = reports.find((x) => x.date === s.start);
    return {
      kind: 'asOf' as const,
      point: { at: dayOf(s.start) + 1, value: r?.casualties ?? 0 },
      label: `change point ${s.start}`,
    };
  });
  const chart: Chart = {
    title: `Cumulative ${unit} from ${name}: ${formatNumber(result.current.rate)} a day now`,
    subtitle: subtitle(result),
    valueLabel: `cumulative ${unit}`,
    series,
    markers,
    markerLegends: { asOf: `${result.segments.length - 1} change points in the rate` },
    keyDays: [firstDay, latestAt - 1],
  };
  const p = result.projection;
  if (p !== undefined && p.from === 'latest' && p.days > 0) {
    const at = dayOf(p.date) + 1;
    const end = latestAt + (at - latestAt) * 1.25;
    series.push({
      points: [
        { at: latestAt, value: result.latest.casualties },
        { at, value: p.force },
      ],
      line: 'dashed',
      emphasis: 'main',
      legend: 'at the current rate',
    });
    chart.threshold = {
      value: p.force,
      legend: `${p.reach === 'target' ? 'the target' : 'the force'}: ${formatNumber(p.force)}`,
    };
    markers.push({
      kind: 'projected',
      point: { at, value: p.force },
      label: `${formatNumber(p.force)} on ${p.date} (${p.label})`,
    });
    chart.keyDays.push(at - 1);
    const ratio = p.interval.ratio ?? null;
    if (ratio !== null) {
      const edge = (rate: number): ChartPoint[] => {
        const start = { at: latestAt, value: result.latest.casualties };
        if (!(rate > 0)) return [start, { at: end, value: result.latest.casualties }];
        const reached = latestAt + (p.force - result.latest.casualties) / rate;
        return reached >= end
          ? [start, { at: end, value: start.value + rate * (end - latestAt) }]
          : [start, { at: reached, value: p.force }, { at: end, value: p.force }];
      };
      chart.band = {
        upper: edge(result.current.rate * ratio.high),
        lower: edge(result.current.rate * ratio.low),
        legend: `calibrated ${formatNumber(p.interval.level * 100, 1)} % interval`,
      };
    }
  }
  return chart;
}

function subtitle(result: SeriesFitResult): string {
  const c = result.current;
  const basis =
    c.basis === 'window'
      ? `least squares over the last ${c.window} days`
      : `the last of ${result.segments.length} spans (from ${c.from})`;
  const p = result.projection;
  const ahead =
    p === undefined || p.from !== 'latest'
      ? ''
      : ` At that rate from ${formatNumber(p.lastReport!.casualties)} on ${p.lastReport!.date}: ` +
        `${formatNumber(p.force)} on ${p.date}.`;
  return (
    `Current rate ${formatNumber(c.rate)} a day, ${basis}; spans by PELT on the daily increase.${ahead} A ` +
    `constant rate is a scenario, not a forecast.`
  );
}
