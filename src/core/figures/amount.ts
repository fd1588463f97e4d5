import type { Qualifier } from './vocabulary.js';
import type { Range } from './range.js';

/** A figure as someone stated it: the qualifier and the value (low === high) or the range. */
export interface Stated {
  qualifier: Qualifier;
  low: number;
  high: number;
}

/** The values a stated figure allows: bounds open on the side its qualifier leaves open. */
export function boundsOf(stated: Stated): Range {
  switch (stated.qualifier) {
    case 'at-least':
    case 'more-than':
      return { low: stated.low, high: Infinity };
    case 'up-to':
      return { low: 0, high: stated.high };
    default:
      return { low: stated.low, high: stated.high };
  }
}

export const isPoint = (b: Range): boolean => b.low === b.high;

/** A single value, or the interval: how figures appear in results and JSON. */
export const figureOf = (b: Range): number | Range => (isPoint(b) ? b.low : { low: b.low, high: b.high });

// Interval arithmetic on figures that are zero or more; 0 × ∞ and 0 ÷ 0 count as 0.
const times = (x: number, y: number): number => (x === 0 || y === 0 ? 0 : x * y);
const over = (x: number, y: number): number => (x === 0 ? 0 : x / y);

export const add = (a: Range, b: Range): Range => ({ low: a.low + b.low, high: a.high + b.high });

/** a − b, never below zero. */
export const subtract = (a: Range, b: Range): Range => ({
  low: Math.max(0, a.low - b.high),
  high: Math.max(0, a.high - b.low),
});

export const multiply = (a: Range, b: Range): Range => ({ low: times(a.low, b.low), high: times(a.high, b.high) });

export const divide = (a: Range, b: Range): Range => ({ low: over(a.low, b.high), high: over(a.high, b.low) });
