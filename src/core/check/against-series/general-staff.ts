import { FULL_SCALE_INVASION } from '../../subjects.js';
import type { SeriesReference } from './series-reference.js';

/**
 * What the built-in General Staff series is, without its counts: the command decides from this whether
 * a claim needs the series before loading it (src/shell/general-staff.ts adds the counts). Pure.
 */
export const GENERAL_STAFF_REFERENCE: Omit<SeriesReference, 'days' | 'counts'> = {
  id: 'general-staff',
  name: 'the General Staff series (seeds/general-staff-personnel.json)',
  claimant: "Ukraine's General Staff",
  measures: 'Russian personnel losses, killed and wounded',
  subject: { force: 'russian', scope: 'whole' },
  // The invasion's first day is the series' day 1: nothing was lost before it.
  zeroDay: FULL_SCALE_INVASION - 1,
};
