/**
 * Kinds an amount's own form decides before any noun is read: not a figure (an age, a page, a
 * label's number, a time of day), a hyphenated compound ("12,000-strong", "12-week"), a duration
 * or a share.
 */
import type { Amount } from './amounts.js';
import { DETERMINERS, inDate, perTwentyFourHours, rateAt, word, type TokenWindow } from './clause.js';
import {
  AGE_WORDS,
  CASUALTY_NOUNS,
  FORCE_NOUNS,
  KILLED_NOUNS,
  LABELS,
  MILITARY,
  PAGE_WORDS,
  RATE_PERIODS,
  TIME_OF_DAY,
  TIME_UNITS,
  WOUNDED_NOUNS,
} from './lexicon.js';
import { GLUED, LINE, NUM, PUNCT, WORD } from './tokens.js';
import type { FigureKind } from './types.js';

export interface Classified {
  kind: FigureKind;
  unit: string;
  /** Token index after the figure's span: past the amount, and past "-strong" or a time unit. */
  last: number;
  /** Token index after the noun the amount counts, when it has one. */
  nounEnd?: number;
}

const FRACTION_FOLLOWERS = new Set(['of', 'the', 'their', 'its', 'his', 'her', 'our', 'them', 'those', 'these']);
/** "of whom a quarter have been killed": a fraction as the subject of its verb. */
const FRACTION_VERBS = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'died', 'perished']);

/**
 * "a third of", "half the force", "lost a third.": a spelled fraction with nothing after it that makes it an ordinal.
 */
function fractionStandsAlone(w: TokenWindow, j: number): boolean {
  if (j >= w.ceiling) return true;
  const next = w.tokens[j]!;
  return (
    FRACTION_FOLLOWERS.has(next.low) ||
    FRACTION_VERBS.has(next.low) ||
    (next.type === PUNCT && next.low !== '-') ||
    next.gap > LINE
  );
}

/** Words that may stand between a noun and "number" the verb: "the dead now number 1,500". */
const BEFORE_VERB = new Set(['now', 'already', 'still', 'reportedly', 'probably', 'likely', 'may', 'could', 'might']);
/** Nouns whose count "number" states: "casualties number about 4,500", "the dead now number 1,500". */
const NUMBERED = new Set([...CASUALTY_NOUNS, ...KILLED_NOUNS, ...WOUNDED_NOUNS, ...FORCE_NOUNS, 'toll']);

/** Whether "number" at `k` is the verb of a count, not a label ("unit number 4"). */
function numberAsVerb(w: TokenWindow, k: number): boolean {
  if (word(w, k) !== 'number' && word(w, k) !== 'numbers') return false;
  let noun = k - 1;
  while (noun > w.floor && BEFORE_VERB.has(word(w, noun))) noun--;
  // "Russia's military dead since 2022 probably number …": past the year they are counted from.
  if (/^(?:19|20)\d\d$/.test(word(w, noun)) && word(w, noun - 1) === 'since') noun -= 2;
  // "casualties in Kursk number about 600": past the place.
  const place = [noun - 1, noun - 2].find((i) => i > w.floor && word(w, i) === 'in');
  if (!NUMBERED.has(word(w, noun)) && place !== undefined) noun = place - 1;
  return noun >= w.floor && NUMBERED.has(word(w, noun));
}

/** Why an amount is not a figure at all: an age, a page, a time of day. */
/** "2025", "18.11.2025", "1 March", the day of "2025-03-01": a date's last number. */
const dayOrYearAt = (w: TokenWindow, k: number): boolean =>
  /^(?:19|20)\d\d$/.test(word(w, k)) ||
  inDate(w, k) ||
  (word(w, k - 1) === '-' && word(w, k - 3) === '-' && /^(?:19|20)\d\d$/.test(word(w, k - 4)));

export function excluded(w: TokenWindow, start: number, j: number): boolean {
  const one = word(w, start - 1);
  const two = word(w, start - 2);
  const next = word(w, j);
  if (AGE_WORDS.has(one) || (one === 'of' && AGE_WORDS.has(two))) return true;
  // "one in every 120 soldiers": the ratio's other side, not a count.
  if ((one === 'every' && two === 'in') || (one === 'in' && (two === 'one' || two === 'every'))) return true;
  if (PAGE_WORDS.has(one) || (one === '.' && PAGE_WORDS.has(two))) return true;
  // "day 1 of losses", "phase 2", "Brigade 155": a label's number, unless soldiers follow.
  if (LABELS.has(one) && !MILITARY.has(next) && !numberAsVerb(w, start - 1)) return true;
  // "a 9 : 1 ratio": neither side is a count.
  // Not a day or year before a headline's colon: "losses in 2025: about 880,000", "as of 18.11.2025: …".
  if (one === ':' && w.tokens[start - 2]?.type === NUM && !dayOrYearAt(w, start - 2)) return true;
  if (next === ':' && w.tokens[j + 1]?.type === NUM) return true;
  if (TIME_OF_DAY.has(next)) return true;
  return (next === 'p' || next === 'a') && word(w, j + 1) === '.' && word(w, j + 2) === 'm';
}

/** A compound written with a hyphen: "12,000-strong", "12-week", "300-page", "19-year-old". */
export function compound(w: TokenWindow, amount: Amount, j: number): Classified | null | undefined {
  const dash = w.tokens[j];
  const next = w.tokens[j + 1];
  if (
    !dash ||
    !next ||
    j + 1 >= w.ceiling ||
    dash.low !== '-' ||
    dash.gap !== GLUED ||
    next.gap !== GLUED ||
    next.type !== WORD
  ) {
    return undefined;
  }
  if (next.low === 'strong') return { kind: 'force', unit: 'troops', last: j + 2 };
  // "the 92-a-day rate"
  if (
    (next.low === 'a' || next.low === 'per') &&
    word(w, j + 2) === '-' &&
    RATE_PERIODS[word(w, j + 3)] &&
    !amount.vague
  ) {
    const period = RATE_PERIODS[word(w, j + 3)]!;
    return { kind: 'rate', unit: amount.share ? `share per ${period}` : `casualties per ${period}`, last: j + 4 };
  }
  const unit = TIME_UNITS[next.low];
  if (!unit || amount.share || amount.vague) return null;
  const old = word(w, j + 2) === '-' && /^olds?$/.test(word(w, j + 3));
  return old ? null : { kind: 'duration', unit, last: j + 2 };
}

export function duration(w: TokenWindow, amount: Amount, j: number): Classified | null | undefined {
  const next = w.tokens[j];
  if (!next || j >= w.ceiling || next.gap === GLUED || next.gap > LINE) return undefined;
  const unit = TIME_UNITS[next.low];
  if (!unit) return undefined;
  const after = word(w, j + 1);
  if (
    amount.vague ||
    amount.share ||
    after === 'old' ||
    after === 'ago' ||
    (after === 'of' && word(w, j + 2) === 'age')
  )
    return null;
  if (amount.last === amount.first + 1 && w.tokens[amount.first]!.low === 'one' && next.low === 'day') return null;
  // "200 men per 24 hours": the period of a rate, a day.
  if (perTwentyFourHours(w, amount.first - 1)) return null;
  return { kind: 'duration', unit, last: j + 1 };
}

/** A share, or a share a day: "0.77 % of the force a day". */
export function share(w: TokenWindow, amount: Amount, j: number): Classified | null {
  if (amount.fraction && !fractionStandsAlone(w, j)) return null;
  let k = j;
  if (word(w, k) === 'of') {
    k++;
    if (DETERMINERS.has(word(w, k))) k++;
    if (FORCE_NOUNS.has(word(w, k)) || MILITARY.has(word(w, k))) k++;
  }
  const period = rateAt(w, j) ?? rateAt(w, k);
  return period ? { kind: 'rate', unit: `share per ${period}`, last: j } : { kind: 'share', unit: 'share', last: j };
}
