import rows from '../../examples/general-staff/russia_losses_personnel.json' with { type: 'json' };
import type { SeriesReference } from '../core/check/against-series/series-reference.js';
import { dayFromParts } from '../core/dates.js';

/**
 * Ukraine's General Staff's daily count of Russian personnel losses (killed and wounded), whole war,
 * bundled as a built-in reference for claims about Russian forces. MIT, from PetroIvaniuk's public
 * dataset: examples/general-staff/ holds the file, its licence and its provenance. Loaded only when a
 * claim's subject needs it.
 */
const dayOf = (iso: string) =>
  dayFromParts(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))!;

const table = rows as readonly { date: string; personnel: number }[];

export const GENERAL_STAFF: SeriesReference = {
  id: 'general-staff',
  name: 'the General Staff series (examples/general-staff/)',
  claimant: "Ukraine's General Staff",
  measures: 'Russian personnel losses, killed and wounded',
  subject: { force: 'russian', scope: 'whole' },
  days: table.map((r) => dayOf(r.date)),
  counts: table.map((r) => r.personnel),
  // The invasion began on 24 February 2022, the series' day 1: nothing was lost before it.
  zeroDay: dayOf('2022-02-23'),
};
