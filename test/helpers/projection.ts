import { isoDate, dayFromParts } from '../../src/core/dates.js';
import type { Range } from '../../src/core/figures/range.js';
import { project, ProjectionError, type ProjectInput } from '../../src/core/projection/project.js';
import type { ScenarioInput } from '../../src/core/projection/scenario.js';
import { projectEcho } from '../../src/commands/project/echo.js';
import { projectDocument, type ProjectDocument } from '../../src/render/project.js';
import fc from 'fast-check';
import { ISW as REFERENCE } from './isw.js';

export type Scenario = ProjectInput;

/** The field and problem of the ProjectionError a projection throws; fails the test if it projects. */
export function projectionFailure(input: ScenarioInput): [string, string] {
  try {
    project(input);
  } catch (error) {
    if (error instanceof ProjectionError) return [error.field, error.problem];
    throw error;
  }
  throw new Error('projected');
}

/** The document `attrition project --json` prints for a scenario (defaults filled in as the CLI does). */
export function documentFor(s: Scenario): ProjectDocument {
  const result = project(s);
  return projectDocument(projectEcho(s, false), result);
}

/** Like documentFor, but undefined for figures the projection refuses. */
export function documentOrUndefined(s: Scenario): ProjectDocument | undefined {
  try {
    return documentFor(s);
  } catch (error) {
    if (error instanceof ProjectionError) return undefined;
    throw error;
  }
}

const amount = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const amountOrRange = (min: number, max: number): fc.Arbitrary<number | Range> =>
  fc.oneof(
    amount(min, max),
    fc.tuple(amount(min, max), amount(min, max)).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
  );

/** Projections people ask for: forces of ten to a million, rates that end within decades. */
export const scenarios: fc.Arbitrary<Scenario> = fc
  .record({
    force: amountOrRange(10, 1e6),
    rate: amountOrRange(0.5, 5e4),
    startDay: fc.integer({ min: dayFromParts(1990, 1, 1)!, max: dayFromParts(2040, 12, 31)! }),
    threshold: fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }),
    counted: fc.option(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 400 })), {
      nil: undefined,
    }),
  })
  .map(({ force, rate, startDay, threshold, counted }) => {
    const s: Scenario = { force, rate, start: isoDate(startDay), ...(threshold !== undefined && { threshold }) };
    if (counted) {
      const low = typeof force === 'number' ? force : force.low;
      s.casualties = Math.floor(counted[0] * low);
      s.asOf = isoDate(startDay + counted[1]);
    }
    return s;
  });

export const ISW: Scenario = { ...REFERENCE };
export const ISW_AS_OF: Scenario = { ...ISW, casualties: 3800, asOf: '2025-01-16' };
export const ISW_RANGES: Scenario = {
  force: { low: 11000, high: 12000 },
  rate: { low: 80, high: 92 },
  start: '2024-12-06',
};
