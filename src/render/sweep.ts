import { fuzzyLabel, isoDate } from '../core/dates.js';
import { valueAt } from '../core/parse/sweep-values.js';
import { AXES, maxDaysOf, steppedOptions, sweepColumns, type Axis, type SweepGrid } from '../core/projection/sweep.js';
import { formatFixed, formatNumber, formatPercent } from '../core/figures/format.js';
import { LayoutWriter, type SweepWriter } from './sweep-bytes.js';
import { millionthsText, writeMillionths } from './sweep-days.js';
import { CACHED_AXIS_VALUES, type Layout } from './sweep-pieces.js';
import { MAX_WIDTH } from './wrap.js';

export { sweepColumns };
export type { ByteChunk, SweepWriter } from './sweep-bytes.js';

export const SWEEP_FORMATS = ['table', 'csv', 'ndjson', 'json'] as const;
export type SweepFormat = (typeof SWEEP_FORMATS)[number];

/** RFC 4180: a field is quoted only when it holds a comma, a double quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The writer for a format. `continues` is for a writer that takes over in the middle of a sweep
 * (a part made apart from the others): its first row is not the document's first.
 */
export function sweepWriter(
  format: SweepFormat,
  grids: readonly SweepGrid[],
  document: { input: unknown; count: number },
  continues = false,
  width = MAX_WIDTH,
): SweepWriter {
  const columns = sweepColumns(grids);
  const layout =
    format === 'csv'
      ? csvLayout(columns)
      : format === 'table'
        ? tableLayout(columns, grids, width)
        : jsonLayout(columns, format === 'json' ? document : null);
  return new LayoutWriter(grids, layout, !continues);
}

const DATE_AXES: ReadonlySet<Axis> = new Set(['start', 'asOf']);

/**
 * The label of a row whose casualties counted by the as-of date already reach the threshold: the date is the as-of
 * date, and the threshold was reached on it or before.
 */
const ON_OR_BEFORE = 'on or before';
const reachedLabel = (asOf: number): string => `${ON_OR_BEFORE} ${isoDate(asOf)}`;

/** What ends a row: nothing when a strengthOn cell follows (it ends the row itself). */
const lastCell = (columns: string[], end: string): string => (columns.includes('strengthOn') ? '' : end);

/** A strength cell for csv and JSON: unrounded, as days are; `missing` for a row without one. */
const strengthText = (value: number | undefined, missing: string): string =>
  value === undefined || Number.isNaN(value) ? missing : String(value);

function csvLayout(columns: string[]): Layout {
  const named = columns[0] === 'scenario';
  const end = lastCell(columns, '\n');
  return {
    columns,
    head: `${columns.join(',')}\n`,
    tail: '',
    firstSeparator: '',
    separator: '',
    opening: (g) => (named ? `${csvField(g.name ?? '')},` : ''),
    piece: (axis, value) => `${value === undefined ? '' : DATE_AXES.has(axis) ? isoDate(value) : String(value)},`,
    daysKey: '',
    days: millionthsText,
    writeDays: writeMillionths,
    ending: (day) => `,${isoDate(day)},${csvField(fuzzyLabel(day))}${end}`,
    reachedEnding: (day) => `,${isoDate(day)},${reachedLabel(day)}${end}`,
    unreachedDays: '',
    unreachedEnding: () => `,,${end}`,
    strength: (value) => `,${strengthText(value, '')}\n`,
  };
}

/** ndjson (one object per line), or the rows of one JSON document with the input echoed. */
function jsonLayout(columns: string[], document: { input: unknown; count: number } | null): Layout {
  const named = columns[0] === 'scenario';
  const newline = document === null ? '\n' : '';
  const end = lastCell(columns, `}${newline}`);
  const head =
    document === null
      ? ''
      : `${JSON.stringify({ schemaVersion: 2, command: 'sweep', input: document.input }, null, 2).slice(0, -2)},\n` +
        `  "result": {\n    "count": ${document.count},\n    "columns": ${JSON.stringify(columns)},\n    "rows": [`;
  return {
    columns,
    head,
    tail: document === null ? '' : `${document.count > 0 ? '\n    ' : ''}]\n  }\n}\n`,
    firstSeparator: document === null ? '' : '\n      ',
    separator: document === null ? '' : ',\n      ',
    opening: (g) => `{${named ? `"scenario":${JSON.stringify(g.name ?? '')},` : ''}`,
    piece: (axis, value) =>
      `"${axis}":${value === undefined ? 'null' : DATE_AXES.has(axis) ? `"${isoDate(value)}"` : String(value)},`,
    daysKey: '"daysFromStart":',
    days: String,
    ending: (day) => `,"date":"${isoDate(day)}","label":${JSON.stringify(fuzzyLabel(day))}${end}`,
    reachedEnding: (day) => `,"date":"${isoDate(day)}","label":"${reachedLabel(day)}"${end}`,
    unreachedDays: 'null',
    unreachedEnding: () => `,"date":null,"label":null${end}`,
    strength: (value) => `,"strengthOn":${strengthText(value, 'null')}}${newline}`,
  };
}

const TABLE_HEADINGS: Record<string, string> = {
  scenario: 'scenario',
  force: 'force',
  rate: 'rate',
  start: 'start',
  threshold: 'threshold',
  casualties: 'casualties',
  asOf: 'as of',
  daysFromStart: 'days from start',
  date: 'date',
  label: 'period',
  strengthOn: 'strength on',
};
/** Headings that may take two lines when a table is too wide for one. */
const SPLIT_HEADINGS: Record<string, readonly [string, string]> = {
  daysFromStart: ['days', 'from start'],
  strengthOn: ['strength', 'on'],
};
const RIGHT_ALIGNED: ReadonlySet<string> = new Set([
  'force',
  'rate',
  'threshold',
  'casualties',
  'daysFromStart',
  'strengthOn',
]);
/** The period cell of a table row not lost within its horizon; its date cell reads "after" the horizon's end. */
const NOT_LOST = 'not lost within the horizon';

/** How a table is fitted to the width: each step gives up a little more, until the table fits. */
interface TableFit {
  /** Long headings on two lines. */
  split: boolean;
  /** Axes with one value in every row said once, above the table. */
  hideConstants: boolean;
  gap: string;
  /** The period column, which the date already gives to the day. */
  period: boolean;
}
const FITS: readonly TableFit[] = [
  { split: false, hideConstants: false, gap: '   ', period: true },
  { split: true, hideConstants: false, gap: '   ', period: true },
  { split: true, hideConstants: true, gap: '   ', period: true },
  { split: true, hideConstants: true, gap: '  ', period: true },
  { split: true, hideConstants: true, gap: '  ', period: false },
];

/**
 * A table for people: grouped numbers, percentages, days to one decimal, columns aligned, no
 * wider than `width` when it can be helped: long headings go on two lines, then what every row
 * shares is said once above the table, the gaps narrow, and the period column goes.
 */
function tableLayout(columns: string[], grids: readonly SweepGrid[], width: number): Layout {
  const text = (axis: Axis, value: number | undefined): string =>
    value === undefined
      ? ''
      : DATE_AXES.has(axis)
        ? isoDate(value)
        : axis === 'threshold'
          ? formatPercent(value, 4)
          : formatNumber(value, 6);
  // The widest content of each column, headings apart.
  const content = new Map<string, number>(columns.map((c) => [c, 0]));
  const widen = (column: string, w: number) => content.set(column, Math.max(content.get(column) ?? 0, w));
  for (const grid of grids) {
    widen('scenario', (grid.name ?? '').length);
    for (const axis of AXES) {
      const values = grid[axis];
      if (values === null) continue;
      const sample = values.count <= CACHED_AXIS_VALUES ? values.count : 2;
      for (let i = 0; i < sample; i++)
        widen(axis, text(axis, valueAt(values, i === 1 && sample === 2 ? values.count - 1 : i)).length);
    }
    widen('daysFromStart', formatFixed(maxDaysOf(grid)).length);
    const options = steppedOptions(grid);
    if (options !== null) {
      widen('date', `after ${isoDate(0)}`.length);
      widen('label', NOT_LOST.length);
      const most = extremeForce(grid) + (options.reinforcements ?? []).reduce((sum, r) => sum + r.troops, 0);
      widen('strengthOn', formatNumber(most, 0).length);
    }
  }
  widen('date', 10);
  widen('label', 'late September 9999'.length);
  const constants = new Set(AXES.filter((axis) => columns.includes(axis) && constantIn(grids, axis)));
  const headingLines = (column: string, fit: TableFit): readonly string[] =>
    (fit.split && SPLIT_HEADINGS[column]) || [TABLE_HEADINGS[column]!];
  const shownIn = (fit: TableFit) =>
    columns.filter((c) => !(fit.hideConstants && constants.has(c as Axis)) && (fit.period || c !== 'label'));
  const widthsIn = (fit: TableFit) =>
    new Map(
      columns.map((c) => [
        c,
        Math.max(
          // Without the period, a row already reached by the as-of date says so in its date cell.
          content.get(c)! + (c === 'date' && !fit.period ? BY.length : 0),
          ...headingLines(c, fit).map((l) => l.length),
        ),
      ]),
    );
  const tableWidth = (fit: TableFit) => {
    const widths = widthsIn(fit);
    const shown = shownIn(fit);
    return shown.reduce((sum, c) => sum + widths.get(c)!, 0) + fit.gap.length * (shown.length - 1);
  };
  const fit = FITS.find((f) => tableWidth(f) <= width) ?? FITS[FITS.length - 1]!;
  const { gap } = fit;
  const widths = widthsIn(fit);
  const shownColumns = shownIn(fit);
  const hidden = new Set(fit.hideConstants ? constants : []);
  const said = [...hidden].map((axis) => `${TABLE_HEADINGS[axis]} ${text(axis, valueAt(grids[0]![axis]!, 0))}`);
  const above = said.length > 0 ? `${everyRow(said, width)}\n` : '';
  const cell = (column: string, content: string) =>
    RIGHT_ALIGNED.has(column) ? content.padStart(widths.get(column)!) : content.padEnd(widths.get(column)!);
  const headingRow = (line: number) =>
    shownColumns
      .map((c) => {
        const lines = headingLines(c, fit);
        return cell(c, lines.length === 2 ? lines[line]! : line === 1 ? lines[0]! : '');
      })
      .join(gap)
      .trimEnd();
  const twoLines = shownColumns.some((c) => headingLines(c, fit).length === 2);
  const withStrength = columns.includes('strengthOn');
  const withPeriod = fit.period;
  const end = withStrength ? '' : '\n';
  const dateCell = (text: string) => (withPeriod || withStrength ? text.padEnd(widths.get('date')!) : text);
  const labelCell = (text: string) => (withStrength ? cell('label', text) : text);
  const finish = (date: string, label: string) =>
    withPeriod ? `${gap}${dateCell(date)}${gap}${labelCell(label)}${end}` : `${gap}${dateCell(date)}${end}`;
  return {
    columns,
    head: `${above}${twoLines ? `${headingRow(0)}\n` : ''}${headingRow(1)}\n`,
    tail: '',
    firstSeparator: '',
    separator: '',
    opening: (g) => (columns[0] === 'scenario' ? cell('scenario', g.name ?? '') + gap : ''),
    piece: (axis, value) => (hidden.has(axis) ? '' : cell(axis, text(axis, value)) + gap),
    daysKey: '',
    days: (days) => cell('daysFromStart', formatFixed(days)),
    ending: (day) => finish(isoDate(day), fuzzyLabel(day)),
    // The date cell already gives the as-of date: the period says it is a bound, as project's milestones do.
    reachedEnding: (day) => finish(withPeriod ? isoDate(day) : `${BY}${isoDate(day)}`, ON_OR_BEFORE),
    unreachedDays: cell('daysFromStart', ''),
    unreachedEnding: (horizonEnd) => finish(`after ${isoDate(horizonEnd)}`, NOT_LOST),
    strength: (value) => {
      const strength = value === undefined || Number.isNaN(value) ? '' : formatNumber(value, 0);
      return `${gap}${cell('strengthOn', strength)}`.trimEnd() + '\n';
    },
  };
}

/** "Every row: force 12,000, start 2024-12-06" within the width, broken between the items. */
function everyRow(items: string[], width: number): string {
  const lines = ['Every row:'];
  items.forEach((item, i) => {
    const text = i < items.length - 1 ? `${item},` : item;
    const last = lines.length - 1;
    if (lines[last]!.length + 1 + text.length <= width || lines[last] === 'Every row:') lines[last] += ` ${text}`;
    else lines.push(`  ${text}`);
  });
  return lines.join('\n');
}

/** Before the date of a row already reached by the as-of date, in a table without its period column. */
const BY = 'by ';

/** Whether every grid has the axis with one and the same value. */
function constantIn(grids: readonly SweepGrid[], axis: Axis): boolean {
  const first = grids[0]?.[axis];
  if (first === null || first === undefined || first.count !== 1) return false;
  const value = valueAt(first, 0);
  return grids.every((g) => g[axis] !== null && g[axis].count === 1 && valueAt(g[axis], 0) === value);
}

/** The largest force of a grid (a strength never exceeds it plus the reinforcements). */
function extremeForce(grid: SweepGrid): number {
  const { force } = grid;
  return force.kind === 'steps' ? valueAt(force, force.count - 1) : Math.max(...force.list);
}
