/** Words before a count that make it the whole a part is taken of: "all 12,000", "half of the 12,000". */
import { DETERMINERS, word, type TokenWindow } from './clause.js';
import { DENOMINATORS, UNITS, WHOLE } from './lexicon.js';
import { NUM } from './tokens.js';

const PART_WORDS = new Set([
  'most',
  'many',
  'some',
  'none',
  'majority',
  'rest',
  'remainder',
  'each',
  'percent',
  'cent',
  '%',
]);

/** "all 12,000", "the entire 12,000", "half of the 12,000", "300 of the 12,000": the count is the whole. */
export function wholeBefore(w: TokenWindow, start: number): boolean {
  const one = word(w, start - 1);
  const two = word(w, start - 2);
  if (WHOLE.has(one) || ((one === 'of' || one === 'the') && WHOLE.has(two))) return true;
  // "half of the battalion's 400": skip the determiner and a possessive before "of".
  let k = start - 1;
  for (let skipped = 0; skipped < 2 && (DETERMINERS.has(word(w, k)) || /['’]s$/.test(word(w, k))); skipped++) k--;
  const part = word(w, k) === 'of' ? k - 1 : -1;
  if (part < w.floor) return false;
  const head = w.tokens[part]!;
  // "one in three of the 12,000", "two out of three of the 12,000"
  const ratio = UNITS[head.low] !== undefined && (word(w, part - 1) === 'in' || word(w, part - 1) === 'of');
  return head.type === NUM || ratio || DENOMINATORS[head.low] !== undefined || PART_WORDS.has(head.low);
}
