/**
 * An interval of values, as figures and ranges typed by users take them. `high` is Infinity for an
 * open upper end such as "at least 100"; a single value has low === high.
 */
export interface Range {
  low: number;
  high: number;
}

/** The low end of a value or a range (a single value is both ends). */
export const lowOf = (value: number | Range): number => (typeof value === 'number' ? value : value.low);
export const highOf = (value: number | Range): number => (typeof value === 'number' ? value : value.high);
/** The middle of a range: the central case. */
export const midpointOf = (value: number | Range): number =>
  typeof value === 'number' ? value : (value.low + value.high) / 2;
/** A value as the range it is both ends of; a range as it is. */
export const asRange = (value: number | Range): Range =>
  typeof value === 'number' ? { low: value, high: value } : value;
