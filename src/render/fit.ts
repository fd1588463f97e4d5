import { wrapReport } from './wrap.js';
import type { FitResult } from '../core/series/fit.js';
import type { SeriesFitResult, SeriesProjection } from '../core/series/fit-series.js';
import { renderSeriesFit } from './fit-series.js';
import { formatFixed, formatNumber, formatSigned, formatWithInterval } from '../core/figures/format.js';
import type { Style } from './style.js';

export interface FitEcho {
  file: string;
  force: number | null;
  /** --force as a range: force is then its high end. */
  forceRange?: { low: number; high: number };
  target?: number | null;
  window?: number | null;
  level?: number;
  since?: string | null;
  until?: string | null;
  /** The columns (or JSON fields) read, under the names of the flags that choose them; null where unnamed. */
  dateColumn?: string | null;
  valueColumn?: string | null;
  qualifierColumn?: string | null;
  sourceColumn?: string | null;
  /** What the count counts: --unit, the value column's name, or casualties. */
  unit?: string;
}

export interface FitDocument {
  schemaVersion: 2;
  command: 'fit';
  input: FitEcho;
  /** A series fit (the CLI's); the plain least-squares fit of `fit` renders the same way as a short series. */
  result: FitResult | SeriesFitResult;
}

export const fitDocument = (input: FitEcho, result: FitResult | SeriesFitResult): FitDocument => ({
  schemaVersion: 2,
  command: 'fit',
  input,
  result,
});

function reportRows(result: FitResult, unit: string): string[] {
  const rows = result.reports.map((r) => [
    r.date,
    formatNumber(r.casualties),
    formatFixed(r.fitted),
    formatSigned(r.residual),
    r.source ?? '',
  ]);
  const header = ['date', unit, 'fitted', 'residual', 'source'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const right = new Set([1, 2, 3]);
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('   ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

function headline(result: FitResult, style: Style): string[] {
  const interval = result.rateInterval;
  const [rate, range] =
    interval === null ? [formatNumber(result.rate), ''] : formatWithInterval(result.rate, interval.low, interval.high);
  const lines = [
    `Fitted rate: ${style.strong(`${rate} a day`)}` +
      (interval === null ? ' (no interval from fewer than three reports)' : ` (95 % interval ${range})`) +
      `${result.r2 === null ? '' : `, R² ${formatFixed(result.r2, 3)}`}, from ${result.reports.length} reports.`,
  ];
  if (result.start !== null)
    lines.push(
      `Implied start: ${style.strong(result.start)}, the first day of losses (the day after the fitted line ` +
        `crosses zero).`,
    );
  const p = result.projection;
  if (p !== undefined) {
    const range =
      p.earliest === undefined
        ? ''
        : p.latest === null
          ? `; from the rate's interval: ${p.earliest.date} or later (its low end is not above zero)`
          : `; from the rate's interval: ${p.earliest.date} to ${p.latest!.date}`;
    const what =
      'reach' in p && p.reach === 'target'
        ? `the count reaches ${formatNumber(p.force)}`
        : `${formatNumber(p.force)} are lost`;
    const asOf = 'lastReport' in p ? (p as SeriesProjection).lastReport : null;
    const from =
      asOf === null
        ? 'At that rate from that start'
        : `At that rate from the latest report (${formatNumber(asOf.casualties)} on ${asOf.date})`;
    const series = 'lastReport' in p ? (p as SeriesProjection) : null;
    const lowEnd = series?.lowEnd;
    const forceRange = series?.forceRange;
    if (lowEnd !== undefined && forceRange !== undefined) {
      lines.push(
        `${from}, ${formatNumber(forceRange.low)} to ${formatNumber(forceRange.high)} are lost between ` +
          `${style.strong(lowEnd.date)} and ${style.strong(p.date)}${range}.`,
      );
    } else {
      const when = p.days === 0 ? `already by ${style.strong(p.date)}` : `on ${style.strong(p.date)} (${p.label})`;
      lines.push(`${from}, ${what} ${when}${range}.`);
    }
  }
  return lines;
}

/** A series that needs the summary: long, with several spans, or a window; the same with or without a projection. */
export const isLongSeries = (
  result: FitResult | SeriesFitResult,
  window: number | null | undefined,
): result is SeriesFitResult =>
  'segments' in result && (result.reports.length > 20 || result.segments.length > 1 || (window ?? null) !== null);

/**
 * The human report. A short series: the rate and start first, then each report with its residual,
 * then the assumptions, its long lines wrapped under themselves. A long one: the summary of
 * renderSeriesFit, which lays out its own lines.
 */
export function renderFit(doc: FitDocument, style: Style, width: number, all = false): string {
  const { result } = doc;
  const unit = doc.input.unit ?? 'casualties';
  if (isLongSeries(result, doc.input.window)) return renderSeriesFit(result, style, all, width, unit);
  const lines = [
    ...headline(result, style),
    '',
    style.heading('Reports'),
    ...reportRows(result, unit),
    '',
    style.heading('Assumptions'),
    `  - Least squares on (day, cumulative ${unit}); each count runs through the end of its day.`,
    '  - A constant rate: the start is the first day of losses, so the line reaches zero at the end of the day ' +
      'before it.',
    '  - The 95 % interval is for the rate (t distribution with n − 2 degrees of freedom); it assumes ' +
      'independent, evenly scattered errors, which cumulative counts rarely have.',
  ];
  return wrapReport(`${lines.join('\n')}\n`, width);
}

/** Warnings as stderr lines. */
export const renderFitWarnings = (result: FitResult): string =>
  result.warnings.map((w) => `attrition: warning: ${w.message}\n`).join('');
