import type { Day } from '../../core/dates.js';

/**
 * What a chart shows, independent of where it is drawn (terminal or SVG). Projections, fits and
 * Monte Carlo results each build one; the renderers only draw it.
 *
 * Time is `at`: days since 1970-01-01 00:00 UTC. A whole number is the start of that calendar
 * day, so a count "through the end of day D" belongs at D + 1, and a threshold crossed during
 * day D lies in [D, D + 1).
 */
export interface ChartPoint {
  at: number;
  value: number;
}

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface ChartSeries {
  /** Straight segments between points, in time order. */
  points: ChartPoint[];
  line: LineStyle;
  /** The main series is drawn strongest and on top. */
  emphasis: 'main' | 'secondary';
  /** Shown in the legend; a series without one is not listed (a band's edges, say). */
  legend?: string;
}

/**
 * A shaded region: the polygon running along `upper` then back along `lower`. When the two end at
 * different times, the closing edge joins their last points.
 */
export interface ChartBand {
  upper: ChartPoint[];
  lower: ChartPoint[];
  legend: string;
  /**
   * The legend must leave the band clear (an interval a reader compares reports with): the SVG raises its value axis to
   * make room when needed.
   */
  keepClear?: boolean;
}

export interface ChartThreshold {
  value: number;
  legend: string;
}

/** asOf: a count already made; projected: the answer; bound: an end of a range; reported: a quoted figure. */
export type MarkerKind = 'projected' | 'bound' | 'asOf' | 'reported';

export interface ChartMarker {
  kind: MarkerKind;
  point: ChartPoint;
  /** What the legend says about this marker: "fully lost 2025-04-15 (mid-April 2025)". */
  label: string;
  /**
   * A short name for the point ("NIS, 13 Jan 2025"): the SVG writes it beside the marker where it
   * fits; the terminal draws the marker as a key (1, 2 …) and lists the label after the key.
   */
  tag?: string;
}

export interface Chart {
  title: string;
  subtitle: string;
  /** What the vertical axis counts: "troops remaining". */
  valueLabel: string;
  series: ChartSeries[];
  band?: ChartBand;
  threshold?: ChartThreshold;
  markers: ChartMarker[];
  /**
   * One legend text for all markers of a kind ("reports from reports.csv"), for kinds with many
   * markers that are labelled beside their points rather than one legend row each.
   */
  markerLegends?: Partial<Record<MarkerKind, string>>;
  /** Days the date axis must label, most important first: the start, the projected date. */
  keyDays: Day[];
  /** The value axis starts at this value or below (default 0); a chart not starting at zero says so in its subtitle. */
  valueFloor?: number;
}

/** Every time and value the chart draws, for fitting the axes around them. */
export function chartPoints(chart: Chart): ChartPoint[] {
  return [
    ...chart.series.flatMap((s) => s.points),
    ...(chart.band ? [...chart.band.upper, ...chart.band.lower] : []),
    ...chart.markers.map((m) => m.point),
  ];
}
