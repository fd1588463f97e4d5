import { isoDate } from '../core/dates.js';
import { DEFAULT_START, DEFAULT_START_SOURCE } from '../core/projection/baseline.js';

/** The default start as help states it: "2024-12-06, from ISW". Loaded with the command definitions: keep it light. */
export const DEFAULT_START_HELP = `${isoDate(DEFAULT_START)}, from ${DEFAULT_START_SOURCE.claimant}`;
