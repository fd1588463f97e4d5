import { fuzzyLabel, isoDate, type Day } from '../dates.js';
import { valueAt, type Values } from '../parse/index.js';
import { daysToReach, lossesAt, project, reachDay } from './project.js';
import { horizonEndOf, planScenario, SteppedProjector, usesScenario, type ScenarioOptions } from './scenario.js';

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
const AXIS_COUNT = AXES.length;

export function gridSize(grid: SweepGrid): number {
  return AXES.reduce((rows, axis) => rows * (grid[axis]?.count ?? 1), 1);
}

/** The columns of a sweep: scenario first when named scenarios are swept, casualties/as-of when given. */
export function sweepColumns(grids: readonly SweepGrid[]): string[] {
  const named = grids.some((g) => g.name !== null);
  const counted = grids.some((g) => g.asOf !== null);
  return [
    ...(named ? ['scenario'] : []),
    'force', 'rate', 'start', 'threshold',
    ...(counted ? ['casualties', 'asOf'] : []),
    'days', 'date', 'label',
    ...(grids.some((g) => steppedOptions(g)?.on !== undefined) ? ['strengthOn'] : []),
  ];
}

export const sweepSize = (grids: readonly SweepGrid[]): number => grids.reduce((rows, g) => rows + gridSize(g), 0);

function extreme(values: Values, pick: 'min' | 'max'): number {
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

/** The longest run of days of losses in a grid (for column widths). */
export function maxDaysOf(grid: SweepGrid): number {
  const options = steppedOptions(grid);
  if (options !== null) return lastHorizonEnd(grid, options) - extreme(grid.start, 'min') + 1;
  const counted = grid.casualties === null ? 0 : extreme(grid.casualties, 'min');
  return daysToReach(lossesAt(extreme(grid.force, 'max'), extreme(grid.threshold, 'max')), extreme(grid.rate, 'min'), counted);
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

/**
 * A batch of rows as plain numbers: which grid, the index on each axis, the unrounded days of
 * losses and the projected day. Filling and formatting batches allocates nothing per row (at a
 * constant rate). A stepped row not lost within its horizon has NaN days and, as its day, the
 * last day simulated; `strength` holds the strength on the grid's `on` day (stepped rows only).
 */
export interface SweepBatch {
  readonly capacity: number;
  size: number;
  readonly grid: Int32Array;
  /** AXES.length indices per row: index[row * 6 + axis]. */
  readonly index: Float64Array;
  readonly days: Float64Array;
  readonly day: Int32Array;
  readonly strength: Float64Array;
}

export function createBatch(capacity = 4096): SweepBatch {
  return {
    capacity,
    size: 0,
    grid: new Int32Array(capacity),
    index: new Float64Array(capacity * AXIS_COUNT),
    days: new Float64Array(capacity),
    day: new Int32Array(capacity),
    strength: new Float64Array(capacity),
  };
}

const NO_CASUALTIES: Values = { kind: 'list', count: 1, list: [0] };

/**
 * Walks the grids row by row, resumable between batches. Every row uses project's arithmetic
 * (lossesAt, daysToReach, reachDay); the grids must have passed checkGrid. The last axis with more
 * than one value is walked in a tight inner loop; the others move like an odometer between runs.
 */
export class SweepCursor {
  private gridIndex = 0;
  private readonly position = new Float64Array(AXIS_COUNT);
  private readonly value = new Float64Array(AXIS_COUNT);
  /** Each stepped grid's projector, made when the cursor first reaches the grid. */
  private readonly projectors: (SteppedProjector | null | undefined)[];

  constructor(private readonly grids: readonly SweepGrid[]) {
    this.projectors = grids.map(() => undefined);
  }

  private projectorFor(gridIndex: number): SteppedProjector | null {
    let projector = this.projectors[gridIndex];
    if (projector === undefined) {
      const grid = this.grids[gridIndex]!;
      const options = steppedOptions(grid);
      projector = options === null ? null : new SteppedProjector(options, extreme(grid.threshold, 'max'));
      this.projectors[gridIndex] = projector;
    }
    return projector;
  }

  /** Moves to row `row` (counting from 0 across the grids), so that parts of a sweep can be made apart. */
  seek(row: number): this {
    this.position.fill(0);
    this.gridIndex = 0;
    let rest = row;
    while (this.gridIndex < this.grids.length && rest >= gridSize(this.grids[this.gridIndex]!)) {
      rest -= gridSize(this.grids[this.gridIndex]!);
      this.gridIndex++;
    }
    const grid = this.grids[this.gridIndex];
    if (grid === undefined) return this;
    for (let axis = AXIS_COUNT - 1; axis >= 0; axis--) {
      const count = grid[AXES[axis]!]?.count ?? 1;
      this.position[axis] = rest % count;
      rest = Math.floor(rest / count);
    }
    return this;
  }

  /** Fills the batch with up to `limit` next rows; its size is 0 once every row has been given. */
  fill(batch: SweepBatch, limit = batch.capacity): number {
    const pos = this.position;
    const value = this.value;
    const { index, days: daysOut, day: dayOut, grid: gridOut, strength: strengthOut } = batch;
    const capacity = Math.min(limit, batch.capacity);
    let size = 0;
    while (size < capacity && this.gridIndex < this.grids.length) {
      const grid = this.grids[this.gridIndex]!;
      const axes = [grid.force, grid.rate, grid.start, grid.threshold, grid.casualties ?? NO_CASUALTIES, grid.asOf ?? NO_CASUALTIES];
      const counted = grid.asOf !== null;
      const stepped = this.projectorFor(this.gridIndex);
      let inner = AXIS_COUNT - 1;
      while (inner > 0 && axes[inner]!.count === 1) inner--;
      for (let a = 0; a < AXIS_COUNT; a++) value[a] = valueAt(axes[a]!, pos[a]!);
      const innerAxis = axes[inner]!;
      let i = pos[inner]!;
      for (; i < innerAxis.count && size < capacity; i++, size++) {
        value[inner] = valueAt(innerAxis, i);
        const base = size * AXIS_COUNT;
        index[base] = pos[0]!;
        index[base + 1] = pos[1]!;
        index[base + 2] = pos[2]!;
        index[base + 3] = pos[3]!;
        index[base + 4] = pos[4]!;
        index[base + 5] = pos[5]!;
        index[base + inner] = i;
        gridOut[size] = this.gridIndex;
        if (stepped !== null) {
          stepped.project({
            force: value[0]!,
            rate: value[1]!,
            start: value[2]!,
            threshold: value[3]!,
            ...(counted && { casualties: value[4]!, asOf: value[5]! }),
          });
          daysOut[size] = stepped.days;
          dayOut[size] = stepped.day;
          strengthOut[size] = stepped.strengthOn;
          continue;
        }
        const days = daysToReach(lossesAt(value[0]!, value[3]!), value[1]!, counted ? value[4]! : 0);
        daysOut[size] = days;
        dayOut[size] = reachDay(days, value[2]!, counted ? value[5]! : undefined);
      }
      if (i < innerAxis.count) {
        pos[inner] = i;
        break;
      }
      pos[inner] = 0;
      if (!advance(pos, axes, inner)) {
        this.gridIndex++;
        pos.fill(0);
      }
    }
    batch.size = size;
    return size;
  }
}

/** Moves the axes before `inner` one step on like an odometer; false when they wrap past the end. */
function advance(pos: Float64Array, axes: readonly Values[], inner: number): boolean {
  for (let axis = inner - 1; axis >= 0; axis--) {
    if (++pos[axis]! < axes[axis]!.count) return true;
    pos[axis] = 0;
  }
  return false;
}

/** One row as an object: what the library returns and ndjson prints. */
export interface SweepRow {
  scenario?: string;
  force: number;
  rate: number;
  start: string;
  threshold: number;
  casualties?: number | null;
  asOf?: string | null;
  /** Null (with date and label) when a stepped row is not lost within its horizon. */
  days: number | null;
  date: string | null;
  label: string | null;
  /** With `on`: the strength at the end of that day; null for a grid without it. */
  strengthOn?: number | null;
}

/** Every row of small grids as objects (the library API; the CLI streams batches instead). */
export function sweepRows(grids: readonly SweepGrid[]): SweepRow[] {
  grids.forEach(checkGrid);
  const named = grids.some((g) => g.name !== null);
  const counted = grids.some((g) => g.asOf !== null);
  const withStrength = sweepColumns(grids).includes('strengthOn');
  const rows: SweepRow[] = [];
  const cursor = new SweepCursor(grids);
  const batch = createBatch();
  while (cursor.fill(batch) > 0) {
    for (let i = 0; i < batch.size; i++) {
      const grid = grids[batch.grid[i]!]!;
      const at = (axis: number, values: Values | null) => (values === null ? undefined : valueAt(values, batch.index[i * AXIS_COUNT + axis]!));
      const asOf = at(5, grid.asOf);
      const lost = !Number.isNaN(batch.days[i]!);
      const strength = steppedOptions(grid)?.on === undefined ? null : batch.strength[i]!;
      rows.push({
        ...(named && { scenario: grid.name ?? '' }),
        force: at(0, grid.force)!,
        rate: at(1, grid.rate)!,
        start: isoDate(at(2, grid.start)!),
        threshold: at(3, grid.threshold)!,
        ...(counted && { casualties: at(4, grid.casualties) ?? null, asOf: asOf === undefined ? null : isoDate(asOf) }),
        days: lost ? batch.days[i]! : null,
        date: lost ? isoDate(batch.day[i]!) : null,
        label: lost ? fuzzyLabel(batch.day[i]!) : null,
        ...(withStrength && { strengthOn: strength }),
      });
    }
  }
  return rows;
}
