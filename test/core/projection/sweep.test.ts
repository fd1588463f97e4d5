import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromStart, grid, ISW_START } from '../../helpers/sweep.js';
import { dayFromParts, isoDate } from '../../../src/core/dates.js';
import { oneValue, parseValues, type Values } from '../../../src/core/parse/sweep-values.js';
import { parseCount, parsePositive } from '../../../src/core/parse/numbers.js';
import { parseDay, parseDayStep } from '../../../src/core/parse/days.js';
import { parseShare } from '../../../src/core/parse/shares.js';
import { project, ProjectionError } from '../../../src/core/projection/project.js';
import {
  checkGrid,
  createBatch,
  dayRangeOf,
  gridSize,
  SweepCursor,
  sweepRows,
  sweepSize,
  type SweepGrid,
} from '../../../src/core/projection/sweep.js';

const read = (text: string, reader = parsePositive, step = parsePositive): Values => {
  const parsed = parseValues(text, reader, step);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};

/** Every row as [batch grid, 6 indices, days, day], read batch by batch. */
function walk(grids: SweepGrid[], capacity: number, from = 0): number[][] {
  const cursor = new SweepCursor(grids).seek(from);
  const batch = createBatch(capacity);
  const rows: number[][] = [];
  while (cursor.fill(batch) > 0) {
    for (let i = 0; i < batch.size; i++) {
      rows.push([batch.grid[i]!, ...batch.index.subarray(i * 6, i * 6 + 6), batch.days[i]!, batch.day[i]!]);
    }
  }
  return rows;
}

describe('the grid', () => {
  it('has one row per combination, force varying slowest', () => {
    const g = grid({ force: read('10000..13000:500'), rate: read('60..120:10') });
    expect(gridSize(g)).toBe(49);
    const rows = sweepRows([g]);
    expect(rows).toHaveLength(49);
    expect(rows.slice(0, 3).map((r) => [r.force, r.rate])).toEqual([
      [10000, 60],
      [10000, 70],
      [10000, 80],
    ]);
    expect(rows.at(-1)).toMatchObject({ force: 13000, rate: 120 });
  });

  it('orders force, rate, start, threshold, casualties, as-of', () => {
    const g = grid({
      force: read('1000,2000'),
      rate: read('10,20'),
      start: read('2024-12-01,2024-12-02', parseDay, parseDayStep),
      threshold: read('50%,100%', parseShare, parseShare),
      casualties: read('0, 100', parseCount),
      asOf: read('2024-12-10,2024-12-11', parseDay, parseDayStep),
    });
    expect(gridSize(g)).toBe(64);
    const rows = sweepRows([g]);
    expect(rows.slice(0, 3).map((r) => [r.threshold, r.casualties, r.asOf])).toEqual([
      [0.5, 0, '2024-12-10'],
      [0.5, 0, '2024-12-11'],
      [0.5, 100, '2024-12-10'],
    ]);
    expect(rows[8]).toMatchObject({ force: 1000, rate: 10, start: '2024-12-02', threshold: 0.5 });
    expect(rows[32]).toMatchObject({ force: 2000, rate: 10, start: '2024-12-01' });
  });

  it('adds up the grids of several scenarios', () => {
    const grids = [grid({ name: 'a', rate: read('80,92') }), grid({ name: 'b', force: read('1..3:1') })];
    expect(sweepSize(grids)).toBe(5);
    expect(sweepRows(grids).map((r) => r.scenario)).toEqual(['a', 'a', 'b', 'b', 'b']);
  });

  it('gives the same rows in batches of any size, and from any row it is moved to', () => {
    const grids = [
      grid({
        force: read('1000..1500:100'),
        rate: read('7,11,13'),
        threshold: read('50%,100%', parseShare, parseShare),
      }),
      grid({ rate: read('90..95:1') }),
      grid({
        force: read('2000, 3000'),
        casualties: read('100..300:100', parseCount),
        asOf: read('2025-01-01', parseDay, parseDayStep),
      }),
    ];
    const whole = walk(grids, 4096);
    expect(whole).toHaveLength(sweepSize(grids));
    for (const capacity of [1, 2, 5, 7, 36]) expect(walk(grids, capacity)).toEqual(whole);
    for (const from of [0, 1, 17, 35, 36, 40, 41, whole.length - 1, whole.length])
      expect(walk(grids, 5, from)).toEqual(whole.slice(from));
  });
});

describe('every row is the projection project makes', () => {
  it('matches project for the ISW case and its neighbours', () => {
    const rows = sweepRows([grid({ rate: read('91..93:1') })]);
    expect(rows.map((r) => r.date)).toEqual(
      [91, 92, 93].map((rate) => project({ force: 12000, rate, start: '2024-12-06' }).date),
    );
    expect(rows[1]).toEqual({
      force: 12000,
      rate: 92,
      start: '2024-12-06',
      threshold: 1,
      daysFromStart: 12000 / 92,
      date: '2025-04-15',
      label: 'mid-April 2025',
    });
  });

  it('agrees with project on every row of random grids (property)', () => {
    const amount = fc.integer({ min: 1, max: 60_000 });
    const arbitrary = fc.record({
      forces: fc.uniqueArray(amount, { minLength: 1, maxLength: 3 }),
      rates: fc.uniqueArray(
        fc.integer({ min: 1, max: 5000 }).map((r) => r / 10),
        { minLength: 1, maxLength: 3 },
      ),
      starts: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 2 }),
      thresholds: fc.uniqueArray(
        fc.integer({ min: 1, max: 100 }).map((p) => p / 100),
        { minLength: 1, maxLength: 2 },
      ),
      counted: fc.option(
        fc.record({ casualties: fc.integer({ min: 0, max: 1000 }), after: fc.integer({ min: 40, max: 80 }) }),
      ),
    });
    fc.assert(
      fc.property(arbitrary, ({ forces, rates, starts, thresholds, counted }) => {
        const list = (values: number[]): Values => ({ kind: 'list', count: values.length, list: values });
        const g = grid({
          force: list(forces.map((f) => f + 1000)),
          rate: list(rates),
          start: list(starts.map((s) => ISW_START + s)),
          threshold: list(thresholds),
          casualties: counted ? oneValue(counted.casualties) : null,
          asOf: counted ? oneValue(ISW_START + counted.after) : null,
        });
        for (const row of sweepRows([g])) {
          const expected = project({
            force: row.force,
            rate: row.rate,
            start: row.start,
            threshold: row.threshold,
            ...(counted && { casualties: row.casualties!, asOf: row.asOf! }),
          });
          // Already reached by the as-of date: the label says the date is a bound.
          const label = expected.reached ? `on or before ${expected.date}` : expected.label;
          expect([row.date, row.daysFromStart, row.label]).toEqual([
            expected.date,
            daysFromStart(row, expected.days),
            label,
          ]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('says which days the rows can fall on', () => {
    const g = grid({
      force: read('10000..13000:500'),
      rate: read('60..120:10'),
      start: read('2024-12-01..2024-12-06:5', parseDay, parseDayStep),
    });
    const { first, last } = dayRangeOf(g);
    const days = walk([g], 64).map((r) => r.at(-1)!);
    expect(Math.min(...days)).toBe(first);
    expect(Math.max(...days)).toBe(last);
  });
});

describe('checking a grid before it runs', () => {
  const problem = (g: SweepGrid): string => {
    try {
      checkGrid(g);
      return 'accepted';
    } catch (error) {
      if (!(error instanceof ProjectionError)) throw error;
      return `${error.field} ${error.problem}`;
    }
  };

  it('refuses casualties above the smallest force, and as-of dates before the latest start', () => {
    const counted = { casualties: oneValue(3800), asOf: oneValue(dayFromParts(2025, 1, 16)!) };
    expect(problem(grid({ ...counted, force: read('3000,12000') }))).toBe('casualties is more than the force (3000)');
    expect(problem(grid({ ...counted, start: read('2025-01-10..2025-01-20:5', parseDay, parseDayStep) }))).toBe(
      'asOf is before the start date 2025-01-20',
    );
    expect(problem(grid(counted))).toBe('accepted');
  });

  it('refuses a grid whose latest row would fall after 9999-12-31', () => {
    expect(problem(grid({ force: read('1e6'), rate: read('0.001, 1000') }))).toMatch(/^rate puts the date past 9999/);
    const { first, last } = dayRangeOf(grid({ rate: read('0.01, 1000') }));
    expect(isoDate(last)).toBe(project({ force: 12000, rate: 0.01, start: '2024-12-06' }).date);
    expect(isoDate(first)).toBe('2024-12-17');
  });
});
