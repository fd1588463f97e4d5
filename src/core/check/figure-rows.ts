import { boundsOf, divide, figureOf, multiply, type Stated } from '../figures/amount.js';
import { boundsText, statedText, type FigureUnit } from '../figures/figure-text.js';
import { formatNumber } from '../figures/format.js';
import { WOUNDED_TO_KILLED } from './history.js';
import type { Range } from '../figures/range.js';
import type { StatedDuration } from '../parse/durations.js';
import { compare, type CheckRow } from './check-rows.js';

/**
 * Rows that set one figure against another: a share against its parts, a rate from a share lost, a figure against a
 * reference, wounded per killed.
 */

/** A stated share against the share its parts give: part ÷ whole. */
export function shareRow(input: {
  id: string;
  tolerance: number;
  title: string;
  part: Stated;
  partText: string;
  whole: Stated;
  wholeText: string;
  share: Stated;
}): CheckRow {
  const computed = divide(boundsOf(input.part), boundsOf(input.whole));
  const { phrase, ...verdict } = compare(computed, input.share, input.tolerance);
  return {
    id: input.id,
    ...verdict,
    explanation:
      `${input.partText} of ${input.wholeText} is ${boundsText(computed, 'share')}, against the ` +
      `stated ${statedText(input.share, 'share')}: ${phrase}.`,
    title: input.title,
    unit: 'share',
    qualifier: input.share.qualifier,
    stated: statedText(input.share, 'share'),
    arithmetic:
      `${statedText(input.part, 'casualties', 0)} ÷ ${statedText(input.whole, 'troops', 0)} ` +
      `= ${boundsText(computed, 'share')}`,
  };
}

/** The rate a share of the force lost over a duration implies, against a stated rate. */
export function rateFromShareRow(input: {
  id: string;
  tolerance: number;
  share: Stated;
  force: Stated;
  duration: StatedDuration;
  durationText: string;
  rate: Stated;
}): CheckRow {
  const lost = multiply(boundsOf(input.share), boundsOf(input.force));
  const days = boundsOf(input.duration);
  const implied = divide(lost, days);
  const atRate = multiply(boundsOf(input.rate), days);
  const { phrase, ...verdict } = compare(implied, input.rate, input.tolerance);
  return {
    id: input.id,
    ...verdict,
    explanation:
      `${statedText(input.share, 'share')} of ${statedText(input.force, 'troops', 0)} lost in ${input.durationText} ` +
      `(${boundsText(days, 'days')}, a month counted as 30.44 days) implies ${boundsText(implied, 'per-day')}, ` +
      `against the stated ${statedText(input.rate, 'per-day')}: ${phrase}. ` +
      `At the stated rate that span would ` +
      `cost ${boundsText(atRate, 'casualties', 0)},` +
      ` ${boundsText(divide(atRate, boundsOf(input.force)), 'share', 0)} of the force.`,
    title: 'rate implied by a share lost over a duration',
    unit: 'per-day',
    qualifier: input.rate.qualifier,
    stated: statedText(input.rate, 'per-day'),
    arithmetic:
      `${boundsText(boundsOf(input.share), 'share')} × ${statedText(input.force, 'troops', 0)} ` +
      `= ${boundsText(lost, 'casualties', 0)} ÷ ${boundsText(days, 'days')} = ${boundsText(implied, 'per-day')}`,
  };
}

/** One stated figure against another of the same kind, such as a force size against the baseline's. */
export function figureRow(input: {
  id: string;
  tolerance: number;
  title: string;
  unit: FigureUnit;
  claimed: Stated;
  reference: Stated;
  referenceText: string;
}): CheckRow {
  const claimed = boundsOf(input.claimed);
  const { phrase, ...verdict } = compare(claimed, input.reference, input.tolerance);
  const decimals = input.unit === 'per-day' ? 1 : 0;
  return {
    id: input.id,
    ...verdict,
    explanation: `${statedText(input.claimed, input.unit, decimals)} against ${input.referenceText}: ${phrase}.`,
    title: input.title,
    unit: input.unit,
    qualifier: input.reference.qualifier,
    stated: statedText(input.reference, input.unit, decimals),
    arithmetic:
      `${statedText(input.claimed, input.unit, decimals)} ` +
      `against ${statedText(input.reference, input.unit, decimals)}`,
  };
}

/** Wounded per killed, set beside past wars: context, not a verdict. */
export function woundedToKilledRow(input: {
  id: string;
  killed: Range;
  wounded: Range;
  arithmetic: string;
  note?: string;
}): CheckRow {
  const ratio = divide(input.wounded, input.killed);
  const central = Number.isFinite(ratio.high) ? (ratio.low + ratio.high) / 2 : ratio.low;
  const above = WOUNDED_TO_KILLED.filter((h) => central > h.ratio).map((h) => h.war);
  const below = WOUNDED_TO_KILLED.filter((h) => central < h.ratio).map((h) => h.war);
  const history = WOUNDED_TO_KILLED.map((h) => `${h.war} about ${formatNumber(h.ratio, 1)} : 1`).join(', ');
  const list = (wars: string[]) => (wars.length > 1 ? `${wars.slice(0, -1).join(', ')} and ${wars.at(-1)}` : wars[0]);
  const standing = [above.length ? `above ${list(above)}` : '', below.length ? `below ${list(below)}` : '']
    .filter(Boolean)
    .join(', ');
  return {
    id: input.id,
    verdict: 'context',
    value: figureOf(ratio),
    expected: null,
    deviation: null,
    explanation:
      `${ratioText(ratio)} wounded to killed${standing ? ` is ${standing}` : ''} ` +
      `(${history}).${input.note ? ` ${input.note}` : ''}`,
    title: 'wounded to killed, against history',
    unit: 'ratio',
    qualifier: null,
    stated: '',
    arithmetic: input.arithmetic,
  };
}

export const ratioText = (ratio: Range): string => `${boundsText(ratio, 'ratio')} : 1`;
