/**
 * What an amount counts, from the words around it in its sentence: a force, casualties, killed,
 * wounded, a rate, a share or a duration, or nothing (a year, an age, a time, a page, a unit's
 * number). Every look-around is a bounded window, so classification is constant time per amount.
 */
import { readAmount, type Amount } from './amounts.js';
import {
  AGE_WORDS,
  AUXILIARIES,
  CASUALTY_NOUNS,
  DENOMINATORS,
  DEPLOY_VERBS,
  FORCE_NOUNS,
  KILLED_NOUNS,
  KILLED_VERBS,
  KILLING_VERBS,
  LINKS,
  LOSING_VERBS,
  MILITARY,
  MODALS,
  MODIFIERS,
  PAGE_WORDS,
  PEOPLE,
  RATE_ADVERBS,
  RATE_ARTICLES,
  RATE_NOUNS,
  RATE_PERIODS,
  REMAINS,
  SCALES,
  table,
  MONTH_WORDS,
  TIME_OF_DAY,
  TIME_UNITS,
  WHOLE,
  WOUNDED_NOUNS,
  WOUNDED_VERBS,
  WOUNDING_VERBS,
} from './lexicon.js';
import { GLUED, LINE, NUM, PUNCT, WORD, type Token } from './tokens.js';
import type { FigureKind } from './types.js';

export interface Classified {
  kind: FigureKind;
  unit: string;
  /** Token index after the figure's span: past the amount, and past "-strong" or a time unit. */
  last: number;
  /** Token index after the noun the amount counts, when it has one. */
  nounEnd?: number;
}

type Loss = 'casualties' | 'killed' | 'wounded';
type NounCategory = Loss | 'military' | 'people';

interface Window {
  tokens: Token[];
  /** The sentence's tokens: [floor, ceiling). */
  floor: number;
  ceiling: number;
}

const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those', 'a', 'an']);
const PRONOUNS = new Set(['them', 'those', 'these', 'whom', 'which', 'us']);
const JOINERS = new Set(['and', 'or', '/', '&', '+']);
const CLAUSE_ENDS = new Set([';', ':', '.', '!', '?', '(', ')', '—']);
const FILLERS_BEFORE = new Set(['another', 'a', 'an', 'further', 'additional', 'the', 'some', 'more']);
/** What may follow a count that has no noun of its own: "killed 300 and …", "reaching 4,000 by …". */
const BARE_FOLLOWERS = new Set([
  'and', 'or', 'but', 'in', 'on', 'at', 'by', 'during', 'since', 'from', 'as', 'while', 'with', 'when', 'after',
  'before', 'until', 'till', 'this', 'that', 'more', 'others', 'so', 'far', 'according', 'over', 'across', 'for', 'to',
]);
/** "a week earlier": a point in time, not a rate. */
const RELATIVE_TIME = new Set(['earlier', 'later', 'ago', 'before', 'after', 'previously', 'prior', 'back']);
const BECOMING = new Set(['become', 'became', 'becoming', 'becomes']);
/** What a count may be instead of a loss: kept apart, as sources do, and not a figure here. */
const MISSING = new Set(['missing', 'captured', 'surrendered', 'deserted', 'prisoner', 'prisoners']);
/** Verbs before a count that say it is what a unit has: "the unit, which had 500 men". */
const HAVING = new Set(['had', 'has', 'have', 'having', 'with', 'fielded', 'fielding', 'comprising', 'numbering']);
const FRACTION_FOLLOWERS = new Set(['of', 'the', 'their', 'its', 'his', 'her', 'our', 'them']);

const word = (w: Window, k: number): string => (k >= w.floor && k < w.ceiling ? w.tokens[k]!.low : '');

function nounCategory(low: string): NounCategory | null {
  if (MILITARY.has(low)) return 'military';
  if (CASUALTY_NOUNS.has(low)) return 'casualties';
  if (KILLED_NOUNS.has(low)) return 'killed';
  if (WOUNDED_NOUNS.has(low)) return 'wounded';
  if (PEOPLE.has(low)) return 'people';
  return null;
}

const isKilledWord = (low: string): boolean => KILLED_VERBS.has(low) || KILLED_NOUNS.has(low);
const isWoundedWord = (low: string): boolean => WOUNDED_VERBS.has(low) || WOUNDED_NOUNS.has(low);

/** "killed or wounded", "dead and injured", "wounded/killed": both at once are casualties. */
function lossAt(w: Window, k: number): { loss: Loss; last: number } | null {
  const first = word(w, k);
  const killed = isKilledWord(first);
  const wounded = isWoundedWord(first);
  if (!killed && !wounded) return null;
  if (JOINERS.has(word(w, k + 1))) {
    const second = word(w, k + 2);
    if ((killed && isWoundedWord(second)) || (wounded && isKilledWord(second))) return { loss: 'casualties', last: k + 3 };
  }
  return { loss: killed ? 'killed' : 'wounded', last: k + 1 };
}

interface Noun {
  index: number;
  category: NounCategory;
  /** After the noun, and after "or wounded" when it pairs. */
  end: number;
  /** "92 daily casualties" */
  period?: string;
}

/** The noun an amount counts: "12,000 North Korean soldiers", "dozens of soldiers", "2,700 wounded". */
function headNoun(w: Window, j: number): Noun | null {
  let k = j;
  let period: string | undefined;
  if (word(w, k) === 'of') {
    k++;
    if (DETERMINERS.has(word(w, k))) k++;
  }
  for (let skipped = 0; k < w.ceiling && skipped <= 4; k++) {
    const token = w.tokens[k]!;
    if (token.gap >= LINE) return null;
    const category = nounCategory(token.low) ?? (isDemonym(w, k) ? 'people' : null);
    if (category) {
      const loss = category === 'killed' || category === 'wounded' ? lossAt(w, k) : null;
      return { index: k, category: loss?.loss ?? category, end: loss?.last ?? k + 1, ...(period && { period }) };
    }
    if (RATE_ADVERBS[token.low]) period = RATE_ADVERBS[token.low];
    else if (token.low === '-' && token.gap === GLUED) continue;
    else if (token.type !== WORD || !(token.cap || MODIFIERS.has(token.low))) return null;
    skipped++;
  }
  return null;
}

/** "3,000 North Koreans", "300 Russians": a capitalised plural that ends a run of capitalised words. */
function isDemonym(w: Window, k: number): boolean {
  const token = w.tokens[k]!;
  const next = w.tokens[k + 1];
  return token.cap && token.low.length > 3 && token.low.endsWith('s') && !token.low.endsWith('ss') && !(next && next.cap && next.gap !== GLUED && k + 1 < w.ceiling);
}

/** "a day", "per day", "each week", "daily", "/day", "a day on average". */
function rateAt(w: Window, k: number): string | null {
  if (word(w, k) === 'on' && word(w, k + 1) === 'average') k += 2;
  const first = word(w, k);
  if (RATE_ADVERBS[first]) return RATE_ADVERBS[first]!;
  if (RATE_ARTICLES.has(first) && !RELATIVE_TIME.has(word(w, k + 2))) return RATE_PERIODS[word(w, k + 1)] ?? null;
  return null;
}

/** "the daily casualty rate could reach 92": "daily" before a rate noun, earlier in the clause. */
function dailyBefore(w: Window, start: number): boolean {
  for (let k = start - 1, steps = 0; k >= w.floor && steps < 7; k--, steps++) {
    const token = w.tokens[k]!;
    if (token.type === NUM || (token.type === PUNCT && token.low !== '-')) return false;
    if (RATE_ADVERBS[token.low] && (RATE_NOUNS.has(word(w, k + 1)) || RATE_NOUNS.has(word(w, k + 2)))) return true;
  }
  return false;
}

type Behind = Loss | 'force' | 'rate';

/** A noun tied to the amount by linking words: "casualties reaching 4,000", "a contingent of 12,000". */
function nounBehind(w: Window, start: number): Behind | null {
  let k = start - 1;
  let links = 0;
  while (k >= w.floor && links < 5 && (LINKS.has(word(w, k)) || DETERMINERS.has(word(w, k)) || word(w, k) === ':')) {
    k--;
    links++;
  }
  if (links === 0 || k < w.floor) return null;
  const noun = word(w, k);
  // "Losses began in early December and reached 3,800": the subject is further back.
  if (STATE_VERBS.has(word(w, start - 1)) || STATE_VERBS.has(word(w, start - 2))) {
    const far = nounCategory(noun) || FORCE_NOUNS.has(noun) || noun === 'toll' ? null : subjectBehind(w, k);
    if (far) return far;
  }
  if (noun === 'toll') return word(w, k - 1) === 'death' ? 'killed' : 'casualties';
  if (CASUALTY_NOUNS.has(noun) || noun === 'casualty') return 'casualties';
  const killed = isKilledWord(noun);
  const wounded = isWoundedWord(noun);
  if (killed || wounded) {
    const other = word(w, k - 2);
    const paired = JOINERS.has(word(w, k - 1)) && (killed ? isWoundedWord(other) : isKilledWord(other));
    return paired ? 'casualties' : killed ? 'killed' : 'wounded';
  }
  if (FORCE_NOUNS.has(noun)) return 'force';
  if (noun === 'rate' || noun === 'rates' || noun === 'average') return 'rate';
  return null;
}

/** "rose from 300 to 1,200": the words before "from" tie the second count too. */
function changeStart(w: Window, start: number): number {
  if (word(w, start - 1) !== 'to') return start;
  for (let k = start - 2, steps = 0; k >= w.floor && steps < 4; k--, steps++) {
    if (word(w, k) === 'from') return k;
    if (w.tokens[k]!.type !== NUM && SCALES[word(w, k)] === undefined && word(w, k) !== ',') return start;
  }
  return start;
}

/** Verbs that state a count's level: the noun they speak of can stand a clause away. */
const STATE_VERBS = new Set([
  'reaching', 'reached', 'reach', 'reaches', 'rose', 'risen', 'rising', 'climbed', 'grew', 'jumped', 'stood', 'stands',
  'totalled', 'totaled', 'totalling', 'totaling', 'numbered', 'numbering', 'hit', 'exceeded', 'surpassed', 'topped',
]);
const SUBJECTS = table<Behind>({
  casualties: 'casualties', casualty: 'casualties', losses: 'casualties', toll: 'casualties',
  deaths: 'killed', dead: 'killed', fatalities: 'killed', injuries: 'wounded',
  contingent: 'force', deployment: 'force', strength: 'force',
});
/** A number next to a month name is a day of a date, not another count. */
const inDate = (w: Window, k: number): boolean =>
  [k - 2, k - 1, k + 1, k + 2].some((i) => MONTH_WORDS.has(word(w, i)));

/** A loss or force noun up to ten words back in the clause, past words and dates but not other counts. */
function subjectBehind(w: Window, from: number): Behind | null {
  for (let k = from, steps = 0; k >= w.floor && steps < 10; k--, steps++) {
    const token = w.tokens[k]!;
    if (CLAUSE_ENDS.has(token.low) || (token.type === NUM && !inDate(w, k))) return null;
    const subject = SUBJECTS[token.low];
    if (subject) return token.low === 'toll' && word(w, k - 1) === 'death' ? 'killed' : subject;
  }
  return null;
}

const PART_WORDS = new Set(['most', 'many', 'some', 'none', 'majority', 'rest', 'remainder', 'each', 'percent', 'cent', '%']);

/** "all 12,000", "the entire 12,000", "half of the 12,000", "300 of the 12,000": the count is the whole. */
function wholeBefore(w: Window, start: number): boolean {
  const one = word(w, start - 1);
  const two = word(w, start - 2);
  if (WHOLE.has(one) || ((one === 'of' || one === 'the') && WHOLE.has(two))) return true;
  // "half of the battalion's 400": skip the determiner and a possessive before "of".
  let k = start - 1;
  for (let skipped = 0; skipped < 2 && (DETERMINERS.has(word(w, k)) || /['’]s$/.test(word(w, k))); skipped++) k--;
  const part = word(w, k) === 'of' ? k - 1 : -1;
  if (part < w.floor) return false;
  const head = w.tokens[part]!;
  return head.type === NUM || DENOMINATORS[head.low] !== undefined || PART_WORDS.has(head.low);
}

/** A verb before the amount: "killed 300", "eliminate 18 fighters", "lost 1,200", "the corpses of dozens". */
function verbBefore(w: Window, start: number): Behind | null {
  let k = start - 1;
  if (FILLERS_BEFORE.has(word(w, k))) k--;
  const verb = word(w, k);
  if (HAVING.has(verb)) return 'force';
  if (KILLING_VERBS.has(verb)) return 'killed';
  if (WOUNDING_VERBS.has(verb)) return 'wounded';
  if (LOSING_VERBS.has(verb)) return 'casualties';
  if (verb === 'of' && REMAINS.has(word(w, k - 1))) return 'killed';
  return null;
}

/**
 * What the clause after a count of soldiers says of them: deployed (a force) or killed, wounded or
 * both. "all" or a prediction about "the N soldiers" ("could be killed") makes the count the force.
 */
function verbAfter(w: Window, k: number, definite: boolean, tight: boolean, whole = false): { kind: Behind | 'missing'; end: number } | null {
  let all = whole;
  let modal = false;
  for (let steps = 0; k < w.ceiling && steps < 8; k++, steps++) {
    const token = w.tokens[k]!;
    const low = token.low;
    if (token.type === NUM || CLAUSE_ENDS.has(low)) return null;
    if (WHOLE.has(low)) all = true;
    if (MODALS.has(low)) modal = true;
    if (DEPLOY_VERBS.has(low)) return { kind: 'force', end: k + 1 };
    if (MISSING.has(low)) return { kind: 'missing', end: k + 1 };
    if (CASUALTY_NOUNS.has(low) && BECOMING.has(word(w, k - 1))) return { kind: all ? 'force' : 'casualties', end: k + 1 };
    if (low === 'lost' && word(w, k + 1) === 'their' && word(w, k + 2) === 'lives') return { kind: all ? 'force' : 'killed', end: k + 3 };
    // "1,900 troops were lost"; but "12,000 soldiers may be lost by April" is about the force.
    if (low === 'lost') return { kind: all || modal ? 'force' : 'casualties', end: k + 1 };
    const loss = lossAt(w, k);
    if (loss) return { kind: all || (definite && modal) ? 'force' : loss.loss, end: loss.last };
    if (tight && !AUXILIARIES.has(low)) return null;
  }
  return null;
}

const KIND_UNITS: Record<Exclude<FigureKind, 'rate' | 'duration' | 'date' | 'share'>, string> = {
  force: 'troops',
  casualties: 'casualties',
  killed: 'killed',
  wounded: 'wounded',
};

const asKind = (kind: Behind, last: number): Classified =>
  kind === 'rate' ? { kind: 'rate', unit: 'casualties per day', last } : { kind, unit: KIND_UNITS[kind], last };

/** "30 soldiers are killed every day": a rate after the verb. */
function withRate(w: Window, after: { kind: Behind | 'missing'; end: number }, j: number): Classified | null {
  if (after.kind === 'missing') return null;
  const period = after.kind === 'force' ? null : rateAt(w, after.end);
  return period ? { kind: 'rate', unit: `${after.kind === 'rate' ? 'casualties' : after.kind} per ${period}`, last: j } : asKind(after.kind, j);
}

/** "a third of", "half the force", "lost a third.": a spelled fraction with nothing after it that makes it an ordinal. */
function fractionStandsAlone(w: Window, j: number): boolean {
  if (j >= w.ceiling) return true;
  const next = w.tokens[j]!;
  return FRACTION_FOLLOWERS.has(next.low) || (next.type === PUNCT && next.low !== '-') || next.gap >= LINE;
}

/** Why an amount is not a figure at all: an age, a page, a time of day. */
function excluded(w: Window, start: number, j: number): boolean {
  const one = word(w, start - 1);
  const two = word(w, start - 2);
  if (AGE_WORDS.has(one) || (one === 'of' && AGE_WORDS.has(two))) return true;
  if (PAGE_WORDS.has(one) || (one === '.' && PAGE_WORDS.has(two))) return true;
  const next = word(w, j);
  if (TIME_OF_DAY.has(next)) return true;
  return (next === 'p' || next === 'a') && word(w, j + 1) === '.' && word(w, j + 2) === 'm';
}

/** A compound written with a hyphen: "12,000-strong", "12-week", "300-page", "19-year-old". */
function compound(w: Window, amount: Amount, j: number): Classified | null | undefined {
  const dash = w.tokens[j];
  const next = w.tokens[j + 1];
  if (!dash || !next || j + 1 >= w.ceiling || dash.low !== '-' || dash.gap !== GLUED || next.gap !== GLUED || next.type !== WORD) {
    return undefined;
  }
  if (next.low === 'strong') return { kind: 'force', unit: 'troops', last: j + 2 };
  const unit = TIME_UNITS[next.low];
  if (!unit || amount.share || amount.vague) return null;
  const old = word(w, j + 2) === '-' && /^olds?$/.test(word(w, j + 3));
  return old ? null : { kind: 'duration', unit, last: j + 2 };
}

function duration(w: Window, amount: Amount, j: number): Classified | null | undefined {
  const next = w.tokens[j];
  if (!next || j >= w.ceiling || next.gap === GLUED || next.gap >= LINE) return undefined;
  const unit = TIME_UNITS[next.low];
  if (!unit) return undefined;
  const after = word(w, j + 1);
  if (amount.vague || amount.share || after === 'old' || after === 'ago' || (after === 'of' && word(w, j + 2) === 'age')) return null;
  if (amount.last === amount.first + 1 && w.tokens[amount.first]!.low === 'one' && next.low === 'day') return null;
  return { kind: 'duration', unit, last: j + 1 };
}

/** A share, or a share a day: "0.77 % of the force a day". */
function share(w: Window, amount: Amount, j: number): Classified | null {
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

function bareCount(w: Window, j: number): boolean {
  if (j >= w.ceiling) return true;
  const next = w.tokens[j]!;
  return next.type === PUNCT || next.gap >= LINE || BARE_FOLLOWERS.has(next.low) || AUXILIARIES.has(next.low);
}

function kindOfNoun(w: Window, amount: Amount, noun: Noun, start: number, behind: Behind | null): Classified | null {
  const j = amount.last;
  const { category } = noun;
  // "the two forces": armies, not soldiers.
  if (word(w, noun.index) === 'forces' && (amount.value ?? amount.high ?? 0) < 100) return null;
  if (category === 'casualties' || category === 'killed' || category === 'wounded') return asKind(category, j);
  if (wholeBefore(w, start) || behind === 'force') return category === 'military' ? asKind('force', j) : null;
  const before = verbBefore(w, start);
  if (before) return asKind(before, j);
  const after = verbAfter(w, noun.end, word(w, start - 1) === 'the', false);
  if (after) return withRate(w, after, j);
  return category === 'military' ? asKind('force', j) : null;
}

/**
 * The kind of the amount whose span starts at token `start` (its qualifier or range opener) and
 * whose amount ends before token `amount.last`; null when it is not a figure.
 */
export function classify(tokens: Token[], amount: Amount, start: number, floor: number, ceiling: number): Classified | null {
  const w: Window = { tokens, floor, ceiling };
  const j = amount.last;
  if (excluded(w, start, j)) return null;
  const hyphenated = compound(w, amount, j);
  if (hyphenated !== undefined) return hyphenated;
  if (amount.share) return share(w, amount, j);
  const timed = duration(w, amount, j);
  if (timed !== undefined) return timed;

  const noun = headNoun(w, j);
  const behind = nounBehind(w, changeStart(w, start));
  const period = rateAt(w, j) ?? (noun && rateAt(w, noun.end)) ?? noun?.period ?? (dailyBefore(w, start) || behind === 'rate' ? 'day' : null);
  if (period) {
    const what = noun && (noun.category === 'killed' || noun.category === 'wounded') ? noun.category : 'casualties';
    return { kind: 'rate', unit: `${what} per ${period}`, last: j };
  }
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
  const pronoun = word(w, j) === 'of' && PRONOUNS.has(word(w, j + 1)) ? j + 2 : j;
  const after = verbAfter(w, pronoun, false, true, wholeBefore(w, start));
  if (after) return withRate(w, after, j);
  if (!bareCount(w, j)) return null;
  const before = verbBefore(w, start);
  if (before) return asKind(before, j);
  return behind ? asKind(behind, j) : null;
}
