import { readFileSync } from 'node:fs';
import { isoDate } from '../../src/core/dates.js';
import type { Report } from '../../src/core/series/fit.js';

/** The shipped copy of Ukraine's General Staff's daily personnel series (see its README). */
export const GENERAL_STAFF = 'examples/general-staff/russia_losses_personnel.json';

export interface GeneralStaffDay {
  date: string;
  day: number;
  personnel: number;
  'personnel*'?: string;
  POW?: number;
}

export const generalStaffText = (): string => readFileSync(GENERAL_STAFF, 'utf8');
export const generalStaffDays = (): GeneralStaffDay[] => JSON.parse(generalStaffText()) as GeneralStaffDay[];
export const generalStaffReports = (): Report[] =>
  generalStaffDays().map((d) => ({ date: d.date, casualties: d.personnel }));

/** The same series as CSV with a header, as a spreadsheet would export it. */
export const generalStaffCsv = (): string =>
  `date,day,personnel,personnel*\n${generalStaffDays()
    .map((d) => `${d.date},${d.day},${d.personnel},${d['personnel*'] ?? ''}`)
    .join('\n')}\n`;

/** A series counted through each day from `first`, one report a day: counts[i] on day first + i. */
export const dailyReports = (first: number, counts: readonly number[]): Report[] =>
  counts.map((c, i) => ({ date: isoDate(first + i), casualties: c }));
