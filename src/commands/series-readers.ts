import { fail, ok, type Parsed } from '../core/parse/parsed.js';
import { echo } from '../core/wording.js';
import { parseShare } from '../core/parse/shares.js';

const DAY_UNITS: Record<string, number> = { d: 1, day: 1, days: 1, w: 7, wk: 7, week: 7, weeks: 7 };

/** A whole number of days: 30, 30d, 30 days, 4w, 4 weeks. */
function wholeDays(text: string): number | undefined {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2] === '' ? 1 : DAY_UNITS[match[2]!.toLowerCase()];
  return unit === undefined ? undefined : Number(match[1]) * unit;
}

export const WINDOW_FORMS = 'a number of days, 2 or more, such as 30d or 4w';

/** The days of reports a rate is fitted over, ending at the day of the projection. */
export function parseWindowDays(text: string): Parsed<number> {
  const days = wholeDays(text);
  if (days === undefined) return fail(`is not ${WINDOW_FORMS}`);
  if (days < 2) return fail(`is under two days; expected ${WINDOW_FORMS}`);
  return ok(days);
}

export const HORIZON_FORMS = 'days above zero, such as 30,90,180';

/** Days ahead: 30,90,180 or 30d,13w. */
export function parseHorizons(text: string): Parsed<number[]> {
  const items = text.split(',').map((t) => t.trim());
  const horizons: number[] = [];
  for (const item of items) {
    const days = wholeDays(item);
    if (days === undefined) return fail(`has an item ${echo(item)} that is not a whole number of days, such as 30,90`);
    if (days < 1) return fail(`has a horizon of ${days} days; expected ${HORIZON_FORMS}`);
    horizons.push(days);
  }
  return ok(horizons);
}

/** The nominal coverage of an interval: 90%, 0.9; strictly between 50 % and 100 %. */
export function parseLevel(text: string): Parsed<number> {
  const share = parseShare(text);
  if (!share.ok) return share;
  if (!(share.value >= 0.5 && share.value < 1))
    return fail('is outside [50 %, 100 %); expected a level such as 90% or 0.9');
  return share;
}
