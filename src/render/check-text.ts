import type { ImpossibleDate } from '../extract/impossible-dates.js';
import type { ClaimReading, SetAside } from '../extract/claim.js';
import type { Figure } from '../extract/types.js';
import type { CheckEcho } from './check.js';
import type { PageEcho } from './page.js';

/**
 * What `attrition check "TEXT"` read for the claim's own arithmetic: the figures as `check` echoes
 * them (null where it did not run), the text, and where each came from. The report itself is
 * rendered with the ledger comparisons, in check-ledger.ts.
 */
export interface TextCheckEcho extends CheckEcho {
  text: string;
  /** The --text file, "-" for standard input; null when the claim was an argument. */
  file: string | null;
  published: string | null;
  /** Present only when --text named a saved web page: its title and stated publication date. */
  page?: PageEcho;
  figures: Figure[];
  sources: ClaimReading['sources'];
  setAside: SetAside[];
  /** Dates in the claim that are no day on the calendar, when there are any: figures they would date are undated. */
  impossibleDates?: ImpossibleDate[];
}
