// The pieces sweep rows are copied from: each format's layout, and the bytes of its values and dates, made once.
import { valueAt, type Values } from '../core/parse/sweep-values.js';
import { AXES, dayRangeOf, type Axis, type SweepGrid } from '../core/projection/sweep.js';

/** How one format writes a row: everything but the order of the pieces, which is fixed. */
export interface Layout {
  columns: string[];
  head: string;
  tail: string;
  /** Bytes between rows (the first row gets `firstSeparator`). */
  firstSeparator: string;
  separator: string;
  /** What opens a row of this grid (the scenario cell, a brace). */
  opening(grid: SweepGrid): string;
  /** One axis cell with what follows it; `value` is undefined when the grid lacks the axis. */
  piece(axis: Axis, value: number | undefined): string;
  /** What precedes the days cell, and the days cell itself. */
  daysKey: string;
  days(days: number): string;
  /**
   * The days cell of `days[row]` written straight into bytes, when the format has a writer for it (the text of `days`).
   */
  writeDays?(days: Float64Array, row: number, target: Uint8Array, at: number): number;
  /** The row's end: the projected date and its label (the row goes on when a strengthOn column follows). */
  ending(day: number): string;
  /**
   * The ending of a row whose casualties counted by the as-of date already reach the threshold (0 days): the as-of
   * date, said to be a bound.
   */
  reachedEnding(asOf: number): string;
  /** A stepped row not lost within its horizon, which ends on `horizonEnd`: its days cell and its ending. */
  unreachedDays: string;
  unreachedEnding(horizonEnd: number): string;
  /** With a strengthOn column: the cell (undefined for a grid without `on`) and the row's end. */
  strength(value: number | undefined): string;
}

export const encoder = new TextEncoder();
export const CACHED_AXIS_VALUES = 1 << 16;
export const CACHED_DAYS = 1 << 17;
/** Room kept for a row whose pieces are made on the fly (an axis of more than 65,536 values). */
const UNCACHED_PIECE_BYTES = 96;
export const DAYS_BYTES = 32;

/**
 * Pieces of text kept as UTF-8 in one growing block of bytes, each found by its number: far fewer
 * objects than one Uint8Array per piece, which matters when a sweep meets tens of thousands.
 */
class ByteArena {
  private bytes = new Uint8Array(1 << 12);
  private used = 0;
  private starts = new Int32Array(256).fill(-1);
  private ends = new Int32Array(256);
  longest = 0;

  has(slot: number): boolean {
    return slot < this.starts.length && this.starts[slot]! >= 0;
  }

  put(slot: number, text: string): void {
    if (slot >= this.starts.length) {
      const size = Math.max(slot + 1, this.starts.length * 2);
      const starts = new Int32Array(size).fill(-1);
      starts.set(this.starts);
      const ends = new Int32Array(size);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    const room = text.length * 3;
    if (this.used + room > this.bytes.length) {
      const bytes = new Uint8Array(Math.max(this.bytes.length * 2, this.used + room));
      bytes.set(this.bytes.subarray(0, this.used));
      this.bytes = bytes;
    }
    const { written } = encoder.encodeInto(text, this.bytes.subarray(this.used));
    this.starts[slot] = this.used;
    this.ends[slot] = this.used + written;
    this.used += written;
    this.longest = Math.max(this.longest, written);
  }

  /** Copies piece `slot` into `target` at `at`: a loop for the short pieces rows are made of, `set` for longer ones. */
  write(slot: number, target: Uint8Array, at: number): number {
    const start = this.starts[slot]!;
    const length = this.ends[slot]! - start;
    const bytes = this.bytes;
    if (length > 16) target.set(bytes.subarray(start, start + length), at);
    else for (let i = 0; i < length; i++) target[at + i] = bytes[start + i]!;
    return at + length;
  }

  clear(): void {
    this.starts.fill(-1);
    this.used = 0;
  }
}

/** The bytes of each value on one axis, made once for axes of up to 65,536 values. */
class AxisPieces {
  private readonly arena = new ByteArena();
  private readonly cached: boolean;
  readonly maxBytes: number;

  constructor(
    private readonly axis: Axis,
    private readonly values: Values,
    private readonly layout: Layout,
  ) {
    this.cached = values.count <= CACHED_AXIS_VALUES;
    if (this.cached) for (let i = 0; i < values.count; i++) this.arena.put(i, layout.piece(axis, valueAt(values, i)));
    this.maxBytes = this.cached ? this.arena.longest : UNCACHED_PIECE_BYTES;
  }

  write(index: number, target: Uint8Array, at: number): number {
    if (this.cached) return this.arena.write(index, target, at);
    this.arena.put(0, this.layout.piece(this.axis, valueAt(this.values, index)));
    const end = this.arena.write(0, target, at);
    this.arena.clear();
    return end;
  }
}

/**
 * The ending of a row for each projected day, made once per day: numbered from the first day the
 * grids can reach when that span is small (the usual case); otherwise the store is emptied when
 * it holds 131,072 days, so memory stays bounded.
 */
export class DayEndings {
  private readonly arena = new ByteArena();
  private readonly first: number;
  private readonly narrow: boolean;
  private readonly slots = new Map<number, number>();

  constructor(
    private readonly ending: (day: number) => string,
    grids: readonly SweepGrid[],
  ) {
    const ranges = grids.map(dayRangeOf);
    this.first = Math.min(...ranges.map((r) => r.first));
    this.narrow = Math.max(...ranges.map((r) => r.last)) - this.first < CACHED_DAYS;
  }

  write(day: number, target: Uint8Array, at: number): number {
    if (this.narrow) {
      const slot = day - this.first;
      if (!this.arena.has(slot)) this.arena.put(slot, this.ending(day));
      return this.arena.write(slot, target, at);
    }
    let slot = this.slots.get(day);
    if (slot === undefined) {
      if (this.slots.size >= CACHED_DAYS) {
        this.slots.clear();
        this.arena.clear();
      }
      slot = this.slots.size;
      this.slots.set(day, slot);
      this.arena.put(slot, this.ending(day));
    }
    return this.arena.write(slot, target, at);
  }
}

/**
 * A grid's row as constant bytes around the axes that vary: constants[0], variable 0,
 * constants[1], …, variable k-1, constants[k]; axes with one value are folded into the constants.
 */
export interface RowPlan {
  constants: Uint8Array[];
  variables: AxisPieces[];
  variableAxes: Int32Array;
  maxBytes: number;
}

export function rowPlan(grid: SweepGrid, layout: Layout, shown: number): RowPlan {
  const constants: Uint8Array[] = [];
  const variables: AxisPieces[] = [];
  const variableAxes: number[] = [];
  let pending = layout.opening(grid);
  let maxBytes = 0;
  AXES.slice(0, shown).forEach((axis, a) => {
    const values = grid[axis];
    if (values === null || values.count === 1) {
      pending += layout.piece(axis, values === null ? undefined : valueAt(values, 0));
      return;
    }
    constants.push(encoder.encode(pending));
    pending = '';
    const pieces = new AxisPieces(axis, values, layout);
    variables.push(pieces);
    variableAxes.push(a);
    maxBytes += pieces.maxBytes;
  });
  constants.push(encoder.encode(pending + layout.daysKey));
  maxBytes += constants.reduce((sum, c) => sum + c.length, 0);
  return { constants, variables, variableAxes: Int32Array.from(variableAxes), maxBytes };
}
