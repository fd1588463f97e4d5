import { isoDate, type Day } from '../dates.js';
import { valueAt, type Values } from '../parse/sweep-values.js';
import { daysToReach, lossesAt, project, reachDay } from './project.js';
import { horizonEndOf, planScenario, usesScenario, type ScenarioOptions } from './scenario.js';

/**
 * One grid of scenarios: the cartesian product of its values, in column order (force varies
 * slowest, as-of fastest). Dates (start, as-of) are held as Day numbers.
 */
export interface SweepGrid {
  /** The scenario's name when it comes from a scenarios file; null for the command line. */
  name: string | null;
  force: Values;
  rate: Values;
  start: Values;
  threshold: Values;
  /** Casualties counted through the end of each as-of date; both null when not given. */
  casualties: Values | null;
  asOf: Values | null;
  /**
   * Scenario options (phases, reinforcements, …) for every row of the grid: its rows are then
   * stepped day by day, as project does with them. Absent or null: the closed form.
   */
  scenario?: ScenarioOptions | null;
}

/** The grid's scenario options when they ask for a scenario model. */
export const steppedOptions = (grid: SweepGrid): ScenarioOptions | null =>
  grid.scenario !== undefined && grid.scenario !== null && usesScenario(grid.scenario) ? grid.scenario : null;

/** The axes of a grid in column order; casualties and as-of count as one value when absent. */
export const AXES = ['force', 'rate', 'start', 'threshold', 'casualties', 'asOf'] as const;
export type Axis = (typeof AXES)[number];

export function gridSize(grid: SweepGrid): number {
  return AXES.reduce((rows, axis) => rows * (grid[axis]?.count ?? 1), 1);
}

/** The columns of a sweep: scenario first when named scenarios are swept, casualties/as-of when given. */
export function sweepColumns(grids: readonly SweepGrid[]): string[] {
  const named = grids.some((g) => g.name !== null);
  const counted = grids.some((g) => g.asOf !== null);
  return [
    ...(named ? ['scenario'] : []),
    'force',
    'rate',
    'start',
    'threshold',
    ...(counted ? ['casualties', 'asOf'] : []),
    'daysFromStart',
    'date',
    'label',
    ...(grids.some((g) => steppedOptions(g)?.on !== undefined) ? ['strengthOn'] : []),
  ];
}

export const sweepSize = (grids: readonly SweepGrid[]): number => grids.reduce((rows, g) => rows + gridSize(g), 0);

/** The smallest or largest value an axis takes. */
export function extreme(values: Values, pick: 'min' | 'max'): number {
  if (values.kind === 'steps') return valueAt(values, pick === 'min' ? 0 : values.count - 1);
  return pick === 'min' ? Math.min(...values.list) : Math.max(...values.list);
}

/**
 * Checks a grid with project's own rules at its corners, so that every row can be projected:
 * the most casualties against the smallest force and the earliest as-of date against the latest
 * start, then the latest possible date against the end of the calendar. Throws ProjectionError.
 */
export function checkGrid(grid: SweepGrid): void {
  const min = (axis: Axis) => extreme(grid[axis]!, 'min');
  const max = (axis: Axis) => extreme(grid[axis]!, 'max');
  const counted = grid.casualties !== null && grid.asOf !== null;
  const options = steppedOptions(grid);
  const corner = (force: number, casualties: number, asOf: number, start = max('start')) =>
    project({
      force,
      rate: min('rate'),
      start: isoDate(start),
      threshold: max('threshold'),
      ...(counted && { casualties, asOf: isoDate(asOf) }),
      ...options,
    });
  if (counted) corner(min('force'), max('casualties'), min('asOf'));
  corner(max('force'), counted ? min('casualties') : 0, counted ? max('asOf') : 0);
  // A stepped row's horizon is shortest for the earliest start: the latest as-of date must fall within it.
  if (options !== null && counted) corner(max('force'), min('casualties'), max('asOf'), min('start'));
}

/** The last day simulated for the latest start of a stepped grid. */
function lastHorizonEnd(grid: SweepGrid, options: ScenarioOptions): Day {
  return horizonEndOf(planScenario(options, 0), extreme(grid.start, 'max'));
}

/** The most days from the start any row of a grid can take (for column widths). */
export function maxDaysOf(grid: SweepGrid): number {
  // A row's projected day is its start + ⌈days⌉ − 1, and falls on the grid's last day at the latest.
  return dayRangeOf(grid).last - extreme(grid.start, 'min') + 1;
}

/** The first and last day any row of the grid can fall on (the grid must have passed checkGrid). */
export function dayRangeOf(grid: SweepGrid): { first: Day; last: Day } {
  const options = steppedOptions(grid);
  // A stepped row is lost on or after its start, and by the end of its horizon or not at all.
  if (options !== null) return { first: extreme(grid.start, 'min'), last: lastHorizonEnd(grid, options) };
  const at = (values: Values | null, pick: 'min' | 'max') => (values === null ? undefined : extreme(values, pick));
  const day = (force: 'min' | 'max', other: 'min' | 'max') => {
    const losses = lossesAt(extreme(grid.force, force), extreme(grid.threshold, force));
    const days = daysToReach(losses, extreme(grid.rate, other), at(grid.casualties, other) ?? 0);
    return reachDay(days, extreme(grid.start, force), at(grid.asOf, force));
  };
  return { first: day('min', 'max'), last: day('max', 'min') };
}
