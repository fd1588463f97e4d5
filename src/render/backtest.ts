import { fitLines, wrap } from './wrap.js';
import type { BacktestResult, BacktestRow } from '../core/series/backtest.js';
import { formatFixed, formatNumber } from '../core/figures/format.js';
import { csvField } from './sweep.js';
import type { Style } from './style.js';
import { tableLines } from './table.js';

export const BACKTEST_FORMATS = ['table', 'csv', 'ndjson', 'json'] as const;
export type BacktestFormat = (typeof BACKTEST_FORMATS)[number];

export const BACKTEST_COLUMNS = [
  'origin',
  'horizon',
  'window',
  'rate',
  'projected',
  'low',
  'high',
  'actual',
  'error',
] as const;

export interface BacktestEcho {
  file: string;
  window: number;
  horizons: number[];
  level: number;
  since: string | null;
  until: string | null;
  /** The columns (or JSON fields) read, under the names of the flags that choose them; null where unnamed. */
  dateColumn: string | null;
  valueColumn: string | null;
  qualifierColumn: string | null;
  sourceColumn: string | null;
  /** What the count counts: --unit, the value column's name, or casualties. */
  unit?: string;
}

export interface BacktestDocument {
  schemaVersion: 2;
  command: 'backtest';
  input: BacktestEcho;
  result: BacktestResult;
}

export const backtestDocument = (input: BacktestEcho, result: BacktestResult): BacktestDocument => ({
  schemaVersion: 2,
  command: 'backtest',
  input,
  result,
});

/** A CSV field: a number as JavaScript writes it (never quoted), a string quoted where it needs to be, null empty. */
const cell = (value: number | string | null): string =>
  typeof value === 'number' ? String(value) : value === null ? '' : csvField(value);

/** CSV: the rows, unrounded, columns in BACKTEST_COLUMNS order; an unknown value is an empty field. */
export function renderBacktestCsv(result: BacktestResult): string {
  let text = `${BACKTEST_COLUMNS.join(',')}\n`;
  for (const row of result.rows) {
    let line = cell(row[BACKTEST_COLUMNS[0]]);
    for (let c = 1; c < BACKTEST_COLUMNS.length; c++) line += `,${cell(row[BACKTEST_COLUMNS[c]!])}`;
    text += `${line}\n`;
  }
  return text;
}

export function renderBacktestNdjson(result: BacktestResult): string {
  return result.rows
    .map((row) => `${JSON.stringify(Object.fromEntries(BACKTEST_COLUMNS.map((c) => [c, row[c]])))}\n`)
    .join('');
}

const percent = (share: number | null, signed = false): string =>
  share === null ? '–' : `${signed && share > 0 ? '+' : ''}${formatFixed(share * 100, 1)} %`;

const level = (result: BacktestResult) => `${formatNumber(result.level * 100, 1)} %`;

/** The human report: the answer (how often the interval held, against the naive one), then the errors over time. */
export function renderBacktest(doc: BacktestDocument, style: Style, width: number): string {
  const { result, input } = doc;
  const name = input.file === '-' ? 'stdin' : input.file;
  const bullet = (text: string) => fitLines([`  - ${text}`], width);
  const lines = [
    `Backtest of ${name}:`,
    ...wrap(
      `constant-rate projections from a ${result.window}-day least-squares rate, at every report from ` +
        `${result.first} to ${result.last} (${formatNumber(result.reportCount)} reports) with a full window behind it.`,
      width,
    ),
    ...wrap(
      `Each ${level(result)} interval is calibrated on earlier projections whose horizon had already ended.`,
      width,
    ),
    '',
    style.heading('Per horizon'),
    ...tableLines(
      [
        ['horizon', 'origins', 'scored', '|error|', 'bias', 'intervals', 'coverage', 'naive t'],
        ...result.summary.map((s) => [
          `${s.horizon} days`,
          formatNumber(s.origins),
          formatNumber(s.scored),
          percent(s.medianAbsoluteError),
          percent(s.medianError, true),
          formatNumber(s.intervals),
          style.strong(percent(s.coverage)),
          percent(s.naiveCoverage),
        ]),
      ],
      { rightAligned: new Set([1, 2, 3, 4, 5, 6, 7]), gap: '  ' },
    ),
    '',
    ...wrap('Errors over time: median error, median interval half-width (±) and share inside, by quarter', width).map(
      (line) => style.heading(line),
    ),
    ...overTime(result, width),
    '',
    style.heading('How to read it'),
    ...bullet(
      'error = (actual − count at origin) / (rate × horizon) − 1: the relative error of the projected ' +
        'increase; above zero, the count grew faster than the constant rate said.',
    ),
    ...bullet('|error| and bias: the median absolute error and the median error of the origins scored.'),
    ...bullet(`coverage: the share of origins whose actual count fell inside [low, high]; nominal ${level(result)}.`),
    ...bullet(
      "naive t coverage: the same origins against the textbook t interval of the window's slope, " +
        'which assumes independent errors; cumulative counts do not have them.',
    ),
    ...bullet(
      'A constant rate is a scenario, not a forecast: the interval says how far such projections ' +
        'strayed on this series before, not how far the next one will.',
    ),
  ];
  return `${lines.join('\n')}\n`;
}

const quarterOf = (date: string): string =>
  `${date.slice(0, 4)} Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/**
 * Per quarter of the origin and per horizon: the median error, the median half-width of the interval, and the share
 * inside.
 */
function overTime(result: BacktestResult, width: number): string[] {
  const groups = new Map<string, BacktestRow[]>();
  for (const row of result.rows) {
    const key = quarterOf(row.origin);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  const lines: string[] = [];
  // A quarter's column takes 9 columns and each horizon about 27: as many side by side as the width holds.
  const side = Math.max(1, Math.floor((width - 9) / 27));
  for (let k = 0; k < result.horizons.length; k += side) {
    const horizons = result.horizons.slice(k, k + side);
    const header = ['quarter', ...horizons.flatMap((h) => [`${h} d`, '±', 'inside'])];
    const rows = [...groups].map(([quarter, group]) => [
      quarter,
      ...horizons.flatMap((h) => quarterCells(group.filter((r) => r.horizon === h))),
    ]);
    if (k > 0) lines.push('');
    lines.push(
      ...tableLines([header, ...rows.filter((r) => r.slice(1).some((c) => c !== ''))], {
        rightAligned: new Set(header.map((_, i) => i).filter((i) => i > 0)),
        gap: '  ',
      }),
    );
  }
  return lines;
}

function quarterCells(rows: BacktestRow[]): string[] {
  const errors = rows.flatMap((r) => (r.error === null ? [] : [r.error]));
  if (errors.length === 0) return ['', '', ''];
  const halfWidths = rows.flatMap((r) =>
    r.low === null || r.high === null || r.rate * r.horizon === 0
      ? []
      : [(r.high - r.low) / 2 / Math.abs(r.rate * r.horizon)],
  );
  const judged = rows.filter((r) => r.actual !== null && r.low !== null && r.high !== null);
  const inside = judged.filter((r) => r.actual! >= r.low! && r.actual! <= r.high!).length;
  return [
    percent(median(errors), true),
    halfWidths.length === 0 ? '–' : percent(median(halfWidths)),
    judged.length === 0 ? '–' : percent(inside / judged.length),
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
