import { isoDate } from '../core/dates.js';
import { echo } from '../core/wording.js';
import { readSeries, selectSpan, type SeriesReading } from '../core/series/read-series.js';
import { UsageError } from '../errors.js';
import { readTextArgument } from '../shell/files.js';
import type { CommandContext } from './context.js';
import type { FlagsOf, GivenFlags } from './flag-table.js';
import type { SERIES_FLAGS } from './series-flags.js';

type SeriesFlags = FlagsOf<typeof SERIES_FLAGS>;

/**
 * Reads the series a command was given (a file, or - for stdin) and picks its columns and span.
 * Every problem is one line naming the flag or input; the notes taken while reading are for the
 * command to write once its work has succeeded (an error stays one line).
 */
export async function readSeriesInput(
  file: string,
  flags: SeriesFlags,
  raw: GivenFlags,
  ctx: CommandContext,
): Promise<SeriesReading & { where: string }> {
  if (flags.value !== undefined && flags.valueColumn !== undefined && flags.value !== flags.valueColumn) {
    throw new UsageError(
      `--value ${echo(flags.value)} and --value-column ${echo(flags.valueColumn)} name ` +
        `different columns; give one of them`,
    );
  }
  if (flags.since !== undefined && flags.until !== undefined && flags.since > flags.until) {
    throw new UsageError(
      `--since ${echo(raw.since)} is after --until ${echo(raw.until)}; give the earlier ` + `day to --since`,
    );
  }
  const where = file === '-' ? 'stdin' : echo(file);
  const text = await readTextArgument(file, ctx.io, SERIES_FILE);
  const value = flags.valueColumn ?? flags.value;
  const read = readSeries(text, where, {
    ...(flags.dateColumn !== undefined && { date: flags.dateColumn }),
    ...(value !== undefined && { value }),
    ...(flags.qualifierColumn !== undefined && { qualifier: flags.qualifierColumn }),
  });
  if (!read.ok)
    throw new UsageError(
      flags.value !== undefined ? read.problem.replace(/^--value-column /, '--value ') : read.problem,
    );
  const reading = read.value;
  if (reading.reports.length === 0) throw new UsageError(`${where} has no reports`);
  const reports = selectSpan(reading.reports, flags.since, flags.until);
  if ((flags.since !== undefined || flags.until !== undefined) && reports.length < 2) {
    const flag = flags.since !== undefined ? `--since ${echo(raw.since)}` : `--until ${echo(raw.until)}`;
    const days = reading.reports.map((r) => r.date).sort();
    throw new UsageError(
      `${flag} leaves ${reports.length} report${reports.length === 1 ? '' : 's'} of ${where} ` +
        `(${days[0]} to ${days[days.length - 1]})`,
    );
  }
  return { ...reading, reports, where };
}

export const spanEcho = (flags: SeriesFlags) => ({
  since: flags.since === undefined ? null : isoDate(flags.since),
  until: flags.until === undefined ? null : isoDate(flags.until),
});

/** The columns read, echoed under the names of the flags that choose them (sourceColumn has none). */
export const columnsEcho = (columns: SeriesReading['columns']) => ({
  dateColumn: columns.date,
  valueColumn: columns.value,
  qualifierColumn: columns.qualifier,
  sourceColumn: columns.source,
});

/** The notes taken while reading, as stderr lines. */
export const readingNotes = (notes: readonly string[]): string => notes.map((n) => `attrition: ${n}\n`).join('');

const SERIES_FILE = {
  name: 'FILE',
  accepts: 'dated counts or -',
  instead: 'give a file, or pipe a series in',
};

/** What the count counts: --unit, else the value column's name, else casualties. */
export const unitOf = (unit: string | undefined, columns: { value: string | null } | null): string =>
  unit?.trim() || columns?.value || 'casualties';
