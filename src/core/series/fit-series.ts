import { isoDate, type Day } from '../dates.js';
import { formatNumber } from '../figures/format.js';
import { parseDay } from '../parse/days.js';
import { CALIBRATION_METHOD } from './backtest.js';
import { dailyIncrements, dailySeries, lastIndexOnOrBefore, type DailySeries } from './daily.js';
import { fit, type FitResult, type Report } from './fit.js';
import { MIN_CALIBRATION_ERRORS } from './calibrate.js';
import type { Range } from '../figures/range.js';
import type { SeriesReport } from './read-series.js';
import { MIN_SPAN_DAYS, neweyWestStandardError, partitionSeries } from './segments.js';
import { studentTQuantile } from './tdist.js';
import { slopeSums, windowStarts, type SlopeSums } from './window-slope.js';
import { outlook, ratesAtOrigins, type OutlookRow } from './outlook.js';
import { fromLatest, type CurrentRate, type SeriesProjection } from './reach.js';

export type { CurrentRate, SeriesProjection };

/** A span of near-constant rate: from the report it grows from to its last report. */
export interface Segment {
  start: string;
  end: string;
  days: number;
  /** How many reports the span has. */
  reportCount: number;
  /** Least squares over the span's reports. */
  rate: number;
  /** Its interval at the fit's level: ± t × the Newey–West standard error of the span's daily increase. */
  rateInterval: { low: number; high: number } | null;
}

export interface SeriesFitResult extends Omit<FitResult, 'projection'> {
  /**
   * One least-squares line through every report, with its t interval and R². On a series with one
   * span and no --window it is also `rate`, `rateInterval` and `r2`; otherwise those are the current
   * rate, its interval, and the R² of each report against its own span's line.
   */
  line: { rate: number; rateInterval: { low: number; high: number } | null; r2: number | null };
  level: number;
  segments: Segment[];
  current: CurrentRate;
  latest: { date: string; casualties: number };
  /** True when the count before the first report is small: the implied start means something then. */
  beginsNearZero: boolean;
  /** How the spans are found (segmentation, with its penalty and shortest span) and the intervals calibrated. */
  methods: { segmentation: string; penalty: number; minSpanDays: number; intervalMethod: string };
  qualifiers: Record<string, number>;
  /** The count 30, 90 and 180 days after the latest report if the current rate holds, with calibrated intervals. */
  outlook: OutlookRow[];
  projection?: SeriesProjection;
}

export interface SeriesFitOptions {
  /** A force lost: one number, or a range whose two ends are each projected. */
  force?: number | Range;
  target?: number;
  /** Fit the current rate over only the last `window` days instead of the last span. */
  window?: number;
  /** Level of every interval; 0.95 by default. */
  level?: number;
}

export const SEGMENTATION_METHOD =
  'PELT (optimal partitioning) on the daily increase (an increase over a gap weighs its days): each span a ' +
  'Gaussian with its own mean and variance, ' +
  `a BIC penalty of 3 ln n for each further span, spans of at least ${MIN_SPAN_DAYS} days`;

const dayOf = (date: string): Day => (parseDay(date) as { value: Day }).value;

/**
 * Fits a long cumulative series: the least-squares line through everything (as `fit`), the spans of
 * near-constant rate, the current rate, and a projection from the latest count with an interval
 * calibrated on the series' own past projections.
 */
export function fitSeries(input: readonly SeriesReport[], options: SeriesFitOptions = {}): SeriesFitResult {
  const level = options.level ?? 0.95;
  const whole = fit(input);
  const series = dailySeries(input);
  const { days, counts } = series;
  const sums = slopeSums(series);
  const increments = dailyIncrements(series);
  const cuts = partitionSeries(series);
  const tOf = (df: number) => (df > 0 ? studentTQuantile(1 - (1 - level) / 2, df) : NaN);
  const interval = (rate: number, from: number, to: number) => {
    const half = tOf(to - from - 1) * neweyWestStandardError(increments, from, to);
    return Number.isFinite(half) ? { low: rate - half, high: rate + half } : null;
  };
  let previous = 0;
  const segments: Segment[] = [];
  const lines: ((day: number) => number)[] = [];
  for (const end of cuts.ends) {
    const [first, last] = reportRange(days, days[0]! + previous, days[0]! + end);
    const rate =
      last > first ? sums.slope(first, last) : (counts[last]! - counts[first]!) / Math.max(end - previous, 1);
    lines.push(last > first ? sums.line(first, last) : (d) => counts[first]! + rate * (d - days[first]!));
    segments.push({
      start: isoDate(days[0]! + previous),
      end: isoDate(days[0]! + end),
      days: end - previous,
      reportCount: last - first + 1,
      rate,
      rateInterval: interval(rate, previous, end),
    });
    previous = end;
  }
  const lastDay = days[days.length - 1]!;
  const segmentEnds = cuts.ends.map((end) => days[0]! + end);
  const current = currentRate(series, sums, segments, options.window, interval);
  const startGuess =
    segments.length <= 1 ? whole.start : fit(input.filter((r) => dayOf(r.date) <= dayOf(segments[0]!.end))).start;
  const span = Math.max(1, dayOf(segments[0]?.end ?? isoDate(lastDay)) - days[0]!);
  // Near zero: the line reaches zero no further before the first report than the first span is long, nor than half
  // the series' own length (at a constant rate, a first count of at most a third of the latest). A series whose first
  // row already shows most of its losses has no start worth stating.
  const back = startGuess === null ? Infinity : days[0]! - dayOf(startGuess);
  const beginsNearZero = startGuess !== null && back <= span && back <= (lastDay - days[0]!) / 2;
  const { projection: _unused, ...line } = whole;
  // The rate this fit would have given on each earlier day, from that day's data alone: what its intervals are
  // calibrated on.
  const pastRates = ratesAtOrigins(series, sums, cuts.lastStart, options.window);
  const qualifiers = new Map(
    input.flatMap((r) =>
      r.qualifier === undefined ? [] : [[`${isoDate(dayOf(r.date))}|${r.casualties}`, r.qualifier] as const],
    ),
  );
  // Each report against its own span's line (a change-point report belongs to the span it ends).
  // The reports are in day order, so their span only moves forward; each is fit's own, updated in place.
  let k = 0;
  const fittedReports = whole.reports.map((r) => {
    if (segments.length > 1) {
      const d = dayOf(r.date);
      while (k < segmentEnds.length - 1 && d > segmentEnds[k]!) k++;
      r.fitted = lines[k]!(d);
      r.residual = r.casualties - r.fitted;
    }
    if (qualifiers.size > 0) {
      const qualifier = qualifiers.get(`${r.date}|${r.casualties}`);
      if (qualifier !== undefined) r.qualifier = qualifier;
    }
    return r;
  });
  // With several spans (or a window) the rate is the current one, and R² that of the spans' lines.
  const byCurrent = segments.length > 1 || options.window !== undefined;
  const mean = fittedReports.reduce((a, r) => a + r.casualties, 0) / fittedReports.length;
  const sst = fittedReports.reduce((a, r) => a + (r.casualties - mean) ** 2, 0);
  const sse = fittedReports.reduce((a, r) => a + r.residual ** 2, 0);
  const result: SeriesFitResult = {
    ...line,
    ...(byCurrent && { rate: current.rate, rateInterval: current.rateInterval, r2: sst > 0 ? 1 - sse / sst : null }),
    line: { rate: whole.rate, rateInterval: whole.rateInterval, r2: whole.r2 },
    start: beginsNearZero ? startGuess : null,
    reports: fittedReports,
    level,
    segments,
    current,
    latest: { date: isoDate(lastDay), casualties: counts[counts.length - 1]! },
    beginsNearZero,
    methods: {
      segmentation: SEGMENTATION_METHOD,
      penalty: cuts.penalty,
      minSpanDays: MIN_SPAN_DAYS,
      intervalMethod: CALIBRATION_METHOD,
    },
    qualifiers: countQualifiers(input),
    outlook: outlook(series, pastRates, current.rate, level),
  };
  if (!beginsNearZero && startGuess !== null) {
    const message =
      `the series does not begin near zero (${formatNumber(counts[0]!)} on ${isoDate(days[0]!)}): no implied ` +
      `start; projections count from the latest report`;
    result.warnings = [...result.warnings, { code: 'not-near-zero', message }];
  }
  const range = typeof options.force === 'object' ? options.force : null;
  const goal = options.target ?? (range === null ? (options.force as number | undefined) : range.high);
  if (goal !== undefined) {
    const reach = options.target === undefined ? 'force' : 'target';
    // Always from the latest report: a projection is never dated before a count the series already shows.
    const fallback = days.length < MIN_CALIBRATION_ERRORS ? result.rateInterval : null;
    const project = (to: number) => fromLatest(series, pastRates, to, reach, current, level, fallback);
    const projection = project(goal);
    if (typeof projection === 'string')
      result.warnings = [...result.warnings, { code: 'not-growing', message: projection }];
    else {
      result.projection = projection;
      // A range of forces: the low end is reached first; the interval runs from its earliest to the high end's latest.
      const low = range === null || options.target !== undefined ? null : project(range.low);
      if (low !== null && typeof low !== 'string') {
        projection.forceRange = { low: range!.low, high: range!.high };
        projection.lowEnd = { date: low.date, days: low.days, label: low.label };
        if (low.earliest !== undefined) projection.earliest = low.earliest;
      }
    }
  }
  // A force cannot lose more than itself: the outlook stops at it.
  if (options.force !== undefined) {
    const force = range === null ? (options.force as number) : range.high;
    const cap = (x: number | null) => (x === null ? null : Math.min(x, Math.max(force, result.latest.casualties)));
    result.outlook = result.outlook.map((o) => ({
      ...o,
      projected: cap(o.projected)!,
      low: cap(o.low),
      high: cap(o.high),
    }));
  }
  return result;
}

/** First and last report index dated from `from` through `to`. */
function reportRange(days: readonly Day[], from: Day, to: Day): [number, number] {
  return [lastIndexOnOrBefore(days, from - 1) + 1, lastIndexOnOrBefore(days, to)];
}

function currentRate(
  series: DailySeries,
  sums: SlopeSums,
  segments: Segment[],
  window: number | undefined,
  interval: (rate: number, from: number, to: number) => CurrentRate['rateInterval'],
): CurrentRate {
  const { days } = series;
  const last = days.length - 1;
  if (window === undefined) {
    const s = segments[segments.length - 1]!;
    return { rate: s.rate, rateInterval: s.rateInterval, from: s.start, to: s.end, basis: 'segment', window: null };
  }
  const first = windowStarts(series, window)[last]!;
  const rate = sums.slope(first, last);
  const from = days[last]! - window + 1 - days[0]!;
  return {
    rate,
    rateInterval: interval(rate, Math.max(from, 0), days[last]! - days[0]!),
    from: isoDate(days[last]! - window + 1),
    to: isoDate(days[last]!),
    basis: 'window',
    window,
  };
}

function countQualifiers(input: readonly SeriesReport[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of input) if (r.qualifier !== undefined) out[r.qualifier] = (out[r.qualifier] ?? 0) + 1;
  return out;
}

export type { Report };
