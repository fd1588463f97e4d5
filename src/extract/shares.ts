/**
 * What a share is a share of, and what it counts: "half of the 4,000 casualties were killed" is a
 * share of the casualties that counts killed (base 4,000); "a third of the troops were killed or
 * wounded" a share of the force that counts casualties; "two-thirds of them died", after a count of
 * casualties, a share of the casualties that counts killed. `check` turns such a share into a count.
 */
import type { ShareBase } from '../core/figures/vocabulary.js';
import { DETERMINERS, lossAt, word, type TokenWindow } from './clause.js';
import { CASUALTY_NOUNS, FORCE_NOUNS, LOSING_VERBS, MILITARY } from './lexicon.js';
import { NUM } from './tokens.js';
import type { FigureKind } from './types.js';
import type { LossKind } from '../core/figures/vocabulary.js';

/** A count of the sentence, by token indices. */
export interface Counted {
  kind: FigureKind;
  first: number;
  last: number;
}

export interface ShareReading {
  of: ShareBase;
  counts: LossKind;
  /** The count of the sentence the share is taken of. */
  base?: Counted;
}

const CLAUSE_ENDS = new Set([';', '.', '!', '?', '(', ')', '—']);
const THEM = new Set(['them', 'those', 'these', 'whom', 'which']);
const COPULAS = new Set(['are', 'were', 'is', 'was', 'been', 'become', 'became', 'becomes']);
const FORCE_WORDS = new Set([
  ...FORCE_NOUNS,
  ...MILITARY,
  'sent',
  'deployed',
  'dispatched',
  'contingent',
  'army',
  'unit',
  'units',
]);
const POSSESSIVE = /['’]s?$/;

/** What the share at counted[at] is of and counts; null when the sentence does not say. */
export function readShare(w: TokenWindow, counted: readonly Counted[], at: number): ShareReading | null {
  const share = counted[at]!;
  const ofAt = word(w, share.last) === 'of' ? share.last + 1 : -1;
  let base: Counted | undefined;
  let of: ShareBase | undefined;
  let after = share.last;
  if (ofAt >= 0) {
    let k = ofAt;
    while (DETERMINERS.has(word(w, k)) || POSSESSIVE.test(word(w, k)) || w.tokens[k]?.cap) {
      if (k >= w.ceiling || w.tokens[k]!.type === NUM) break;
      k++;
    }
    base = counted.find((c) => c !== share && c.first >= ofAt && c.first <= k);
    if (base && (base.kind === 'force' || base.kind === 'reinforcement')) of = 'force';
    else if (base && base.kind !== 'share' && base.kind !== 'rate') of = 'casualties';
    else if (THEM.has(word(w, ofAt))) of = ofPrevious(w, counted, at);
    else of = ofWords(w, ofAt);
    after = base ? base.last : k + 1;
  }
  // "a third of the troops are near Kursk" counts no loss.
  const counts = lossAfter(w, after) ?? lossBefore(w, share.first);
  if (!counts) return null;
  of ??= 'force';
  // A share of the casualties counts one kind of them.
  if (of === 'casualties' && counts === 'casualties') return null;
  return { of, counts, ...(base && { base }) };
}

/**
 * "of them", "of whom": the count before the share says what "them" are. After a share of losses
 * ("a third of the 11,000 troops were lost, and a quarter of them were killed") they are those lost.
 */
function ofPrevious(w: TokenWindow, counted: readonly Counted[], at: number): ShareBase | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const c = counted[i]!;
    if (c.kind === 'rate' || c.kind === 'duration' || c.kind === 'date') continue;
    const owner = counted.find(
      (s) => s.kind === 'share' && word(w, s.last) === 'of' && c.first > s.last && c.first <= s.last + 3,
    );
    if (c.kind === 'share' || owner) return 'casualties';
    return c.kind === 'force' || c.kind === 'reinforcement' ? 'force' : 'casualties';
  }
  return undefined;
}

/** "of its strength", "of those sent", "of North Korea's casualties", "of the losses". */
function ofWords(w: TokenWindow, k: number): ShareBase | undefined {
  for (let steps = 0; k < w.ceiling && steps < 5; k++, steps++) {
    const low = word(w, k);
    if (CASUALTY_NOUNS.has(low) || low === 'casualty' || low === 'dead' || low === 'wounded') return 'casualties';
    if (FORCE_WORDS.has(low)) return 'force';
    if (w.tokens[k]!.type === NUM || CLAUSE_ENDS.has(low) || low === ',') return undefined;
  }
  return undefined;
}

/** The loss the clause after the share names: "were killed", "died", "killed or wounded", "put out of action". */
function lossAfter(w: TokenWindow, k: number): LossKind | null {
  for (let steps = 0; k < w.ceiling && steps < 10; k++, steps++) {
    const low = word(w, k);
    if (CLAUSE_ENDS.has(low) || w.tokens[k]!.type === NUM) return null;
    const loss = lossAt(w, k);
    if (loss) return loss.loss;
    if (LOSING_VERBS.has(low) || (low === 'out' && word(w, k + 1) === 'of' && word(w, k + 2) === 'action'))
      return 'casualties';
    // "are now casualties", "have become casualties": the share's people are the casualties.
    if ((low === 'casualties' || low === 'casualty') && (COPULAS.has(word(w, k - 1)) || COPULAS.has(word(w, k - 2))))
      return 'casualties';
  }
  return null;
}

/** "has lost some 30 % of its strength", "killed or wounded …, roughly a third of the force". */
function lossBefore(w: TokenWindow, k: number): LossKind | null {
  for (let i = k - 1, steps = 0; i >= w.floor && steps < 12; i--, steps++) {
    const low = word(w, i);
    if (CLAUSE_ENDS.has(low)) return null;
    if (LOSING_VERBS.has(low) || CASUALTY_NOUNS.has(low)) return 'casualties';
    const loss = lossAt(w, i);
    // "killed or wounded": read from its first word.
    if (loss && !lossAt(w, i - 2)) return loss.loss;
    if (loss) continue;
  }
  return null;
}
