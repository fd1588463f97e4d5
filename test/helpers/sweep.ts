import { oneValue } from '../../src/core/parse/sweep-values.js';
import type { SweepGrid } from '../../src/core/projection/sweep.js';
import { day } from './dates.js';
import { ISW } from './isw.js';

export const ISW_START = day(ISW.start);

/** A one-row grid of the ISW case, with the parts a test changes. */
export const grid = (parts: Partial<SweepGrid>): SweepGrid => ({
  name: null,
  force: oneValue(12000),
  rate: oneValue(92),
  start: oneValue(ISW_START),
  threshold: oneValue(1),
  casualties: null,
  asOf: null,
  ...parts,
});

/**
 * A sweep row's days from the start, from project's days of losses: with an as-of count, those
 * after the as-of date plus the days from the start through it.
 */
export const daysFromStart = (row: { start: string; asOf?: string | null }, days: number | null): number | null =>
  days === null ? null : row.asOf ? days + (day(row.asOf) + 1 - day(row.start)) : days;
