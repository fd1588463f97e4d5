/**
 * Dates written in text that are no day on the calendar ("31 April 2025", "February 29, 2025", "2025-06-31"). The date
 * grammar reads none of them, so the figures they would date are undated: a report says so rather than leaving them
 * out silently, as a flag with such a date is refused.
 */
import { daysInMonth, MONTHS } from '../core/dates.js';
import { monthNumber } from '../core/parse/days.js';

export interface ImpossibleDate {
  /** The date as written, and where it stands in the text. */
  text: string;
  span: [number, number];
  /** What is wrong with it: "April has 30 days". */
  problem: string;
}

const MONTH = `(${[
  'Jan(?:uary)?',
  'Feb(?:ruary)?',
  'Mar(?:ch)?',
  'Apr(?:il)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust)?',
  'Sept?(?:ember)?',
  'Oct(?:ober)?',
  'Nov(?:ember)?',
  'Dec(?:ember)?',
].join('|')})\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;
// A day the month does not have, before or after the month; an ISO date.
const DAY_MONTH = new RegExp(String.raw`\b(\d{1,2})${ORDINAL}\s+(?:of\s+)?${MONTH}${YEAR}\b`, 'g');
// Without a year, a number after a month followed by a word is a count ("April 31 soldiers"), not a day.
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})${ORDINAL}(?:,?\s+(\d{4})\b|\b(?!\s+[a-z]))`, 'g');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

function problemOf(year: number | undefined, month: number | undefined, day: number): string | null {
  // Only 29 to 31 can be a day a month lacks; a larger number before or after a month is a count, not a day.
  if (month === undefined || month < 1 || month > 12 || day < 29 || day > 31) return null;
  // Without a year, 29 February is a day (of a leap year).
  const days = daysInMonth(year ?? 2024, month);
  if (day <= days) return null;
  const name = MONTHS[month - 1]!;
  return month === 2 && year !== undefined && day === 29 ? `${name} ${year} has 28 days` : `${name} has ${days} days`;
}

/** Every date in `text` with a day its month does not have, in the order they stand. */
export function impossibleDates(text: string): ImpossibleDate[] {
  // Only 29, 30 and 31 can be a day a month lacks: a text without them is answered before any pattern compiles.
  if (!text.includes('29') && !text.includes('30') && !text.includes('31')) return [];
  const found: ImpossibleDate[] = [];
  const add = (match: RegExpExecArray, year: string | undefined, month: number | undefined, day: string) => {
    const problem = problemOf(year === undefined ? undefined : Number(year), month, Number(day));
    const trimmed = match[0].replace(/[\s,.]+$/, '');
    if (problem !== null) found.push({ text: trimmed, span: [match.index, match.index + trimmed.length], problem });
  };
  for (const m of text.matchAll(DAY_MONTH)) add(m, m[3], monthNumber(m[2]!), m[1]!);
  for (const m of text.matchAll(MONTH_DAY)) add(m, m[3], monthNumber(m[1]!), m[2]!);
  for (const m of text.matchAll(ISO)) add(m, m[1], Number(m[2]), m[3]!);
  return found.sort((a, b) => a.span[0] - b.span[0]);
}
