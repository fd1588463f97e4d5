import { isError } from '../../core/coded-error.js';
import { DEFAULT_START } from '../../core/projection/baseline.js';
import { isoDate } from '../../core/dates.js';
import { project, ProjectionError, projectTrajectory } from '../../core/projection/project.js';
import type { ScenarioInput } from '../../core/projection/scenario.js';
import { projectDocument, renderProject } from '../../render/project.js';
import { projectEcho } from './echo.js';
import { chartRequest } from '../chart-request.js';
import type { CommandContext } from '../context.js';
import { givenFlag, usageErrorFrom } from '../core-error.js';
import { scenarioOptions } from '../scenario/options.js';
import type { GivenFlags } from '../flag-table.js';
import type { ProjectFlags } from './definition.js';
import { flagReadings } from '../flag-readings.js';
import { writeDocument } from '../write-document.js';

/** The kind of each projection flag whose reading the report states. */
export const PROJECT_READINGS = {
  force: 'figure',
  rate: 'figure',
  start: 'day',
  casualties: 'figure',
  asOf: 'day',
  on: 'day',
} as const;

/** Projects, and writes the report or the JSON document. */
export function runProject(flags: ProjectFlags, ctx: CommandContext, raw: GivenFlags): number | Promise<number> {
  const scenario = scenarioOptions(flags);
  const input: ScenarioInput = {
    force: flags.force,
    rate: flags.rate,
    start: isoDate(flags.start ?? DEFAULT_START),
    threshold: flags.threshold ?? 1,
    ...(flags.casualties !== undefined && { casualties: flags.casualties }),
    ...(flags.asOf !== undefined && { asOf: isoDate(flags.asOf) }),
    ...scenario,
  };
  const echo = projectEcho(input, flags.start === undefined);
  const readings = flagReadings(raw, PROJECT_READINGS);
  if (readings.length > 0) echo.readings = readings;
  const doc = projectDocument(echo, projectOrExplain(input, raw));
  // Chart code is loaded only when a chart is asked for.
  const request = chartRequest(raw, ctx.json);
  if (request) {
    const trajectory = projectTrajectory(input);
    return import('./chart.js').then((m) => m.runProjectChart(doc, request, ctx, trajectory));
  }
  return writeDocument(doc, renderProject, ctx);
}

/** Turns a projection the figures do not allow into a usage error naming the flag and its value. */
function projectOrExplain(input: ScenarioInput, raw: GivenFlags) {
  try {
    return project(input);
  } catch (error) {
    if (!isError(error, ProjectionError)) throw error;
    throw usageErrorFrom(error, givenFlag(raw));
  }
}
