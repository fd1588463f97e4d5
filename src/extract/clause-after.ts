/**
 * What the clause after a count of soldiers says happened to them: deployed (a force), killed,
 * wounded, lost, or missing, captured or surrendered (kept apart and not a figure).
 */
import { AUXILIARIES, CASUALTY_NOUNS, DEPLOY_VERBS, LOSING_VERBS, MODALS, WHOLE } from './lexicon.js';
import { NUM, WORD } from './tokens.js';
import { CLAUSE_ENDS, inDate, lossAt, word, type Behind, type TokenWindow } from './clause.js';
import type { LossKind } from '../core/figures/vocabulary.js';

const BECOMING = new Set(['become', 'became', 'becoming', 'becomes']);
/** What a count may be instead of a loss: kept apart, as sources do, and not a figure here. */
const MISSING = new Set(['missing', 'captured', 'surrendered', 'deserted', 'prisoner', 'prisoners']);

const COUNT_QUALIFIERS = new Set([
  'over',
  'more',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'roughly',
  'up',
  'to',
  'at',
  'least',
  'an',
  'estimated',
]);

/** A count straight after a verb, past its qualifier: "lost 92", "lost over 4,000", but not "lost by 10 January". */
function countFollows(w: TokenWindow, k: number): boolean {
  for (let steps = 0; steps < 3 && k < w.ceiling; k++, steps++) {
    const token = w.tokens[k]!;
    if (token.type === NUM) return !inDate(w, k);
    if (!COUNT_QUALIFIERS.has(token.low)) return false;
  }
  return false;
}

const FINITE = new Set(['had', 'have', 'has', 'were', 'was', 'are', 'is']);

/**
 * "3,500 soldiers of the contingent have been killed", "troops fighting in Kursk were wounded": a
 * word of deployment that only says which soldiers (no auxiliary before it) is passed over when the
 * clause goes on to say they were lost. Its own verb ("were deployed") makes the count a force.
 */
function lossPastModifier(
  w: TokenWindow,
  k: number,
  definite: boolean,
  all: boolean,
): { kind: Behind | 'missing'; end: number } | null {
  if (FINITE.has(word(w, k - 1)) || word(w, k - 1) === 'been' || word(w, k - 1) === 'be') return null;
  for (let i = k + 1, steps = 0; i < w.ceiling && steps < 7; i++, steps++) {
    const token = w.tokens[i]!;
    if (token.type === NUM || token.low === ',' || CLAUSE_ENDS.has(token.low) || MODALS.has(token.low)) return null;
    if (!FINITE.has(token.low)) continue;
    const after = verbAfter(w, i, definite, true, all);
    return after && after.kind !== 'force' ? after : null;
  }
  return null;
}

/**
 * What the clause after a count of soldiers says of them: deployed (a force) or killed, wounded or
 * both. "all" or a prediction about "the N soldiers" ("could be killed") makes the count the force.
 */
/** Words before a loss verb that say the loss has happened: "have been killed", "were wounded", "now killed". */
const HAPPENED = new Set(['have', 'has', 'had', 'were', 'was', 'now', 'already']);

/**
 * "All 12,000 … have been killed or wounded", "now killed or wounded": the loss that befell the whole, said as done
 * (no "could", "may", "will"); null when the words after the noun say no such thing.
 */
export function lossBefell(w: TokenWindow, k: number): LossKind | null {
  let happened = false;
  for (let steps = 0; k < w.ceiling && steps < 8; k++, steps++) {
    const token = w.tokens[k]!;
    const low = token.low;
    if (token.type === NUM || CLAUSE_ENDS.has(low) || MODALS.has(low) || DEPLOY_VERBS.has(low)) return null;
    if (HAPPENED.has(low)) happened = true;
    const loss = lossAt(w, k);
    if (loss) return happened ? loss.loss : null;
  }
  return null;
}

/**
 * Past an aside between a count's noun and its verb: "2,000 troops, roughly one in six of those sent, have been
 * killed". The aside is what stands between two commas, a few words long; its own words say nothing of the count.
 */
function pastAside(w: TokenWindow, k: number): number {
  const open = w.tokens[k]?.low;
  // "some 4,000 - a third - have been put out of action": dashes set an aside apart as commas do.
  if (open !== ',' && open !== '-' && open !== '–' && open !== '—') return k;
  // "a quarter of the contingent - some 3,000 men - has been killed": the count is the aside, its verb past the dash.
  if (open !== ',' && AUXILIARIES.has(word(w, k + 1))) return k + 1;
  for (let j = k + 2; j < Math.min(w.ceiling, k + 16); j++) {
    const low = w.tokens[j]!.low;
    if (low === open) return AUXILIARIES.has(word(w, j + 1)) || lossAt(w, j + 1) ? j + 1 : k;
    if (CLAUSE_ENDS.has(low) || low === ',') return k;
  }
  return k;
}

export function verbAfter(
  w: TokenWindow,
  k: number,
  definite: boolean,
  tight: boolean,
  whole = false,
): { kind: Behind | 'missing'; end: number } | null {
  let all = whole;
  let modal = false;
  // "cas.: ~4.7k - of which KIA: ~600": what the part after "of which" is, not what this count is.
  const of = word(w, k) === 'of' ? k : word(w, k + 1) === 'of' && w.tokens[k]?.type !== WORD ? k + 1 : -1;
  if (of >= 0 && (word(w, of + 1) === 'which' || word(w, of + 1) === 'whom')) return null;
  k = pastAside(w, k);
  for (let steps = 0; k < w.ceiling && steps < 8; k++, steps++) {
    const token = w.tokens[k]!;
    const low = token.low;
    if (token.type === NUM || CLAUSE_ENDS.has(low)) return null;
    if (WHOLE.has(low)) all = true;
    if (MODALS.has(low)) modal = true;
    if (DEPLOY_VERBS.has(low)) return lossPastModifier(w, k, definite, all) ?? { kind: 'force', end: k + 1 };
    if (MISSING.has(low)) return { kind: 'missing', end: k + 1 };
    if (CASUALTY_NOUNS.has(low) && BECOMING.has(word(w, k - 1)))
      return { kind: all ? 'force' : 'casualties', end: k + 1 };
    if (low === 'lost' && word(w, k + 1) === 'their' && word(w, k + 2) === 'lives')
      return { kind: all ? 'force' : 'killed', end: k + 3 };
    // "12,000 troops have lost 92 a day", "11,000 soldiers, of which they lost over 4,000": the count lost them.
    if ((LOSING_VERBS.has(low) || low === 'suffered') && countFollows(w, k + 1)) return { kind: 'force', end: k + 1 };
    // "put out of action", "have been put out of action"
    if ((low === 'put' || low === 'taken') && word(w, k + 1) === 'out' && word(w, k + 2) === 'of') continue;
    if (low === 'out' && word(w, k + 1) === 'of' && word(w, k + 2) === 'action')
      return { kind: all || modal ? 'force' : 'casualties', end: k + 3 };
    // "the names of some 1,800 soldiers who fell fighting in Russia": the dead.
    if (
      low === 'fell' &&
      (word(w, k - 1) === 'who' || word(w, k - 1) === 'that') &&
      !/^(?:to|by|from)$/.test(word(w, k + 1))
    )
      return { kind: all ? 'force' : 'killed', end: k + 1 };
    // "1,900 troops were lost"; but "12,000 soldiers may be lost by April" is about the force.
    if (low === 'lost') return { kind: all || modal ? 'force' : 'casualties', end: k + 1 };
    const loss = lossAt(w, k);
    if (loss) return { kind: all || (definite && modal) ? 'force' : loss.loss, end: loss.last };
    if (tight && !AUXILIARIES.has(low)) return null;
  }
  return null;
}
