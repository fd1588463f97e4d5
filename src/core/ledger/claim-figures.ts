import type { Stated } from '../figures/amount.js';
import type { Window } from '../dates.js';
import { statedText, type FigureUnit } from '../figures/figure-text.js';
import { DAYS_PER_UNIT } from '../figures/vocabulary.js';
import type { Claim, DateClaim, NumericClaim } from './ledger.js';
import { parseWindow } from '../parse/periods.js';
import type { StatedDuration } from '../parse/durations.js';

/** Ledger claims as figures the checks can use, and as short text for tables and reports. */

export const isDateClaim = (claim: Claim): claim is DateClaim => claim.kind === 'date';

/** The stated figure of a numeric claim. */
export function statedOf(claim: NumericClaim): Stated {
  const low = claim.value ?? claim.low ?? 0;
  const high = claim.value ?? claim.high ?? low;
  return { qualifier: claim.qualifier, low, high };
}

/** The days a date or period written in a ledger covers (the ledger was validated, so it parses). */
export function windowOfText(text: string): Window {
  const parsed = parseWindow(text);
  if (!parsed.ok) throw new Error(`unreadable date in a validated ledger: ${text}`);
  return parsed.value;
}

/** The days a date claim covers: its day or period, or the span from low to high. */
export function windowOfClaim(claim: DateClaim): Window {
  if (claim.value !== undefined) return windowOfText(claim.value);
  return { first: windowOfText(claim.low!).first, last: windowOfText(claim.high!).last };
}

/** A duration claim in days, keeping the unit it was stated in. */
export function durationOf(claim: Extract<Claim, { kind: 'duration' }>): StatedDuration {
  const stated = statedOf(claim);
  const perUnit = DAYS_PER_UNIT[claim.unit];
  return {
    ...stated,
    low: stated.low * perUnit,
    high: stated.high * perUnit,
    unit: claim.unit,
    amount: { low: stated.low, high: stated.high },
  };
}

const UNIT_OF_KIND: Record<NumericClaim['kind'], FigureUnit> = {
  force: 'troops',
  casualties: 'casualties',
  killed: 'casualties',
  wounded: 'casualties',
  rate: 'per-day',
  share: 'share',
  duration: 'days',
};

export const unitOfClaim = (claim: NumericClaim): FigureUnit => UNIT_OF_KIND[claim.kind];

/** "about 12,000" · "80–90 a day" · "more than 33.3 % of the force" · "about 12 weeks" · "mid-April 2025". */
export function claimFigureText(claim: Claim): string {
  if (isDateClaim(claim)) {
    return claim.value !== undefined ? claim.value : `${claim.low} to ${claim.high}`;
  }
  if (claim.kind === 'duration') {
    const text = statedText(statedOf(claim), 'casualties', 1);
    const singular = claim.value === 1 ? claim.unit.slice(0, -1) : claim.unit;
    return `${text} ${singular}`;
  }
  const decimals = claim.kind === 'share' ? 1 : claim.kind === 'rate' ? 1 : 0;
  const text = statedText(statedOf(claim), unitOfClaim(claim), decimals);
  return claim.kind === 'share' ? `${text} of the ${claim.of}` : text;
}

/** The date or period a claim refers to: "as of 2025-01-13", "since 2024-12-06 through 2025-01-16". */
export function claimWhenText(claim: Claim): string {
  const parts: string[] = [];
  if (claim.since !== undefined) parts.push(`since ${claim.since}`);
  if (claim.asOf !== undefined) parts.push(claim.since !== undefined ? `through ${claim.asOf}` : `as of ${claim.asOf}`);
  if (parts.length === 0 && claim.stated !== undefined) parts.push(`stated ${claim.stated}`);
  return parts.join(' ');
}
