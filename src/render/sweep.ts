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
): SweepWriter {
  const columns = sweepColumns(grids);
  const layout =
    format === 'csv'
      ? csvLayout(columns)
      : format === 'table'
        ? tableLayout(columns, grids)
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
      : `${JSON.stringify({ schemaVersion: 1, command: 'sweep', input: document.input }, null, 2).slice(0, -2)},\n` +
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
    daysKey: '"days":',
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
  days: 'days',
  date: 'date',
  label: 'period',
  strengthOn: 'strength on',
};
const RIGHT_ALIGNED: ReadonlySet<string> = new Set(['force', 'rate', 'threshold', 'casualties', 'days', 'strengthOn']);
/** The period cell of a table row not lost within its horizon; its date cell reads "after" the horizon's end. */
const NOT_LOST = 'not lost within the horizon';
const GAP = '   ';

/** A table for people: grouped numbers, percentages, days to one decimal, columns aligned. */
function tableLayout(columns: string[], grids: readonly SweepGrid[]): Layout {
  const text = (axis: Axis, value: number | undefined): string =>
    value === undefined
      ? ''
      : DATE_AXES.has(axis)
        ? isoDate(value)
        : axis === 'threshold'
          ? formatPercent(value, 4)
          : formatNumber(value, 6);
  const widths = new Map<string, number>(columns.map((c) => [c, TABLE_HEADINGS[c]!.length]));
  const widen = (column: string, width: number) => widths.set(column, Math.max(widths.get(column) ?? 0, width));
  for (const grid of grids) {
    widen('scenario', (grid.name ?? '').length);
    for (const axis of AXES) {
      const values = grid[axis];
      if (values === null) continue;
      const sample = values.count <= CACHED_AXIS_VALUES ? values.count : 2;
      for (let i = 0; i < sample; i++)
        widen(axis, text(axis, valueAt(values, i === 1 && sample === 2 ? values.count - 1 : i)).length);
    }
    widen('days', formatFixed(maxDaysOf(grid)).length);
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
  // Too wide for a report: an axis with one value in every row is said once, above the table.
  const wide = columns.reduce((sum, c) => sum + widths.get(c)!, 0) + GAP.length * (columns.length - 1) > MAX_WIDTH;
  const hidden = new Set(wide ? AXES.filter((axis) => columns.includes(axis) && constantIn(grids, axis)) : []);
  const shownColumns = columns.filter((c) => !hidden.has(c as Axis));
  const said = [...hidden].map((axis) => `${TABLE_HEADINGS[axis]} ${text(axis, valueAt(grids[0]![axis]!, 0))}`);
  const above = said.length > 0 ? `Every row: ${said.join(', ')}\n` : '';
  const cell = (column: string, content: string) =>
    RIGHT_ALIGNED.has(column) ? content.padStart(widths.get(column)!) : content.padEnd(widths.get(column)!);
  const withStrength = columns.includes('strengthOn');
  const dateCell = (text: string) => text.padEnd(widths.get('date')!);
  const labelCell = (text: string) => (withStrength ? cell('label', text) : text);
  return {
    columns,
    head: `${above}${shownColumns
      .map((c) => cell(c, TABLE_HEADINGS[c]!))
      .join(GAP)
      .trimEnd()}\n`,
    tail: '',
    firstSeparator: '',
    separator: '',
    opening: (g) => (columns[0] === 'scenario' ? cell('scenario', g.name ?? '') + GAP : ''),
    piece: (axis, value) => (hidden.has(axis) ? '' : cell(axis, text(axis, value)) + GAP),
    daysKey: '',
    days: (days) => cell('days', formatFixed(days)),
    ending: (day) => `${GAP}${dateCell(isoDate(day))}${GAP}${labelCell(fuzzyLabel(day))}${withStrength ? '' : '\n'}`,
    // The date cell already gives the as-of date: the period says it is a bound, as project's milestones do.
    reachedEnding: (day) =>
      `${GAP}${dateCell(isoDate(day))}${GAP}${labelCell(ON_OR_BEFORE)}${withStrength ? '' : '\n'}`,
    unreachedDays: cell('days', ''),
    unreachedEnding: (horizonEnd) =>
      `${GAP}${dateCell(`after ${isoDate(horizonEnd)}`)}${GAP}${labelCell(NOT_LOST)}${withStrength ? '' : '\n'}`,
    strength: (value) => {
      const strength = value === undefined || Number.isNaN(value) ? '' : formatNumber(value, 0);
      return `${GAP}${cell('strengthOn', strength)}`.trimEnd() + '\n';
    },
  };
}

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
