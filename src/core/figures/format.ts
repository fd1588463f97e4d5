import type { Range } from './range.js';

/** Number formats fixed to English conventions, so output never depends on the machine's locale. */

/** "1234567" → "1,234,567": a comma before each group of three digits from the right. */
function group(digits: string): string {
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return grouped;
}

/**
 * Values this large are shown as "more than 10^15": a person reads no more digits than that, and
 * JSON keeps the full value. Every human report uses the same cap.
 */
export const LARGEST_SHOWN = 1e15;
const CAPPED = 'more than 10^15';
/** Values closer to zero than this are shown as "less than 0.000001". */
export const SMALLEST_SHOWN = 1e-6;

/** "more than 10^15" / "less than −10^15" for values past the cap; undefined for ordinary values. */
function capped(x: number): string | undefined {
  if (Number.isNaN(x)) return 'not a number';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '-∞';
  if (x >= LARGEST_SHOWN) return CAPPED;
  if (x <= -LARGEST_SHOWN) return 'less than -10^15';
  if (x !== 0 && Math.abs(x) < SMALLEST_SHOWN) return x > 0 ? 'less than 0.000001' : 'more than -0.000001';
  return undefined;
}

/** Significant digits a person reads in a value with a fraction: 214.33 → 214.3, 1,301.1 → 1,301. */
export const SIGNIFICANT_DIGITS = 4;

/**
 * Decimal places for a value: at most `decimals`, and no more than keep SIGNIFICANT_DIGITS in all;
 * below one, enough to keep two significant digits (0.0001 → 4).
 */
function placesFor(x: number, decimals: number): number {
  const size = Math.abs(x);
  if (size === 0) return 0;
  if (size < 1) return Math.min(7, Math.max(decimals, 1 - Math.floor(Math.log10(size))));
  const wholeDigits = Math.floor(Math.log10(size)) + 1;
  return Math.max(0, Math.min(decimals, SIGNIFICANT_DIGITS - wholeDigits));
}

/**
 * The one number format of every human report, for counts, rates and (through formatPercent)
 * shares: 12000 → "12,000"; 92.5 → "92.5"; 214.33 → "214.3"; 0.0001 → "0.0001". Whole numbers in
 * full; fractions to at most `decimals` places and SIGNIFICANT_DIGITS digits, trailing zeros
 * dropped; thousands grouped; never an exponent; past 10^15, "more than 10^15".
 */
export function formatNumber(x: number, decimals = 2): string {
  const cap = capped(x);
  if (cap !== undefined) return cap;
  const fixed = x.toFixed(Number.isInteger(x) ? 0 : placesFor(x, decimals));
  const [whole, fraction] = fixed.split('.');
  const trimmed = fraction?.replace(/0+$/, '');
  const sign = whole!.startsWith('-') ? '-' : '';
  const grouped = group(whole!.replace('-', ''));
  const text = `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
  return text === '-0' ? '0' : text;
}

/** A signed difference: "+59.3", "-339.3", "0"; past the cap, "more than +10^15". */
export function formatSigned(x: number, decimals = 1): string {
  const text = formatFixed(Math.abs(x), decimals);
  if (capped(x) !== undefined && Number.isFinite(x)) return x > 0 ? 'more than +10^15' : 'less than -10^15';
  if (/^[0.,]+$/.test(text)) return text;
  return `${x > 0 ? '+' : '-'}${text}`;
}

/** Both ends of an interval with the same places, chosen for the larger end: "-49.0 to 214.3". */
export function formatInterval(low: number, high: number): string {
  const places =
    Number.isInteger(low) && Number.isInteger(high) ? 0 : placesFor(Math.max(Math.abs(low), Math.abs(high)), 2);
  return `${formatFixed(low, places)} to ${formatFixed(high, places)}`;
}

/** A fixed number of places always: 130.43 → "130.4". */
export function formatFixed(x: number, decimals = 1): string {
  const cap = capped(x);
  if (cap !== undefined) return cap;
  const [whole, fraction] = x.toFixed(decimals).split('.');
  // A value that rounds to zero has no sign: "0.00", never "-0.00".
  const sign = whole!.startsWith('-') && /[1-9]/.test(`${whole}${fraction ?? ''}`) ? '-' : '';
  return `${sign}${group(whole!.replace('-', ''))}${fraction ? `.${fraction}` : ''}`;
}

/** A value and its interval with the same places, chosen for the largest of the three: ["84.1", "21.8 to 146.4"]. */
export function formatWithInterval(value: number, low: number, high: number): [string, string] {
  const places =
    Number.isInteger(value) && Number.isInteger(low) && Number.isInteger(high)
      ? 0
      : placesFor(Math.max(Math.abs(value), Math.abs(low), Math.abs(high)), 2);
  return [formatFixed(value, places), `${formatFixed(low, places)} to ${formatFixed(high, places)}`];
}

/** A share as a percentage: 0.00767 → "0.77 %"; 0.5 → "50 %". */
export function formatPercent(share: number, decimals = 2): string {
  return `${formatNumber(share * 100, decimals)} %`;
}

/** A value or a range as people write it: 12,000 or 11,000–12,000. */
export function formatAmount(value: number | Range): string {
  return typeof value === 'number' ? formatNumber(value) : `${formatNumber(value.low)}–${formatNumber(value.high)}`;
}

/** A whole number in full, grouped, without the cap: identifiers and limits such as a seed. */
export function formatWhole(x: number): string {
  return Number.isSafeInteger(x) ? `${x < 0 ? '-' : ''}${group(String(Math.abs(x)))}` : formatNumber(x);
}
