import { fuzzyLabel, isoDate } from '../dates.js';
import { valueAt, type Values } from '../parse/sweep-values.js';
import { daysToReach, lossesAt, reachDay } from './project.js';
import { SteppedProjector } from './scenario.js';
import { AXES, checkGrid, extreme, gridSize, steppedOptions, sweepColumns, type SweepGrid } from './sweep-grid.js';

const AXIS_COUNT = AXES.length;

export * from './sweep-grid.js';

/**
 * A batch of rows as plain numbers: which grid, the index on each axis, the unrounded days from
 * the start and the projected day. Filling and formatting batches allocates nothing per row (at a
 * constant rate). A stepped row not lost within its horizon has NaN days and, as its day, the
 * last day simulated; `strength` holds the strength on the grid's `on` day (stepped rows only).
 *
 * Days count from the start of the start day to the moment the threshold is reached, whether or
 * not casualties were counted by an as-of date (then they are the days through the as-of date plus
 * the days of losses after it), so that the projected day is always start + ⌈days⌉ − 1. A row whose
 * casualties counted by the as-of date already reach the threshold is marked in `reached`, and its
 * days run to the end of the as-of date.
 */
export interface SweepBatch {
  readonly capacity: number;
  size: number;
  readonly grid: Int32Array;
  /** AXES.length indices per row: index[row * 6 + axis]. */
  readonly index: Float64Array;
  readonly days: Float64Array;
  /** 1 when the casualties counted by the as-of date already reach the threshold. */
  readonly reached: Uint8Array;
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
    reached: new Uint8Array(capacity),
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
    const { index, days: daysOut, reached: reachedOut, day: dayOut, grid: gridOut, strength: strengthOut } = batch;
    const capacity = Math.min(limit, batch.capacity);
    let size = 0;
    while (size < capacity && this.gridIndex < this.grids.length) {
      const grid = this.grids[this.gridIndex]!;
      const axes = [
        grid.force,
        grid.rate,
        grid.start,
        grid.threshold,
        grid.casualties ?? NO_CASUALTIES,
        grid.asOf ?? NO_CASUALTIES,
      ];
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
          // Stepped days count from the first day of losses: the day after the as-of date when given.
          const steppedDays = stepped.days;
          reachedOut[size] = counted && steppedDays === 0 ? 1 : 0;
          daysOut[size] = counted ? steppedDays + (value[5]! + 1 - value[2]!) : steppedDays;
          dayOut[size] = stepped.day;
          strengthOut[size] = stepped.strengthOn;
          continue;
        }
        const days = daysToReach(lossesAt(value[0]!, value[3]!), value[1]!, counted ? value[4]! : 0);
        // The days of losses after the as-of date, plus the days from the start through it.
        reachedOut[size] = counted && days === 0 ? 1 : 0;
        daysOut[size] = counted ? days + (value[5]! + 1 - value[2]!) : days;
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
  /**
   * Unrounded days from the start of the start day until the threshold is reached (with an as-of
   * count too: the days through the as-of date plus those after it); null (with date and label)
   * when a stepped row is not lost within its horizon.
   */
  daysFromStart: number | null;
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
      const at = (axis: number, values: Values | null) =>
        values === null ? undefined : valueAt(values, batch.index[i * AXIS_COUNT + axis]!);
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
        daysFromStart: lost ? batch.days[i]! : null,
        date: lost ? isoDate(batch.day[i]!) : null,
        // The casualties counted by the as-of date already reach the threshold, on that date or before.
        label: lost
          ? batch.reached[i] === 1
            ? `on or before ${isoDate(batch.day[i]!)}`
            : fuzzyLabel(batch.day[i]!)
          : null,
        ...(withStrength && { strengthOn: strength }),
      });
    }
  }
  return rows;
}
