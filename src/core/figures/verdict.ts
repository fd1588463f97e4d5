import type { Range } from './range.js';

/** The fixed scale every check answers on. */
export const VERDICTS = ['consistent', 'tension', 'inconsistent'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Tension reaches this many times the tolerance; beyond it a figure is inconsistent. */
export const TENSION_FACTOR = 2.5;

export const DEFAULT_TOLERANCE = 0.1;

/**
 * How far a computed figure lies from the stated one, relative to the stated one:
 * (computed − stated) ÷ stated, measured to the nearest end of each interval. Zero when the
 * intervals meet, so a figure that satisfies a bound ("at least 100") deviates by nothing.
 */
export function deviation(computed: Range, stated: Range): number {
  if (computed.low > stated.high) return relative(computed.low, stated.high);
  if (computed.high < stated.low) return relative(computed.high, stated.low);
  return 0;
}

function relative(value: number, reference: number): number {
  if (reference === 0) return value > 0 ? Infinity : -Infinity;
  return (value - reference) / reference;
}

// Deviations such as 0.10000000000000009 sit exactly at a boundary in decimal arithmetic.
const EPSILON = 1e-9;

/** consistent within the tolerance, tension within 2.5 × the tolerance, inconsistent beyond. */
export function verdictOf(deviationValue: number, tolerance: number): Verdict {
  const size = Math.abs(deviationValue);
  if (size <= tolerance * (1 + EPSILON)) return 'consistent';
  if (size <= TENSION_FACTOR * tolerance * (1 + EPSILON)) return 'tension';
  return 'inconsistent';
}

/** The worst verdict among several; consistent when there are none. */
export function overallVerdict(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('inconsistent')) return 'inconsistent';
  return verdicts.includes('tension') ? 'tension' : 'consistent';
}
