import { isError } from '../../core/coded-error.js';
import { echo } from '../../core/wording.js';
import { DuelError } from '../../core/duel/duel.js';
import { duelFit, type FitMethod } from '../../core/duel/fit.js';
import { type DuelColumns, readDuelSeries } from '../../core/duel/series.js';
import { flagName, UsageError } from '../../errors.js';
import { duelFitDocument, renderDuelFit, type DuelFitDocument } from '../../render/duel-fit.js';
import { writeDocument } from '../write-document.js';
import type { Renderer } from '../../render/style.js';
import { readTextArgument } from '../../shell/files.js';
import { chartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';
import { givenFlag, usageErrorFrom } from '../core-error.js';
import type { GivenFlags } from '../flag-table.js';
import type { DuelFitFlags } from './fit-definition.js';

/** Flags of `duel` itself, which commander hands `duel fit` too: refused by name. */
const DUEL_ONLY = ['x', 'y', 'a', 'b', 'start', 'days', 'threshold', 'reinforceX', 'reinforceY'];

const FILE = {
  name: 'FILE',
  accepts: 'a CSV file with a header, or - for stdin',
  instead: 'give a file, or pipe a series in',
};

/** Reads the series, fits, and writes the report, the JSON document or the chart. */
export async function runDuelFit(flags: DuelFitFlags, ctx: CommandContext, raw: GivenFlags): Promise<number> {
  const stray = DUEL_ONLY.find((key) => raw[key] !== undefined);
  if (stray !== undefined) {
    throw new UsageError(`${flagName(stray)} belongs to attrition duel, not duel fit; leave it out`);
  }
  const operands = flags.operands ?? [];
  if (operands.length === 0) {
    throw new UsageError('duel fit needs a daily series: a CSV file with a header, or - to read it from stdin');
  }
  const file = operands[0]!;
  const chart = chartRequest(raw, ctx.json);
  const text = await readTextArgument(file, ctx.io, FILE);
  const columns: DuelColumns = {
    date: flags.dateColumn ?? 'date',
    ...(flags.xLosses !== undefined && { xLosses: flags.xLosses }),
    ...(flags.xStrength !== undefined && { xStrength: flags.xStrength }),
    ...(flags.xAdded !== undefined && { xAdded: flags.xAdded }),
    ...(flags.yLosses !== undefined && { yLosses: flags.yLosses }),
    ...(flags.yStrength !== undefined && { yStrength: flags.yStrength }),
    ...(flags.yAdded !== undefined && { yAdded: flags.yAdded }),
  };
  const where = file === '-' ? 'stdin' : file;
  const read = readDuelSeries(text, columns);
  if (!read.ok) {
    if (read.field === null) throw new UsageError(`${where} ${read.problem}`);
    const flag = read.field === 'date' ? '--date-column' : flagName(read.field);
    throw new UsageError(`${flag} ${echo(columns[read.field])} ${read.problem}`);
  }
  if (!Object.keys(columns).some((k) => k !== 'date')) {
    throw new UsageError('duel fit needs a column of one side: --x-losses, --x-strength, --y-losses or --y-strength');
  }
  let result: ReturnType<typeof duelFit>;
  try {
    result = duelFit({
      days: read.days,
      ...(flags.x0 !== undefined && { x0: flags.x0 }),
      ...(flags.y0 !== undefined && { y0: flags.y0 }),
      ...(flags.xEnd !== undefined && { xEnd: flags.xEnd }),
      ...(flags.yEnd !== undefined && { yEnd: flags.yEnd }),
      ...(flags.law !== undefined && { law: flags.law }),
      ...(flags.method !== undefined && { method: flags.method as FitMethod }),
      ...(flags.level !== undefined && { level: flags.level }),
      ...(flags.names && { names: flags.names }),
    });
  } catch (error) {
    if (isError(error, DuelError)) throw fitError(error, raw, where, columns);
    throw error;
  }
  const { date: dateColumn, ...sides } = columns;
  const doc = duelFitDocument({ file: where, dateColumn, ...EMPTY_COLUMNS, ...sides }, result);
  const render: Renderer<DuelFitDocument> = (d, style, width) => renderDuelFit(d, style, width, flags.all === true);
  if (chart) {
    const [{ duelFitChart }, { writeChart }] = await Promise.all([
      import('../../render/chart/duel-chart.js'),
      import('../chart-output.js'),
    ]);
    return writeChart(duelFitChart(result, where), doc, render, chart, ctx);
  }
  return writeDocument(doc, render, ctx);
}

const EMPTY_COLUMNS = { xLosses: null, xStrength: null, xAdded: null, yLosses: null, yStrength: null, yAdded: null };

/** The core's complaint about the series in the user's words: a column's flag, the file, or another flag. */
function fitError(error: DuelError, raw: Record<string, unknown>, where: string, columns: DuelColumns): UsageError {
  const field = error.field;
  const named = (key: keyof DuelColumns) =>
    `${key === 'date' ? '--date-column' : flagName(key)} ${echo(columns[key])} in ${where}`;
  if (field === 'days') {
    const first = (Object.keys(columns) as (keyof DuelColumns)[]).find((k) => k !== 'date') ?? 'date';
    return new UsageError(`${named(first)} ${error.problem}`);
  }
  if (field === 'date') return new UsageError(`${named('date')}: ${error.problem}`);
  if (field === null) return new UsageError(`${where} ${error.problem}`);
  if (field in columns) return new UsageError(`${named(field as keyof DuelColumns)} ${error.problem}`);
  return usageErrorFrom(error, givenFlag(raw));
}
