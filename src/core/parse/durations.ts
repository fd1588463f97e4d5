import type { Stated } from '../figures/amount.js';
import { TENS, UNITS } from '../number-words.js';
import type { Range } from '../figures/range.js';
import { DAYS_PER_UNIT, type DurationUnit, type Qualifier } from '../figures/vocabulary.js';
import { fail, ok, type Parsed } from './parsed.js';
import { parsePositive } from './numbers.js';
import { parseQualified, splitQualifier } from './qualified.js';

/** A stated duration: the bounds in days, and the amount in the unit it was given in. */
export interface StatedDuration extends Stated {
  unit: DurationUnit;
  amount: Range;
}

export const DURATION_FORMS = 'a duration such as 12 weeks, two months, 90 days or about 12 weeks';

const UNIT_NAMES: readonly [RegExp, DurationUnit][] = [
  [/^(?:d|days?)$/i, 'days'],
  [/^(?:w|wks?|weeks?)$/i, 'weeks'],
  [/^(?:mo|mos|months?)$/i, 'months'],
  [/^(?:y|yrs?|years?)$/i, 'years'],
];

function durationAmount(text: string): Parsed<number> {
  const lower = text.toLowerCase();
  const word = lower === 'a' || lower === 'an' ? 1 : (UNITS[lower] ?? TENS[lower]);
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
  if (
    qualifier !== undefined &&
    amount.value.qualifier !== 'exact' &&
    !(qualifier === 'approximately' && amount.value.qualifier === 'range')
  ) {
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

/** A simulation horizon: an exact duration (10 years, 18 months, 52 weeks, 400 days) as whole days. */
export function parseHorizon(text: string): Parsed<number> {
  const duration = parseDuration(text);
  const accepted = 'a duration such as 10 years, 18 months, 52 weeks or 400 days';
  if (!duration.ok || duration.value.qualifier !== 'exact') return fail(`is not ${accepted}`);
  const whole = Math.round(duration.value.low);
  if (whole < 1) return fail(`is shorter than one day; expected ${accepted}`);
  return ok(whole);
}
