import { parseNumber } from '../parse/numbers.js';
import { fail, ok, type Parsed } from '../parse/parsed.js';
import { coefficientProblem, COEFFICIENT_FORMS } from './duel.js';

/** A Lanchester coefficient: 0.0544, 5.44e-2; 0 or more. */
export function parseCoefficient(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return fail(`is not ${COEFFICIENT_FORMS}`);
  const problem = coefficientProblem(parsed.value);
  return problem === null ? parsed : fail(problem);
}

/** The two sides' names, "US,Japan": two names, each non-empty. */
export function parseNames(text: string): Parsed<{ x: string; y: string }> {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 2 || parts.some((p) => p === ''))
    return fail('is not two names separated by a comma, such as US,Japan');
  return ok({ x: parts[0]!, y: parts[1]! });
}

/** Days to simulate: a whole number from 1 to 36,500. */
export function parseDuelDays(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok || !Number.isInteger(parsed.value) || parsed.value < 1 || parsed.value > 36_500) {
    return fail('is not a whole number of days from 1 to 36,500');
  }
  return parsed;
}

/** A number of troops, 0 or more. */
export function parseTroops(text: string): Parsed<number> {
  const parsed = parseNumber(text);
  if (!parsed.ok) return parsed;
  return parsed.value < 0 ? fail('must not be negative; expected a number of troops such as 21500') : parsed;
}
