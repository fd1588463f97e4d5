import { readCsv } from './csv.js';
import { readReports, type Report } from './fit.js';
import { isoDate, type Day } from '../dates.js';
import { parseCount, parseNumber } from '../parse/numbers.js';
import { parseDay } from '../parse/days.js';
import { echo, shorten } from '../wording.js';

/** A dated cumulative count, with the qualifier its source printed beside it ("about", "more"). */
export interface SeriesReport extends Report {
  qualifier?: string;
}

/** Which columns (CSV with a header) or fields (JSON, NDJSON) to read; each defaults as documented. */
export interface SeriesColumns {
  date?: string;
  value?: string;
  qualifier?: string;
}

export type SeriesFormat = 'csv' | 'csv-header' | 'json' | 'ndjson';

export interface SeriesReading {
  reports: SeriesReport[];
  format: SeriesFormat;
  /** The columns read; null where the format has no names (CSV without a header). */
  columns: { date: string | null; value: string | null; qualifier: string | null; source: string | null };
  /** Decisions taken while reading, one sentence each (a column chosen by default, rows left out). */
  notes: string[];
}

export type SeriesRead = { ok: true; value: SeriesReading } | { ok: false; problem: string };

/** A table of named columns, whichever format it came from: each row keeps where it was found. */
interface Table {
  names: string[];
  rows: { where: string; cells: Map<string, unknown> }[];
}

const fail = (problem: string): SeriesRead => ({ ok: false, problem });

/**
 * Reads a series of dated cumulative counts: a JSON array of objects, NDJSON (one object a line),
 * CSV with a header naming its columns, or header-less CSV date,count[,source]. `name` is how
 * messages refer to the input ("series.csv", stdin).
 */
export function readSeries(text: string, name: string, columns: SeriesColumns = {}): SeriesRead {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const head = body.trimStart();
  let table: Table | string;
  let format: SeriesFormat;
  if (head.startsWith('[')) [table, format] = [jsonTable(head), 'json'];
  else if (head.startsWith('{')) [table, format] = [ndjsonTable(body), 'ndjson'];
  else {
    const csv = csvTable(body);
    if (csv === 'header-less') return headerless(body, name, columns);
    [table, format] = [csv, 'csv-header'];
  }
  if (typeof table === 'string') return fail(`${name} ${table}`);
  return readTable(table, format, name, columns);
}

function headerless(text: string, name: string, columns: SeriesColumns): SeriesRead {
  const named = (['date', 'value', 'qualifier'] as const).find((k) => columns[k] !== undefined);
  if (named !== undefined) {
    return fail(`--${named}-column ${echo(columns[named])} names a column, but ${name} has no header line`);
  }
  const parsed = readReports(text);
  if (!parsed.ok) return fail(`${name} ${parsed.problem}`);
  return {
    ok: true,
    value: {
      reports: parsed.value,
      format: 'csv',
      columns: { date: null, value: null, qualifier: null, source: null },
      notes: [],
    },
  };
}

function csvTable(text: string): Table | 'header-less' | string {
  const csv = readCsv(text);
  if (!csv.ok) return `line ${csv.line} ${csv.problem}`;
  const records = csv.records.filter((r) => !(r.fields[0] ?? '').trim().startsWith('#'));
  const header = records[0];
  if (header === undefined) return 'has no reports';
  if (parseDay(header.fields[0] ?? '').ok) return 'header-less';
  const names = header.fields.map((f) => f.trim());
  const rows = records
    .slice(1)
    .map(({ line, fields }) => ({ where: `line ${line}`, cells: new Map(names.map((n, i) => [n, fields[i]])) }));
  return { names, rows };
}

function jsonTable(text: string): Table | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `is not valid JSON (${(error as Error).message})`;
  }
  if (!Array.isArray(parsed)) return 'is not a JSON array of objects';
  return objectTable(parsed.map((value, i) => ({ where: `record ${i + 1}`, value })));
}

function ndjsonTable(text: string): Table | string {
  const items: { where: string; value: unknown }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    try {
      items.push({ where: `line ${i + 1}`, value: JSON.parse(line) });
    } catch {
      return `line ${i + 1} is not a JSON object (NDJSON has one object a line)`;
    }
  }
  return objectTable(items);
}

function objectTable(items: { where: string; value: unknown }[]): Table | string {
  const names: string[] = [];
  const seen = new Set<string>();
  const rows: Table['rows'] = [];
  for (const { where, value } of items) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return `${where} is not an object with named fields`;
    for (const key of Object.keys(value)) if (!seen.has(key)) seen.add(key) && names.push(key);
    rows.push({ where, cells: new Map(Object.entries(value)) });
  }
  return { names, rows };
}

const cellText = (value: unknown): string => (value === undefined || value === null ? '' : String(value).trim());
/** A timestamp such as 2025-06-30T00:00:00Z or 2025-06-30 12:00 is read as its calendar day. */
const dayText = (value: unknown): string => cellText(value).replace(/^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}.*$/, '$1');
const isDate = (value: unknown): boolean => typeof value === 'string' && parseDay(dayText(value)).ok;
const isNumeric = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isFinite(value)
    : typeof value === 'string' && value.trim() !== '' && parseNumber(value).ok;
const numberOf = (value: unknown): number | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = parseCount(value);
  return parsed.ok ? parsed.value : undefined;
};

function pickColumn(
  table: Table,
  flag: string,
  given: string | undefined,
  fits: (name: string) => boolean,
): string | undefined | { problem: string } {
  if (given !== undefined) {
    if (table.names.includes(given)) return given;
    return {
      problem: `${flag} ${echo(given)} is not a column: ` + table.names.map((n) => shorten(n, 10)).join(', '),
    };
  }
  return table.names.find(fits);
}

/**
 * A column of whole numbers that step exactly with the calendar (day 1, 2, 3 …) numbers days, it does not count losses.
 */
function isDayCounter(table: Table, column: string, dateColumn: string): boolean {
  let previous: { day: Day; value: number } | undefined;
  let steps = 0;
  for (const row of table.rows) {
    const value = numberOf(row.cells.get(column));
    const day = parseDay(dayText(row.cells.get(dateColumn)));
    if (value === undefined || !day.ok) continue;
    if (previous !== undefined) {
      if (value - previous.value !== day.value - previous.day) return false;
      steps++;
    }
    previous = { day: day.value, value };
  }
  return steps > 0;
}

function readTable(table: Table, format: SeriesFormat, name: string, columns: SeriesColumns): SeriesRead {
  if (table.rows.length === 0) return fail(`${name} has no reports`);
  const firstWith = (n: string, test: (v: unknown) => boolean) => table.rows.some((r) => test(r.cells.get(n)));
  let date = pickColumn(table, '--date-column', columns.date, (n) => firstWith(n, isDate));
  if (typeof date === 'object') return fail(date.problem);
  // A column named date whose every value is unreadable: read it, so the message names the first bad row.
  date ??= table.names.find((n) => n.toLowerCase() === 'date');
  if (date === undefined) return fail(`${name} has no dates: no column holds dates such as 2024-12-06`);
  const notes: string[] = [];
  const numeric = table.names.filter((n) => n !== date && firstWith(n, isNumeric));
  let value = pickColumn(
    table,
    '--value-column',
    columns.value,
    (n) => numeric.includes(n) && !isDayCounter(table, n, date),
  );
  if (typeof value === 'object') return fail(value.problem);
  value ??= numeric[0];
  if (value === undefined)
    return fail(
      `${name} has no column of counts beside its dates ${echo(date)} (its columns ` +
        `are ${table.names.join(', ')}); name one with --value-column`,
    );
  if (columns.value === undefined && numeric.length > 1) {
    const skipped = numeric.slice(0, numeric.indexOf(value));
    const others = skipped.length > 0 ? ` (not ${skipped.map((s) => echo(s)).join(', ')})` : '';
    notes.push(`counts from ${echo(value)}${others}; --value-column picks another`);
  }
  const qualifier = pickColumn(table, '--qualifier-column', columns.qualifier, () => false);
  if (typeof qualifier === 'object') return fail(qualifier.problem);
  const source = table.names.find((n) => n.toLowerCase() === 'source' && n !== value && n !== date) ?? null;
  const reports: SeriesReport[] = [];
  const empty: string[] = [];
  for (const row of table.rows) {
    const dateText = dayText(row.cells.get(date));
    const raw = row.cells.get(value);
    if (dateText === '' && cellText(raw) === '') continue;
    const day = parseDay(dateText);
    if (!day.ok) return fail(`${name} ${row.where}: ${date} ${echo(dateText)} ${day.problem}`);
    if (cellText(raw) === '') {
      empty.push(isoDate(day.value));
      continue;
    }
    const count = numberOf(raw);
    if (count === undefined) {
      const problem =
        typeof raw === 'number' ? 'must not be negative' : (parseCount(String(raw)) as { problem: string }).problem;
      return fail(`${name} ${row.where}: ${value} ${echo(cellText(raw))} ${problem}`);
    }
    const report: SeriesReport = { date: isoDate(day.value), casualties: count };
    const sourceText = source === null ? '' : cellText(row.cells.get(source));
    if (sourceText !== '') report.source = sourceText;
    const qualifierText = qualifier === undefined ? '' : cellText(row.cells.get(qualifier));
    if (qualifierText !== '') report.qualifier = qualifierText;
    reports.push(report);
  }
  if (empty.length > 0)
    notes.push(
      `${empty.length} row${empty.length === 1 ? '' : 's'} without a ${echo(value)} left out ` +
        `(${empty.slice(0, 3).join(', ')}${empty.length > 3 ? ', …' : ''})`,
    );
  return {
    ok: true,
    value: { reports, format, columns: { date, value, qualifier: qualifier ?? null, source }, notes },
  };
}

/** The reports dated from `since` through `until` (either may be absent), in their order. */
export function selectSpan<T extends Report>(reports: readonly T[], since?: Day, until?: Day): T[] {
  return reports.filter((r) => {
    const day = parseDay(r.date);
    return day.ok && (since === undefined || day.value >= since) && (until === undefined || day.value <= until);
  });
}
