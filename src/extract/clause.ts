/**
 * What the words around a count say about it, in bounded windows of its sentence: the noun it
 * counts, a rate after it, a noun or verb before it, what the clause after it says happened.
 */
import {
  AUXILIARIES,
  CASUALTY_NOUNS,
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
  MONTH_WORDS,
  PEOPLE,
  RATE_ADVERBS,
  RATE_ARTICLES,
  RATE_NOUNS,
  RATE_PERIODS,
  REMAINS,
  SCALES,
  table,
  WHOLE,
  WOUNDED_NOUNS,
  WOUNDED_VERBS,
  WOUNDING_VERBS,
} from './lexicon.js';
import { GLUED, LINE, NUM, PUNCT, WORD, type Token } from './tokens.js';

export type Loss = 'casualties' | 'killed' | 'wounded';
export type NounCategory = Loss | 'military' | 'people';

export interface Window {
  tokens: Token[];
  /** The sentence's tokens: [floor, ceiling). */
  floor: number;
  ceiling: number;
}

export const DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those', 'a', 'an']);
const JOINERS = new Set(['and', 'or', '/', '&', '+']);
const CLAUSE_ENDS = new Set([';', ':', '.', '!', '?', '(', ')', '—']);
const FILLERS_BEFORE = new Set(['another', 'a', 'an', 'further', 'additional', 'the', 'some', 'more']);
/** "a week earlier": a point in time, not a rate. */
const RELATIVE_TIME = new Set(['earlier', 'later', 'ago', 'before', 'after', 'previously', 'prior', 'back']);
const BECOMING = new Set(['become', 'became', 'becoming', 'becomes']);
/** What a count may be instead of a loss: kept apart, as sources do, and not a figure here. */
const MISSING = new Set(['missing', 'captured', 'surrendered', 'deserted', 'prisoner', 'prisoners']);
/** Verbs before a count that say it is what a unit has: "the unit, which had 500 men". */
const HAVING = new Set(['had', 'has', 'have', 'having', 'with', 'fielded', 'fielding', 'comprising', 'numbering']);

export const word = (w: Window, k: number): string => (k >= w.floor && k < w.ceiling ? w.tokens[k]!.low : '');

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
export function lossAt(w: Window, k: number): { loss: Loss; last: number } | null {
  const first = word(w, k);
  const killed = isKilledWord(first);
  const wounded = isWoundedWord(first);
  if (!killed && !wounded) return null;
  if (JOINERS.has(word(w, k + 1))) {
    const second = word(w, k + 2);
    if ((killed && isWoundedWord(second)) || (wounded && isKilledWord(second)))
      return { loss: 'casualties', last: k + 3 };
  }
  return { loss: killed ? 'killed' : 'wounded', last: k + 1 };
}

export interface Noun {
  index: number;
  category: NounCategory;
  /** After the noun, and after "or wounded" when it pairs. */
  end: number;
  /** "92 daily casualties" */
  period?: string;
}

/** The noun an amount counts: "12,000 North Korean soldiers", "dozens of soldiers", "2,700 wounded". */
export function headNoun(w: Window, j: number): Noun | null {
  let k = j;
  let period: string | undefined;
  if (word(w, k) === 'of') {
    k++;
    if (DETERMINERS.has(word(w, k))) k++;
  }
  for (let skipped = 0; k < w.ceiling && skipped <= 4; k++) {
    const token = w.tokens[k]!;
    if (token.gap > LINE) return null;
    const category = nounCategory(token.low) ?? (isDemonym(w, k) ? 'people' : null);
    if (category) {
      const loss = category === 'killed' || category === 'wounded' ? lossAt(w, k) : null;
      return { index: k, category: loss?.loss ?? category, end: loss?.last ?? k + 1, ...(period && { period }) };
    }
    if (RATE_ADVERBS[token.low]) period = RATE_ADVERBS[token.low];
    else if (token.low === '-' && token.gap === GLUED) continue;
    // "Russian and Ukrainian soldiers"
    else if (token.low === 'and' && k > j && w.tokens[k + 1]?.cap === true) continue;
    else if (token.type !== WORD || !(token.cap || MODIFIERS.has(token.low))) return null;
    skipped++;
  }
  return null;
}

/** "3,000 North Koreans", "300 Russians": a capitalised plural that ends a run of capitalised words. */
function isDemonym(w: Window, k: number): boolean {
  const token = w.tokens[k]!;
  const next = w.tokens[k + 1];
  return (
    token.cap &&
    token.low.length > 3 &&
    token.low.endsWith('s') &&
    !token.low.endsWith('ss') &&
    !(next?.cap && next.gap !== GLUED && k + 1 < w.ceiling)
  );
}

/** "a day", "per day", "each week", "daily", "/day", "a day on average". */
export function rateAt(w: Window, k: number): string | null {
  if (word(w, k) === 'on' && word(w, k + 1) === 'average') k += 2;
  const first = word(w, k);
  if (RATE_ADVERBS[first]) return RATE_ADVERBS[first]!;
  if (RATE_ARTICLES.has(first) && !RELATIVE_TIME.has(word(w, k + 2))) return RATE_PERIODS[word(w, k + 1)] ?? null;
  return null;
}

/** "the daily casualty rate could reach 92": "daily" before a rate noun, earlier in the clause. */
export function dailyBefore(w: Window, start: number): boolean {
  for (let k = start - 1, steps = 0; k >= w.floor && steps < 7; k--, steps++) {
    const token = w.tokens[k]!;
    if (token.type === NUM || (token.type === PUNCT && token.low !== '-')) return false;
    if (RATE_ADVERBS[token.low] && (RATE_NOUNS.has(word(w, k + 1)) || RATE_NOUNS.has(word(w, k + 2)))) return true;
  }
  return false;
}

export type Behind = Loss | 'force' | 'rate';

/** A noun tied to the amount by linking words: "casualties reaching 4,000", "a contingent of 12,000". */
export function nounBehind(w: Window, start: number): Behind | null {
  let k = start - 1;
  let links = 0;
  while (k >= w.floor && links < 5 && (LINKS.has(word(w, k)) || DETERMINERS.has(word(w, k)) || word(w, k) === ':')) {
    k--;
    links++;
  }
  if (k < w.floor) return null;
  // "Casualties among the units have already exceeded 3,000": the qualifier is the verb.
  const stated = STATE_VERBS.has(word(w, start)) && w.tokens[start]?.type === WORD;
  if (links === 0 && !stated) return null;
  const noun = word(w, k);
  // "Losses began in early December and reached 3,800": the subject is further back.
  if (stated || STATE_VERBS.has(word(w, start - 1)) || STATE_VERBS.has(word(w, start - 2))) {
    const far = nounCategory(noun) || FORCE_NOUNS.has(noun) || noun === 'toll' ? null : subjectBehind(w, k);
    if (far) return far;
  }
  // "the death toll among the soldiers has reached 2,100": the soldiers are whom the toll counts.
  const among = [k - 1, k - 2, k - 3].find((i) => word(w, i) === 'among');
  if (among !== undefined && MILITARY.has(noun)) return subjectBehind(w, among - 1) ?? 'force';
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
export function changeStart(w: Window, start: number): number {
  if (word(w, start - 1) !== 'to') return start;
  for (let k = start - 2, steps = 0; k >= w.floor && steps < 4; k--, steps++) {
    if (word(w, k) === 'from') return k;
    if (w.tokens[k]!.type !== NUM && SCALES[word(w, k)] === undefined && word(w, k) !== ',') return start;
  }
  return start;
}

/** Verbs that state a count's level: the noun they speak of can stand a clause away. */
const STATE_VERBS = new Set([
  'reaching',
  'reached',
  'reach',
  'reaches',
  'rose',
  'risen',
  'rising',
  'climbed',
  'grew',
  'jumped',
  'stood',
  'stands',
  'totalled',
  'totaled',
  'totalling',
  'totaling',
  'numbered',
  'numbering',
  'hit',
  'exceeded',
  'surpassed',
  'topped',
  'passed',
  'estimated',
  'put',
  'at',
  'amount',
  'amounts',
  'amounted',
  'amounting',
]);
const SUBJECTS = table<Behind>({
  casualties: 'casualties',
  casualty: 'casualties',
  losses: 'casualties',
  toll: 'casualties',
  deaths: 'killed',
  dead: 'killed',
  fatalities: 'killed',
  injuries: 'wounded',
  contingent: 'force',
  deployment: 'force',
  strength: 'force',
});
/** A number next to a month name is a day of a date, not another count. */
const inDate = (w: Window, k: number): boolean => [k - 2, k - 1, k + 1, k + 2].some((i) => MONTH_WORDS.has(word(w, i)));

/** A loss or force noun up to ten words back in the clause, past words and dates but not other counts. */
function subjectBehind(w: Window, from: number): Behind | null {
  for (let k = from, steps = 0; k >= w.floor && steps < 10; k--, steps++) {
    const token = w.tokens[k]!;
    if (CLAUSE_ENDS.has(token.low) || (token.type === NUM && !inDate(w, k))) return null;
    const subject = SUBJECTS[token.low];
    if (subject) return token.low === 'toll' && word(w, k - 1) === 'death' ? 'killed' : subject;
    // "the number of troops killed in action has reached 1,800"; "the number killed and wounded"
    const loss = lossAt(w, k) ?? (JOINERS.has(word(w, k - 1)) ? lossAt(w, k - 2) : null);
    if (loss) return loss.loss;
  }
  return null;
}

/** A verb before the amount: "killed 300", "eliminate 18 fighters", "lost 1,200", "the corpses of dozens". */
export function verbBefore(w: Window, start: number): Behind | null {
  let k = start - 1;
  if (FILLERS_BEFORE.has(word(w, k))) k--;
  const verb = word(w, k);
  if (HAVING.has(verb)) return 'force';
  const killing = KILLING_VERBS.has(verb);
  const wounding = WOUNDING_VERBS.has(verb);
  // "killed or wounded 1,500"
  const other = JOINERS.has(word(w, k - 1)) ? word(w, k - 2) : '';
  if ((killing && WOUNDING_VERBS.has(other)) || (wounding && KILLING_VERBS.has(other))) return 'casualties';
  if (killing) return 'killed';
  if (wounding) return 'wounded';
  if (LOSING_VERBS.has(verb)) return 'casualties';
  if (verb === 'of' && REMAINS.has(word(w, k - 1))) return 'killed';
  return null;
}

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
function countFollows(w: Window, k: number): boolean {
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
  w: Window,
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
export function verbAfter(
  w: Window,
  k: number,
  definite: boolean,
  tight: boolean,
  whole = false,
): { kind: Behind | 'missing'; end: number } | null {
  let all = whole;
  let modal = false;
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
    // "put out of action"
    if (low === 'out' && word(w, k + 1) === 'of' && word(w, k + 2) === 'action')
      return { kind: all || modal ? 'force' : 'casualties', end: k + 3 };
    // "1,900 troops were lost"; but "12,000 soldiers may be lost by April" is about the force.
    if (low === 'lost') return { kind: all || modal ? 'force' : 'casualties', end: k + 1 };
    const loss = lossAt(w, k);
    if (loss) return { kind: all || (definite && modal) ? 'force' : loss.loss, end: loss.last };
    if (tight && !AUXILIARIES.has(low)) return null;
  }
  return null;
}
