import type { Range } from './range.js';

/** Number formats fixed to English conventions, so output never depends on the machine's locale. */

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Values this large are shown as "more than 10^15": a person reads no more digits than that, and
 * JSON keeps the full value. Every human report uses the same cap.
 */
export const LARGEST_SHOWN = 1e15;
const CAPPED = 'more than 10^15';

/** "more than 10^15" / "less than −10^15" for values past the cap; undefined for ordinary values. */
function capped(x: number): string | undefined {
  if (Number.isNaN(x)) return 'not a number';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x >= LARGEST_SHOWN) return CAPPED;
  if (x <= -LARGEST_SHOWN) return `less than −10^15`;
  return undefined;
}

/** Decimal places that show at least two significant digits of a value below one (0.0001 → 4). */
function placesFor(x: number, decimals: number): number {
  const size = Math.abs(x);
  if (size === 0 || size >= 1) return decimals;
  return Math.min(20, Math.max(decimals, 1 - Math.floor(Math.log10(size))));
}

/**
 * 12000 → "12,000"; 92.5 → "92.5"; 0.0001 → "0.0001": at most `decimals` places (more below one,
 * to keep two significant digits), trailing zeros dropped, thousands grouped, never an exponent.
 */
export function formatNumber(x: number, decimals = 2): string {
  const cap = capped(x);
  if (cap !== undefined) return cap;
  const fixed = x.toFixed(placesFor(x, decimals));
  const [whole, fraction] = fixed.split('.');
  const trimmed = fraction?.replace(/0+$/, '');
  const sign = whole!.startsWith('-') ? '-' : '';
  const grouped = group(whole!.replace('-', ''));
  const text = `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
  return text === '-0' ? '0' : text;
}

/** A fixed number of places always: 130.43 → "130.4". */
export function formatFixed(x: number, decimals = 1): string {
  const cap = capped(x);
  if (cap !== undefined) return cap;
  const [whole, fraction] = x.toFixed(decimals).split('.');
  const sign = whole!.startsWith('-') ? '-' : '';
  return `${sign}${group(whole!.replace('-', ''))}${fraction ? `.${fraction}` : ''}`;
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
