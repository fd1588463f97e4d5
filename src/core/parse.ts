import { dayFromParts, MONTHS, periodWindow, type Day, type PeriodPart, type Window } from './dates.js';

/** The outcome of reading one value a user typed: the value, or what would have been accepted. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

export interface Range {
  low: number;
  high: number;
}

export const AMOUNT_FORMS = 'a number such as 12000, 12,000, 12k or 1.2e4';

const NUMBER_PATTERN = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(\.\d+)?(?:e([+-]?\d+))?\s*(k|m)?$/i;
const MULTIPLIERS: Record<string, number> = { k: 1e3, m: 1e6 };

/** Reads 12000, 12,000, 12k, 1.2M, 1.2e4 (and 0.5, 7.5e-1); no sign rules applied yet. */
export function parseNumber(text: string): Parsed<number> {
  const match = NUMBER_PATTERN.exec(text.trim());
  if (!match || (match[2] === '' && match[3] === undefined)) return fail(`is not ${AMOUNT_FORMS}`);
  const [, sign, whole, fraction = '', exponent, suffix] = match;
  const mantissa = Number(`${sign}${whole!.replaceAll(',', '') || '0'}${fraction}${exponent ? `e${exponent}` : ''}`);
  const value = suffix ? mantissa * MULTIPLIERS[suffix.toLowerCase()]! : mantissa;
  if (!Number.isFinite(value)) return fail('is too large to be a finite number');
  return ok(value);
}

/** A number above zero, such as a force size or a daily rate. */
export function parsePositive(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.value <= 0) return fail(`must be above zero; expected ${AMOUNT_FORMS}`);
  return parsed;
}

/** A count of zero or more, such as casualties so far. */
export function parseCount(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return fail(`must not be negative; expected ${AMOUNT_FORMS}`);
  return parsed;
}

/** One value, or an interval LOW..HIGH whose bounds each pass `single`. */
export function parseRangeOf(text: string, single: (t: string) => Parsed<number>): Parsed<number | Range> {
  const parts = text.split('..');
  if (parts.length === 1) return single(text);
  if (parts.length !== 2) return fail('is not a value or a range LOW..HIGH such as 11000..12000');
  const low = single(parts[0]!);
  if (!low.ok) return fail(`has a low end that ${low.problem}`);
  const high = single(parts[1]!);
  if (!high.ok) return fail(`has a high end that ${high.problem}`);
  if (low.value > high.value) return fail('has its low end above its high end; write the range as LOW..HIGH');
  return ok({ low: low.value, high: high.value });
}

/** A share of a whole: 50%, 50 %, 0.5. Bare numbers above 1 are refused rather than guessed at. */
export function parseShare(text: string): Parsed<number> {
  const trimmed = text.trim();
  const percent = trimmed.endsWith('%');
  const digits = percent ? trimmed.slice(0, -1) : trimmed;
  const number = parseNumber(digits);
  const accepted = 'a share above 0 and at most 100 %, written 50% or 0.5';
  if (!number.ok || /[km]\s*$/i.test(digits)) return fail(`is not ${accepted}`);
  const share = percent ? number.value / 100 : number.value;
  if (!percent && share > 1) return fail(`is ambiguous; write ${number.value}% for a percentage or a fraction up to 1`);
  if (!(share > 0 && share <= 1)) return fail(`is outside (0, 100 %]; expected ${accepted}`);
  return ok(share);
}

const MONTH_LOOKUP = new Map<string, number>();
MONTHS.forEach((name, index) => {
  MONTH_LOOKUP.set(name.toLowerCase(), index + 1);
  MONTH_LOOKUP.set(name.slice(0, 3).toLowerCase(), index + 1);
});
MONTH_LOOKUP.set('sept', 9);

export function monthNumber(name: string): number | undefined {
  return MONTH_LOOKUP.get(name.toLowerCase().replace(/\.$/, ''));
}

export const DATE_FORMS = 'a date such as 2024-12-06, 6 Dec 2024 or December 6, 2024';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?)\s*,?\s+(\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})$/i;

/** A calendar day: 2024-12-06, 6 Dec 2024, December 6, 2024. */
export function parseDay(text: string): Parsed<Day> {
  const trimmed = text.trim();
  let parts: [number, number | undefined, number] | undefined;
  let match = ISO_DATE.exec(trimmed);
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = DAY_MONTH_YEAR.exec(trimmed))) parts = [Number(match[3]), monthNumber(match[2]!), Number(match[1])];
  else if ((match = MONTH_DAY_YEAR.exec(trimmed))) parts = [Number(match[3]), monthNumber(match[1]!), Number(match[2])];
  if (!parts || parts[1] === undefined) return fail(`is not ${DATE_FORMS}`);
  const day = dayFromParts(parts[0], parts[1], parts[2]);
  if (day === null) return fail(`is not a day on the calendar; expected ${DATE_FORMS}`);
  return ok(day);
}

export const PERIOD_FORMS = `${DATE_FORMS}, or a period such as mid-April 2025, early May 2025 or April 2025`;

const PERIOD = /^(?:(early|mid|late)[\s-]+)?([a-z]+\.?)\s+(\d{4})$/i;

/** A day or a fuzzy period (early = days 1–10, mid = 11–20, late = 21 to the end), as a window of days. */
export function parseWindow(text: string): Parsed<Window> {
  const day = parseDay(text);
  if (day.ok) return ok({ first: day.value, last: day.value });
  const match = PERIOD.exec(text.trim());
  const month = match ? monthNumber(match[2]!) : undefined;
  const year = match ? Number(match[3]) : NaN;
  if (!match || month === undefined || year < 1 || year > 9999) return fail(`is not ${PERIOD_FORMS}`);
  const part = (match[1]?.toLowerCase() as PeriodPart | undefined) ?? 'month';
  return ok(periodWindow(year, month, part));
}

/**
 * The values a sweep runs over: a list as given, or a stepped range LOW..HIGH:STEP held as whole
 * units of 10^-decimals, so that value i is (lowUnits + i × stepUnits) / scale, exact and free of
 * drift however many steps are taken (0.1 steps from 50 to 150 give exactly 1,001 values).
 */
export type Values =
  | { kind: 'list'; count: number; list: number[] }
  | { kind: 'steps'; count: number; low: number; high: number; step: number; lowUnits: number; stepUnits: number; scale: number };

export function valueAt(values: Values, index: number): number {
  return values.kind === 'list' ? values.list[index]! : (values.lowUnits + index * values.stepUnits) / values.scale;
}

export const oneValue = (value: number): Values => ({ kind: 'list', count: 1, list: [value] });

/** The fewest decimal places that write `x` exactly (0.1 → 1, 50 → 0), or undefined past 15. */
export function decimalsOf(x: number): number | undefined {
  for (let d = 0, scale = 1; d <= 15; d++, scale *= 10) {
    if (Math.round(x * scale) / scale === x) return d;
  }
  return undefined;
}

export const STEP_FORMS = 'a list such as 80,92,100 or a stepped range LOW..HIGH:STEP such as 60..120:10';

/**
 * A list `80,92,100` or a stepped range `LOW..HIGH:STEP`, each value read by `read`, the step by
 * `readStep`. A comma may also group thousands (12,000): text that reads both as one number and as a
 * list (100,200,300) is refused as ambiguous rather than guessed at.
 */
export function parseValues(
  text: string,
  read: (t: string) => Parsed<number>,
  readStep: (t: string) => Parsed<number> = parsePositive,
): Parsed<Values> {
  const colon = text.lastIndexOf(':');
  if (text.includes('..') && colon > text.indexOf('..')) return parseSteps(text.slice(0, colon), text.slice(colon + 1), read, readStep);
  if (text.includes('..')) return fail(`is a range without a step; expected ${STEP_FORMS}`);
  const list = parseList(text, read);
  return list.ok ? ok({ kind: 'list', count: list.value.length, list: list.value }) : list;
}

function parseList(text: string, read: (t: string) => Parsed<number>): Parsed<number[]> {
  const items = text.split(',').map((item) => item.trim());
  const whole = read(text);
  if (items.length === 1) return whole.ok ? ok([whole.value]) : whole;
  const each = items.map(read);
  const bad = each.findIndex((p) => !p.ok);
  if (bad === -1) {
    if (!whole.ok) return ok(each.map((p) => (p as { value: number }).value));
    return fail(
      `is ambiguous: one number (${whole.value}) or a list of ${items.length}? ` +
        `Write ${whole.value} for the number, or put a space after each comma for a list (${items.join(', ')})`,
    );
  }
  if (whole.ok) return ok([whole.value]);
  const problem = (each[bad] as { problem: string }).problem;
  return items[bad] === '' ? fail(`has an empty item; expected ${STEP_FORMS}`) : fail(`has an item ${JSON.stringify(items[bad])} that ${problem}`);
}

const MAX_UNITS = 2 ** 53;

function parseSteps(
  range: string,
  stepText: string,
  read: (t: string) => Parsed<number>,
  readStep: (t: string) => Parsed<number>,
): Parsed<Values> {
  const bounds = parseRangeOf(range, read);
  if (!bounds.ok) return bounds;
  if (typeof bounds.value === 'number') return fail(`is not ${STEP_FORMS}`);
  const step = readStep(stepText);
  if (!step.ok) return fail(`has a step that ${step.problem}`);
  if (!(step.value > 0)) return fail('has a step that must be above zero');
  const { low, high } = bounds.value;
  const decimals = Math.max(...[low, high, step.value].map((x) => decimalsOf(x) ?? Infinity));
  const scale = 10 ** decimals;
  const [lowUnits, highUnits, stepUnits] = [low, high, step.value].map((x) => Math.round(x * scale)) as [number, number, number];
  if (!Number.isFinite(scale) || Math.max(Math.abs(lowUnits), Math.abs(highUnits)) >= MAX_UNITS) {
    return fail('has more significant digits than a stepped range can count exactly; use fewer decimal places');
  }
  const count = Math.floor((highUnits - lowUnits) / stepUnits) + 1;
  return ok({ kind: 'steps', count, low, high, step: step.value, lowUnits, stepUnits, scale });
}

/** A step between dates: a whole number of days, 7, 7d or 1w. */
export function parseDayStep(text: string): Parsed<number> {
  const match = /^\s*(\d+)\s*([dw]?)\s*$/i.exec(text);
  const days = match ? Number(match[1]) * (match[2]!.toLowerCase() === 'w' ? 7 : 1) : NaN;
  if (!(days >= 1 && Number.isSafeInteger(days))) return fail('is not a whole number of days such as 1, 7d or 1w');
  return ok(days);
}
