import type { LossKind } from '../core/figures/vocabulary.js';
/**
 * What the words around a count say about it, in bounded windows of its sentence: the noun it
 * counts and a rate after it. The words before a count are read in clause-before.ts, the clause
 * after it in clause-after.ts.
 */
import {
  CASUALTY_NOUNS,
  KILLED_NOUNS,
  KILLED_VERBS,
  MILITARY,
  MODIFIERS,
  MONTH_WORDS,
  PEOPLE,
  RATE_ADVERBS,
  RATE_ARTICLES,
  RATE_NOUNS,
  RATE_PERIODS,
  WOUNDED_NOUNS,
  WOUNDED_VERBS,
} from './lexicon.js';
import { isDottedDay } from './iso-dates.js';
import { GLUED, LINE, NUM, PUNCT, WORD, type Token } from './tokens.js';

export type NounCategory = LossKind | 'military' | 'people';

export interface TokenWindow {
  tokens: Token[];
  /** The sentence's tokens: [floor, ceiling). */
  floor: number;
  ceiling: number;
}

export const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those', 'a', 'an']);
export const JOINERS = new Set(['and', 'or', '/', '&', '+']);
export const CLAUSE_ENDS = new Set([';', ':', '.', '!', '?', '(', ')', '—']);
/** "a week earlier": a point in time, not a rate. */
const RELATIVE_TIME = new Set(['earlier', 'later', 'ago', 'before', 'after', 'previously', 'prior', 'back']);

export const word = (w: TokenWindow, k: number): string => (k >= w.floor && k < w.ceiling ? w.tokens[k]!.low : '');

export function nounCategory(low: string): NounCategory | null {
  if (MILITARY.has(low)) return 'military';
  if (CASUALTY_NOUNS.has(low)) return 'casualties';
  if (KILLED_NOUNS.has(low)) return 'killed';
  if (WOUNDED_NOUNS.has(low)) return 'wounded';
  if (PEOPLE.has(low)) return 'people';
  return null;
}

export const isKilledWord = (low: string): boolean => KILLED_VERBS.has(low) || KILLED_NOUNS.has(low);
export const isWoundedWord = (low: string): boolean => WOUNDED_VERBS.has(low) || WOUNDED_NOUNS.has(low);

/** "killed or wounded", "dead and injured", "wounded/killed": both at once are casualties. */
export function lossAt(w: TokenWindow, k: number): { loss: LossKind; last: number } | null {
  const first = word(w, k);
  const killed = isKilledWord(first);
  const wounded = isWoundedWord(first);
  if (!killed && !wounded) return null;
  if (JOINERS.has(word(w, k + 1))) {
    const second = word(w, k + 2);
    if ((killed && isWoundedWord(second)) || (wounded && isKilledWord(second)))
      return { loss: 'casualties', last: listEnd(w, k + 3) };
  }
  // "killed, wounded or captured": a list that names both is casualties.
  if (word(w, k + 1) === ',') {
    const second = word(w, k + 2);
    if ((killed && isWoundedWord(second)) || (wounded && isKilledWord(second)))
      return { loss: 'casualties', last: listEnd(w, k + 3) };
  }
  return { loss: killed ? 'killed' : 'wounded', last: k + 1 };
}

const OTHER_LOSSES = new Set(['captured', 'missing', 'injured', 'wounded', 'killed', 'dead']);

/** Past the rest of a list of losses: "killed, wounded[, or captured]", "killed or wounded and missing". */
function listEnd(w: TokenWindow, k: number): number {
  let end = k;
  for (;;) {
    let next = end;
    if (word(w, next) === ',') next++;
    if (JOINERS.has(word(w, next))) next++;
    if (next === end || !OTHER_LOSSES.has(word(w, next))) return end;
    end = next + 1;
  }
}

export interface Noun {
  index: number;
  category: NounCategory;
  /** After the noun, and after "or wounded" when it pairs. */
  end: number;
  /** "92 daily casualties" */
  period?: string;
}

/** The noun an amount counts: "12,000 North Korean soldiers", "dozens of soldiers", "2,700 wounded". */
export function headNoun(w: TokenWindow, j: number): Noun | null {
  let k = j;
  let period: string | undefined;
  if (word(w, k) === 'of') {
    k++;
    if (DETERMINERS.has(word(w, k))) k++;
  }
  for (let skipped = 0; k < w.ceiling && skipped <= 4; k++) {
    const token = w.tokens[k]!;
    if (token.gap > LINE) return null;
    const category = nounCategory(token.low) ?? (isDemonym(w, k) ? 'people' : null);
    if (category) {
      const loss = category === 'killed' || category === 'wounded' ? lossAt(w, k) : null;
      return { index: k, category: loss?.loss ?? category, end: loss?.last ?? k + 1, ...(period && { period }) };
    }
    if (RATE_ADVERBS[token.low]) period = RATE_ADVERBS[token.low];
    else if (token.low === '-' && token.gap === GLUED) continue;
    // "Russian and Ukrainian soldiers"
    else if (token.low === 'and' && k > j && w.tokens[k + 1]?.cap === true) continue;
    else if (token.type !== WORD || !(token.cap || MODIFIERS.has(token.low))) return null;
    skipped++;
  }
  return null;
}

/** "3,000 North Koreans", "300 Russians": a capitalised plural that ends a run of capitalised words. */
function isDemonym(w: TokenWindow, k: number): boolean {
  const token = w.tokens[k]!;
  const next = w.tokens[k + 1];
  return (
    token.cap &&
    token.low.length > 3 &&
    token.low.endsWith('s') &&
    !token.low.endsWith('ss') &&
    // "Pyongyang's soldiers": a possessive, not a people.
    !/['’]s$/.test(token.low) &&
    !(next?.cap && next.gap !== GLUED && k + 1 < w.ceiling)
  );
}

/** "per 24 hours", "every 24 hours" at `k`: a day, as the period of a rate. */
export const perTwentyFourHours = (w: TokenWindow, k: number): boolean =>
  (word(w, k) === 'per' || word(w, k) === 'every' || word(w, k) === 'each') &&
  word(w, k + 1) === '24' &&
  word(w, k + 2) === 'hours';

/** "a day", "per day", "each week", "daily", "/day", "a day on average". */
export function rateAt(w: TokenWindow, k: number): string | null {
  if (word(w, k) === 'on' && word(w, k + 1) === 'average') k += 2;
  // "almost 1,000 for every day since the invasion began"
  if (word(w, k) === 'for' && (word(w, k + 1) === 'every' || word(w, k + 1) === 'each')) k++;
  const first = word(w, k);
  if (RATE_ADVERBS[first]) return RATE_ADVERBS[first]!;
  // "up to 200 men per 24 hours"; "~1.6K/d" in notes.
  if (perTwentyFourHours(w, k)) return 'day';
  if (first === '/' && word(w, k + 1) === 'd') return 'day';
  // "1580 p/d", as posts write per day.
  if (first === 'p' && word(w, k + 1) === '/' && word(w, k + 2) === 'd') return 'day';
  if (RATE_ARTICLES.has(first) && !RELATIVE_TIME.has(word(w, k + 2))) return RATE_PERIODS[word(w, k + 1)] ?? null;
  return null;
}

/** "the daily casualty rate could reach 92": "daily" before a rate noun, earlier in the clause. */
export function dailyBefore(w: TokenWindow, start: number): string | null {
  for (let k = start - 1, steps = 0; k >= w.floor && steps < 7; k--, steps++) {
    const token = w.tokens[k]!;
    if (token.type === NUM || (token.type === PUNCT && token.low !== '-')) return null;
    // "the monthly toll … above 40,000" is a month's, "daily losses of 1,500" a day's.
    if (RATE_ADVERBS[token.low] && (RATE_NOUNS.has(word(w, k + 1)) || RATE_NOUNS.has(word(w, k + 2))))
      return RATE_ADVERBS[token.low]!;
  }
  return null;
}

export type Behind = LossKind | 'force' | 'rate';

/** A number next to a month name is a day of a date, not another count. */
const YEAR_BEFORE = new Set(['in', 'since', 'during', 'until', 'through', 'throughout', 'of']);
const isYear = (low: string): boolean => /^(?:19|20)\d\d$/.test(low);

export const inDate = (w: TokenWindow, k: number): boolean =>
  [k - 2, k - 1, k + 1, k + 2].some((i) => MONTH_WORDS.has(word(w, i))) ||
  // "January 12, 2025", "Feb. 24, 2022": a year after the day and its comma.
  (word(w, k - 1) === ',' &&
    (MONTH_WORDS.has(word(w, k - 3)) || (word(w, k - 3) === '.' && MONTH_WORDS.has(word(w, k - 4)))) &&
    isYear(word(w, k))) ||
  isDottedDay(word(w, k)) ||
  // "in 2024", "since 2022": a year after a word of time.
  (isYear(word(w, k)) && YEAR_BEFORE.has(word(w, k - 1)));
