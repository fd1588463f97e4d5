/**
 * Calendar days in UTC, as whole numbers of days since 1970-01-01.
 * Integers make day arithmetic exact and keep every result independent of the
 * machine's time zone.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The day for a year, month (1–12) and day of month, or null when that day does not exist. */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
  if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;
  // Days from the civil calendar by arithmetic (H. Hinnant's algorithm, proleptic Gregorian as Date is): series of
  // 100,000 reports read this once a report, where a Date each would cost more than the rest of the reading.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export const FIRST_DAY: Day = dayFromParts(1, 1, 1)!;
export const LAST_DAY: Day = dayFromParts(9999, 12, 31)!;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The days Date can hold, either side of 1970-01-01. */
const DATE_RANGE = 100_000_000;

export function partsOf(day: Day): DateParts {
  if (!(Math.abs(day) <= DATE_RANGE)) {
    const date = new Date(day * MS_PER_DAY);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  // The inverse of dayFromParts' arithmetic; a part of a day counts as the day it is in, as with Date.
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1,
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** ISO 8601 calendar date, YYYY-MM-DD. */
/** The day of the week: 0 Sunday … 6 Saturday (day 0, 1970-01-01, was a Thursday). */
export const weekdayOf = (day: Day): number => (((day + 4) % 7) + 7) % 7;

/** The latest day on or before `day` that falls on `weekday` (0 Sunday … 6 Saturday). */
export const lastWeekday = (day: Day, weekday: number): Day => day - ((weekdayOf(day) - weekday + 7) % 7);

export function isoDate(day: Day): string {
  const { year, month, day: d } = partsOf(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

export type PeriodPart = 'early' | 'mid' | 'late';

/** early = days 1–10, mid = 11–20, late = 21 to the end of the month. */
export function periodPartOf(dayOfMonth: number): PeriodPart {
  if (dayOfMonth <= 10) return 'early';
  return dayOfMonth <= 20 ? 'mid' : 'late';
}

/** "early May 2025", "mid-April 2025", "late June 2025". */
export function fuzzyLabel(day: Day): string {
  const { year, month, day: d } = partsOf(day);
  const part = periodPartOf(d);
  const monthName = MONTHS[month - 1];
  return part === 'mid' ? `mid-${monthName} ${year}` : `${part} ${monthName} ${year}`;
}

export interface Window {
  first: Day;
  last: Day;
}

/**
 * The same day of the month `months` calendar months later (earlier when negative); the month's last day
 * where it is shorter.
 */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: dayOfMonth } = partsOf(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromParts(y, m, Math.min(dayOfMonth, daysInMonth(y, m)))!;
}

/** The month each season begins: meteorological seasons, three months each; winter runs into the next year. */
const SEASON_FIRST_MONTH: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/** The days of the season named ("winter", "fall") that begins in `year`; undefined for a word that names none. */
export function seasonIn(name: string, year: number): Window | undefined {
  const month = SEASON_FIRST_MONTH[name.toLowerCase()];
  if (month === undefined) return undefined;
  const first = dayFromParts(year, month, 1)!;
  return { first, last: addMonths(first, 3) - 1 };
}

/** The days a fuzzy period covers: early, mid or late in a month, or the whole month. */
export function periodWindow(year: number, month: number, part: PeriodPart | 'month'): Window {
  const end = daysInMonth(year, month);
  const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, end] : [1, end];
  return { first: dayFromParts(year, month, from)!, last: dayFromParts(year, month, to)! };
}
