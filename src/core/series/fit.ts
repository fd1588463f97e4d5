import { readCsv } from './csv.js';
import { formatNumber } from '../figures/format.js';
import { FIRST_DAY, isoDate, LAST_DAY, type Day } from '../dates.js';
import { parseCount } from '../parse/numbers.js';
import { parseDay } from '../parse/days.js';
import type { Parsed } from '../parse/parsed.js';
import { project, snapToWhole, type Point } from '../projection/project.js';
import { studentTQuantile } from './tdist.js';
import type { Range } from '../figures/range.js';
import { echo } from '../wording.js';

/** One dated report of cumulative casualties: counted through the end of `date`. */
export interface Report {
  date: string;
  casualties: number;
  source?: string;
}

export interface FittedReport {
  date: string;
  casualties: number;
  source: string | null;
  /** The fitted line's count for the end of that day. */
  fitted: number;
  residual: number;
  /** The qualifier printed beside the count ("about", "more"), when a column gives one. */
  qualifier?: string;
}

export type FitWarningCode =
  | 'few-reports'
  | 'duplicate-date'
  | 'decreasing'
  | 'not-growing'
  | 'start-off-calendar'
  | 'not-near-zero';

export interface FitWarning {
  code: FitWarningCode;
  message: string;
}

export interface FitProjection extends Point {
  force: number;
  /** The dates the ends of the rate's interval give; latest is null when the interval reaches zero. */
  earliest?: Point;
  latest?: Point | null;
}

export interface FitResult {
  /** Casualties a day: the slope of the least-squares line through (day, cumulative casualties). */
  rate: number;
  /** 95 % confidence interval of the rate (t distribution, n − 2 degrees of freedom); null below three reports. */
  rateInterval: Range | null;
  /** The first day of losses: the day after the fitted line crosses zero (null when the rate is not above zero). */
  start: string | null;
  r2: number | null;
  reports: FittedReport[];
  warnings: FitWarning[];
  projection?: FitProjection;
}

/** Reports that cannot be fitted: fewer than two, or all on one date. */
export class FitError extends Error {
  static readonly code = 'ATTRITION_FIT';
  readonly code = FitError.code;
  constructor(readonly problem: string) {
    super(problem);
    this.name = 'FitError';
  }
}

/** 3800 → "3,800", 12.5 → "12.5": counts in messages, as every report writes them. */
const count = (x: number): string => formatNumber(x);

/**
 * Fits cumulative casualties against the day with least squares. Under attrition's convention a
 * count of C through the end of day D means C = rate × (D − start + 1), so the line reaches zero at
 * the end of the day before the start: a series of 92 a day from 2024-12-06 fits 92 and 2024-12-06.
 */
export function fit(input: readonly Report[], options: { force?: number } = {}): FitResult {
  // In day order, reports of one day in the order given; a series given in order (the usual case) is not sorted.
  const inputDays = input.map((r) => dayOf(r.date));
  const order = Array.from(inputDays.keys());
  if (inputDays.some((d, i) => i > 0 && d < inputDays[i - 1]!))
    order.sort((a, b) => inputDays[a]! - inputDays[b]! || a - b);
  const reports = order.map((i) => ({
    day: inputDays[i]!,
    casualties: input[i]!.casualties,
    source: input[i]!.source,
  }));
  const n = reports.length;
  if (n < 2) throw new FitError(`needs at least two reports to fit a rate; found ${n}`);
  const first = reports[0]!.day;
  if (reports.every((r) => r.day === first))
    throw new FitError(`needs reports on at least two dates; every report is dated ${isoDate(first)}`);
  // Days counted from the first report keep the sums exact for whole counts.
  const xs = reports.map((r) => r.day - first);
  const ys = reports.map((r) => r.casualties);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const sx = sum(xs);
  const sy = sum(ys);
  const sxx = sum(xs.map((x) => x * x));
  const sxy = sum(xs.map((x, i) => x * ys[i]!));
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const intercept = (sy - slope * sx) / n;
  const line = (x: number) => intercept + slope * x;
  const residuals = ys.map((y, i) => y - line(xs[i]!));
  const sse = sum(residuals.map((e) => e * e));
  const mean = sy / n;
  const sst = sum(ys.map((y) => (y - mean) ** 2));
  const spreadX = sxx - (sx * sx) / n;
  const warnings = warn(reports, slope);
  let rateInterval: FitResult['rateInterval'] = null;
  if (n >= 3) {
    const halfWidth = studentTQuantile(0.975, n - 2) * Math.sqrt(sse / (n - 2) / spreadX);
    rateInterval = { low: slope - halfWidth, high: slope + halfWidth };
  }
  const implied = slope > 0 ? Math.floor(snapToWhole(first - intercept / slope)) + 1 : null;
  // A rate barely above zero can put the line's zero before the calendar begins: no start then.
  const start = implied !== null && implied >= FIRST_DAY && implied <= LAST_DAY ? implied : null;
  if (implied !== null && start === null) {
    warnings.push({
      code: 'start-off-calendar',
      message:
        'the fitted line reaches zero outside 0001-01-01 to 9999-12-31: there is no start date and no projection',
    });
  }
  const result: FitResult = {
    rate: slope,
    rateInterval,
    start: start === null ? null : isoDate(start),
    r2: sst > 0 ? 1 - sse / sst : null,
    reports: reports.map((r, i) => ({
      date: isoDate(r.day),
      casualties: r.casualties,
      source: r.source ?? null,
      fitted: line(xs[i]!),
      residual: residuals[i]!,
    })),
    warnings,
  };
  if (options.force !== undefined && start !== null)
    result.projection = projectFit(options.force, slope, rateInterval, isoDate(start));
  return result;
}

function dayOf(text: string): Day {
  const parsed = parseDay(text);
  if (!parsed.ok) throw new FitError(`report date ${echo(text)} ${parsed.problem}`);
  return parsed.value;
}

/** The full-attrition date at the fitted rate from the implied start, with project's convention. */
function projectFit(force: number, rate: number, interval: FitResult['rateInterval'], start: string): FitProjection {
  const central = project({ force, rate, start });
  const projection: FitProjection = { force, date: central.date, days: central.days, label: central.label };
  if (interval !== null) {
    const point = (r: number): Point => {
      const p = project({ force, rate: r, start });
      return { date: p.date, days: p.days, label: p.label };
    };
    projection.earliest = point(interval.high);
    projection.latest = interval.low > 0 ? point(interval.low) : null;
  }
  return projection;
}

function warn(reports: readonly { day: Day; casualties: number }[], slope: number): FitWarning[] {
  const warnings: FitWarning[] = [];
  if (reports.length < 3) {
    warnings.push({
      code: 'few-reports',
      message:
        `only ${reports.length} reports: a line fits them exactly, so there is no confidence interval (it needs ` +
        `three or more)`,
    });
  }
  const byDay = new Map<Day, number[]>();
  for (const r of reports) {
    const counts = byDay.get(r.day);
    if (counts === undefined) byDay.set(r.day, [r.casualties]);
    else counts.push(r.casualties);
  }
  for (const [day, counts] of byDay) {
    if (counts.length > 1) {
      warnings.push({
        code: 'duplicate-date',
        message: `${counts.length} reports for ${isoDate(day)} (${counts.map(count).join(', ')}); all are fitted`,
      });
    }
  }
  for (let i = 1; i < reports.length; i++) {
    const before = reports[i - 1]!;
    const after = reports[i]!;
    if (after.day > before.day && after.casualties < before.casualties) {
      warnings.push({
        code: 'decreasing',
        message:
          `the cumulative count goes down from ${count(before.casualties)} on ${isoDate(before.day)} ` +
          `to ${count(after.casualties)} on ${isoDate(after.day)}`,
      });
    }
  }
  if (!(slope > 0))
    warnings.push({
      code: 'not-growing',
      message: 'the fitted rate is not above zero: there is no start date and no projection',
    });
  return warnings;
}

/**
 * Reads reports from CSV `date,casualties[,source]`: a header line (date,…) and lines starting
 * with # are skipped. A problem names the line.
 */
export function readReports(text: string): Parsed<Report[]> {
  const csv = readCsv(text);
  if (!csv.ok) return { ok: false, problem: `line ${csv.line} ${csv.problem}` };
  const reports: Report[] = [];
  for (const { line, fields } of csv.records) {
    const [date = '', casualties = '', source] = fields;
    if (date.trim().startsWith('#')) continue;
    if (reports.length === 0 && date.trim().toLowerCase() === 'date') continue;
    if (fields.length < 2 || fields.length > 3) {
      return {
        ok: false,
        problem:
          `line ${line} has ${fields.length} field${fields.length === 1 ? '' : 's'}; expected ` +
          `date,casualties[,source]`,
      };
    }
    const day = parseDay(date);
    if (!day.ok) return { ok: false, problem: `line ${line}: date ${echo(date)} ${day.problem}` };
    const value = parseCount(casualties);
    if (!value.ok) return { ok: false, problem: `line ${line}: casualties ${echo(casualties)} ${value.problem}` };
    reports.push({
      date: isoDate(day.value),
      casualties: value.value,
      ...(source !== undefined && source.trim() !== '' && { source: source.trim() }),
    });
  }
  return { ok: true, value: reports };
}
