import { dayFromParts, MONTHS, type Day } from '../dates.js';
import { fail, ok, type Parsed } from './parsed.js';

const MONTH_LOOKUP = new Map<string, number>();
MONTHS.forEach((name, index) => {
  MONTH_LOOKUP.set(name.toLowerCase(), index + 1);
  MONTH_LOOKUP.set(name.slice(0, 3).toLowerCase(), index + 1);
});
MONTH_LOOKUP.set('sept', 9);

export function monthNumber(name: string): number | undefined {
  return MONTH_LOOKUP.get(name.toLowerCase().replace(/\.$/, ''));
}

export const DATE_FORMS = 'a date such as 2024-12-06 or 6 Dec 2024';

/** Year, month, day: 2024-12-06, and as people also type it, 2024-12-6 or 2024/12/06. */
const ISO_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?)\s*,?\s+(\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})$/i;

const startsWithDigit = (text: string): boolean => text.charCodeAt(0) >= 0x30 && text.charCodeAt(0) <= 0x39;

/** A calendar day: 2024-12-06 (or 2024-12-6, 2024/12/06), 6 Dec 2024, December 6, 2024. */
export function parseDay(text: string): Parsed<Day> {
  const trimmed = text.trim();
  let parts: [number, number | undefined, number] | undefined;
  let match = ISO_DATE.exec(trimmed);
  if (match) parts = [Number(match[1]), Number(match[3]), Number(match[4])];
  // Each form only where its first character fits: a pattern costs its compiling on first use.
  else if (startsWithDigit(trimmed) && (match = DAY_MONTH_YEAR.exec(trimmed)))
    parts = [Number(match[3]), monthNumber(match[2]!), Number(match[1])];
  else if (!startsWithDigit(trimmed) && (match = MONTH_DAY_YEAR.exec(trimmed)))
    parts = [Number(match[3]), monthNumber(match[1]!), Number(match[2])];
  if (!parts || parts[1] === undefined) return fail(`is not ${DATE_FORMS}`);
  const day = dayFromParts(parts[0], parts[1], parts[2]);
  if (day === null) return fail('is not a day on the calendar');
  return ok(day);
}

/** A step between dates: a whole number of days, 7, 7d or 1w. */
export function parseDayStep(text: string): Parsed<number> {
  const match = /^\s*(\d+)\s*([dw]?)\s*$/i.exec(text);
  const days = match ? Number(match[1]) * (match[2]!.toLowerCase() === 'w' ? 7 : 1) : NaN;
  if (!(days >= 1 && Number.isSafeInteger(days))) return fail('is not a whole number of days such as 1, 7d or 1w');
  return ok(days);
}
