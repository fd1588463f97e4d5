// The byte machinery behind every sweep format: pieces of text made once, copied into chunks row by row.
import { LAST_DAY } from '../core/dates.js';
import { valueAt, type Values } from '../core/parse/index.js';
import { AXES, dayRangeOf, steppedOptions, type Axis, type SweepBatch, type SweepGrid } from '../core/projection/sweep.js';

/** Bytes being filled with rows, handed to stdout when full. */
export interface ByteChunk {
  bytes: Uint8Array;
  length: number;
}

/**
 * Turns batches of rows into UTF-8 bytes between a head and a tail. Pure: the command does the
 * writing. Rows are copied from pieces made once (each axis value's text with its separator, each
 * day's date and label), so the only thing formatted per row is the days of losses.
 */
export interface SweepWriter {
  /** The most bytes one row can take: a chunk with this much room left always takes another row. */
  readonly maxRowBytes: number;
  head(): string;
  /** Writes rows from `from` while they fit in the chunk; returns the next row to write. */
  rows(batch: SweepBatch, from: number, chunk: ByteChunk): number;
  tail(): string;
}

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
  /** The days cell of `days[row]` written straight into bytes, when the format has a writer for it (the text of `days`). */
  writeDays?(days: Float64Array, row: number, target: Uint8Array, at: number): number;
  /** The row's end: the projected date and its label (the row goes on when a strengthOn column follows). */
  ending(day: number): string;
  /** A stepped row not lost within its horizon, which ends on `horizonEnd`: its days cell and its ending. */
  unreachedDays: string;
  unreachedEnding(horizonEnd: number): string;
  /** With a strengthOn column: the cell (undefined for a grid without `on`) and the row's end. */
  strength(value: number | undefined): string;
}

const encoder = new TextEncoder();
export const CACHED_AXIS_VALUES = 1 << 16;
const CACHED_DAYS = 1 << 17;
/** Room kept for a row whose pieces are made on the fly (an axis of more than 65,536 values). */
const UNCACHED_PIECE_BYTES = 96;
const DAYS_BYTES = 32;

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
class DayEndings {
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

/** Copies bytes: a loop for the short pieces most rows are made of, `set` for longer ones. */
function copy(source: Uint8Array, target: Uint8Array, at: number): number {
  const length = source.length;
  if (length > 16) target.set(source, at);
  else for (let i = 0; i < length; i++) target[at + i] = source[i]!;
  return at + length;
}

/** Copies text known to be ASCII (digits, signs, points) one byte per character. */
const COMMA = 44;
const SPACE = 32;
const CLOSE = 93;

export function copyAscii(text: string, target: Uint8Array, at: number): number {
  for (let i = 0; i < text.length; i++) target[at + i] = text.charCodeAt(i);
  return at + text.length;
}

/**
 * A grid's row as constant bytes around the axes that vary: constants[0], variable 0,
 * constants[1], …, variable k-1, constants[k]; axes with one value are folded into the constants.
 */
interface RowPlan {
  constants: Uint8Array[];
  variables: AxisPieces[];
  variableAxes: Int32Array;
  maxBytes: number;
}

function rowPlan(grid: SweepGrid, layout: Layout, shown: number): RowPlan {
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

/** Room kept for a strength cell. */
const STRENGTH_BYTES = 48;

export class LayoutWriter implements SweepWriter {
  private readonly plans: RowPlan[];
  /** Some grid is stepped: rows may be unreached, and may carry a strength. */
  private readonly stepped: boolean;
  private readonly withStrength: boolean;
  /** Per grid: whether its rows have a strength on a day. */
  private readonly strengthOf: boolean[];
  private readonly unreachedDays: Uint8Array;
  private readonly unreachedEndings = new Map<number, Uint8Array>();
  private readonly endings: DayEndings;
  private readonly firstSeparator: Uint8Array;
  private readonly separator: Uint8Array;
  readonly maxRowBytes: number;
  private daysList: number[] = new Array<number>(4096).fill(0.5);
  private daysText = '';
  private daysPosition = 0;

  constructor(
    grids: readonly SweepGrid[],
    private readonly layout: Layout,
    private first: boolean,
  ) {
    const shown = layout.columns.includes('asOf') ? 6 : 4;
    this.plans = grids.map((g) => rowPlan(g, layout, shown));
    this.endings = new DayEndings(layout.ending, grids);
    this.firstSeparator = encoder.encode(layout.firstSeparator);
    this.separator = encoder.encode(layout.separator);
    this.stepped = grids.some((g) => steppedOptions(g) !== null);
    this.withStrength = layout.columns.includes('strengthOn');
    this.strengthOf = grids.map((g) => steppedOptions(g)?.on !== undefined);
    this.unreachedDays = encoder.encode(layout.unreachedDays);
    let longestEnding = encoder.encode(layout.ending(LAST_DAY - 92)).length + 16;
    if (this.stepped) longestEnding = Math.max(longestEnding, encoder.encode(layout.unreachedEnding(LAST_DAY)).length + 16);
    this.maxRowBytes =
      Math.max(this.firstSeparator.length, this.separator.length) +
      Math.max(...this.plans.map((p) => p.maxBytes)) + Math.max(DAYS_BYTES, this.unreachedDays.length) + longestEnding +
      (this.withStrength ? STRENGTH_BYTES : 0);
  }

  head = () => this.layout.head;
  tail = () => this.layout.tail;

  rows(batch: SweepBatch, from: number, chunk: ByteChunk): number {
    return this.stepped ? this.steppedRows(batch, from, chunk) : this.closedFormRows(batch, from, chunk);
  }

  /**
   * Rows of sweeps with a stepped grid: a row may be unreached (NaN days) and may end with a
   * strength. The days are formatted one by one; the simulation costs far more than that.
   */
  private steppedRows(batch: SweepBatch, from: number, chunk: ByteChunk): number {
    const { bytes } = chunk;
    const { index, days, day, grid, strength } = batch;
    const formatDays = this.layout.days;
    const writeDays = this.layout.writeDays;
    const separated = this.separator.length > 0;
    let at = chunk.length;
    let row = from;
    for (; row < batch.size && at + this.maxRowBytes <= bytes.length; row++) {
      if (separated) {
        at = copy(this.first ? this.firstSeparator : this.separator, bytes, at);
        this.first = false;
      }
      const g = grid[row]!;
      const { constants, variables, variableAxes } = this.plans[g]!;
      const base = row * AXES.length;
      at = copy(constants[0]!, bytes, at);
      for (let v = 0; v < variables.length; v++) {
        at = variables[v]!.write(index[base + variableAxes[v]!]!, bytes, at);
        at = copy(constants[v + 1]!, bytes, at);
      }
      const d = days[row]!;
      if (Number.isNaN(d)) {
        at = copy(this.unreachedDays, bytes, at);
        at = copy(this.unreachedEnding(day[row]!), bytes, at);
      } else {
        at = writeDays ? writeDays(days, row, bytes, at) : copyAscii(formatDays(d), bytes, at);
        at = this.endings.write(day[row]!, bytes, at);
      }
      if (this.withStrength) {
        const cell = this.layout.strength(this.strengthOf[g] ? strength[row]! : undefined);
        // A table row without a strength ends at its label, with no padding after it.
        if (cell === '\n') while (bytes[at - 1] === SPACE) at--;
        at = copyAscii(cell, bytes, at);
      }
    }
    chunk.length = at;
    return row;
  }

  private unreachedEnding(horizonEnd: number): Uint8Array {
    let bytes = this.unreachedEndings.get(horizonEnd);
    if (bytes === undefined) {
      if (this.unreachedEndings.size >= CACHED_DAYS) this.unreachedEndings.clear();
      bytes = encoder.encode(this.layout.unreachedEnding(horizonEnd));
      this.unreachedEndings.set(horizonEnd, bytes);
    }
    return bytes;
  }

  private closedFormRows(batch: SweepBatch, from: number, chunk: ByteChunk): number {
    const { bytes } = chunk;
    const { index, days, day, grid } = batch;
    const formatDays = this.layout.days;
    const writeDays = this.layout.writeDays;
    const plain = formatDays === String;
    if (plain && from === 0) {
      const list = this.daysList;
      for (let i = 0; i < batch.size; i++) list[i] = days[i]!;
      this.daysText = JSON.stringify(batch.size === list.length ? list : list.slice(0, batch.size));
      this.daysPosition = 1;
    }
    const text = this.daysText;
    let position = this.daysPosition;
    const separated = this.separator.length > 0;
    let at = chunk.length;
    let row = from;
    for (; row < batch.size && at + this.maxRowBytes <= bytes.length; row++) {
      if (separated) {
        at = copy(this.first ? this.firstSeparator : this.separator, bytes, at);
        this.first = false;
      }
      const { constants, variables, variableAxes } = this.plans[grid[row]!]!;
      const base = row * AXES.length;
      at = copy(constants[0]!, bytes, at);
      for (let v = 0; v < variables.length; v++) {
        at = variables[v]!.write(index[base + variableAxes[v]!]!, bytes, at);
        at = copy(constants[v + 1]!, bytes, at);
      }
      if (plain) {
        // The batch's days as one JSON array (one call, no string per number): copy up to the comma.
        let c = text.charCodeAt(position);
        while (c !== COMMA && c !== CLOSE) {
          bytes[at++] = c;
          c = text.charCodeAt(++position);
        }
        position++;
      } else if (writeDays) at = writeDays(days, row, bytes, at);
      else at = copyAscii(formatDays(days[row]!), bytes, at);
      at = this.endings.write(day[row]!, bytes, at);
    }
    chunk.length = at;
    this.daysPosition = position;
    return row;
  }
}
