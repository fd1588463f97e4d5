import { midpointOf } from '../../core/figures/range.js';
import type { StrengthPoint } from '../../core/projection/project.js';
import { projectChart } from '../../render/chart/project-chart.js';
import { renderProject, type ProjectDocument } from '../../render/project.js';
import { troopsLeft, withLedgerPoints, writeChart } from '../chart-output.js';
import type { ChartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';

/** `project` with --chart and/or --svg: the report (or JSON) as usual, plus the chart. */
export async function runProjectChart(
  doc: ProjectDocument,
  request: ChartRequest,
  ctx: CommandContext,
  trajectory?: StrengthPoint[],
): Promise<number> {
  const chart = await withLedgerPoints(projectChart(doc, trajectory), request, troopsLeft(midpointOf(doc.input.force)));
  return writeChart(chart, doc, renderProject, request, ctx);
}
