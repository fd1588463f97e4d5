import { backtest, BacktestError } from '../../core/series/backtest.js';
import { UsageError } from '../../errors.js';
import {
  backtestDocument,
  renderBacktest,
  renderBacktestCsv,
  renderBacktestNdjson,
  type BacktestDocument,
  type BacktestFormat,
} from '../../render/backtest.js';
import type { CommandContext } from '../context.js';
import { readingNotes, readSeriesInput, spanEcho, unitOf } from '../series-input.js';
import { anyGiven } from '../flag-readings.js';
import type { BacktestFlags } from './flags.js';
import { echo } from '../../core/wording.js';

/** The flags whose text zod reads; without one, commander has given every flag as it is used. */
const READ_FLAGS = ['window', 'horizon', 'level', 'format', 'since', 'until', 'unit'] as const;

/** Reads the series, backtests it and writes the table, rows or JSON (and the SVG when asked). */
export async function runBacktest(raw: Record<string, unknown>, ctx: CommandContext): Promise<number> {
  const flags: BacktestFlags = anyGiven(raw, READ_FLAGS) ? (await import('./flags.js')).readBacktestFlags(raw) : raw;
  const format = chooseFormat(flags.format, ctx.json);
  const file = flags.operands?.[0];
  if (file === undefined)
    throw new UsageError('backtest needs a series file of dated counts (CSV, JSON or NDJSON), or - for stdin');
  if (flags.svg === '')
    throw new UsageError('--svg "" is not a file name; give one such as backtest.svg, or - for stdout');
  if (flags.svg === '-' && flags.format !== undefined && !ctx.json) {
    throw new UsageError(
      `--svg "-" writes the SVG to stdout, where --format ${echo(flags.format)} writes its rows; ` +
        `give --svg a file name such as backtest.svg`,
    );
  }
  if (flags.svg === '-' && ctx.json)
    throw new UsageError('--svg "-" writes the SVG to stdout, where --json writes; give a file such as backtest.svg');
  const reading = await readSeriesInput(file, flags, raw, ctx);
  const window = flags.window ?? 30;
  const horizons = flags.horizon ?? [30, 90, 180];
  const level = flags.level ?? 0.9;
  let result;
  try {
    result = backtest(reading.reports, { window, horizons, level });
  } catch (error) {
    if (error instanceof BacktestError) {
      const given = error.flag === null ? undefined : raw[error.flag.slice(2)];
      const flag =
        error.flag === null
          ? reading.where
          : given === undefined
            ? `${error.flag} (by default ${window}d)`
            : `${error.flag} ${echo(given)}`;
      throw new UsageError(`${flag} ${error.problem}`);
    }
    throw error;
  }
  const doc = backtestDocument(
    {
      file,
      window,
      horizons: result.horizons,
      level,
      ...spanEcho(flags),
      columns: reading.columns,
      unit: unitOf(flags.unit, reading.columns),
    },
    result,
  );
  ctx.io.stderr.write(readingNotes(reading.notes));
  if (format !== 'json') ctx.io.stderr.write(result.warnings.map((w) => `attrition: warning: ${w}\n`).join(''));
  if (flags.svg !== undefined) {
    const svg = await backtestSvg(doc, file === '-' ? 'stdin' : file);
    if (flags.svg === '-') {
      ctx.io.stdout.write(svg);
      return 0;
    }
    (await import('../../shell/chart-output.js')).writeSvg(flags.svg, svg);
  }
  ctx.io.stdout.write(renderAs(format, doc, ctx));
  return 0;
}

function chooseFormat(format: BacktestFormat | undefined, json: boolean): BacktestFormat {
  if (json && format !== undefined && format !== 'json') {
    throw new UsageError(`--json asks for JSON but --format ${echo(format)} asks for ${format}; give one of them`);
  }
  return json ? 'json' : (format ?? 'table');
}

function renderAs(format: BacktestFormat, doc: BacktestDocument, ctx: CommandContext): string {
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  if (format === 'csv') return renderBacktestCsv(doc.result);
  if (format === 'ndjson') return renderBacktestNdjson(doc.result);
  return renderBacktest(doc, ctx.style, ctx.width);
}

async function backtestSvg(doc: BacktestDocument, name: string): Promise<string> {
  const [{ backtestCharts }, { renderSvg }, { stackSvg }] = await Promise.all([
    import('../../render/chart/backtest-chart.js'),
    import('../../render/chart/svg.js'),
    import('../../render/chart/stack-svg.js'),
  ]);
  return stackSvg(backtestCharts(doc.result, name).map(renderSvg));
}
