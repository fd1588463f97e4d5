import { fail, ok, type Parsed } from '../core/parse/parsed.js';
import { parseShare } from '../core/parse/shares.js';

const DAY_UNITS: Record<string, number> = { d: 1, day: 1, days: 1, w: 7, wk: 7, week: 7, weeks: 7 };

/** A whole number of days: 30, 30d, 30 days, 4w, 4 weeks. */
function wholeDays(text: string): number | undefined {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2] === '' ? 1 : DAY_UNITS[match[2]!.toLowerCase()];
  return unit === undefined ? undefined : Number(match[1]) * unit;
}

export const WINDOW_FORMS = 'a whole number of days of at least 2, such as 30d, 30 days or 4w';

/** The days of reports a rate is fitted over, ending at the day of the projection. */
export function parseWindowDays(text: string): Parsed<number> {
  const days = wholeDays(text);
  if (days === undefined) return fail(`is not ${WINDOW_FORMS}`);
  if (days < 2) return fail(`is shorter than two days; expected ${WINDOW_FORMS}`);
  return ok(days);
}

export const HORIZON_FORMS = 'whole numbers of days above zero, such as 30,90,180';

/** Days ahead: 30,90,180 or 30d,13w. */
export function parseHorizons(text: string): Parsed<number[]> {
  const items = text.split(',').map((t) => t.trim());
  const horizons: number[] = [];
  for (const item of items) {
    const days = wholeDays(item);
    if (days === undefined)
      return fail(`has an item ${JSON.stringify(item)} that is not a whole number of days; expected ${HORIZON_FORMS}`);
    if (days < 1)
      return fail(
        `has a horizon of ${days} days; a projection looks at least one day ahead (expected ${HORIZON_FORMS})`,
      );
    horizons.push(days);
  }
  return ok(horizons);
}

/** The nominal coverage of an interval: 90%, 0.9; strictly between 50 % and 100 %. */
export function parseLevel(text: string): Parsed<number> {
  const share = parseShare(text);
  if (!share.ok) return share;
  if (!(share.value >= 0.5 && share.value < 1))
    return fail(
      'is outside [50 %, 100 %); an interval at that level says nothing; expected a level such as 90% or 0.9',
    );
  return share;
}
