import type { SeriesFitResult } from '../core/series/fit-series.js';
import { formatFixed, formatNumber, formatWithInterval } from '../core/figures/format.js';
import { wrapWords } from './wrap.js';
import type { Style } from './style.js';
import { tableLines } from './table.js';

/** How many of the largest residuals a long series' report shows. */
const LARGEST_RESIDUALS = 5;

type Wrap = (text: string, indent?: string) => string[];
/** Text in lines of at most `width` columns; a line that goes on is indented 2 more. */
const wrapperAt =
  (width: number): Wrap =>
  (text, indent = '') =>
    wrapWords(text, width - indent.length - 2).map((line, i) => `${indent}${i === 0 ? '' : '  '}${line}`);
const pct = (level: number) => `${formatNumber(level * 100, 1)} %`;

function headline(result: SeriesFitResult, style: Style, wrap: Wrap): string[] {
  const c = result.current;
  const basis =
    c.basis === 'window'
      ? `least squares over the last ${c.window} days (${c.from} to ${c.to})`
      : `the last of ${result.segments.length} span${result.segments.length === 1 ? '' : 's'} of near-constant ` +
        `rate (${c.from} to ${c.to})`;
  const [rate, range] =
    c.rateInterval === null
      ? [formatNumber(c.rate), 'no interval']
      : formatWithInterval(c.rate, c.rateInterval.low, c.rateInterval.high);
  const lines = wrap(
    `Current rate: ${style.strong(`${rate} a day`)} ` +
      `(${c.rateInterval === null ? range : `${pct(result.level)} interval ${range}`}), ${basis}.`,
  );
  const latestQualifier = result.reports[result.reports.length - 1]?.qualifier;
  lines.push(
    `Latest count: ${formatNumber(result.latest.casualties)} ` +
      `on ${result.latest.date}${latestQualifier === undefined ? '' : ` (${latestQualifier})`}.`,
  );
  lines.push(...outlookLines(result, wrap));
  const p = result.projection;
  if (p !== undefined) {
    const what =
      p.reach === 'target' ? `the count reaches ${formatNumber(p.force)}` : `${formatNumber(p.force)} are lost`;
    const from =
      p.from === 'latest'
        ? `At the current rate from the latest count of ${formatNumber(p.lastReport!.casualties)} ` +
          `on ${p.lastReport!.date}`
        : 'At the fitted rate from the implied start';
    const range =
      p.interval.method === 'none'
        ? p.interval.why === null
          ? ''
          : `; no interval: ${p.interval.why}`
        : p.latest === null
          ? `; ${pct(p.interval.level)} ${p.interval.method} interval: ${p.earliest!.date} or later (its low end ` +
            `is not above zero)`
          : `; ${pct(p.interval.level)} ${p.interval.method} interval: ${p.earliest!.date} to ${p.latest!.date}`;
    const when =
      p.forceRange !== undefined && p.lowEnd !== undefined
        ? `${formatNumber(p.forceRange.low)} to ${formatNumber(p.forceRange.high)} are lost between ` +
          `${style.strong(p.lowEnd.date)} and ${style.strong(p.date)}`
        : `${what} on ${style.strong(p.date)} (${p.label})`;
    // A calibrated interval of past errors that all lean one way can leave the constant-rate date outside it.
    const outside =
      p.interval.method === 'calibrated' &&
      p.earliest !== undefined &&
      (p.date < p.earliest.date || (p.latest !== null && p.latest !== undefined && p.date > p.latest.date));
    const lean = outside
      ? p.date < p.earliest!.date
        ? ' (past projections this far ahead overshot: the count grew slower than the rate said)'
        : ' (past projections this far ahead fell short: the count grew faster than the rate said)'
      : '';
    lines.push(...wrap(`${from}, ${when}${range}${lean}.`));
  }
  if (result.start !== null)
    lines.push(
      ...wrap(
        `Implied start: ${result.start}, the first day of losses (the series begins near zero: the first ` +
          `span's line reaches zero then).`,
      ),
    );
  else
    lines.push(
      ...wrap('No implied start: the series does not begin near zero, so projections count from the latest report.'),
    );
  return lines;
}

function outlookLines(result: SeriesFitResult, wrap: Wrap): string[] {
  if (result.outlook.length === 0) return [];
  const calibrated = result.outlook.some((o) => o.low !== null);
  const rows = result.outlook.map((o) => [
    `in ${o.horizon} days,`,
    `${o.date}:`,
    formatNumber(Math.round(o.projected)),
    o.low === null || o.high === null
      ? '(no interval yet: too few past projections)'
      : `(${formatNumber(Math.round(o.low))} to ${formatNumber(Math.round(o.high))})`,
  ]);
  const how = calibrated ? ` (${pct(result.level)} intervals calibrated on the series' own past projections)` : '';
  return [...wrap(`If the current rate holds${how}:`), ...tableLines(rows, { rightAligned: new Set([2]), gap: ' ' })];
}

function spans(result: SeriesFitResult): string[] {
  const rows = result.segments.map((s) => {
    const [rate, interval] =
      s.rateInterval === null
        ? [formatNumber(s.rate), '–']
        : formatWithInterval(s.rate, s.rateInterval.low, s.rateInterval.high);
    return [s.start, s.end, formatNumber(s.days), rate, interval];
  });
  return tableLines([['from', 'to', 'days', 'rate a day', `${pct(result.level)} interval`], ...rows], {
    rightAligned: new Set([2, 3, 4]),
  });
}

/** The reports worth seeing: the first, the last, the change points and the largest residuals (all with --all). */
export function reportsWorthSeeing(result: SeriesFitResult, all: boolean): { index: number; note: string }[] {
  const notes = new Map<number, string[]>();
  const note = (i: number, text: string) => notes.set(i, [...(notes.get(i) ?? []), text]);
  const reports = result.reports;
  if (all) reports.forEach((_, i) => notes.set(i, []));
  note(0, 'first');
  note(reports.length - 1, 'last');
  const changes = new Set(result.segments.slice(1).map((s) => s.start));
  reports.forEach((r, i) => changes.has(r.date) && note(i, 'change point'));
  const largest = reports
    .map((r, i) => ({ i, size: Math.abs(r.residual) }))
    .sort((a, b) => b.size - a.size)
    .slice(0, LARGEST_RESIDUALS);
  for (const { i } of largest) note(i, 'large residual');
  return [...notes].sort((a, b) => a[0] - b[0]).map(([index, texts]) => ({ index, note: texts.join(', ') }));
}

function reportTable(result: SeriesFitResult, all: boolean, unit: string): string[] {
  const chosen = reportsWorthSeeing(result, all);
  const rows = chosen.map(({ index, note }) => {
    const r = result.reports[index]!;
    const residual = r.residual > 0 ? `+${formatFixed(r.residual)}` : formatFixed(r.residual);
    return [
      r.date,
      formatNumber(r.casualties),
      formatFixed(r.fitted),
      residual,
      [r.qualifier, r.source, note].filter((t) => t).join('; '),
    ];
  });
  return tableLines([['date', unit, 'fitted', 'residual', 'note'], ...rows], {
    rightAligned: new Set([1, 2, 3]),
  });
}

/**
 * The report on a long series: the current rate and the projection first, then the rate's history, the reports worth
 * seeing, the method.
 */
export function renderSeriesFit(
  result: SeriesFitResult,
  style: Style,
  all: boolean,
  width = 100,
  unit = 'casualties',
): string {
  const wrap = wrapperAt(width);
  const shown = all ? 'every report' : 'first, last, change points, largest residuals; --all lists every one';
  const qualifiers = Object.entries(result.qualifiers);
  const lines = [
    ...headline(result, style, wrap),
    '',
    style.heading(
      `Rate history: ${result.segments.length} span${result.segments.length === 1 ? '' : 's'} of near-constant rate`,
    ),
    ...spans(result),
    '',
    ...wrap(
      `Reports (${formatNumber(all ? result.reports.length : reportsWorthSeeing(result, false).length)} ` +
        `of ${formatNumber(result.reports.length)}: ${shown})`,
    ).map((line) => style.heading(line)),
    ...reportTable(result, all, unit),
    '',
    style.heading('Assumptions'),
    ...wrap(
      `- Spans: ${result.methods.segmentation}. Each span's rate is least squares over its reports; its ` +
        `interval is ± t × the Newey–West standard error of its daily increase.`,
      '  ',
    ),
    ...wrap("- Fitted and residual: each report against its own span's line.", '  '),
    ...wrap(
      `- One line through every report would give ${formatNumber(result.line.rate)} a ` +
        `day${result.line.r2 === null ? '' : ` (R² ${formatNumber(result.line.r2, 4)})`}; it is not used, since ` +
        `the rate changed.`,
      '  ',
    ),
    ...(result.projection?.interval.method === 'calibrated'
      ? wrap(
          `- The projection's interval is calibrated on this series' own earlier ` +
            `projections ${result.projection.interval.horizon} days ahead ` +
            `(${formatNumber(result.projection.interval.known ?? 0)} of them): ${result.methods.intervalMethod}. ` +
            `attrition backtest shows that track record.`,
          '  ',
        )
      : []),
    ...(qualifiers.length === 0
      ? []
      : wrap(
          `- Qualifiers printed with the ` +
            `counts: ${qualifiers.map(([q, n]) => `${q} ${formatNumber(n)}`).join(', ')}; the counts are used as ` +
            `given.`,
          '  ',
        )),
    ...wrap('- A constant rate is a scenario, not a forecast: it says what follows if the rate holds.', '  '),
  ];
  return `${lines.join('\n')}\n`;
}
