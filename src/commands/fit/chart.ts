import { fitChart } from '../../render/chart/fit-chart.js';
import { isLongSeries, renderFit, type FitDocument } from '../../render/fit.js';
import { seriesChart } from '../../render/chart/series-chart.js';
import { withLedgerPoints, writeChart } from '../chart-output.js';
import type { ChartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';

/** `fit` with --chart and/or --svg: the report (or JSON) as usual, plus the chart of cumulative casualties. */
export async function runFitChart(
  doc: FitDocument,
  request: ChartRequest,
  ctx: CommandContext,
  all = false,
): Promise<number> {
  const name = doc.input.file === '-' ? 'stdin' : doc.input.file;
  const placement = { value: (casualties: number) => casualties, legend: 'ledger: C casualties (claimant, date)' };
  const drawn = isLongSeries(doc.result, doc.input.window)
    ? seriesChart(doc.result, name, doc.input.unit)
    : fitChart(doc, name);
  const chart = await withLedgerPoints(drawn, request, placement);
  return writeChart(chart, doc, (d, style, width) => renderFit(d, style, width, all), request, ctx);
}
