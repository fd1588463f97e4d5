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
