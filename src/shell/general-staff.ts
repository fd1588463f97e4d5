import seed from '../../seeds/general-staff-personnel.json' with { type: 'json' };
import { GENERAL_STAFF_REFERENCE } from '../core/check/against-series/general-staff.js';
import type { SeriesReference } from '../core/check/against-series/series-reference.js';
import { parseDay } from '../core/parse/days.js';

/**
 * Ukraine's General Staff's daily count of Russian personnel losses (killed and wounded), whole war,
 * bundled as a built-in reference for claims about Russian forces: one count a day from the first day,
 * as scripts/general-staff-seed.js writes it from examples/general-staff/ (MIT, with its licence and
 * provenance there). Loaded only when a claim's subject needs it.
 */
const first = (parseDay(seed.first) as { value: number }).value;

export const GENERAL_STAFF: SeriesReference = {
  ...GENERAL_STAFF_REFERENCE,
  days: seed.counts.map((_, i) => first + i),
  counts: seed.counts,
};
