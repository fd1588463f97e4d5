/**
 * The amount grammar: numerals (12,000 · 12 000 · 3.8 · 12k · 4 thousand · 1.2 million), number
 * words (twelve thousand, twenty-five, a dozen), fractions (a third, two-thirds, half, one in
 * three), percentages (30%, 50 percent, 50 per cent), vague amounts (dozens, a few hundred,
 * several) and ranges of them (80 to 90, between 80 and 90, 11,000-12,000, from one-third to 50 percent).
 */
import { parseNumber } from '../core/parse/index.js';
import {
  CHANGE_VERBS,
  DENOMINATORS,
  NOT_NUMERAL_ONE,
  RANGE_ADVERBS,
  SCALES,
  SUFFIX_SCALES,
  TENS,
  UNITS,
} from './lexicon.js';
import { qualifierAfter } from './qualifiers.js';
import { GLUED, LINE, NUM, PUNCT, SPACE, WORD, type Token } from './tokens.js';
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

type Form = 'number' | 'percent' | 'fraction' | 'ratio' | 'vague';

interface Single {
  last: number;
  value: number;
  /** A percentage (value as written: 30 for 30 %), a spelled fraction, "one in three", or vague. */
  form: Form;
  scaled: number;
  yearLike: boolean;
}

const FOREIGN_GLUE = new Set(['$', '€', '£', '#', '@', '/', ':', '.', ',', '_', '\\', '&', '=']);
const DASHES = new Set(['-', '–', '—']);
const VAGUE_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'several', 'numerous', 'tens']);
const ORDINAL_WORDS = new Set(['first', 'second', 'last', 'other', 'latter', 'former', 'and']);

const single = (last: number, value: number, form: Form, scaled = 1, yearLike = false): Single => ({
  last, value, form, scaled, yearLike,
});

/** Glued to letters or symbols on the left ("F-16", "$1.2", "QnZy2"): not a figure of its own. */
function gluedOnLeft(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  if (!previous || token.gap !== GLUED) return false;
  if (previous.type !== PUNCT) return true;
  if (FOREIGN_GLUE.has(previous.low)) return true;
  if (DASHES.has(previous.low)) {
    const before = tokens[i - 2];
    return before !== undefined && previous.gap === GLUED && before.type !== PUNCT;
  }
  return false;
}

function readPercent(tokens: Token[], k: number, ceiling: number): number {
  const next = tokens[k];
  if (k >= ceiling || !next || next.gap > LINE) return -1;
  if (next.low === '%') return k + 1;
  if (next.low === 'percent' || next.low === 'pct') return k + 1;
  if (next.low === 'per' && tokens[k + 1]?.low === 'cent' && k + 1 < ceiling) return k + 2;
  return -1;
}

/** Scale words after a number: "4 thousand", "1.2 million", "two hundred thousand". */
function readScales(tokens: Token[], k: number, ceiling: number): { last: number; scale: number } {
  let scale = 1;
  while (k < ceiling) {
    const token = tokens[k]!;
    const factor = token.gap !== GLUED && token.gap <= LINE ? SCALES[token.low] : undefined;
    if (factor === undefined) break;
    scale *= factor;
    k++;
  }
  return { last: k, scale };
}

function finishNumber(tokens: Token[], k: number, ceiling: number, value: number, yearLike: boolean): Single {
  const { last, scale } = readScales(tokens, k, ceiling);
  const percentEnd = readPercent(tokens, last, ceiling);
  if (percentEnd >= 0) return single(percentEnd, value * scale, 'percent', scale);
  return single(last, value * scale, 'number', scale, yearLike && scale === 1);
}

function readDigits(tokens: Token[], i: number, ceiling: number, afterConnector: boolean): Single | null {
  if (!afterConnector && gluedOnLeft(tokens, i)) return null;
  const token = tokens[i]!;
  const parsed = parseNumber(token.low);
  if (!parsed.ok) return null;
  let value = parsed.value;
  let k = i + 1;
  const next = tokens[k];
  if (next && next.gap === GLUED && k < ceiling) {
    if (next.type === WORD) {
      const factor = SUFFIX_SCALES[next.low];
      if (factor === undefined) return null; // 11th, 1990s, 5pm, 30km, 9P
      return finishNumber(tokens, k + 1, ceiling, value * factor, false);
    }
    if (next.type === NUM) return null;
    const after = tokens[k + 1];
    if ((next.low === ':' || next.low === '/') && after?.type === NUM && after.gap === GLUED) return null;
  }
  // "12 000": groups of three digits after single spaces.
  const grouped = /^\d{1,3}$/.test(token.low);
  while (grouped && k < ceiling) {
    const group = tokens[k]!;
    if (group.type !== NUM || group.gap !== SPACE || !/^\d{3}$/.test(group.low)) break;
    const following = tokens[k + 1];
    if (following && following.gap === GLUED && following.type !== PUNCT) break;
    value = value * 1000 + Number(group.low);
    k++;
  }
  const yearLike = k === i + 1 && /^\d{4}$/.test(token.low) && value >= 1800 && value <= 2100;
  return finishNumber(tokens, k, ceiling, value, yearLike);
}

type WordState = 'start' | 'unit' | 'ten' | 'hundred' | 'scale';

/** "twelve thousand", "twenty-five", "a hundred", "two hundred and fifty", "a dozen". */
function readWords(tokens: Token[], i: number, ceiling: number): Single | null {
  const first = tokens[i]!;
  if (first.low === 'one' && NOT_NUMERAL_ONE.has(tokens[i - 1]?.low ?? '')) return null;
  let total = 0;
  let current = 0;
  let k = i;
  let state: WordState = 'start';
  if (first.low === 'a' || first.low === 'an') {
    const next = tokens[i + 1]?.low;
    if (i + 1 >= ceiling) return null;
    if (next === 'dozen') return finishNumber(tokens, i + 2, ceiling, 12, false);
    if (next !== 'hundred' && next !== 'thousand' && next !== 'million') return null;
    current = 1;
    k = i + 1;
    state = 'unit';
  }
  while (k < ceiling) {
    const token = tokens[k]!;
    const word = token.low;
    const next = tokens[k + 1];
    if (k > i && token.gap > LINE) break;
    if (word === '-' && token.gap === GLUED && state === 'ten' && next?.gap === GLUED && (UNITS[next.low] ?? 10) < 10) {
      k++;
      continue;
    }
    const unit = UNITS[word];
    const ten = TENS[word];
    if (unit !== undefined) {
      if (state === 'unit' || (state === 'ten' && unit >= 10)) break;
      current += unit;
      state = 'unit';
    } else if (ten !== undefined) {
      if (state === 'unit' || state === 'ten') break;
      current += ten;
      state = 'ten';
    } else if (state === 'start') {
      return null;
    } else if (word === 'and' && state === 'hundred' && (UNITS[next?.low ?? ''] ?? TENS[next?.low ?? '']) !== undefined) {
      // "two hundred and fifty"
    } else if (word === 'dozen' && (state === 'unit' || state === 'ten')) {
      current *= 12;
      state = 'hundred';
    } else if (word === 'hundred' && (state === 'unit' || state === 'ten') && current < 100) {
      current *= 100;
      state = 'hundred';
    } else if ((word === 'thousand' || word === 'million' || word === 'billion') && state !== 'scale') {
      total += current * SCALES[word]!;
      current = 0;
      state = 'scale';
    } else {
      break;
    }
    k++;
  }
  if (state === 'start') return null;
  return finishNumber(tokens, k, ceiling, total + current, false);
}

/** "a third", "one-third", "two thirds", "three quarters", "half", "one in three". */
function readFraction(tokens: Token[], i: number, ceiling: number): Single | null {
  const first = tokens[i]!;
  if (first.low === 'half') {
    if (ORDINAL_WORDS.has(tokens[i - 1]?.low ?? '')) return null;
    return single(i + 1, 0.5, 'fraction');
  }
  if (first.type !== WORD) return null;
  const numerator = first.low === 'a' || first.low === 'an' ? 1 : UNITS[first.low];
  if (numerator === undefined || numerator > 10) return null;
  let k = i + 1;
  if (tokens[k]?.low === '-' && tokens[k]!.gap === GLUED) k++;
  const word = tokens[k];
  if (!word || k >= ceiling || word.gap > LINE) return null;
  const denominator = DENOMINATORS[word.low];
  if (denominator !== undefined) {
    const plural = word.low.endsWith('s');
    if ((numerator === 1) === plural) return null; // "a thirds", "two third"
    return single(k + 1, numerator / denominator, 'fraction');
  }
  const of = tokens[k + 1];
  if (word.low === 'in' && k === i + 1 && numerator === 1 && first.low === 'one' && of && k + 1 < ceiling) {
    const whole = UNITS[of.low] ?? TENS[of.low] ?? (of.type === NUM ? Number(of.low) : NaN);
    const glued = tokens[k + 2]?.gap === GLUED && tokens[k + 2]!.type !== PUNCT;
    if (whole >= 2 && whole <= 100 && !glued) return single(k + 2, 1 / whole, 'ratio');
  }
  return null;
}

/** "dozens", "hundreds", "a few hundred", "several thousand", "tens of thousands", "large numbers". */
function readVague(tokens: Token[], i: number, ceiling: number): Single | null {
  const first = tokens[i]!.low;
  let k = i;
  if (first === 'a' || first === 'an') {
    const next = tokens[i + 1]?.low;
    if (i + 1 >= ceiling) return null;
    if (next === 'few' || next === 'handful') k = i + 2;
    else if (next === 'large' && tokens[i + 2]?.low === 'number') k = i + 3;
    else if (next === 'number' && tokens[i + 2]?.low === 'of') k = i + 2;
    else return null;
  } else if (first === 'large' && tokens[i + 1]?.low === 'numbers') {
    k = i + 2;
  } else if (VAGUE_WORDS.has(first)) {
    k = i + 1;
    if (first === 'tens' || first === 'hundreds') {
      if (tokens[k]?.low === 'of' && (tokens[k + 1]?.low === 'thousands' || tokens[k + 1]?.low === 'millions')) k += 2;
      else if (first === 'tens') return null;
    }
  } else {
    return null;
  }
  const scale = tokens[k]?.low;
  if (k < ceiling && (scale === 'hundred' || scale === 'thousand' || scale === 'dozen')) k++;
  return single(Math.min(k, ceiling), NaN, 'vague');
}

function readSingle(tokens: Token[], i: number, ceiling: number, afterConnector = false): Single | null {
  const token = tokens[i];
  if (!token || i >= ceiling) return null;
  if (token.type === NUM) return readDigits(tokens, i, ceiling, afterConnector);
  if (token.type !== WORD) return null;
  return readFraction(tokens, i, ceiling) ?? readVague(tokens, i, ceiling) ?? readWords(tokens, i, ceiling);
}

/** Whether `first` could start an amount: a cheap filter before the grammar runs. */
export function mayStartAmount(token: Token): boolean {
  if (token.type === NUM) return true;
  if (token.type !== WORD) return false;
  const w = token.low;
  return (
    UNITS[w] !== undefined || TENS[w] !== undefined || w === 'a' || w === 'an' || w === 'half' ||
    VAGUE_WORDS.has(w) || w === 'large'
  );
}

const isShare = (s: Single): boolean => s.form === 'percent' || s.form === 'fraction' || s.form === 'ratio';
/** Percentages become fractions: 50 % → 0.5. */
const valueOf = (s: Single): number => (s.form === 'percent' ? s.value / 100 : s.value);

/** Reads the amount that starts at token `i`, ranges included; null when none starts there. */
export function readAmount(tokens: Token[], i: number, ceiling: number): Amount | null {
  const low = readSingle(tokens, i, ceiling);
  if (!low) return null;
  if (low.form === 'vague') return { first: i, last: low.last, share: false, fraction: false, vague: true, yearLike: false };
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
