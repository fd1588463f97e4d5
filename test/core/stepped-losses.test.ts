import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts, isoDate } from '../../src/core/dates.js';
import { project } from '../../src/core/projection/project.js';
import type { ScenarioInput } from '../../src/core/projection/scenario.js';

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Force plus every reinforcement that has arrived by the end of `date`. */
function baseOn(input: ScenarioInput, date: string): number {
  const arrived = (input.reinforcements ?? []).filter((r) => r.on <= date).reduce((sum, r) => sum + r.troops, 0);
  return (input.force as number) + arrived;
}

const stepped: fc.Arbitrary<ScenarioInput> = fc
  .record({
    force: fc.integer({ min: 100, max: 200_000 }),
    rate: fc.integer({ min: 5, max: 5_000 }),
    start: fc.integer({ min: dayFromParts(2000, 1, 1)!, max: dayFromParts(2040, 1, 1)! }),
    threshold: fc.double({ min: 0.05, max: 1, noNaN: true }),
    arrivals: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 50_000 })), {
      minLength: 1,
      maxLength: 4,
    }),
    phases: fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 3_000 })), { maxLength: 3 }),
  })
  .map(({ force, rate, start, threshold, arrivals, phases }) => {
    const offsets = [...new Set(phases.map(([offset]) => offset))].sort((a, b) => a - b);
    return {
      force,
      rate,
      start: isoDate(start),
      threshold,
      reinforcements: arrivals.map(([offset, troops]) => ({ on: isoDate(start + offset), troops })),
      phases: offsets.map((offset, i) => ({ from: isoDate(start + offset), rate: phases[i]![1] })),
    };
  });

/**
 * Equal but for float noise: the projection snaps a count within a billionth of a whole number to it (snapToWhole),
 * which at 42,359 is more than any fixed number of decimals allows.
 */
function expectSame(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(2e-9 * Math.max(1, Math.abs(expected)));
}

describe('a stepped projection reports its losses on the same base as its date', () => {
  it('names threshold × (force + reinforcements arrived by the date) for the result and every milestone', () => {
    fc.assert(
      fc.property(stepped, (input) => {
        const result = project(input);
        if (result.date !== null) expectSame(result.losses, result.threshold * baseOn(input, result.date));
        for (const m of result.milestones) expectSame(m.losses, m.share * baseOn(input, m.date));
      }),
      { numRuns: 300 },
    );
  });

  it('holds a count within a billionth of a whole number to that number (a case fast-check once found)', () => {
    const input: ScenarioInput = {
      force: 110068,
      rate: 428,
      start: '2000-01-01',
      threshold: 0.38484391428608683,
      reinforcements: [{ on: '2000-04-09', troops: 1 }],
      phases: [],
    };
    const result = project(input);
    expect(result.losses).toBe(42359);
    expectSame(result.losses, input.threshold! * baseOn(input, result.date!));
  });

  it('counts the 3,000 who join on 7 February in the reference scenario', () => {
    const input: ScenarioInput = {
      force: 12000,
      rate: 92,
      start: '2024-12-06',
      threshold: 0.5,
      phases: [
        { from: '2025-01-17', rate: 0 },
        { from: '2025-02-07', rate: 60 },
      ],
      reinforcements: [{ on: '2025-02-07', troops: 3000 }],
    };
    const result = project(input);
    expect(result.date).toBe('2025-04-08');
    expect(result.losses).toBe(0.5 * (12000 + 3000));
    expect(result.milestones.find((m) => m.share === 1)?.losses).toBe(15000);
    // Before the reinforcements arrive only the starting force counts.
    expect(dayNumber(result.milestones[0]!.date)).toBeLessThan(dayNumber('2025-02-07'));
    expect(result.milestones[0]!.losses).toBe(3000);
  });
});
