import { fail, ok, type Parsed } from './parsed.js';

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
