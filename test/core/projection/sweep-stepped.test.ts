import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromStart, grid, ISW_START } from '../../helpers/sweep.js';
import { isoDate } from '../../../src/core/dates.js';
import { oneValue, type Values } from '../../../src/core/parse/sweep-values.js';
import { project, ProjectionError, type ProjectResult } from '../../../src/core/projection/project.js';
import type { ScenarioExtras, ScenarioInput, ScenarioOptions } from '../../../src/core/projection/scenario.js';
import {
  checkGrid,
  createBatch,
  dayRangeOf,
  SweepCursor,
  sweepColumns,
  sweepRows,
  type SweepGrid,
} from '../../../src/core/projection/sweep.js';
import { sweep } from '../../../src/core/projection/sweep-input.js';
import { scenarioOptionsFrom } from '../../helpers/scenario-options.js';

const list = (values: number[]): Values => ({ kind: 'list', count: values.length, list: values });

/** project() with a row's values and the grid's options: what the row must say. */
function projectRow(row: ReturnType<typeof sweepRows>[number], options: ScenarioOptions) {
  const input: ScenarioInput = {
    force: row.force,
    rate: row.rate,
    start: row.start,
    threshold: row.threshold,
    ...(row.asOf != null && { casualties: row.casualties!, asOf: row.asOf }),
    ...options,
  };
  return project(input) as ProjectResult & Partial<ScenarioExtras>;
}

describe('a stepped sweep', () => {
  it('gives every row the date, days and strength project gives with the same options (property)', () => {
    const starts = fc
      .integer({ min: 0, max: 20 })
      .chain((spread) => fc.constantFrom([ISW_START], [ISW_START, ISW_START + spread]));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 100, max: 20_000 }), { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.double({ min: 1, max: 500, noNaN: true }), { minLength: 1, maxLength: 3 }),
        starts,
        fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 2 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 20, max: 60 })), { nil: undefined }),
        fc
          .boolean()
          .chain((decay) => scenarioOptionsFrom(ISW_START + 20, decay).map((options) => ({ decay, options }))),
        (forces, rates, startDays, percents, counted, { decay, options }) => {
          const thresholds = percents.map((p) => (decay ? Math.min(p, 99) : p) / 100);
          const g = grid({
            force: list(forces),
            rate: list(rates),
            start: list([...startDays]),
            threshold: list([...new Set(thresholds)]),
            ...(counted && { casualties: oneValue(counted[0]), asOf: oneValue(ISW_START + counted[1]) }),
            scenario: options,
          });
          try {
            checkGrid(g);
          } catch (error) {
            if (error instanceof ProjectionError) return fc.pre(false);
            throw error;
          }
          const rows = sweepRows([g]);
          expect(rows).toHaveLength(forces.length * rates.length * startDays.length * new Set(thresholds).size);
          for (const row of rows) {
            const expected = projectRow(row, options);
            const label = expected.reached ? `on or before ${expected.date}` : expected.label;
            expect([row.date, row.daysFromStart, row.label]).toEqual([
              expected.date,
              daysFromStart(row, expected.days),
              label,
            ]);
            if (options.on !== undefined) expect(row.strengthOn).toBe(expected.strengthOn!.strength);
            else expect(row.strengthOn).toBeUndefined();
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves days, date and label null for a row not lost within the horizon', () => {
    const rows = sweepRows([grid({ rate: list([92, 400]), scenario: { phases: [{ from: '2025-01-17', rate: 0 }] } })]);
    expect(rows[0]).toMatchObject({ rate: 92, daysFromStart: null, date: null, label: null });
    expect(rows[1]).toMatchObject({ rate: 400, date: project({ force: 12000, rate: 400, start: '2024-12-06' }).date });
  });

  it('puts the day of an unreached row at the end of its horizon, inside the grid’s day range', () => {
    const g = grid({
      start: list([ISW_START, ISW_START + 10]),
      scenario: { phases: [{ from: '2025-01-17', rate: 0 }], horizonDays: 365 },
    });
    const cursor = new SweepCursor([g]);
    const batch = createBatch(8);
    expect(cursor.fill(batch)).toBe(2);
    expect([...batch.days].slice(0, 2).every(Number.isNaN)).toBe(true);
    expect([batch.day[0], batch.day[1]]).toEqual([ISW_START + 364, ISW_START + 374]);
    expect(dayRangeOf(g)).toEqual({ first: ISW_START, last: ISW_START + 374 });
  });

  it('gives the same rows whatever the batch size and wherever a part starts', () => {
    const g = grid({
      force: list([9000, 12000]),
      rate: list([60, 92, 150]),
      start: list([ISW_START, ISW_START + 3]),
      scenario: {
        phases: [{ from: '2025-01-17', rate: 15 }],
        reinforcements: [{ on: '2025-02-07', troops: 3000 }],
        on: '2025-03-01',
      },
    });
    const walk = (capacity: number, from: number) => {
      const cursor = new SweepCursor([grid({}), g]).seek(from);
      const batch = createBatch(capacity);
      const rows: number[][] = [];
      while (cursor.fill(batch) > 0)
        for (let i = 0; i < batch.size; i++)
          rows.push([batch.grid[i]!, batch.days[i]!, batch.day[i]!, batch.strength[i]!]);
      return rows;
    };
    const whole = walk(4096, 0);
    expect(whole).toHaveLength(13);
    expect(walk(1, 0)).toEqual(whole);
    expect(walk(5, 4)).toEqual(whole.slice(4));
  });

  it('adds a strengthOn column only when a grid reports a strength', () => {
    expect(sweepColumns([grid({ scenario: { phases: [{ from: '2025-01-17', rate: 0 }] } })]).at(-1)).toBe('label');
    expect(sweepColumns([grid({}), grid({ scenario: { on: '2025-01-01' } })]).at(-1)).toBe('strengthOn');
    const rows = sweepRows([grid({}), grid({ scenario: { on: '2025-01-01' } })]);
    expect(rows.map((r) => r.strengthOn)).toEqual([null, 12000 - 27 * 92]);
  });

  it('checks the options against every start and as-of date before any row', () => {
    const failure = (g: SweepGrid) => {
      try {
        checkGrid(g);
      } catch (error) {
        if (error instanceof ProjectionError) return [error.field, error.problem];
        throw error;
      }
      return null;
    };
    const starts = list([ISW_START, ISW_START + 10]);
    expect(failure(grid({ start: starts, scenario: { phases: [{ from: isoDate(ISW_START + 5), rate: 0 }] } }))).toEqual(
      ['phase', 'starts before the start date 2024-12-16'],
    );
    expect(failure(grid({ threshold: list([0.5, 1]), scenario: { model: 'decay' } }))![0]).toBe('model');
    expect(
      failure(
        grid({
          start: starts,
          casualties: oneValue(10),
          asOf: oneValue(ISW_START + 30),
          scenario: { horizonDays: 25 },
        }),
      ),
    ).toEqual(['horizon', 'ends before the as-of date 2025-01-05']);
    expect(failure(grid({ scenario: { on: '2024-01-01' } }))![0]).toBe('on');
  });

  it('takes the options in the library input, shaped as --json echoes them', () => {
    const result = sweep({
      force: 12000,
      rate: [92, 400],
      phases: [{ from: '2025-01-17', rate: 0 }],
      on: '2025-01-10',
    });
    expect(result.columns.at(-1)).toBe('strengthOn');
    expect(result.rows[0]).toMatchObject({ date: null, strengthOn: 12000 - 36 * 92 });
  });
});
