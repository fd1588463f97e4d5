import { isError } from '../../core/coded-error.js';
import { echo } from '../../core/wording.js';
import { FitError, type Report } from '../../core/series/fit.js';
import { dailySeries } from '../../core/series/daily.js';
import { isoDate } from '../../core/dates.js';
import { fitSeries } from '../../core/series/fit-series.js';
import { ProjectionError } from '../../core/projection/project.js';
import { UsageError } from '../../errors.js';
import { fitDocument, renderFit, renderFitWarnings } from '../../render/fit.js';
import { writeDocument } from '../write-document.js';
import { chartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';
import { columnsEcho, readingNotes, readSeriesInput, spanEcho, unitOf } from '../series-input.js';
import { formatNumber } from '../../core/figures/format.js';
import type { GivenFlags } from '../flag-table.js';
import type { FitFlags } from './definition.js';

/** Reads the reports (a file, or stdin for -), fits, and writes the report or JSON; warnings go to stderr. */
export async function runFit(flags: FitFlags, ctx: CommandContext, raw: GivenFlags): Promise<number> {
  const file = flags.operands?.[0];
  if (flags.ledger !== undefined && file !== undefined) {
    throw new UsageError(`--ledger fits the ledger's claims; leave out the file ${echo(file)} or --ledger`);
  }
  if (flags.ledger === undefined && file === undefined) {
    throw new UsageError('fit needs a series of dated counts (CSV, JSON or NDJSON), - for stdin, or --ledger');
  }
  if (flags.force !== undefined && flags.target !== undefined) {
    throw new UsageError(
      `--target ${echo(raw.target)} and --force ${echo(raw.force)} each ask when a count ` +
        `is reached; give one of them`,
    );
  }
  const chart = chartRequest(raw, ctx.json);
  const { reports, where, readings, notes, columns } =
    flags.ledger !== undefined ? await ledgerReports(flags.ledger) : await fileReports(file!, flags, raw, ctx);
  const result = fitOrExplain(reports, flags, raw, where);
  const doc = fitDocument(
    {
      file: file ?? where,
      force: flags.force === undefined ? null : typeof flags.force === 'number' ? flags.force : flags.force.high,
      ...(typeof flags.force === 'object' && { forceRange: flags.force }),
      target: flags.target ?? null,
      window: flags.window ?? null,
      level: flags.level ?? 0.95,
      ...spanEcho(flags),
      ...columnsEcho(columns),
      unit: unitOf(flags.unit, columns),
    },
    result,
  );
  ctx.io.stderr.write(readings.map((r) => `attrition: ${r}\n`).join('') + readingNotes(notes));
  if (chart) {
    // Chart code is loaded only when a chart is asked for; its warnings follow once the chart could be drawn.
    const code = await (await import('./chart.js')).runFitChart(doc, chart, ctx, flags.all === true);
    if (!ctx.json) ctx.io.stderr.write(renderFitWarnings(result));
    return code;
  }
  if (!ctx.json) ctx.io.stderr.write(renderFitWarnings(result));
  return writeDocument(doc, (d, style, width) => renderFit(d, style, width, flags.all === true), ctx);
}

function fitOrExplain(reports: Parameters<typeof fitSeries>[0], flags: FitFlags, raw: GivenFlags, where: string) {
  const span = flags.window === undefined || reports.length === 0 ? undefined : spanOf(reports);
  if (flags.window !== undefined && span !== undefined && flags.window > span.days) {
    throw new UsageError(
      `--window ${echo(raw.window)} is longer than the series: ${formatNumber(span.days)} days ` +
        `from ${span.first} to ${span.last}`,
    );
  }
  try {
    return fitSeries(reports, {
      ...(flags.force !== undefined && { force: flags.force }),
      ...(flags.target !== undefined && { target: flags.target }),
      ...(flags.window !== undefined && { window: flags.window }),
      ...(flags.level !== undefined && { level: flags.level }),
    });
  } catch (error) {
    if (isError(error, FitError)) throw new UsageError(`${where} ${error.problem}`);
    const flag = flags.target !== undefined ? 'target' : 'force';
    if (isError(error, ProjectionError))
      throw new UsageError(`--${flag} ${echo(raw[flag])} at the fitted rate ${error.problem}`);
    throw error;
  }
}

/** The days a series covers, first and last report included, with those two dates. */
function spanOf(reports: readonly Report[]): { days: number; first: string; last: string } {
  const { days } = dailySeries(reports);
  return {
    days: days[days.length - 1]! - days[0]! + 1,
    first: isoDate(days[0]!),
    last: isoDate(days[days.length - 1]!),
  };
}

async function fileReports(file: string, flags: FitFlags, raw: GivenFlags, ctx: CommandContext) {
  const reading = await readSeriesInput(file, flags, raw, ctx);
  return {
    reports: reading.reports,
    where: reading.where,
    readings: [] as string[],
    notes: reading.notes,
    columns: reading.columns,
  };
}

/** The ledger's dated casualty figures as reports, with a line on each reading that took a decision. */
async function ledgerReports(option: string | true) {
  const [{ loadLedger }, { reportsFromLedger }] = await Promise.all([
    import('../../shell/ledger-file.js'),
    import('../../core/ledger/ledger-reports.js'),
  ]);
  const { ledger, name } = await loadLedger(option);
  const reports = reportsFromLedger(ledger);
  const readings = reports.flatMap((r) => r.reading.map((reading) => `ledger: ${reading}`));
  const columns = { date: null, value: null, qualifier: null, source: null };
  return {
    reports: reports.map(({ date, casualties, source }) => ({ date, casualties, source: source! })),
    where: name,
    readings,
    notes: [] as string[],
    columns,
  };
}
