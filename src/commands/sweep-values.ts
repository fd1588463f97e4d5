import { parseCount, parseDay, parseDayStep, parsePositive, parseShare, parseValues, type Parsed, type Values } from '../core/parse.js';
import type { Axis } from '../core/sweep.js';

/** How each sweep axis reads its values, on the command line and in a scenarios file. */
export const AXIS_READERS: Record<Axis, (text: string) => Parsed<Values>> = {
  force: (text) => parseValues(text, parsePositive),
  rate: (text) => parseValues(text, parsePositive),
  start: (text) => parseValues(text, parseDay, parseDayStep),
  threshold: (text) => parseValues(text, parseShare, parseShare),
  casualties: (text) => parseValues(text, parseCount),
  asOf: (text) => parseValues(text, parseDay, parseDayStep),
};

export const DATE_AXES: ReadonlySet<Axis> = new Set(['start', 'asOf']);
