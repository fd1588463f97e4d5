import { DEFAULT_START } from '../../core/projection/baseline.js';
import { parseDayFlag, parseWindowFlag, periodWithYear } from '../flag-kinds.js';
import { flagName } from '../../errors.js';
import type { CheckGiven } from './definition.js';

/**
 * Gives --as-of and --by written without a year ("mid-April") the year they honestly mean, counted
 * from the start (and for --by, from the as-of date), with the reading for the report.
 */
export function withYears(raw: CheckGiven): { raw: CheckGiven; readings: string[] } {
  const readings: string[] = [];
  const start = raw.start === undefined ? DEFAULT_START : parseDayFlag(raw.start);
  let reference = typeof start === 'number' ? start : start.ok ? start.value : undefined;
  const out = { ...raw };
  for (const field of ['asOf', 'by'] as const) {
    const text = raw[field];
    const dated = text === undefined || reference === undefined ? null : periodWithYear(text, reference);
    if (dated) {
      out[field] = dated.text;
      readings.push(`${flagName(field)} ${dated.reading}`);
    }
    const window = out[field] === undefined ? undefined : parseWindowFlag(out[field]!);
    if (window?.ok) reference = window.value.last;
  }
  return { raw: out, readings };
}
