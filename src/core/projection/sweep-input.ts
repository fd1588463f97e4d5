import { DEFAULT_START } from './baseline.js';
import { isoDate } from '../dates.js';
import { oneValue, parseValues, type Values } from '../parse/sweep-values.js';
import { parseCount, parsePositive } from '../parse/numbers.js';
import { parseDayOrPeriod } from '../parse/periods.js';
import { parseDayStep } from '../parse/days.js';
import { parseShare } from '../parse/shares.js';
import type { Parsed } from '../parse/parsed.js';
import { ProjectionError } from './project.js';
import { pickScenarioOptions, type ScenarioOptions } from './scenario.js';
import { AXES, sweepColumns, sweepRows, type Axis, type SweepGrid, type SweepRow } from './sweep.js';
import { echo } from '../wording.js';

/** How each sweep axis reads its values, on the command line, in a scenarios file and in the library. */
export const AXIS_READERS: Record<Axis, (text: string) => Parsed<Values>> = {
  force: (text) => parseValues(text, parsePositive),
  rate: (text) => parseValues(text, parsePositive),
  start: (text) => parseValues(text, parseDayOrPeriod, parseDayStep),
  threshold: (text) => parseValues(text, parseShare, parseShare),
  casualties: (text) => parseValues(text, parseCount),
  asOf: (text) => parseValues(text, parseDayOrPeriod, parseDayStep),
};

export const DATE_AXES: ReadonlySet<Axis> = new Set(['start', 'asOf']);

/** One axis as the library takes it and `--json` echoes it: a value, a list, or steps. Dates are ISO strings. */
export type AxisInput<T extends number | string> = T | T[] | { from: T; to: T; step: number };

/** One grid as `--json` echoes it; the scenario options apply to every row (stepped as project steps them). */
export interface SweepInput extends ScenarioOptions {
  name?: string | null;
  force: AxisInput<number>;
  rate: AxisInput<number>;
  start?: AxisInput<string>;
  threshold?: AxisInput<number>;
  casualties?: AxisInput<number> | null;
  asOf?: AxisInput<string> | null;
}

export interface SweepResult {
  count: number;
  columns: string[];
  rows: SweepRow[];
}

/** `--json` echo of an axis: one value, the list, or { from, to, step, count }. */
export function echoValues(values: Values | null, date: boolean): unknown {
  if (values === null) return null;
  const show = (x: number) => (date ? isoDate(x) : x);
  if (values.kind === 'list') return values.count === 1 ? show(values.list[0]!) : values.list.map(show);
  return { from: show(values.low), to: show(values.high), step: values.step, count: values.count };
}

function axisValues(axis: Axis, input: AxisInput<number | string>): Values {
  const read = AXIS_READERS[axis];
  const text = (x: number | string) => (typeof x === 'number' ? String(x) : x);
  const parse = (t: string): Values => {
    const parsed = read(t);
    if (!parsed.ok) throw new ProjectionError(axis, `${echo(t)} ${parsed.problem}`);
    return parsed.value;
  };
  if (Array.isArray(input))
    return { kind: 'list', count: input.length, list: input.flatMap((x) => listOf(parse(text(x)))) };
  if (typeof input === 'object') return parse(`${text(input.from)}..${text(input.to)}:${input.step}`);
  return parse(text(input));
}

const listOf = (values: Values): number[] => (values.kind === 'list' ? values.list : []);

/** The values a grid takes where an axis is not given: ISW's start, the whole force. */
const AXIS_DEFAULTS: Partial<Record<Axis, Values>> = { start: oneValue(DEFAULT_START), threshold: oneValue(1) };

/** A grid from each axis's values (null: not given, so its default or none), as library and CLI build it. */
export function assembleGrid(name: string | null, valueOf: (axis: Axis) => Values | null): SweepGrid {
  const [force, rate, start, threshold, casualties, asOf] = AXES.map((axis) => valueOf(axis) ?? AXIS_DEFAULTS[axis]);
  return {
    name,
    force: force!,
    rate: rate!,
    start: start!,
    threshold: threshold!,
    casualties: casualties ?? null,
    asOf: asOf ?? null,
  };
}

/** A grid from library input; a value that cannot be read throws ProjectionError naming the field. */
export function gridOf(input: SweepInput): SweepGrid {
  const values = (axis: Axis): Values | null => {
    const given = input[axis];
    return given === undefined || given === null ? null : axisValues(axis, given);
  };
  const scenario = pickScenarioOptions(input);
  return {
    ...assembleGrid(input.name ?? null, values),
    ...(Object.keys(scenario).length > 0 && { scenario }),
  };
}

/**
 * Every row of the grids the library input describes: the same object `attrition sweep --json`
 * prints under `result` (so keep grids small here; the CLI streams large ones).
 */
export function sweep(inputs: SweepInput | SweepInput[]): SweepResult {
  const grids = (Array.isArray(inputs) ? inputs : [inputs]).map(gridOf);
  const rows = sweepRows(grids);
  return { count: rows.length, columns: sweepColumns(grids), rows };
}
