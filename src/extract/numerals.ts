/**
 * Numbers written in digits: 12,000 · 12 000 · 3.8 · 12k · 4 thousand · 1.2 million · 30 % · 50 per cent;
 * and the single reading every amount form comes to.
 */
import { parseNumber } from '../core/parse/numbers.js';
import { SCALES, SUFFIX_SCALES } from './lexicon.js';
import { GLUED, LINE, NUM, PUNCT, SPACE, WORD, type Token } from './tokens.js';

export type Form = 'number' | 'percent' | 'fraction' | 'ratio' | 'vague';

export interface Single {
  last: number;
  value: number;
  /** A percentage (value as written: 30 for 30 %), a spelled fraction, "one in three", or vague. */
  form: Form;
  scaled: number;
  yearLike: boolean;
}

const FOREIGN_GLUE = new Set(['$', '€', '£', '#', '@', '/', ':', '.', ',', '_', '\\', '&', '=']);
export const DASHES = new Set(['-', '–', '—', '‒']);

export const single = (last: number, value: number, form: Form, scaled = 1, yearLike = false): Single => ({
  last,
  value,
  form,
  scaled,
  yearLike,
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

const ABBREVIATED_SCALES = new Set(['thous', 'mln', 'mn', 'bln', 'bn', 'mio']);

/** Scale words after a number: "4 thousand", "1.2 million", "two hundred thousand". */
function readScales(tokens: Token[], k: number, ceiling: number): { last: number; scale: number } {
  let scale = 1;
  while (k < ceiling) {
    const token = tokens[k]!;
    // "the one-million mark", "the 1-million mark": a scale joined by a hyphen.
    const joined = token.low === '-' && token.gap === GLUED && tokens[k + 1]?.gap === GLUED && k + 1 < ceiling;
    if (joined && SCALES[tokens[k + 1]!.low] !== undefined) {
      scale *= SCALES[tokens[k + 1]!.low]!;
      k += 2;
      continue;
    }
    const factor = token.gap !== GLUED && token.gap <= LINE ? SCALES[token.low] : undefined;
    if (factor === undefined) break;
    scale *= factor;
    k++;
    // "12 thous.", "1.2 mln.": the abbreviation's full stop is the number's.
    if (ABBREVIATED_SCALES.has(token.low) && tokens[k]?.low === '.' && tokens[k]!.gap === GLUED && k < ceiling) k++;
  }
  return { last: k, scale };
}

export function finishNumber(tokens: Token[], k: number, ceiling: number, value: number, yearLike: boolean): Single {
  const { last, scale } = readScales(tokens, k, ceiling);
  const percentEnd = readPercent(tokens, last, ceiling);
  if (percentEnd >= 0) return single(percentEnd, value * scale, 'percent', scale);
  return single(last, value * scale, 'number', scale, yearLike && scale === 1);
}

export function readDigits(tokens: Token[], i: number, ceiling: number, afterConnector: boolean): Single | null {
  if (!afterConnector && gluedOnLeft(tokens, i)) return null;
  const token = tokens[i]!;
  // "45.000 troops", as sources in other languages write it: a count of people has no thousandths, so the dots
  // separate thousands, unless a scale or a percent sign follows ("1.500 million").
  const thousands = /^\d{1,3}(?:\.\d{3})+$/.test(token.low) ? Number(token.low.replaceAll('.', '')) : undefined;
  // "1,1 million": a decimal comma, which only a scale after it tells from a thousands separator.
  const comma = token.low.indexOf(',');
  const decimalComma =
    comma > 0 &&
    token.low.length - comma <= 3 &&
    /^\d{1,3},\d{1,2}$/.test(token.low) &&
    readScales(tokens, i + 1, ceiling).scale > 1;
  const swiss = /^\d{1,3}(?:['’]\d{3})+$/.test(token.low);
  const parsed = parseNumber(
    decimalComma ? token.low.replace(',', '.') : swiss ? token.low.replace(/['’]/g, '') : token.low,
  );
  if (!parsed.ok && thousands === undefined) return null;
  let value = parsed.ok ? parsed.value : thousands!;
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
    // "1/3 of the NK contingent": a fraction written with a slash, before "of".
    if (next.low === '/' && after?.type === NUM && after.gap === GLUED && tokens[k + 2]?.low === 'of') {
      const over = Number(after.low);
      if (/^\d$/.test(token.low) && /^\d{1,2}$/.test(after.low) && value >= 1 && value < over && over <= 10)
        return single(k + 2, value / over, 'fraction');
    }
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
  if (thousands !== undefined && readScales(tokens, k, ceiling).scale === 1 && readPercent(tokens, k, ceiling) < 0)
    value = thousands;
  const yearLike = k === i + 1 && /^\d{4}$/.test(token.low) && value >= 1800 && value <= 2100;
  return finishNumber(tokens, k, ceiling, value, yearLike);
}
