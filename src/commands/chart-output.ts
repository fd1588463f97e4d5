import { EXIT } from '../errors.js';
import { DEFAULT_WIDTH, MAX_WIDTH } from '../render/wrap.js';
import type { Renderer } from '../render/style.js';
import { documentText } from './write-document.js';
import type { Output } from '../shell/io.js';
import { formatNumber } from '../core/figures/format.js';
import type { LedgerPlacement } from '../render/chart/ledger-markers.js';
import type { Chart } from '../render/chart/model.js';
import type { ChartRequest } from './chart-request.js';
import type { CommandContext } from './context.js';
import { writeTextFile } from '../shell/files.js';

// The ledger, the SVG writer and the terminal chart are each loaded only by a run that asks for them.

/**
 * The width of a chart drawn to `out`: the terminal's, at most 100 columns as every report, or 80
 * when it is not a terminal.
 */
export const chartWidth = (out: Output): number =>
  out.isTTY === true && out.columns ? Math.min(out.columns, MAX_WIDTH) : DEFAULT_WIDTH;

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
  const [{ loadLedger }, { datedCasualtyFigures }, { ledgerMarkers }] = await Promise.all([
    import('../shell/ledger-file.js'),
    import('../core/ledger/ledger-points.js'),
    import('../render/chart/ledger-markers.js'),
  ]);
  const { ledger } = await loadLedger(request.ledgerPoints, '--ledger-points');
  return ledgerMarkers(chart, datedCasualtyFigures(ledger), placement);
}

/**
 * Writes what was asked: with --svg -, only the SVG on stdout; else the SVG file (if asked), then
 * the document as writeDocument writes it, with the terminal chart after it (if asked).
 */
export async function writeChart<D>(
  chart: Chart,
  doc: D,
  render: Renderer<D>,
  request: ChartRequest,
  ctx: CommandContext,
): Promise<number> {
  if (request.svg !== undefined) {
    const svg = (await import('../render/chart/svg.js')).renderSvg(chart);
    if (request.svg === '-') {
      ctx.io.stdout.write(svg);
      return EXIT.ok;
    }
    writeSvg(request.svg, svg);
  }
  let out = documentText(doc, render, ctx);
  if (request.chart) {
    const { renderTerminalChart } = await import('../render/chart/terminal.js');
    out += `\n${renderTerminalChart(chart, chartWidth(ctx.io.stdout), ctx.style)}`;
  }
  ctx.io.stdout.write(out);
  return EXIT.ok;
}

/** Writes an SVG file, refused in the words every file error uses. */
export function writeSvg(file: string, svg: string): void {
  writeTextFile(file, svg, SVG_FILE);
}

const SVG_FILE = { name: '--svg', accepts: 'a writable file' };
