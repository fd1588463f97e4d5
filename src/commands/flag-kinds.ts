import { isoDate, partsOf, type Day } from '../core/dates.js';
import { formatNumber } from '../core/figures/format.js';
import type { Range } from '../core/figures/range.js';
import { monthNumber, parseDay } from '../core/parse/days.js';
import { ok, type Parsed } from '../core/parse/parsed.js';
import { middleDay, parseDayOrPeriod, parseWindow } from '../core/parse/periods.js';
import { parseQualified } from '../core/parse/qualified.js';
import { parseCount, parsePositive } from '../core/parse/numbers.js';

/**
 * One reader per kind of flag, used by every command, so a flag of a kind accepts the same forms
 * everywhere. Where a form says less than the flag needs (a period for a day, "about 12,000" for a
 * projection's force), the honest reading is taken and `flagReading` words it for the report.
 */

/** A day: 2024-12-06, 2024-12-6, 2024/12/06, 6 Dec 2024; or a period (early January 2025) at its middle day. */
export const parseDayFlag = parseDayOrPeriod;

/** A day or a period as a window of days: --as-of and --by of check, --by of Monte Carlo. */
export const parseWindowFlag = parseWindow;

type Single = (text: string) => Parsed<number>;

/** A figure for a projection: a number, a range LOW..HIGH, or a qualified figure at its number. */
function figureOrRange(text: string, single: Single): Parsed<number | Range> {
  const parsed = parseQualified(text, single);
  if (!parsed.ok) return parsed;
  const { qualifier, low, high } = parsed.value;
  return ok(qualifier === 'range' ? { low, high } : low);
}

/** A single figure for a projection: a range is read at its middle. */
function figure(text: string, single: Single): Parsed<number> {
  const parsed = figureOrRange(text, single);
  if (!parsed.ok) return parsed;
  return ok(typeof parsed.value === 'number' ? parsed.value : (parsed.value.low + parsed.value.high) / 2);
}

export const parsePositiveFlag = (text: string): Parsed<number> => figure(text, parsePositive);
export const parseCountFlag = (text: string): Parsed<number> => figure(text, parseCount);
export const parsePositiveOrRangeFlag = (text: string): Parsed<number | Range> => figureOrRange(text, parsePositive);
export const parseCountOrRangeFlag = (text: string): Parsed<number | Range> => figureOrRange(text, parseCount);

export type FlagKind = 'day' | 'figure' | 'single-figure';

/**
 * How a flag's text was read when it says less than the flag needs, for the report's assumptions:
 * `"early January 2025" taken as its middle day, 2025-01-05`; null when it was taken as written.
 */
export function flagReading(kind: FlagKind, text: string): string | null {
  if (kind === 'day') {
    if (parseDay(text).ok) return null;
    const window = parseWindow(text);
    return window.ok ? `"${text.trim()}" taken as its middle day, ${isoDate(middleDay(window.value))}` : null;
  }
  const parsed = parseQualified(text, parseCount);
  if (!parsed.ok) return null;
  const { qualifier, low, high } = parsed.value;
  if (qualifier === 'exact') return null;
  if (qualifier === 'range') {
    return kind === 'single-figure' ? `"${text.trim()}" taken at its middle, ${formatNumber((low + high) / 2)}` : null;
  }
  return `"${text.trim()}" taken as ${formatNumber(low)}`;
}

const YEARLESS_PERIOD = /^(?:(early|mid|late)[\s-]+)?([a-z]+\.?)$/i;

/**
 * A period written without its year ("mid-April") given the year it honestly means: the first such
 * period that ends on or after `reference` (the as-of date or the start). Null for any other text.
 */
export function periodWithYear(text: string, reference: Day): { text: string; reading: string } | null {
  const match = YEARLESS_PERIOD.exec(text.trim());
  if (!match || monthNumber(match[2]!) === undefined) return null;
  const { year } = partsOf(reference);
  for (const candidate of [year, year + 1]) {
    const dated = `${text.trim()} ${candidate}`;
    const window = parseWindow(dated);
    if (window.ok && window.value.last >= reference) {
      return {
        text: dated,
        reading: `"${text.trim()}" taken as ${dated}, the first on or after ${isoDate(reference)}`,
      };
    }
  }
  return null;
}
