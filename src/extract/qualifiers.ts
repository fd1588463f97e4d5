import { GLUED, type Token } from './tokens.js';
import type { FigureQualifier } from './types.js';

/** Words before an amount that qualify it. Longest phrase wins: "no more than" before "more than". */
const BEFORE: [string, FigureQualifier][] = [
  ['about', 'approximately'],
  ['around', 'approximately'],
  ['approximately', 'approximately'],
  ['approx', 'approximately'],
  ['approx .', 'approximately'],
  ['roughly', 'approximately'],
  ['some', 'approximately'],
  ['circa', 'approximately'],
  ['an estimated', 'approximately'],
  ['estimated', 'approximately'],
  ['~', 'approximately'],
  // "lost like 1600 soldiers", as posts hedge.
  ['like', 'approximately'],
  ['something like', 'approximately'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['just under', 'nearly'],
  ['just short of', 'nearly'],
  ['just shy of', 'nearly'],
  ['approaching', 'nearly'],
  ['nearing', 'nearly'],
  ['nears', 'nearly'],
  // "Losses near 4,500": a headline's verb; "near 4,500 troops", an old adjective.
  ['near', 'nearly'],
  ['approaches', 'nearly'],
  ['nearly all', 'nearly'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['a minimum of', 'at-least'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['in excess of', 'more-than'],
  ['upwards of', 'more-than'],
  ['exceeding', 'more-than'],
  ['exceeded', 'more-than'],
  ['exceeds', 'more-than'],
  ['exceed', 'more-than'],
  ['surpassed', 'more-than'],
  ['passed', 'more-than'],
  ['crossed', 'more-than'],
  ['topped', 'more-than'],
  ['tops', 'more-than'],
  ['top', 'more-than'],
  ['passes', 'more-than'],
  ['pass', 'more-than'],
  ['surpasses', 'more-than'],
  ['surpass', 'more-than'],
  ['cross', 'more-than'],
  ['crosses', 'more-than'],
  ['well over', 'more-than'],
  ['just over', 'more-than'],
  ['well above', 'more-than'],
  ['north of', 'more-than'],
  ['upward of', 'more-than'],
  ['the best part of', 'nearly'],
  ['the better part of', 'nearly'],
  ['in the region of', 'approximately'],
  ['south of', 'up-to'],
  ['up to', 'up-to'],
  ['as many as', 'up-to'],
  ['as high as', 'up-to'],
  ['as much as', 'up-to'],
  ['at most', 'up-to'],
  ['no more than', 'up-to'],
  ['a maximum of', 'up-to'],
  ['under', 'up-to'],
  ['fewer than', 'up-to'],
  ['less than', 'up-to'],
  ['not more than', 'up-to'],
];

const byLastWord = new Map<string, { words: string[]; qualifier: FigureQualifier }[]>();
for (const [phrase, qualifier] of BEFORE) {
  const words = phrase.split(' ');
  const last = words[words.length - 1]!;
  const list = byLastWord.get(last) ?? [];
  list.push({ words, qualifier });
  list.sort((a, b) => b.words.length - a.words.length);
  byLastWord.set(last, list);
}

export interface QualifierMatch {
  qualifier: FigureQualifier;
  /** Index of the qualifier's first token. */
  first: number;
}

/** The qualifier that ends just before token `at`, within the sentence starting at `floor`. */
export function qualifierBefore(tokens: Token[], at: number, floor: number): QualifierMatch | null {
  const previous = tokens[at - 1];
  if (at - 1 < floor || !previous) return null;
  const candidates = byLastWord.get(previous.low);
  if (!candidates) return null;
  for (const { words, qualifier } of candidates) {
    const first = at - words.length;
    if (first < floor) continue;
    let matches = true;
    for (let k = 0; k < words.length && matches; k++) matches = tokens[first + k]!.low === words[k];
    if (matches) return { qualifier, first };
  }
  return null;
}

/** A qualifier written after the amount: "12,000 or more", "12,000 or so", "12,000-plus", "12,000+". */
export function qualifierAfter(
  tokens: Token[],
  at: number,
  ceiling: number,
): { qualifier: FigureQualifier; last: number } | null {
  const next = tokens[at];
  if (at >= ceiling || !next) return null;
  if (next.low === '+' && next.gap === GLUED) return { qualifier: 'more-than', last: at + 1 };
  if (next.low === '-' && next.gap === GLUED && at + 1 < ceiling) {
    const word = tokens[at + 1]!.low;
    if (word === 'plus') return { qualifier: 'more-than', last: at + 2 };
    if (word === 'odd') return { qualifier: 'approximately', last: at + 2 };
  }
  if (next.low === 'or' && at + 1 < ceiling) {
    const word = tokens[at + 1]!.low;
    if (word === 'more') return { qualifier: 'at-least', last: at + 2 };
    if (word === 'so') return { qualifier: 'approximately', last: at + 2 };
    if (word === 'fewer' || word === 'less') return { qualifier: 'up-to', last: at + 2 };
  }
  return null;
}
