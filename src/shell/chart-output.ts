import { datedCasualtyFigures } from '../core/ledger/ledger-points.js';
import type { Output } from './io.js';
import { formatNumber } from '../core/figures/format.js';
import { ledgerMarkers, type LedgerPlacement } from '../render/chart/ledger-markers.js';
import type { Chart } from '../render/chart/model.js';
import { renderSvg } from '../render/chart/svg.js';
import { renderTerminalChart } from '../render/chart/terminal.js';
import type { ChartRequest } from '../commands/chart-request.js';
import type { CommandContext } from '../commands/context.js';
import { writeTextFile } from './files.js';
import { loadLedger } from './ledger-file.js';

/** The width of a chart drawn to `out`: the terminal's, or 80 columns when it is not a terminal. */
export const chartWidth = (out: Output): number => (out.isTTY === true && out.columns ? out.columns : 80);

/** On a chart of troops remaining, a count of C casualties is drawn at force − C. */
export const troopsLeft = (force: number): LedgerPlacement => ({
  value: (casualties) => force - casualties,
  legend: `ledger: C casualties (claimant, date) drawn at ${formatNumber(force)} − C`,
});

/** The chart with the ledger's dated casualty figures marked, when --ledger-points asks for them. */
export async function withLedgerPoints(
  chart: Chart,
  request: ChartRequest,
  placement: LedgerPlacement,
): Promise<Chart> {
  if (request.ledgerPoints === undefined) return chart;
  const { ledger } = await loadLedger(request.ledgerPoints, '--ledger-points');
  return ledgerMarkers(chart, datedCasualtyFigures(ledger), placement);
}

/**
 * Writes what was asked: with --svg -, only the SVG on stdout; else the SVG file (if asked), then
 * the report (or JSON document) with the terminal chart after it (if asked).
 */
export function writeChart(chart: Chart, report: () => string, request: ChartRequest, ctx: CommandContext): number {
  if (request.svg === '-') {
    ctx.io.stdout.write(renderSvg(chart));
    return 0;
  }
  if (request.svg !== undefined) writeSvg(request.svg, renderSvg(chart));
  let out = report();
  if (request.chart) out += `\n${renderTerminalChart(chart, chartWidth(ctx.io.stdout), ctx.style)}`;
  ctx.io.stdout.write(out);
  return 0;
}

/** Writes an SVG file, refused in the words every file error uses. */
export function writeSvg(file: string, svg: string): void {
  writeTextFile(file, svg, SVG_FILE);
}

const SVG_FILE = { name: '--svg', accepts: 'a file name such as chart.svg, or - for stdout' };
