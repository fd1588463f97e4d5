import { isError } from '../../core/coded-error.js';
import { ProjectionError } from '../../core/projection/project.js';
import { AXES, checkGrid, sweepSize, type Axis, type SweepGrid } from '../../core/projection/sweep.js';
import { EXIT, flagName, UsageError } from '../../errors.js';
import { formatNumber } from '../../core/figures/format.js';
import type { SweepFormat } from '../../render/sweep.js';
import type { CommandContext } from '../context.js';
import { flagText, givenFlag, usageErrorFrom, type Blame } from '../core-error.js';
import { scenarioOptions, type ScenarioFlags } from '../scenario/options.js';
import { readScenarios, SCENARIO_FIELDS, type NamedScenario, type ScenarioField } from './scenarios-file.js';
import { readTextFile } from '../../shell/files.js';
import { streamSweep } from '../../shell/sweep-stream.js';
import { assembleGrid, DATE_AXES, echoValues } from '../../core/projection/sweep-input.js';
import type { GivenFlags } from '../flag-table.js';
import type { SweepFlags } from './definition.js';
import { CONFIRM_ROWS } from './confirm.js';
import { echo } from '../../core/wording.js';

type RawFlags = GivenFlags;

/** Reads the scenarios file (if any), checks every scenario can be projected, then streams the rows. */
export async function runSweep(flags: SweepFlags, ctx: CommandContext, raw: RawFlags): Promise<number> {
  const format = chooseFormat(flags, ctx);
  const scenarios =
    flags.scenarios === undefined
      ? null
      : readScenarios(flags.scenarios, await readTextFile(flags.scenarios, SCENARIOS_FILE));
  const grids =
    scenarios === null ? [gridFromFlags(flags, raw)] : scenarios.map((s) => gridFromScenario(s, flags, raw));
  const count = sweepSize(grids);
  if (count > CONFIRM_ROWS && flags.yes !== true) {
    throw new UsageError(
      `the sweep has ${formatNumber(count)} rows, more than ${formatNumber(CONFIRM_ROWS)}; add --yes to write ` +
        `them all, or use coarser steps`,
    );
  }
  const input = { scenarios: flags.scenarios ?? null, grids: grids.map(echoGrid) };
  await streamSweep(
    ctx.io.stdout,
    { format, grids, document: { input, count }, width: ctx.width },
    threadsFrom(ctx.io.env.ATTRITION_THREADS),
  );
  return EXIT.ok;
}

/** ATTRITION_THREADS=N caps the threads a large sweep uses; anything but a whole number ≥ 1 is ignored. */
function threadsFrom(text: string | undefined): number | undefined {
  const threads = Number(text);
  return text !== undefined && Number.isInteger(threads) && threads >= 1 ? threads : undefined;
}

function chooseFormat(flags: SweepFlags, ctx: CommandContext): SweepFormat {
  if (flags.json === true) {
    if (flags.format !== undefined && flags.format !== 'json') {
      throw new UsageError(
        `--json asks for JSON but --format ${echo(flags.format)} asks for ${flags.format}; give one of them`,
      );
    }
    return 'json';
  }
  return flags.format ?? (ctx.io.stdout.isTTY === true ? 'table' : 'csv');
}

const SCENARIOS_FILE = { name: '--scenarios', accepts: 'a JSON file' };

function gridFromFlags(flags: SweepFlags, raw: RawFlags): SweepGrid {
  for (const axis of ['force', 'rate'] as const) {
    if (flags[axis] === undefined) {
      throw new UsageError(
        `${flagName(axis)} is required (or --scenarios): a value, a list 80, 92 or steps 60..120:10`,
      );
    }
  }
  const grid = withScenario(
    assembleGrid(null, (axis) => flags[axis] ?? null),
    flags,
  );
  return checked(grid, givenFlag(raw), (axis) => `${flagName(axis)}`);
}

/** Adds the scenario options the flags (or a scenario and the flags) give; a grid without any is left as it was. */
function withScenario(grid: SweepGrid, flags: ScenarioFlags): SweepGrid {
  const options = scenarioOptions(flags);
  return Object.keys(options).length === 0 ? grid : { ...grid, scenario: options };
}

function gridFromScenario(scenario: NamedScenario, flags: SweepFlags, raw: RawFlags): SweepGrid {
  const who = `--scenarios: scenario ${echo(scenario.name, 16)}`;
  for (const axis of ['force', 'rate'] as const) {
    if (scenario.values[axis] === undefined && flags[axis] === undefined) {
      throw new UsageError(`${who}: ${axis} is missing; give it in the file or with ${flagName(axis)}`);
    }
  }
  // A scenario's killed share or return to duty replaces both flags: they are two ways to say one thing.
  const ownReturns = scenario.scenario.returnToDuty !== undefined || scenario.scenario.killedShare !== undefined;
  const fromFlag = (field: ScenarioField) =>
    ownReturns && (field === 'returnToDuty' || field === 'killedShare') ? undefined : flags[field];
  const merged = Object.fromEntries(
    SCENARIO_FIELDS.map((field) => [field, scenario.scenario[field] ?? fromFlag(field)]),
  ) as ScenarioFlags;
  const grid = withScenario(
    assembleGrid(scenario.name, (axis) => scenario.values[axis] ?? flags[axis] ?? null),
    merged,
  );
  const source = (field: Axis | ScenarioField) => {
    if (isScenarioField(field)) {
      const own = scenario.scenarioText[field];
      if (own === undefined) return `${flagName(field)} ${echo(flagText(raw[field]))}`;
      return `${field} ${echo(own)}`;
    }
    const own = scenario.values[field];
    if (own === undefined) return `${flagName(field)} ${echo(raw[field])}`;
    return `${field} ${echo(echoValues(own, DATE_AXES.has(field)))}`;
  };
  return checked(
    grid,
    (field) => `${who}: ${source(field as Axis | ScenarioField)}`,
    (axis) => `${who}: ${axis}`,
  );
}

const isScenarioField = (field: string): field is ScenarioField =>
  (SCENARIO_FIELDS as readonly string[]).includes(field);

/** Applies project's rules to the grid; a problem names the flag (or the scenario and field) and its value. */
function checked(grid: SweepGrid, blame: Blame, name: (axis: Axis) => string): SweepGrid {
  if ((grid.casualties === null) !== (grid.asOf === null)) {
    throw new UsageError(
      grid.casualties === null
        ? `${name('asOf')} needs casualties: the number lost through the end of that day`
        : `${name('casualties')} needs an as-of date, the day they were counted through`,
    );
  }
  try {
    checkGrid(grid);
  } catch (error) {
    if (!isError(error, ProjectionError)) throw error;
    const worded = error.problemNaming(flagName);
    const problem = error.field === 'casualties' ? worded.replace('the force', 'the smallest force') : worded;
    throw usageErrorFrom({ field: error.field, problem }, blame);
  }
  return grid;
}

/** A grid as `--json` echoes it: its axes, then its scenario options (as project echoes them) when it has any. */
const echoGrid = (grid: SweepGrid) => ({
  name: grid.name,
  ...Object.fromEntries(AXES.map((axis) => [axis, echoValues(grid[axis], DATE_AXES.has(axis))])),
  ...grid.scenario,
});
