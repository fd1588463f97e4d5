import { monteCarloChart } from '../../render/chart/montecarlo-chart.js';
import { midpointOf } from '../../core/figures/range.js';
import { renderMonteCarlo, type MonteCarloDocument } from '../../render/montecarlo.js';
import { troopsLeft, withLedgerPoints, writeChart } from '../chart-output.js';
import type { ChartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';

/** `project --samples N` with --chart and/or --svg: the report (or JSON) as usual, plus the chart. */
export async function runMonteCarloChart(
  doc: MonteCarloDocument,
  request: ChartRequest,
  ctx: CommandContext,
): Promise<number> {
  const chart = await withLedgerPoints(monteCarloChart(doc), request, troopsLeft(midpointOf(doc.input.force)));
  return writeChart(chart, doc, renderMonteCarlo, request, ctx);
}
