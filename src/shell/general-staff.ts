import seed from '../../seeds/general-staff-personnel.json' with { type: 'json' };
import type { SeriesReference } from '../core/check/against-series/series-reference.js';
import { dayFromParts } from '../core/dates.js';

/**
 * Ukraine's General Staff's daily count of Russian personnel losses (killed and wounded), whole war,
 * bundled as a built-in reference for claims about Russian forces: one count a day from the first day,
 * as scripts/general-staff-seed.js writes it from examples/general-staff/ (MIT, with its licence and
 * provenance there). Loaded only when a claim's subject needs it.
 */
const dayOf = (iso: string) =>
  dayFromParts(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))!;

const first = dayOf(seed.first);

export const GENERAL_STAFF: SeriesReference = {
  id: 'general-staff',
  name: 'the General Staff series (examples/general-staff/)',
  claimant: "Ukraine's General Staff",
  measures: 'Russian personnel losses, killed and wounded',
  subject: { force: 'russian', scope: 'whole' },
  days: seed.counts.map((_, i) => first + i),
  counts: seed.counts,
  // The invasion began on 24 February 2022, the series' day 1: nothing was lost before it.
  zeroDay: dayOf('2022-02-23'),
};
