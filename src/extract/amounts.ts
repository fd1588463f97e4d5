/**
 * The amount grammar: numerals (12,000 · 12 000 · 3.8 · 12k · 4 thousand · 1.2 million), number
 * words (twelve thousand, twenty-five, a dozen), fractions (a third, two-thirds, half, one in
 * three), percentages (30%, 50 percent, 50 per cent), vague amounts (dozens, a few hundred,
 * several) and ranges of them (80 to 90, between 80 and 90, 11,000-12,000, from one-third to 50 percent).
 */
import { CHANGE_VERBS, RANGE_ADVERBS, TENS, UNITS } from './lexicon.js';
import { readFraction, readVague, readWords, VAGUE_WORDS } from './number-words.js';
import { DASHES, readDigits, type Single } from './numerals.js';
import { qualifierAfter } from './qualifiers.js';
import { LINE, NUM, WORD, type Token } from './tokens.js';
import type { FigureQualifier } from './types.js';

export interface Amount {
  /** Token indices [first, last) of the amount itself, qualifiers excluded. */
  first: number;
  last: number;
  value?: number;
  low?: number;
  high?: number;
  /** A percentage or a fraction: the value is a share of a whole (0.5 for 50 %). */
  share: boolean;
  /** A spelled fraction ("a third", "half"), which needs "of …" or a verb of loss to be a share. */
  fraction: boolean;
  vague: boolean;
  /** Four plain digits that could be a year (1800–2100). */
  yearLike: boolean;
  /** "between" or "from" opens the range: it belongs to the figure's span. */
  opener?: number;
  /** A qualifier written straight after the number: "12,000-plus", "12,000 or so". */
  after?: FigureQualifier;
}

function readSingle(tokens: Token[], i: number, ceiling: number, afterConnector = false): Single | null {
  const token = tokens[i];
  if (!token || i >= ceiling) return null;
  if (token.type === NUM) return readDigits(tokens, i, ceiling, afterConnector);
  if (token.type !== WORD) return null;
  return readFraction(tokens, i, ceiling) ?? readVague(tokens, i, ceiling) ?? readWords(tokens, i, ceiling);
}

/** The words an amount can start with: number words, "a", "an", "half", vague amounts, "large". */
const AMOUNT_STARTS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  'a',
  'an',
  'half',
  ...VAGUE_WORDS,
  'large',
]);

/** Whether `first` could start an amount: a cheap filter before the grammar runs (one set lookup a word). */
export function mayStartAmount(token: Token): boolean {
  if (token.type === NUM) return true;
  return token.type === WORD && AMOUNT_STARTS.has(token.low);
}

const isShare = (s: Single): boolean => s.form === 'percent' || s.form === 'fraction' || s.form === 'ratio';
/** Percentages become fractions: 50 % → 0.5. */
const valueOf = (s: Single): number => (s.form === 'percent' ? s.value / 100 : s.value);

/** Reads the amount that starts at token `i`, ranges included; null when none starts there. */
export function readAmount(tokens: Token[], i: number, ceiling: number): Amount | null {
  const low = readSingle(tokens, i, ceiling);
  if (!low) return null;
  if (low.form === 'vague')
    return { first: i, last: low.last, share: false, fraction: false, vague: true, yearLike: false };
  const range = readRangeEnd(tokens, i, low, ceiling);
  if (range) return range;
  const after = low.form === 'number' ? qualifierAfter(tokens, low.last, ceiling) : null;
  return {
    first: i,
    last: after?.last ?? low.last,
    value: valueOf(low),
    share: isShare(low),
    fraction: low.form === 'fraction',
    vague: false,
    yearLike: low.yearLike && !after,
    ...(after && { after: after.qualifier }),
  };
}

function readRangeEnd(tokens: Token[], i: number, low: Single, ceiling: number): Amount | null {
  const connector = tokens[low.last];
  if (!connector || low.last >= ceiling || connector.gap > LINE) return null;
  const before = tokens[i - 1]?.low;
  // "rose from 300 to 1,200", "cut 12,000 to 9,000": a change, two figures.
  if (CHANGE_VERBS.has(before ?? '') || (before === 'from' && CHANGE_VERBS.has(tokens[i - 2]?.low ?? ''))) return null;
  const word = connector.low;
  if (!(word === 'to' || DASHES.has(word) || (word === 'and' && before === 'between'))) return null;
  let k = low.last + 1;
  while (k < ceiling && RANGE_ADVERBS.has(tokens[k]!.low)) k++;
  if (k >= ceiling) return null;
  const high = readSingle(tokens, k, ceiling, true);
  if (!high || high.form === 'vague') return null;
  let lowValue = low.value;
  let lowForm = low.form;
  // "30 to 50 percent": the high end's percent sign covers the low end.
  if (high.form === 'percent' && lowForm === 'number') lowForm = 'percent';
  if (isShare(high) !== isShare({ ...low, form: lowForm })) return null;
  // "11 to 12 thousand": the high end's scale covers the low end.
  if (high.scaled > 1 && low.scaled === 1 && lowValue * high.scaled <= high.value) lowValue *= high.scaled;
  const lowShare = lowForm === 'percent' ? lowValue / 100 : lowValue;
  const highValue = valueOf(high);
  if (!(lowShare < highValue)) return null;
  const opener = before === 'between' || before === 'from' ? i - 1 : undefined;
  return {
    first: i,
    last: high.last,
    low: lowShare,
    high: highValue,
    share: isShare(high),
    fraction: false,
    vague: false,
    yearLike: low.yearLike && high.yearLike,
    ...(opener !== undefined && { opener }),
  };
}
