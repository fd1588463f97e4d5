// The days cell of a CSV sweep: days rounded to a millionth of a day (0.0864 s), which is finer
// than any date or rate it comes from, without trailing zeros: 130.434783, 137.5, 150 (the digits
// of Number#toFixed(6), trimmed). JSON,
// ndjson and the library keep every digit. A sweep writes millions of these, so the cell is
// written as bytes from integers, never through Number#toString of a 17-digit double.
import { copyAscii } from './sweep-bytes.js';

const MILLIONTHS = 1e6;
const DECIMALS = 6;
const ZERO = 48;
const POINT = 46;

/** The days rounded to a millionth, as text: what writeMillionths writes. */
export function millionthsText(days: number): string {
  const bytes = new Uint8Array(40);
  return String.fromCharCode(...bytes.subarray(0, writeMillionths(Float64Array.of(days), 0, bytes, 0)));
}

/**
 * Writes `days[row]` rounded to a millionth into `target` from `at`, as ASCII; returns where it
 * ends. It takes the array and the row, not the number: a double passed to a function that is
 * not inlined is boxed, one allocation per row.
 */
export function writeMillionths(days: Float64Array, row: number, target: Uint8Array, at: number): number {
  const value = days[row]!;
  // The whole days and the millionths apart (value − whole is exact), both small integers.
  let whole = Math.floor(value);
  const product = (value - whole) * MILLIONTHS;
  let fraction = Math.round(product);
  // Days run to a few million at most (a date before 9999-12-31): anything else is written whole.
  if (!(whole >= 0 && whole < 2 ** 31)) return copyAscii(String(value), target, at);
  // Within a hair of half a millionth the product's own rounding could tip it: toFixed rounds exactly.
  if (Math.abs(product - fraction) > 0.4999)
    return copyAscii(value.toFixed(DECIMALS).replace(/\.?0+$/, ''), target, at);
  if (fraction === MILLIONTHS) {
    whole++;
    fraction = 0;
  }
  const end = writeWhole(whole, target, at);
  if (fraction === 0) return end;
  let digits = DECIMALS;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits--;
  }
  target[end] = POINT;
  for (let i = end + digits; i > end; i--) {
    const rest = (fraction / 10) | 0;
    target[i] = ZERO + fraction - rest * 10;
    fraction = rest;
  }
  return end + 1 + digits;
}

/** A whole number below 2^31 in decimal digits. */
function writeWhole(value: number, target: Uint8Array, at: number): number {
  let digits = 1;
  for (let power = 10; power <= value; power *= 10) digits++;
  let rest = value;
  for (let i = at + digits - 1; i >= at; i--) {
    const next = (rest / 10) | 0;
    target[i] = ZERO + rest - next * 10;
    rest = next;
  }
  return at + digits;
}
