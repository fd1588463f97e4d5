import { fail, ok, type Parsed } from './parsed.js';

export const AMOUNT_FORMS = 'a number such as 12000, 12k or 1.2e4';

/**
 * The digits forms the text grammar reads too (extract, a claim as text): thousands grouped by commas or by spaces
 * (a plain, no-break or narrow no-break space), never both; a decimal point; an exponent; a suffix k, m, mn or bn
 * straight after the digits, or a scale word after a space (4 thousand, 1.1 million).
 */
const NUMBER_PATTERN = new RegExp(
  String.raw`^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d*)(\.\d+)?(?:e([+-]?\d+))?` +
    String.raw`(?:\s*(k|m|mn|bn)|\s+(hundred|thousand|million|billion))?$`,
);
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
};

/** Reads 12000, 12,000, 12 000, 12k, 1.2M, 1.1 million, 1.2e4 (and 0.5, 7.5e-1); no sign rules applied yet. */
export function parseNumber(text: string): Parsed<number> {
  const written = text.trim().toLowerCase();
  const plain = plainDigits(written);
  return plain === undefined ? numberByPattern(written) : ok(plain);
}

/** What NUMBER_PATTERN reads in trimmed lower-case text: every form, plain digits included. */
export function numberByPattern(written: string): Parsed<number> {
  const match = NUMBER_PATTERN.exec(written);
  if (!match || (match[2] === '' && match[3] === undefined)) return fail(`is not ${AMOUNT_FORMS}`);
  const [, sign, whole, fraction = '', exponent, suffix, scale] = match;
  const digits = whole!.replace(/[,\s]/g, '') || '0';
  const mantissa = Number(`${sign}${digits}${fraction}${exponent ? `e${exponent}` : ''}`);
  const multiplier = suffix ?? scale;
  const value = multiplier ? mantissa * MULTIPLIERS[multiplier.toLowerCase()]! : mantissa;
  if (!Number.isFinite(value)) return fail('is too large to be a number');
  return ok(value);
}

/**
 * The value of plain digits, or of digits grouped by commas (92, 12000, 12,000): most numbers, read
 * as NUMBER_PATTERN reads them but without it, which costs to compile on every run. Undefined for
 * any other form, and for digits too many for a finite number, which the pattern reads.
 */
function plainDigits(written: string): number | undefined {
  const n = written.length;
  if (n === 0) return undefined;
  let commas = 0;
  // Digits since the start or the last comma.
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = written.charCodeAt(i);
    if (c >= 48 && c <= 57) run++;
    else if (c === 44 && run >= 1 && (commas === 0 ? run <= 3 : run === 3)) {
      commas++;
      run = 0;
    } else return undefined;
  }
  if (commas > 0 && run !== 3) return undefined;
  const value = Number(commas > 0 ? written.replaceAll(',', '') : written);
  return Number.isFinite(value) ? value : undefined;
}

/** A number above zero, such as a force size or a daily rate. */
export function parsePositive(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.value <= 0) return fail('must be above zero');
  return parsed;
}

/** A count of zero or more, such as casualties so far. */
export function parseCount(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return fail('must not be negative');
  return parsed;
}
