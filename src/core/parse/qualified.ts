import type { Stated } from '../figures/amount.js';
import type { Qualifier } from '../figures/vocabulary.js';
import { fail, ok, type Parsed } from './parsed.js';
import { parseRangeOf } from './ranges.js';

export const QUALIFIED_FORMS = 'about 92 or LOW..HIGH';

// Symbols need no space after them; words do, so "over" never eats the start of a number.
const QUALIFIER_PREFIXES: readonly [RegExp, Qualifier][] = [
  [/^(?:(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than)\s+|>=\s*|≥\s*)/i, 'at-least'],
  [/^(?:(?:more\s+than|over|above)\s+|>\s*)/i, 'more-than'],
  [/^(?:(?:up\s+to|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|under)\s+|<=\s*|≤\s*|<\s*)/i, 'up-to'],
  [/^(?:(?:about|approximately|approx\.?|around|roughly|nearly|almost|some|ca\.|c\.)\s+|~\s*)/i, 'approximately'],
];

/** Splits "at least 100" into its qualifier and the rest; "100+" is at least 100. */
export function splitQualifier(text: string): { qualifier?: Qualifier; rest: string } {
  const trimmed = text.trim();
  // Every qualifier starts with a word or a sign: a figure starting with a digit is tried against
  // none of them (each pattern costs its compiling on first use, on every run).
  const code = trimmed.charCodeAt(0);
  const prefixes = code >= 0x30 && code <= 0x39 ? [] : QUALIFIER_PREFIXES;
  for (const [pattern, qualifier] of prefixes) {
    const match = pattern.exec(trimmed);
    if (match) return { qualifier, rest: trimmed.slice(match[0].length).trim() };
  }
  if (/\d\s*\+$/.test(trimmed)) return { qualifier: 'at-least', rest: trimmed.slice(0, -1).trim() };
  return { rest: trimmed };
}

/** A figure as stated: 3800, about 12,000, at least 100, 100+, more than 10k, up to 1000, 80..90. */
export function parseQualified(text: string, single: (t: string) => Parsed<number>): Parsed<Stated> {
  const { qualifier, rest } = splitQualifier(text);
  const parsed = parseRangeOf(rest, single);
  // A figure that is not a number is told the other forms too; a number out of bounds is not.
  if (!parsed.ok) return parsed.problem.startsWith('is not ') ? fail(`${parsed.problem}, ${QUALIFIED_FORMS}`) : parsed;
  if (typeof parsed.value === 'number') {
    return ok({ qualifier: qualifier ?? 'exact', low: parsed.value, high: parsed.value });
  }
  if (qualifier !== undefined && qualifier !== 'approximately') {
    return fail(`is a range with a bound; write LOW..HIGH or at least ${rest.split('..')[0]}`);
  }
  return ok({ qualifier: 'range', ...parsed.value });
}
