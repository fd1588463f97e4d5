/**
 * What an amount counts, from the words around it in its sentence: a force, casualties, killed,
 * wounded, a rate, a share or a duration, or nothing (a year, an age, a time, a page, a unit's
 * number). Every look-around is a bounded window, so classification is constant time per amount.
 */
import { readAmount, type Amount } from './amounts.js';
import { changeStart, nounBehind, verbBefore } from './clause-before.js';
import { lossBefell, verbAfter } from './clause-after.js';
import {
  dailyBefore,
  DETERMINERS,
  headNoun,
  lossAt,
  rateAt,
  word,
  type Behind,
  type Noun,
  type TokenWindow,
} from './clause.js';
import { compound, duration, excluded, share, type Classified } from './kind-by-form.js';
import { wholeBefore } from './whole.js';
import {
  AUXILIARIES,
  CASUALTY_NOUNS,
  DEPLOY_VERBS,
  FORCE_NOUNS,
  KILLED_NOUNS,
  NOT_TROOPS,
  RATE_ADVERBS,
  RATE_ARTICLES,
  REPORT_NOUNS,
  TIME_UNITS,
  WOUNDED_NOUNS,
} from './lexicon.js';
import { LINE, NUM, PUNCT, WORD, type Token } from './tokens.js';
import type { FigureKind } from './types.js';

export type { Classified } from './kind-by-form.js';

const PRONOUNS = new Set(['them', 'those', 'these', 'whom', 'which', 'us']);
/** What may follow a count that has no noun of its own: "killed 300 and …", "reaching 4,000 by …". */
const BARE_FOLLOWERS = new Set([
  // "passed 100,000 overnight", "topped 1,000 today": when, not what.
  'overnight',
  'today',
  'yesterday',
  'and',
  'or',
  'but',
  'in',
  'on',
  'at',
  'by',
  'during',
  'since',
  'from',
  'as',
  'while',
  'with',
  'when',
  'after',
  'before',
  'until',
  'till',
  'this',
  'that',
  'more',
  'others',
  'so',
  'far',
  'according',
  // "4,000 per Kyiv": whose count; "per day" and "per square kilometre" are read before.
  'per',
  // posts: "are only 300 lol"
  'lol',
  'lmao',
  'over',
  'across',
  'for',
  'to',
  'within',
  'among',
  'amid',
  'near',
  'including',
  'alone',
  'last',
  'each',
  'then',
  'now',
  // "passed the one million mark": the level itself.
  'mark',
  'milestone',
  'threshold',
]);

const KIND_UNITS: Record<Exclude<FigureKind, 'rate' | 'duration' | 'date' | 'share'>, string> = {
  force: 'troops',
  casualties: 'casualties',
  killed: 'killed',
  wounded: 'wounded',
  reinforcement: 'troops',
};

const asKind = (kind: Behind, last: number): Classified =>
  kind === 'rate' ? { kind: 'rate', unit: 'casualties per day', last } : { kind, unit: KIND_UNITS[kind], last };

const SMALL_UNITS: ReadonlySet<string> = new Set(['hour', 'minute']);
const perHour = (w: TokenWindow, k: number): boolean =>
  RATE_ARTICLES.has(word(w, k)) && SMALL_UNITS.has(word(w, k + 1));

/** "30 soldiers are killed every day": a rate after the verb. */
function withRate(w: TokenWindow, after: { kind: Behind | 'missing'; end: number }, j: number): Classified | null {
  if (after.kind === 'missing') return null;
  const period = after.kind === 'force' ? null : rateAt(w, after.end);
  return period
    ? { kind: 'rate', unit: `${after.kind === 'rate' ? 'casualties' : after.kind} per ${period}`, last: j }
    : asKind(after.kind, j);
}

/** After "of the 12,000 troops" following a count: the token past the whole's noun, or null. */
/** The count of a whole after "of" at `j`: "3,800 of the 12,000 troops", "3 of its 40 vehicles". */
function wholeAfterOf(w: TokenWindow, j: number): Amount | null {
  if (word(w, j) !== 'of') return null;
  const k = DETERMINERS.has(word(w, j + 1)) ? j + 2 : j + 1;
  const whole = k < w.ceiling && w.tokens[k]!.type === NUM ? readAmount(w.tokens, k, w.ceiling) : null;
  return whole && !whole.share ? whole : null;
}

function partOfWhole(w: TokenWindow, j: number): number | null {
  const whole = wholeAfterOf(w, j);
  const noun = whole ? headNoun(w, whole.last) : null;
  return noun && (noun.category === 'military' || noun.category === 'people' || noun.category === 'casualties')
    ? noun.end
    : null;
}

/** "for every square kilometre", "per kilometre", "for each Ukrainian soldier": what a ratio is per. */
function perUnit(w: TokenWindow, k: number): boolean {
  const low = word(w, k);
  // Not "almost 1,000 for every day since the invasion began", a rate.
  if (low === 'for')
    return (word(w, k + 1) === 'every' || word(w, k + 1) === 'each') && TIME_UNITS[word(w, k + 2)] === undefined;
  // Not "50,000+ dead per health ministry", which says whose count it is.
  return low === 'per' && (PER_UNITS.has(word(w, k + 1)) || w.tokens[k + 1]?.type === NUM);
}
const PER_UNITS = new Set(['square', 'sq', 'km', 'kilometre', 'kilometer', 'mile', 'capita', 'head', 'soldier']);

/** "accounted for some 15,000 of the occupiers' personnel losses": a part of the losses, of their kind. */
function partOfLosses(w: TokenWindow, j: number): 'casualties' | 'killed' | 'wounded' | null {
  if (word(w, j) !== 'of') return null;
  for (let k = j + 1; k < w.ceiling && k <= j + 5; k++) {
    const token = w.tokens[k]!;
    if (token.type === NUM || (token.type === PUNCT && token.low !== "'" && token.low !== '’')) return null;
    const low = token.low;
    // "4k of them had been killed or wounded": a verb, not the noun of the losses.
    if (AUXILIARIES.has(low) || PRONOUNS.has(low)) return null;
    if (CASUALTY_NOUNS.has(low)) return 'casualties';
    if (KILLED_NOUNS.has(low)) return 'killed';
    if (WOUNDED_NOUNS.has(low)) return 'wounded';
  }
  return null;
}

/** "of the 12,000 soldiers sent to Kursk have been killed": past where they were sent, to the verb of the clause. */
function pastDestination(w: TokenWindow, k: number): number {
  if (!['to', 'into', 'in'].includes(word(w, k))) return k;
  for (let i = k + 1; i < w.ceiling && i <= k + 4; i++) {
    if (AUXILIARIES.has(word(w, i))) return i;
    if (w.tokens[i]!.type !== WORD) return k;
  }
  return k;
}

/** "lost 3 of its 40 vehicles": a part of things no check counts, whatever the verb before it. */
function partOfThings(w: TokenWindow, j: number): boolean {
  const whole = wholeAfterOf(w, j);
  return whole !== null && NOT_TROOPS.has(word(w, whole.last));
}

function bareCount(w: TokenWindow, j: number): boolean {
  if (j >= w.ceiling) return true;
  const next = w.tokens[j]!;
  return next.type === PUNCT || next.gap > LINE || BARE_FOLLOWERS.has(next.low) || AUXILIARIES.has(next.low);
}

function kindOfNoun(
  w: TokenWindow,
  amount: Amount,
  noun: Noun,
  start: number,
  behind: Behind | null,
): Classified | null {
  const j = amount.last;
  const { category } = noun;
  // "the two forces": armies, not soldiers.
  if (word(w, noun.index) === 'forces' && (amount.value ?? amount.high ?? 0) < 100) return null;
  // "1,000 of the casualties are deaths": a part of the casualties, of the kind the clause says.
  if (category === 'casualties' && word(w, j) === 'of') {
    const after = verbAfter(w, noun.end, false, true);
    if (after && (after.kind === 'killed' || after.kind === 'wounded')) return asKind(after.kind, j);
  }
  if (category === 'casualties' || category === 'killed' || category === 'wounded') return asKind(category, j);
  const allOf = word(w, start - 1) === 'all' || (word(w, start - 1) === 'the' && word(w, start - 2) === 'all');
  // "North Korea has now lost all 12,000 of the soldiers it sent": all of them, lost.
  const lostAll = word(w, start - 1) === 'all' ? verbBefore(w, start - 1, noun.end) : null;
  if (lostAll === 'casualties' || lostAll === 'killed' || lostAll === 'wounded') return asKind(lostAll, j);
  if (allOf && category === 'military') {
    const befell = lossBefell(w, noun.end);
    if (befell) return asKind(befell, j);
  }
  const whole = wholeBefore(w, start);
  // "half of the 4,700 North Koreans killed or wounded": the whole the part is of is a count of losses.
  const lostWhole = whole ? lossAt(w, noun.end) : null;
  if (lostWhole) return asKind(lostWhole.loss, j);
  if (whole || behind === 'force') return category === 'military' ? asKind('force', j) : null;
  // "losses amounted to 1,380 servicemen", "the deaths of 70,000 soldiers"
  if (behind && behind !== 'rate') return asKind(behind, j);
  const before = verbBefore(w, start, noun.end);
  // "has lost 43,000 soldiers killed": the words after the soldiers say how they were lost; so they do
  // after "with" or "had": "with around 200 soldiers killed or wounded so far" counts no force.
  const loss = before === 'casualties' || before === 'force' ? verbAfter(w, noun.end, false, true) : null;
  // "losing about 1,000 men killed and wounded every week": a rate, after the words that say how.
  if (loss && loss.kind !== 'force' && loss.kind !== 'missing') return withRate(w, loss, j);
  if (before) return asKind(before, j);
  const after = verbAfter(w, noun.end, word(w, start - 1) === 'the', false);
  if (after) return withRate(w, after, j);
  return category === 'military' ? asKind('force', j) : null;
}

/**
 * The kind of the amount whose span starts at token `start` (its qualifier or range opener) and
 * whose amount ends before token `amount.last`; null when it is not a figure.
 */
export function classify(
  tokens: Token[],
  amount: Amount,
  start: number,
  floor: number,
  ceiling: number,
): Classified | null {
  const w: TokenWindow = { tokens, floor, ceiling };
  const j = amount.last;
  if (excluded(w, start, j) || NOT_TROOPS.has(word(w, j)) || partOfThings(w, j)) return null;
  const hyphenated = compound(w, amount, j);
  if (hyphenated !== undefined) return hyphenated;
  if (amount.share) return share(w, amount, j);
  const timed = duration(w, amount, j);
  if (timed !== undefined) return timed;

  // "repeating the two daily tallies": reports counted, not losses.
  if (RATE_ADVERBS[word(w, j)] && REPORT_NOUNS.has(word(w, j + 1))) return null;
  const noun = headNoun(w, j);
  // "ten an hour": a rate in a unit no check takes, not ten a day.
  if (perHour(w, j) || (noun && perHour(w, noun.end))) return null;
  const behind = nounBehind(w, changeStart(w, start));
  const period =
    rateAt(w, j) ??
    (noun && rateAt(w, noun.end)) ??
    noun?.period ??
    dailyBefore(w, start) ??
    (behind === 'rate' ? 'day' : null);
  if (period) {
    // "the list of named dead grows by some 200 a day": with no noun after it, a rate counts the noun before.
    const counted = noun ? noun.category : behind;
    const what = counted === 'killed' || counted === 'wounded' ? counted : 'casualties';
    return { kind: 'rate', unit: `${what} per ${period}`, last: j };
  }
  // "more than 100 men for every square kilometre gained": a ratio, not a count.
  if (perUnit(w, noun ? noun.end : j)) return null;
  // "15,000 of the occupiers' personnel losses": the personnel are what the losses count.
  const ofLosses = partOfLosses(w, j);
  if (ofLosses && (!noun || noun.category === 'military' || noun.category === 'people')) return asKind(ofLosses, j);
  if (noun) {
    const kind = kindOfNoun(w, amount, noun, start, behind);
    return kind && { ...kind, nounEnd: noun.end };
  }
  if (amount.yearLike) return null;
  // "from 12,000 to 9,000 troops": the first count is of what the second counts.
  if (word(w, j) === 'to') {
    const other = readAmount(tokens, j + 1, ceiling);
    const kind = other && !other.share ? classify(tokens, other, j + 1, floor, ceiling) : null;
    if (kind && kind.kind !== 'duration') return { ...kind, last: j };
  }
  // "a contingent of about 12,000 has lost …": the count is the contingent, whatever it lost.
  if (behind === 'force' && word(w, start - 1) === 'of' && FORCE_NOUNS.has(word(w, start - 2)))
    return asKind('force', j);
  const part = partOfWhole(w, j);
  if (part !== null) {
    // "3,800 of the 12,000 troops had been killed": what the clause says of the whole befell the part.
    // "2,500 of the 10,000 soldiers sent had been killed": past the participle that names the whole.
    const named = pastDestination(w, DEPLOY_VERBS.has(word(w, part)) ? part + 1 : part);
    const after = verbAfter(w, named, false, true);
    if (after && after.kind !== 'force') return withRate(w, after, j);
  }
  const pronoun = word(w, j) === 'of' && PRONOUNS.has(word(w, j + 1)) ? j + 2 : j;
  // "Almost all 11,000 of them are dead": all of a group the sentence names, and what befell them.
  const allOfThem = pronoun !== j && word(w, start - 1) === 'all';
  const after = verbAfter(w, pronoun, false, true, !allOfThem && wholeBefore(w, start));
  if (after) return withRate(w, after, j);
  if (!bareCount(w, j)) return null;
  // "had 500" is what a unit has only when soldiers are named: see kindOfNoun.
  const before = verbBefore(w, start, j);
  if (before && before !== 'force') return asKind(before, j);
  return behind ? asKind(behind, j) : null;
}
