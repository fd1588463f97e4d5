import type { Stated } from './amount.js';
import type { Range } from './range.js';
import { fuzzyLabel, isoDate, LAST_DAY, type Day, type Window } from '../dates.js';
import { formatNumber, formatPercent, formatSigned } from './format.js';

/** How check results write figures in their arithmetic and explanations: English, locale-free. */

export type FigureUnit = 'troops' | 'casualties' | 'per-day' | 'share' | 'days' | 'date' | 'ratio';

const FRACTIONS: readonly [number, string][] = [
  [1 / 3, 'a third'],
  [2 / 3, 'two thirds'],
];

function plain(x: number, unit: FigureUnit, decimals: number): string {
  if (unit === 'share') {
    const fraction = FRACTIONS.find(([value]) => Math.abs(x - value) < 1e-6);
    return fraction ? `${fraction[1]} (${formatPercent(x, decimals)})` : formatPercent(x, decimals);
  }
  return formatNumber(x, decimals);
}

const SUFFIX: Partial<Record<FigureUnit, string>> = { 'per-day': ' a day', days: ' days' };

/** 3,800 · 105.6–140.7 a day · at least 73.3 a day · up to 1,000 · 33.3 % */
export function boundsText(b: Range, unit: FigureUnit, decimals = 1): string {
  const suffix = SUFFIX[unit] ?? '';
  if (b.low === b.high) return `${plain(b.low, unit, decimals)}${suffix}`;
  if (!Number.isFinite(b.high)) return `at least ${plain(b.low, unit, decimals)}${suffix}`;
  if (b.low === 0 && unit !== 'share') return `up to ${plain(b.high, unit, decimals)}${suffix}`;
  if (unit === 'share') return `${formatNumber(b.low * 100, decimals)}–${formatPercent(b.high, decimals)}`;
  return `${plain(b.low, unit, decimals)}–${plain(b.high, unit, decimals)}${suffix}`;
}

const QUALIFIER_WORDS = {
  exact: '',
  approximately: 'about ',
  'at-least': 'at least ',
  'more-than': 'more than ',
  'up-to': 'up to ',
  range: '',
} as const;

/** The figure as it was stated: about 92 a day, at least 100, more than 33.3 %, 80–90 a day. */
export function statedText(stated: Stated, unit: FigureUnit, decimals = 1): string {
  if (stated.qualifier === 'range') return boundsText({ low: stated.low, high: stated.high }, unit, decimals);
  return `${QUALIFIER_WORDS[stated.qualifier]}${boundsText({ low: stated.low, high: stated.low }, unit, decimals)}`;
}

/** +1.6 % · -16.4 % · 0 % */
export function deviationText(deviation: number): string {
  if (!Number.isFinite(deviation)) return deviation > 0 ? '+∞' : '-∞';
  return `${formatSigned(deviation * 100, 1).replace(/\.0$/, '')} %`;
}

export const dayText = (day: Day): string =>
  Number.isFinite(day) && day <= LAST_DAY ? isoDate(day) : 'after 9999-12-31';

/** 2025-04-15 (mid-April 2025) · 2025-02-28 to 2025-03-29 */
export function dayWindowText(window: Window, withLabel = true): string {
  if (window.first === window.last) {
    return withLabel && window.first <= LAST_DAY
      ? `${dayText(window.first)} (${fuzzyLabel(window.first)})`
      : dayText(window.first);
  }
  if (window.first === -Infinity) return `on or before ${dayText(window.last)}`;
  if (!Number.isFinite(window.last) || window.last > LAST_DAY) return `${dayText(window.first)} or later`;
  return `${dayText(window.first)} to ${dayText(window.last)}`;
}

/** A period as written in a claim, or its days: "mid-April 2025 (2025-04-11 to 2025-04-20)". */
export function periodText(label: string, window: Window): string {
  const days =
    window.first === window.last ? isoDate(window.first) : `${isoDate(window.first)} to ${isoDate(window.last)}`;
  return label === days ? days : `${label} (${days})`;
}

/** 84 days = 12 weeks; 60.9 days = 2 months. */
export const weeksText = (days: number): string => `${formatNumber(days / 7, 1)} weeks`;
