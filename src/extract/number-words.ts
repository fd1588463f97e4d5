/**
 * Numbers written in words: twelve thousand, a dozen; fractions: a third, two-thirds, one in three; vague amounts:
 * dozens, a few hundred.
 */
import { DENOMINATORS, NOT_NUMERAL_ONE, SCALES, TENS, TIME_UNITS, UNITS } from './lexicon.js';
import { finishNumber, single, type Single } from './numerals.js';
import { GLUED, LINE, NUM, PUNCT, WORD, type Token } from './tokens.js';

export const VAGUE_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'several', 'numerous', 'tens']);
const ORDINAL_WORDS = new Set(['first', 'second', 'last', 'other', 'latter', 'former', 'and']);

const PARTS: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25 };

type WordState = 'start' | 'unit' | 'ten' | 'hundred' | 'scale';

/** "one million", "one-million": a scale word straight after, or after a hyphen. */
function scaleAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1]?.low === '-' ? tokens[i + 2] : tokens[i + 1];
  return next !== undefined && (next.low === 'thousand' || next.low === 'million' || next.low === 'billion');
}

/** "twelve thousand", "twenty-five", "a hundred", "two hundred and fifty", "a dozen". */
/** Words before "a month" that make it one month's span: "within a month". */
const WITHIN: ReadonlySet<string> = new Set(['within', 'inside']);

export function readWords(tokens: Token[], i: number, ceiling: number): Single | null {
  const first = tokens[i]!;
  // "the one who …" is no number; "the one million mark", "the one-million mark" is.
  if (first.low === 'one' && NOT_NUMERAL_ONE.has(tokens[i - 1]?.low ?? '') && !scaleAfter(tokens, i)) return null;
  let total = 0;
  let current = 0;
  let k = i;
  let state: WordState = 'start';
  if (first.low === 'a' || first.low === 'an') {
    const next = tokens[i + 1]?.low;
    if (i + 1 >= ceiling) return null;
    if (next === 'dozen') return finishNumber(tokens, i + 2, ceiling, 12, false);
    // "within a month": one month, a span of time; "a day" alone is a rate's unit.
    if (WITHIN.has(tokens[i - 1]?.low ?? '') && next !== undefined && TIME_UNITS[next] !== undefined)
      return finishNumber(tokens, i + 1, ceiling, 1, false);
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
    // "the one-million mark", "a two-thousand-strong unit"
    const scale = next?.low === 'thousand' || next?.low === 'million' || next?.low === 'billion';
    if (word === '-' && token.gap === GLUED && (state === 'unit' || state === 'ten') && next?.gap === GLUED && scale) {
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
    } else if (
      word === 'and' &&
      state === 'hundred' &&
      (UNITS[next?.low ?? ''] ?? TENS[next?.low ?? '']) !== undefined
    ) {
      // "two hundred and fifty"
    } else if (word === 'and' && (state === 'unit' || state === 'ten') && k + 3 < ceiling) {
      // "two and a half thousand", "one and a quarter million"
      const fraction = (next?.low === 'a' || next?.low === 'an') && PARTS[tokens[k + 2]!.low];
      const scaleWord = tokens[k + 3]!.low;
      if (!fraction || (scaleWord !== 'thousand' && scaleWord !== 'million' && scaleWord !== 'billion')) break;
      total += (current + fraction) * SCALES[scaleWord]!;
      current = 0;
      state = 'scale';
      k += 4;
      continue;
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

/**
 * "half a million", "a quarter of a million", "half a dozen": a fraction of a scale is a number. `k` is the
 * token after the fraction.
 */
function fractionOfScale(tokens: Token[], k: number, ceiling: number, fraction: number): Single | null {
  if (tokens[k]?.low === 'of') k++;
  const article = tokens[k]?.low;
  if (article !== 'a' && article !== 'an') return null;
  const scale = tokens[k + 1]?.low ?? '';
  const factor = scale === 'dozen' ? 12 : SCALES[scale];
  if (factor === undefined || k + 1 >= ceiling) return null;
  return single(k + 2, fraction * factor, 'number', factor);
}

/** "a third", "one-third", "two thirds", "three quarters", "half", "one in three". */
export function readFraction(tokens: Token[], i: number, ceiling: number): Single | null {
  const first = tokens[i]!;
  // "a week and a half", "two years and a half": part of a span of time, not a share.
  const at = tokens[i - 1]?.low === 'a' || tokens[i - 1]?.low === 'an' ? i - 1 : i;
  if (tokens[at - 1]?.low === 'and' && TIME_UNITS[tokens[at - 2]?.low ?? ''] !== undefined) return null;
  if (first.low === 'half') {
    if (ORDINAL_WORDS.has(tokens[i - 1]?.low ?? '')) return null;
    return fractionOfScale(tokens, i + 1, ceiling, 0.5) ?? single(i + 1, 0.5, 'fraction');
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
    const fraction = numerator / denominator;
    return fractionOfScale(tokens, k + 1, ceiling, fraction) ?? single(k + 1, fraction, 'fraction');
  }
  // "one in three", "three in four", "three out of four", "two of every three", "two out of every three", "one in
  // every five"
  let join =
    word.low === 'in'
      ? k + 1
      : (word.low === 'out' || word.low === 'of') && tokens[k + 1]?.low === (word.low === 'out' ? 'of' : 'every')
        ? k + 2
        : -1;
  if (join > 0 && word.low !== 'of' && tokens[join]?.low === 'every') join++;
  const of = tokens[join];
  if (join > 0 && k === i + 1 && first.low !== 'a' && first.low !== 'an' && of && join < ceiling) {
    const whole = UNITS[of.low] ?? TENS[of.low] ?? (of.type === NUM ? Number(of.low) : NaN);
    const glued = tokens[join + 1]?.gap === GLUED && tokens[join + 1]!.type !== PUNCT;
    if (whole >= 2 && whole <= 100 && numerator < whole && !glued) return single(join + 1, numerator / whole, 'ratio');
  }
  return null;
}

/** "dozens", "hundreds", "a few hundred", "several thousand", "tens of thousands", "large numbers". */
export function readVague(tokens: Token[], i: number, ceiling: number): Single | null {
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
