import { writeFileSync } from 'node:fs';
import type { StrengthPoint } from '../core/project.js';
import { UsageError } from '../errors.js';
import type { Output } from '../io.js';
import { projectChart } from '../render/chart/project-chart.js';
import { renderSvg } from '../render/chart/svg.js';
import { renderTerminalChart } from '../render/chart/terminal.js';
import { renderProject, type ProjectDocument } from '../render/project.js';
import type { CommandContext } from './context.js';

export interface ChartRequest {
  /** Draw the chart in the terminal after the report. */
  chart: boolean;
  /** Write an SVG: a file name, or - for stdout (then stdout carries only the SVG). */
  svg: string | undefined;
}

/** The width of a chart drawn to `out`: the terminal's, or 80 columns when it is not a terminal. */
export const chartWidth = (out: Output): number => (out.isTTY === true && out.columns ? out.columns : 80);

/** `project` with --chart and/or --svg: the report (or JSON) as usual, plus the chart. */
export function runProjectChart(
  doc: ProjectDocument,
  request: ChartRequest,
  ctx: CommandContext,
  trajectory?: StrengthPoint[],
): number {
  checkRequest(request, ctx.json);
  const chart = projectChart(doc, trajectory);
  if (request.svg === '-') {
    ctx.io.stdout.write(renderSvg(chart));
    return 0;
  }
  if (request.svg !== undefined) writeSvg(request.svg, renderSvg(chart));
  let out = ctx.json ? `${JSON.stringify(doc, null, 2)}\n` : renderProject(doc, ctx.style);
  if (request.chart) out += `\n${renderTerminalChart(chart, chartWidth(ctx.io.stdout), ctx.style)}`;
  ctx.io.stdout.write(out);
  return 0;
}

/** stdout carries one thing: the report (with its chart), one JSON document, or one SVG. */
function checkRequest({ chart, svg }: ChartRequest, json: boolean): void {
  if (svg === '') throw new UsageError('--svg "" is not a file name; give one such as chart.svg, or - for stdout');
  if (svg === '-' && json) {
    throw new UsageError('--svg "-" writes the SVG to stdout, where --json writes its document; give --svg a file name such as chart.svg');
  }
  if (svg === '-' && chart) {
    throw new UsageError('--svg "-" writes the SVG to stdout, where --chart draws; give --svg a file name such as chart.svg');
  }
  if (chart && json) throw new UsageError('--chart draws on stdout, where --json writes its document; leave out one of them');
}

function writeSvg(file: string, svg: string): void {
  try {
    writeFileSync(file, svg);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--svg ${JSON.stringify(file)} cannot be written: ${WRITE_PROBLEMS[code ?? ''] ?? (error as Error).message}`);
  }
}

const WRITE_PROBLEMS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'it is a folder; give a file name such as chart.svg',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};
