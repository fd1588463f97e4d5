import { periodWindow, type Day, type PeriodPart, type Window } from '../dates.js';
import { fail, ok, type Parsed } from './parsed.js';
import { monthNumber, parseDay } from './days.js';

export const PERIOD_FORMS = 'a date (2024-12-06) or a period (mid-April 2025)';

const PERIOD = /^(?:(early|mid|late)[\s-]+)?([a-z]+\.?)\s+(\d{4})$/i;

/** A day or a fuzzy period (early = days 1–10, mid = 11–20, late = 21 to the end), as a window of days. */
export function parseWindow(text: string): Parsed<Window> {
  const day = parseDay(text);
  if (day.ok) return ok({ first: day.value, last: day.value });
  if (day.problem.startsWith('is not a day on the calendar')) return day;
  const match = PERIOD.exec(text.trim());
  const month = match ? monthNumber(match[2]!) : undefined;
  const year = match ? Number(match[3]) : NaN;
  if (!match || month === undefined || year < 1 || year > 9999) return fail(`is not ${PERIOD_FORMS}`);
  const part = (match[1]?.toLowerCase() as PeriodPart | undefined) ?? 'month';
  return ok(periodWindow(year, month, part));
}

/** The middle day of a window: how a period stands for one day (as the ledger reads its dates). */
export const middleDay = (w: Window): Day => w.first + Math.floor((w.last - w.first) / 2);

/** A day: 2024-12-06, 2024-12-6, 2024/12/06, 6 Dec 2024; or a period (early January 2025) at its middle day. */
export function parseDayOrPeriod(text: string): Parsed<Day> {
  const window = parseWindow(text);
  if (!window.ok) return fail(window.problem);
  return ok(middleDay(window.value));
}
