import { writeDocument } from '../write-document.js';
import { echo } from '../../core/wording.js';
import type { Renderer } from '../../render/style.js';
import { isError } from '../../core/coded-error.js';
import { backtest, BacktestError } from '../../core/series/backtest.js';
import { EXIT, UsageError } from '../../errors.js';
import {
  backtestDocument,
  renderBacktest,
  renderBacktestCsv,
  renderBacktestNdjson,
  type BacktestDocument,
  type BacktestFormat,
} from '../../render/backtest.js';
import type { CommandContext } from '../context.js';
import { columnsEcho, readingNotes, readSeriesInput, spanEcho, unitOf } from '../series-input.js';
import type { GivenFlags } from '../flag-table.js';
import type { BacktestFlags } from './definition.js';

/** Reads the series, backtests it and writes the table, rows or JSON (and the SVG when asked). */
export async function runBacktest(flags: BacktestFlags, ctx: CommandContext, raw: GivenFlags): Promise<number> {
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
    if (isError(error, BacktestError)) {
      const given = error.field === null ? undefined : raw[error.field.slice(2)];
      const flag =
        error.field === null
          ? reading.where
          : given === undefined
            ? `${error.field} (by default ${window}d)`
            : `${error.field} ${echo(given)}`;
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
      ...columnsEcho(reading.columns),
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
      return EXIT.ok;
    }
    (await import('../chart-output.js')).writeSvg(flags.svg, svg);
  }
  return writeDocument(doc, renderIn(format), { ...ctx, json: format === 'json' });
}

function chooseFormat(format: BacktestFormat | undefined, json: boolean): BacktestFormat {
  if (json && format !== undefined && format !== 'json') {
    throw new UsageError(`--json asks for JSON but --format ${echo(format)} asks for ${format}; give one of them`);
  }
  return json ? 'json' : (format ?? 'table');
}

/** The renderer of a --format other than json (which writeDocument writes itself). */
function renderIn(format: BacktestFormat): Renderer<BacktestDocument> {
  if (format === 'csv') return (doc) => renderBacktestCsv(doc.result);
  if (format === 'ndjson') return (doc) => renderBacktestNdjson(doc.result);
  return renderBacktest;
}

async function backtestSvg(doc: BacktestDocument, name: string): Promise<string> {
  const [{ backtestCharts }, { renderSvg }, { stackSvg }] = await Promise.all([
    import('../../render/chart/backtest-chart.js'),
    import('../../render/chart/svg.js'),
    import('../../render/chart/stack-svg.js'),
  ]);
  return stackSvg(backtestCharts(doc.result, name).map(renderSvg));
}
