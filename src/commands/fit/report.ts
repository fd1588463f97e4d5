import { isLongSeries, renderFit, type FitDocument } from '../../render/fit.js';
import { fitReport } from '../../render/wrap.js';
import type { CommandContext } from '../context.js';

/**
 * The human report of a fit, fitted to the terminal's width: a long series' summary lays out its own
 * lines, a short series' report has its long lines wrapped under themselves.
 */
export function fittedReport(doc: FitDocument, ctx: CommandContext, all: boolean): string {
  if (isLongSeries(doc.result, doc.input.window)) return renderFit(doc, ctx.style, all, ctx.width);
  return fitReport(renderFit(doc, ctx.style, all), ctx.width);
}
