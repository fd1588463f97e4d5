import { isLongSeries, renderFit, type FitDocument } from '../../render/fit.js';
import { fitReport } from '../../render/wrap.js';
import type { CommandContext } from '../context.js';

/**
 * The human report of a fit. A short series' report is fitted to the terminal's width; a long
 * series' summary lays out its own lines and tables within 100 columns.
 */
export function fittedReport(doc: FitDocument, ctx: CommandContext, all: boolean): string {
  const report = renderFit(doc, ctx.style, all);
  return isLongSeries(doc.result, doc.input.window) ? report : fitReport(report, ctx.width);
}
