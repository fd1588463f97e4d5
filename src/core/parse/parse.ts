import type { Stated } from '../figures/amount.js';
import { dayFromParts, MONTHS, periodWindow, type Day, type PeriodPart, type Window } from '../dates.js';
import { DAYS_PER_UNIT, type DurationUnit, type Qualifier } from '../figures/vocabulary.js';

/** The outcome of reading one value a user typed: the value, or what would have been accepted. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

export interface Range {
  low: number;
  high: number;
}

/** The low end of a value or a range (a single value is both ends). */
export const lowOf = (value: number | Range): number => (typeof value === 'number' ? value : value.low);
export const highOf = (value: number | Range): number => (typeof value === 'number' ? value : value.high);
/** The middle of a range: the central case. */
export const midpointOf = (value: number | Range): number => (typeof value === 'number' ? value : (value.low + value.high) / 2);

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
  if (!Number.isFinite(value)) return fail(`is too large to be a finite number; expected ${AMOUNT_FORMS}`);
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

export const QUALIFIED_FORMS =
  'optionally with a qualifier (about 92, at least 100, 100+, more than 10000, up to 1000) or a range LOW..HIGH';

// Symbols need no space after them; words do, so "over" never eats the start of a number.
const QUALIFIER_PREFIXES: readonly [RegExp, Qualifier][] = [
  [/^(?:(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than)\s+|>=\s*|≥\s*)/i, 'at-least'],
  [/^(?:(?:more\s+than|over|above)\s+|>\s*)/i, 'more-than'],
  [/^(?:(?:up\s+to|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|under)\s+|<=\s*|≤\s*|<\s*)/i, 'up-to'],
  [/^(?:(?:about|approximately|approx\.?|around|roughly|nearly|almost|some|ca\.|c\.)\s+|~\s*)/i, 'approximately'],
];

/** Splits "at least 100" into its qualifier and the rest; "100+" is at least 100. */
export function splitQualifier(text: string): { qualifier?: Qualifier; rest: string } {
  const trimmed = text.trim();
  for (const [pattern, qualifier] of QUALIFIER_PREFIXES) {
    const match = pattern.exec(trimmed);
    if (match) return { qualifier, rest: trimmed.slice(match[0].length).trim() };
  }
  if (/\d\s*\+$/.test(trimmed)) return { qualifier: 'at-least', rest: trimmed.slice(0, -1).trim() };
  return { rest: trimmed };
}

/** A figure as stated: 3800, about 12,000, at least 100, 100+, more than 10k, up to 1000, 80..90. */
export function parseQualified(text: string, single: (t: string) => Parsed<number>): Parsed<Stated> {
  const { qualifier, rest } = splitQualifier(text);
  const parsed = parseRangeOf(rest, single);
  if (!parsed.ok) return fail(`${parsed.problem}; ${QUALIFIED_FORMS}`);
  if (typeof parsed.value === 'number') {
    return ok({ qualifier: qualifier ?? 'exact', low: parsed.value, high: parsed.value });
  }
  if (qualifier !== undefined && qualifier !== 'approximately') {
    return fail(`gives a range with a bound; write either a range LOW..HIGH or one bound such as at least ${rest.split('..')[0]}`);
  }
  return ok({ qualifier: 'range', ...parsed.value });
}

/** A stated duration: the bounds in days, and the amount in the unit it was given in. */
export interface StatedDuration extends Stated {
  unit: DurationUnit;
  amount: Range;
}

export const DURATION_FORMS = 'a duration such as 12 weeks, two months, 90 days or about 12 weeks';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, twenty: 20,
};

const UNIT_NAMES: readonly [RegExp, DurationUnit][] = [
  [/^(?:d|days?)$/i, 'days'],
  [/^(?:w|wks?|weeks?)$/i, 'weeks'],
  [/^(?:mo|mos|months?)$/i, 'months'],
  [/^(?:y|yrs?|years?)$/i, 'years'],
];

function durationAmount(text: string): Parsed<number> {
  const word = NUMBER_WORDS[text.toLowerCase()];
  return word === undefined ? parsePositive(text) : ok(word);
}

/** 12 weeks, 12w, two months, 90 days, a month, about 12 weeks, 10..12 weeks. Months are 30.44 days. */
export function parseDuration(text: string): Parsed<StatedDuration> {
  const { qualifier, rest } = splitQualifier(text);
  const match = /^(.*?)\s*([a-z]+)$/i.exec(rest);
  const unit = match ? UNIT_NAMES.find(([pattern]) => pattern.test(match[2]!))?.[1] : undefined;
  if (!match || unit === undefined || match[1] === '') return fail(`is not ${DURATION_FORMS}`);
  const amount = parseQualified(match[1]!, durationAmount);
  if (!amount.ok) return fail(`is not ${DURATION_FORMS}`);
  const combined: Qualifier = qualifier ?? amount.value.qualifier;
  if (qualifier !== undefined && amount.value.qualifier !== 'exact' && !(qualifier === 'approximately' && amount.value.qualifier === 'range')) {
    return fail(`has two qualifiers; expected ${DURATION_FORMS}`);
  }
  const perUnit = DAYS_PER_UNIT[unit];
  return ok({
    qualifier: amount.value.qualifier === 'range' ? 'range' : combined,
    low: amount.value.low * perUnit,
    high: amount.value.high * perUnit,
    unit,
    amount: { low: amount.value.low, high: amount.value.high },
  });
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

/** "DATE=VALUE", as in --phase 2025-01-17=15 and --reinforce 2025-02-07=3000. */
function parseDated(text: string, readValue: (t: string) => Parsed<number>, example: string): Parsed<{ day: Day; value: number }> {
  const at = text.lastIndexOf('=');
  if (at < 0) return fail(`is not DATE=NUMBER such as ${example}`);
  const day = parseDay(text.slice(0, at));
  if (!day.ok) return fail(`has a date that ${day.problem}`);
  const value = readValue(text.slice(at + 1));
  if (!value.ok) return fail(`has a number that ${value.problem}`);
  return ok({ day: day.value, value: value.value });
}

/** --phase DATE=RATE: the rate from that day on; 0 means off the line. */
export function parsePhase(text: string): Parsed<{ from: Day; rate: number }> {
  const parsed = parseDated(text, parseCount, '2025-01-17=15');
  return parsed.ok ? ok({ from: parsed.value.day, rate: parsed.value.value }) : parsed;
}

/** --reinforce DATE=N: N troops join on that day. */
export function parseReinforcement(text: string): Parsed<{ on: Day; troops: number }> {
  const parsed = parseDated(text, parsePositive, '2025-02-07=3000');
  return parsed.ok ? ok({ on: parsed.value.day, troops: parsed.value.value }) : parsed;
}

/** --return-to-duty SHARE[@DAYS]: 75%@20, 0.5, 60%@30. */
export function parseReturnToDuty(text: string): Parsed<{ share: number; days?: number }> {
  const [shareText, daysText, ...rest] = text.split('@');
  const accepted = 'a share with an optional delay in days, such as 75%@20 or 0.5';
  if (rest.length > 0) return fail(`is not ${accepted}`);
  const share = shareText === '0' || shareText === '0%' ? ok(0) : parseShare(shareText!);
  if (!share.ok) return fail(`has a share that ${share.problem}`);
  if (daysText === undefined) return ok({ share: share.value });
  const days = Number(daysText);
  if (!/^\d+$/.test(daysText.trim()) || days < 1) return fail(`has a delay that is not a whole number of days, 1 or more; expected ${accepted}`);
  return ok({ share: share.value, days });
}

/** A share from 0 to 1 inclusive (0 allowed, unlike a threshold): 10%, 0.1, 0. */
export function parseShareOrZero(text: string): Parsed<number> {
  const trimmed = text.trim();
  return trimmed === '0' || trimmed === '0%' ? ok(0) : parseShare(text);
}

/** A simulation horizon: an exact duration (10 years, 18 months, 52 weeks, 400 days) as whole days. */
export function parseHorizon(text: string): Parsed<number> {
  const duration = parseDuration(text);
  const accepted = 'a duration such as 10 years, 18 months, 52 weeks or 400 days';
  if (!duration.ok || duration.value.qualifier !== 'exact') return fail(`is not ${accepted}`);
  const whole = Math.round(duration.value.low);
  if (whole < 1) return fail(`is shorter than one day; expected ${accepted}`);
  return ok(whole);
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
