import type { Range } from './range.js';

/** Number formats fixed to English conventions, so output never depends on the machine's locale. */

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 12000 → "12,000"; 92.5 → "92.5"; at most `decimals` places, trailing zeros dropped. */
export function formatNumber(x: number, decimals = 2): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return String(x);
  const fixed = x.toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const trimmed = fraction?.replace(/0+$/, '');
  const sign = whole!.startsWith('-') ? '-' : '';
  const grouped = group(whole!.replace('-', ''));
  const text = `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
  return text === '-0' ? '0' : text;
}

/** One decimal place always: 130.43 → "130.4". */
export function formatFixed(x: number, decimals = 1): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return String(x);
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
