import { dayFromParts, type Day } from '../../src/core/dates.js';

/**
 * The day number of a calendar date, written as ISO (`day('2024-12-06')`) or as its parts
 * (`day(2024, 12, 6)`). Throws on anything that is not a real date, so a typo fails the test.
 */
export function day(iso: string): Day;
export function day(year: number, month: number, dayOfMonth: number): Day;
export function day(first: string | number, month?: number, dayOfMonth?: number): Day {
  const parts =
    typeof first === 'string'
      ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(first)?.slice(1).map(Number)
      : [first, month, dayOfMonth];
  const found = parts && dayFromParts(parts[0]!, parts[1]!, parts[2]!);
  if (found === undefined || found === null)
    throw new Error(`not a calendar date: ${[first, month, dayOfMonth].filter((p) => p !== undefined).join('-')}`);
  return found;
}
