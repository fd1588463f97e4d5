import { flagReading, type FlagKind } from './flag-kinds.js';
import { flagName } from '../errors.js';

/**
 * How each flag given was read where it said less than the flag needs (a period for a day, a
 * qualified figure for a projection), named by its flag: `--as-of "early January 2025" taken as
 * its middle day, 2025-01-05`. For the assumptions of the report, human and JSON.
 */
export function flagReadings(raw: Record<string, unknown>, kinds: Record<string, FlagKind>): string[] {
  return Object.entries(kinds).flatMap(([field, kind]) => {
    const text = raw[field];
    const reading = typeof text === 'string' ? flagReading(kind, text) : null;
    return reading === null ? [] : [`${flagName(field)} ${reading}`];
  });
}
