// The byte machinery behind every sweep format: pieces of text made once, copied into chunks row by row.
import { LAST_DAY } from '../core/dates.js';
import { AXES, steppedOptions, type SweepBatch, type SweepGrid } from '../core/projection/sweep.js';
import { CACHED_DAYS, DAYS_BYTES, DayEndings, encoder, rowPlan, type Layout, type RowPlan } from './sweep-pieces.js';

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

/** Copies bytes: a loop for the short pieces most rows are made of, `set` for longer ones. */
function copy(source: Uint8Array, target: Uint8Array, at: number): number {
  const length = source.length;
  if (length > 16) target.set(source, at);
  else for (let i = 0; i < length; i++) target[at + i] = source[i]!;
  return at + length;
}

const COMMA = 44;
const SPACE = 32;
const CLOSE = 93;

/** Copies text known to be ASCII (digits, signs, points) one byte per character. */
export function copyAscii(text: string, target: Uint8Array, at: number): number {
  for (let i = 0; i < text.length; i++) target[at + i] = text.charCodeAt(i);
  return at + text.length;
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
  private readonly reachedEndings = new Map<number, Uint8Array>();
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
    let longestEnding =
      Math.max(
        encoder.encode(layout.ending(LAST_DAY - 92)).length,
        encoder.encode(layout.reachedEnding(LAST_DAY)).length,
      ) + 16;
    if (this.stepped)
      longestEnding = Math.max(longestEnding, encoder.encode(layout.unreachedEnding(LAST_DAY)).length + 16);
    this.maxRowBytes =
      Math.max(this.firstSeparator.length, this.separator.length) +
      Math.max(...this.plans.map((p) => p.maxBytes)) +
      Math.max(DAYS_BYTES, this.unreachedDays.length) +
      longestEnding +
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
    const { index, days, reached, day, grid, strength } = batch;
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
        at =
          reached[row] === 1
            ? copy(this.reachedEnding(day[row]!), bytes, at)
            : this.endings.write(day[row]!, bytes, at);
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

  // reachedEnding and unreachedEnding repeat each other on purpose: each is called once a row, and
  // a shared helper would take a closure a row.
  private reachedEnding(asOf: number): Uint8Array {
    let bytes = this.reachedEndings.get(asOf);
    if (bytes === undefined) {
      if (this.reachedEndings.size >= CACHED_DAYS) this.reachedEndings.clear();
      bytes = encoder.encode(this.layout.reachedEnding(asOf));
      this.reachedEndings.set(asOf, bytes);
    }
    return bytes;
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
    const { index, days, reached, day, grid } = batch;
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
      // The casualties counted by the as-of date already reach the threshold.
      at =
        reached[row] === 1 ? copy(this.reachedEnding(day[row]!), bytes, at) : this.endings.write(day[row]!, bytes, at);
    }
    chunk.length = at;
    this.daysPosition = position;
    return row;
  }
}
