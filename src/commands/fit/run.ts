import * as z from 'zod/mini';
import { fit, FitError, readReports } from '../../core/series/fit.js';
import { parsePositiveFlag } from '../../core/parse/index.js';
import { ProjectionError } from '../../core/projection/project.js';
import { UsageError } from '../../errors.js';
import { fitDocument, renderFit, renderFitWarnings } from '../../render/fit.js';
import { chartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';
import { flagValue, validateFlags } from '../validate.js';
import { usageErrorFrom } from '../core-error.js';
import { readTextArgument } from '../../shell/files.js';

const fitFlags = z.object({
  force: z.optional(flagValue(parsePositiveFlag)),
  ledger: z.optional(z.union([z.literal(true), z.string()])),
  operands: z.optional(z.array(z.string())),
});

/** Reads the reports (a file, or stdin for -), fits, and writes the report or JSON; warnings go to stderr. */
export async function runFit(raw: Record<string, unknown>, ctx: CommandContext): Promise<number> {
  const flags = validateFlags(fitFlags, raw);
  const file = flags.operands?.[0];
  if (flags.ledger !== undefined && file !== undefined) {
    throw new UsageError(`--ledger fits the ledger's dated claims; leave out the file ${JSON.stringify(file)} (or leave out --ledger)`);
  }
  if (flags.ledger === undefined && file === undefined) {
    throw new UsageError('fit needs a CSV file of dated reports (date,casualties[,source]), - to read them from stdin, or --ledger');
  }
  const chart = chartRequest(raw, ctx.json);
  const { reports, where, readings } = flags.ledger !== undefined ? await ledgerReports(flags.ledger) : await fileReports(file!, ctx);
  let result;
  try {
    result = fit(reports, flags.force === undefined ? {} : { force: flags.force });
  } catch (error) {
    if (error instanceof FitError) throw usageErrorFrom({ field: 'reports', problem: error.problem }, () => where);
    if (error instanceof ProjectionError) throw usageErrorFrom(error, () => `--force ${JSON.stringify(raw.force)} at the fitted rate`);
    throw error;
  }
  const doc = fitDocument({ file: file ?? where, force: flags.force ?? null }, result);
  ctx.io.stderr.write(readings.map((r) => `attrition: ${r}\n`).join(''));
  if (chart) {
    if (!ctx.json) ctx.io.stderr.write(renderFitWarnings(result));
    // Chart code is loaded only when a chart is asked for.
    return (await import('./chart.js')).runFitChart(doc, chart, ctx);
  }
  if (ctx.json) ctx.io.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  else {
    ctx.io.stderr.write(renderFitWarnings(result));
    ctx.io.stdout.write(renderFit(doc, ctx.style));
  }
  return 0;
}

async function fileReports(file: string, ctx: CommandContext) {
  const where = file === '-' ? 'stdin' : JSON.stringify(file);
  const parsed = readReports(await readTextArgument(file, ctx.io, REPORTS_FILE));
  if (!parsed.ok) throw new UsageError(`${where} ${parsed.problem}`);
  return { reports: parsed.value, where, readings: [] as string[] };
}

/** The ledger's dated casualty figures as reports, with a line on each reading that took a decision. */
async function ledgerReports(option: string | true) {
  const [{ loadLedger }, { reportsFromLedger }] = await Promise.all([import('../../shell/ledger-file.js'), import('../../core/ledger/ledger-reports.js')]);
  const { ledger, name } = await loadLedger(option);
  const reports = reportsFromLedger(ledger);
  const readings = reports.flatMap((r) => r.reading.map((reading) => `ledger: ${reading}`));
  return { reports: reports.map(({ date, casualties, source }) => ({ date, casualties, source: source! })), where: name, readings };
}

const REPORTS_FILE = {
  name: 'FILE',
  accepts: 'a CSV file of dated reports (date,casualties[,source]), or - to read them from stdin',
  instead: 'try cat reports.csv | attrition fit -, or attrition fit reports.csv',
};
