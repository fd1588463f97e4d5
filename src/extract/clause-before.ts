/**
 * What the words before a count say about it: a loss or force noun tied to it by linking words
 * ("casualties reaching 4,000"), the subject of a verb that states its level, or a verb of killing,
 * wounding, losing or having right before it.
 */
import {
  CASUALTY_NOUNS,
  DEPLOY_VERBS,
  FORCE_NOUNS,
  KILLING_VERBS,
  LINKS,
  LOSING_VERBS,
  MILITARY,
  MONTH_ABBREVIATIONS,
  MONTH_WORDS,
  NOT_TROOPS,
  REMAINS,
  SCALES,
  STRICT_MONTH_CONTEXT,
  table,
  TIME_UNITS,
  WOUNDING_VERBS,
} from './lexicon.js';
import { DASHES } from './numerals.js';
import { GLUED, NUM, SPACE, WORD } from './tokens.js';
import { wholeBefore } from './whole.js';
import {
  CLAUSE_ENDS,
  DETERMINERS,
  inDate,
  isKilledWord,
  isWoundedWord,
  JOINERS,
  lossAt,
  nounCategory,
  word,
  type Behind,
  type TokenWindow,
} from './clause.js';

const FILLERS_BEFORE = new Set([
  'another',
  'a',
  'an',
  'further',
  'additional',
  'the',
  'some',
  'more',
  'only',
  'just',
  'merely',
]);
/** Words before "may" that make it the month: the words that ask for one, and "early", "mid-", "late". */
const MONTH_BEFORE = new Set([...STRICT_MONTH_CONTEXT, 'early', 'mid', 'late', '-']);
const HEDGES_BEFORE = new Set(['only', 'just', 'merely', 'barely']);
/** Verbs before a count that say it is what a unit has: "the unit, which had 500 men". */
const HAVING = new Set(['had', 'has', 'have', 'having', 'with', 'fielded', 'fielding', 'comprising', 'numbering']);

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
/**
 * A word that ties a count to its noun: "reaching", "of", "now", a determiner, a colon or dash, a quotation mark, and a
 * comma that brings in a link ("Kyiv's count of Russian dead and wounded, now "close to 790,000"").
 */
const linkAt = (w: TokenWindow, k: number): boolean => {
  const low = word(w, k);
  // "Russian losses in May: about 35,000": the month, not the verb "may".
  if (low === 'may' && MONTH_BEFORE.has(word(w, k - 1))) return false;
  return (
    LINKS.has(low) ||
    DETERMINERS.has(low) ||
    low === ':' ||
    DASHES.has(low) ||
    QUOTES.has(low) ||
    // "NK … cas.: ~4.7k": the abbreviation's full stop.
    (low === '.' && word(w, k - 1) === 'cas') ||
    low === 'between' ||
    // "casualties are only 300"
    HEDGES_BEFORE.has(low) ||
    (low === ',' && LINKS.has(word(w, k + 1)) && !DETERMINERS.has(word(w, k + 1)))
  );
};
/**
 * "losses are not 1 million, as Kyiv claims, but 800,000", "not 12,000 but closer to 15,000": the count a text puts in
 * place of the one it denies has the denied one's noun. The index before "not", else `k`.
 */
function pastDenied(w: TokenWindow, k: number): number {
  const but = [k, k - 1, k - 2].find((i) => word(w, i) === 'but');
  if (but === undefined) return k;
  for (let i = but - 1, sawNumber = false; i >= w.floor && i >= but - 12; i--) {
    if (w.tokens[i]!.type === NUM) sawNumber = true;
    else if (word(w, i) === 'not') return sawNumber ? i - 1 : k;
    else if (CLAUSE_ENDS.has(word(w, i))) return k;
  }
  return k;
}

/** "dead since 2022": a year a loss count runs from, right after the loss's noun. */
const yearAfterSince = (w: TokenWindow, k: number): boolean =>
  w.tokens[k]?.type === NUM &&
  /^(?:19|20)\d\d$/.test(word(w, k)) &&
  word(w, k - 1) === 'since' &&
  (CASUALTY_NOUNS.has(word(w, k - 2)) || isKilledWord(word(w, k - 2)) || isWoundedWord(word(w, k - 2))) &&
  // Not "the tally of Russian tanks destroyed since 2022": things, not troops.
  !NOT_TROOPS.has(word(w, k - 3));

/** A noun tied to the amount by linking words: "casualties reaching 4,000", "a contingent of 12,000". */
export function nounBehind(w: TokenWindow, start: number): Behind | null {
  let k = pastDenied(w, start - 1);
  let links = 0;
  while (k >= w.floor && links < 5 && (linkAt(w, k) || yearAfterSince(w, k))) {
    // "Russia's military dead since 2022 probably number …": the year the count runs from stands between.
    if (yearAfterSince(w, k)) k--;
    k--;
    links++;
    // "casualties (killed and wounded) now exceed 4,000": an aside in brackets stands between noun and verb.
    if (word(w, k) === ')') {
      const open = [1, 2, 3, 4, 5, 6].map((n) => k - n).find((i) => word(w, i) === '(');
      if (open !== undefined) k = open - 1;
    }
  }
  if (k < w.floor) return null;
  // "… some 600 dead, from 3,000 in January": across a comma, the noun of the count before is that count's own.
  if (links > 0 && w.tokens[k - 1]?.type === NUM && w.tokens.slice(k + 1, start).some((t) => t.low === ','))
    return null;
  // "a quarter of the contingent - some 3,000 men - has been killed": the count between dashes is the part, not the
  // contingent the noun names.
  if (DASHES.has(word(w, start - 1)) && wholeBefore(w, k)) return null;
  // "casualties rose by 500 in a day to about 179,000": the rise and the level reached are both of the subject.
  const rise = riseBefore(w, start);
  // Not "…, bringing its total losses to some 5,500": the count's noun is after the verb, not before its comma.
  if (rise !== null && word(w, rise - 1) !== ',') {
    const subject = subjectBehind(w, rise - 1);
    if (subject) return subject;
  }
  // "Casualties among the units have already exceeded 3,000": the qualifier is the verb.
  const stated = STATE_VERBS.has(word(w, start)) && w.tokens[start]?.type === WORD;
  // "ru losses ~1,095,000 as of today": in notes and posts a loss noun stands right before its count, or before the
  // place it counts: "NK KIA in kursk ~1600".
  const bareAt = links === 0 && w.tokens[k]?.type === WORD ? pastPlace(w, k) : k;
  const bare =
    links === 0 &&
    (CASUALTY_NOUNS.has(word(w, bareAt)) || isKilledWord(word(w, bareAt)) || isWoundedWord(word(w, bareAt))) &&
    // Not the noun of a count before it: "3,800 NK casualties 12,000 troops".
    w.tokens[bareAt - 1]?.type !== NUM &&
    w.tokens[bareAt - 2]?.type !== NUM;
  if (links === 0 && !stated && !bare) return null;
  k = pastPlace(w, k);
  // "Killed in the fighting for Russia so far: some 2,000 North Korean soldiers": a headline's loss word, then a colon.
  if (word(w, k + 1) === ':' || word(w, start - 1) === ':') {
    const lead = word(w, w.floor);
    if (isKilledWord(lead) || isWoundedWord(lead) || CASUALTY_NOUNS.has(lead))
      return CASUALTY_NOUNS.has(lead) ? 'casualties' : isKilledWord(lead) ? 'killed' : 'wounded';
  }
  const noun = word(w, k);
  // "The total combat losses of the enemy …: personnel ‒ about 753,040": Ukraine's General Staff's form.
  if (noun === 'personnel' && DASHES.has(word(w, k + 1)) && lossesBefore(w, k)) return 'casualties';
  // "Losses began in early December and reached 3,800": the subject is further back. So it is past "hit a record".
  if (
    stated ||
    STATE_VERBS.has(word(w, start - 1)) ||
    STATE_VERBS.has(word(w, start - 2)) ||
    STATE_VERBS.has(word(w, pastRecord(w, start)))
  ) {
    const far = nounCategory(noun) || FORCE_NOUNS.has(noun) || noun === 'toll' ? null : subjectBehind(w, k);
    if (far) return far;
  }
  // "the death toll among the soldiers has reached 2,100": the soldiers are whom the toll counts.
  const among = [k - 1, k - 2, k - 3].find((i) => word(w, i) === 'among');
  if (among !== undefined && MILITARY.has(noun)) return subjectBehind(w, among - 1) ?? 'force';
  if (noun === 'toll') return word(w, k - 1) === 'death' ? 'killed' : 'casualties';
  // "irretrievable losses stood at about 200,000 and its sanitary losses at about 590,000": the dead (with the missing
  // and captured) and the wounded (with the sick), in the Russian and Ukrainian armies' own words.
  if (noun === 'losses' && LOSSES_OF_KIND[word(w, k - 1)]) return LOSSES_OF_KIND[word(w, k - 1)]!;
  // "Russia's tank losses at just over 10,000": losses of things.
  if (CASUALTY_NOUNS.has(noun) && NOT_TROOPS.has(word(w, k - 1))) return null;
  if (CASUALTY_NOUNS.has(noun) || noun === 'casualty') return 'casualties';
  // "total combat losses in personnel stood at 1,036,000": losses, counted in people.
  if (
    noun === 'personnel' &&
    (word(w, k - 1) === 'in' || word(w, k - 1) === 'of') &&
    CASUALTY_NOUNS.has(word(w, k - 2))
  )
    return 'casualties';
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

/** Whether the word names what a count counts: a loss, the dead, the wounded, a force. */
const countsSomething = (low: string): boolean =>
  nounCategory(low) !== null || FORCE_NOUNS.has(low) || CASUALTY_NOUNS.has(low) || SUBJECTS[low] !== undefined;

/** Words that open a day after a loss noun in a headline: "losses as of 18.11.2025:", "losses on 1 March:". */
const DAY_OPENERS = new Set(['on', 'by', 'through', 'until', 'to', 'in', 'for', 'since']);
const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);
const DATE_MARKS = new Set([',', '.', '-']);

/** "per day", "per 24 hours": a rate's time, not who counted. */
const perTime = (low: string): boolean => TIME_UNITS[low] !== undefined || /^\d+$/.test(low);

/**
 * "war dead in Russia now around 2,400", "DPRK troops in Russia: 11,000": a place of one to three words between the
 * noun and the links before its count. The noun's index, or `k` when no such place stands there.
 */
function pastPlace(w: TokenWindow, k: number): number {
  // "RU losses in June: 1.1k": a headline's month before its colon.
  if (
    MONTH_WORDS.has(word(w, k)) &&
    word(w, k + 1) === ':' &&
    word(w, k - 1) === 'in' &&
    countsSomething(word(w, k - 2))
  )
    return k - 2;
  // "Russian personnel losses as of 18.11.2025: about 1,164,000": a day between the noun and its colon.
  if (word(w, k + 1) === ':') {
    for (let i = k; i > w.floor && i >= k - 5; i--) {
      const low = word(w, i);
      const opener = low === 'of' && word(w, i - 1) === 'as' ? i - 1 : DAY_OPENERS.has(low) ? i : undefined;
      if (opener !== undefined) return countsSomething(word(w, opener - 1)) ? opener - 1 : k;
      const token = w.tokens[i]!;
      if (token.type !== NUM && !MONTH_WORDS.has(low) && !DATE_MARKS.has(low) && !ORDINALS.has(low)) break;
    }
  }
  // "casualties in 2024 were 1,176", "in November": a time, which the readers of dates and rates take.
  if (countsSomething(word(w, k)) || w.tokens[k]?.type !== WORD || MONTH_WORDS.has(word(w, k))) return k;
  // "RU losses per GS: ~1.25 mil", "Russian losses according to the General Staff: 1.25 million": who counted.
  for (let i = k; i > w.floor && i >= k - 4; i--) {
    const low = word(w, i);
    const by =
      low === 'per' && !perTime(word(w, i + 1))
        ? i
        : low === 'to' && word(w, i - 1) === 'according'
          ? i - 1
          : undefined;
    if (by !== undefined && countsSomething(word(w, by - 1))) return by - 1;
    if (CLAUSE_ENDS.has(low) || low === ',') break;
  }
  for (let i = k - 1; i > w.floor && i >= k - 3; i--) {
    const low = word(w, i);
    // "losses over the weekend came to 1,070": a time in the same place.
    if (low === 'in' || low === 'inside' || low === 'over' || low === 'during') {
      if (countsSomething(word(w, i - 1))) return i - 1;
      // "NK cas. in Kursk: ~1,100": the abbreviation's full stop.
      return word(w, i - 1) === '.' && countsSomething(word(w, i - 2)) ? i - 2 : k;
    }
    // "the number of North Korean troops sent to Russia to some 14,500": where they were sent.
    if (low === 'to' && DEPLOY_VERBS.has(word(w, i - 1))) return countsSomething(word(w, i - 2)) ? i - 2 : k;
    if (CLAUSE_ENDS.has(low) || low === ',') return k;
  }
  return k;
}

/** Losses of one kind, by the word before them. */
export const LOSSES_OF_KIND = table<'killed' | 'wounded'>({
  irretrievable: 'killed',
  irrecoverable: 'killed',
  sanitary: 'wounded',
});

// "has brought the number of … to some 14,500", "raising the toll to 4,000": the level a count was taken to.
const RISE_VERBS = new Set([
  ...['brought', 'bringing', 'raised', 'raising', 'pushed', 'pushing', 'took', 'taking'],
  ...['rose', 'risen', 'rises', 'rise', 'rising', 'increased', 'increases', 'grew', 'grows', 'grow', 'growing'],
  ...['jumped', 'climbed', 'climbs', 'went'],
]);

/**
 * The rise verb of "rose by 500" or "rose … to 179,000" just before the count at `start`, as its token index; null
 * when there is none.
 */
function riseBefore(w: TokenWindow, start: number): number | null {
  if (word(w, start - 1) === 'by' && RISE_VERBS.has(word(w, start - 2))) return start - 2;
  if (word(w, start - 1) !== 'to') return null;
  for (let k = start - 2; k >= w.floor && k > start - 13; k--) {
    if (CLAUSE_ENDS.has(word(w, k))) return null;
    if (RISE_VERBS.has(word(w, k))) return k;
  }
  return null;
}

/** Whether the sentence names losses before token `k`. */
function lossesBefore(w: TokenWindow, k: number): boolean {
  for (let i = w.floor; i < k; i++) if (word(w, i) === 'losses') return true;
  return false;
}

/** "rose from 300 to 1,200": the words before "from" tie the second count too. */
export function changeStart(w: TokenWindow, start: number): number {
  if (word(w, start - 1) !== 'to') return start;
  for (let k = start - 2, steps = 0; k >= w.floor && steps < 4; k--, steps++) {
    if (word(w, k) === 'from') return k;
    if (w.tokens[k]!.type !== NUM && SCALES[word(w, k)] === undefined && word(w, k) !== ',') return start;
  }
  return start;
}

/** Words of a level's record between its verb and the count: "hit a record 45,720", "reached a new high of". */
const RECORD_WORDS = new Set(['a', 'an', 'new', 'record', 'high', 'all-time', 'of', 'its', 'their']);

/** The token before the words of a record that stand before the count at `start`. */
function pastRecord(w: TokenWindow, start: number): number {
  let k = start - 1;
  while (k > w.floor && RECORD_WORDS.has(word(w, k))) k--;
  return k;
}

/** Verbs that state a count's level: the noun they speak of can stand a clause away. */
const STATE_VERBS = new Set([
  // "Russian casualties in 2024 came to upwards of 430,000"
  'came',
  'come',
  'comes',
  'reaching',
  'reached',
  'reach',
  'reaches',
  'rose',
  'risen',
  'rising',
  'rise',
  'rises',
  'fell',
  'fall',
  'falls',
  'falling',
  'dropped',
  'declined',
  'increased',
  'decreased',
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
  'exceed',
  'exceeds',
  'surpassed',
  'topped',
  'passed',
  'crossed',
  'estimated',
  'put',
  'at',
  'amount',
  'amounts',
  'amounted',
  'amounting',
  'approaching',
  'approaches',
  'nearing',
  'nears',
  'near',
  'top',
  'tops',
  'passes',
  'pass',
  'surpasses',
  'surpass',
  'cross',
  'crosses',
  // "Russian casualties in Ukraine are now 300,000": a copula states the level as well.
  'is',
  'are',
  'was',
  'were',
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

/** A loss or force noun up to ten words back in the clause, past words and dates but not other counts. */
/** A hyphen glued to the words on both sides of it: "full-scale". */
const insideWord = (w: TokenWindow, k: number): boolean =>
  w.tokens[k]!.low === '-' && w.tokens[k]!.gap === GLUED && w.tokens[k + 1]?.gap === GLUED && k > w.floor;

function subjectBehind(w: TokenWindow, from: number): Behind | null {
  for (let k = from, steps = 0; k >= w.floor && steps < 12; k--) {
    const token = w.tokens[k]!;
    // "since Feb. 24, 2022": the full stop of a month's abbreviation ends nothing.
    const abbreviated = token.low === '.' && MONTH_ABBREVIATIONS.has(word(w, k - 1));
    if ((CLAUSE_ENDS.has(token.low) && !abbreviated) || (token.type === NUM && !inDate(w, k))) return null;
    // "from February 24, 2022 to January 12, 2025": the words of a date do not count as steps, nor does the
    // hyphen inside a word ("since the start of the full-scale invasion").
    if (token.type !== NUM && token.low !== ',' && !MONTH_WORDS.has(token.low) && !insideWord(w, k)) steps++;
    const subject = SUBJECTS[token.low];
    // "average daily casualties in November were 1,523": a rate, whatever it counts.
    // "the daily average of Russian casualties in 2024 was 1,176" too.
    if (subject && [1, 2, 3, 4].some((n) => word(w, k - n) === 'average' || word(w, k - n) === 'daily')) return 'rate';
    if (subject) return token.low === 'toll' && word(w, k - 1) === 'death' ? 'killed' : subject;
    // "the number of troops killed in action has reached 1,800"; "the number killed and wounded"
    const loss = lossAt(w, k) ?? (JOINERS.has(word(w, k - 1)) ? lossAt(w, k - 2) : null);
    // "The tally of Russian tanks destroyed since 2022 has passed 10,000": things lost, not troops.
    if (loss && NOT_TROOPS.has(word(w, k - 1))) return null;
    // "Kyiv's count of destroyed Russian tanks passed 10,200": the things the loss word goes with.
    if (loss && [loss.last, loss.last + 1].some((i) => i <= from && NOT_TROOPS.has(word(w, i)))) return null;
    // "soldiers killed or wounded since the invasion passed 100,000": both, read back from the second.
    if (loss && JOINERS.has(word(w, k - 1))) {
      const other = word(w, k - 2);
      if ((loss.loss === 'wounded' && isKilledWord(other)) || (loss.loss === 'killed' && isWoundedWord(other)))
        return 'casualties';
    }
    if (loss) return loss.loss;
  }
  return null;
}

const COST_VERBS = new Set(['cost', 'costs', 'costing']);
/** "The war has cost Russia 700,000 soldiers", "cost the Russians 20,000": whom it cost stands before the count. */
function costBefore(w: TokenWindow, k: number): boolean {
  if (COST_VERBS.has(word(w, k))) return true;
  for (let i = k; i > w.floor && i >= k - 3; i--) {
    if (w.tokens[i]!.type !== WORD) return false;
    if (COST_VERBS.has(word(w, i - 1))) return true;
  }
  return false;
}

/** Verbs after a count that make it the subject of a clause of its own: "and 12,000 troops are in Kursk". */
const OWN_VERBS = new Set(['are', 'were', 'is', 'was', 'have', 'has', 'had', 'remain', 'remained', 'will', 'would']);
/** Words that may stand before a listed count: "lost about 300 tanks and 2,000 men". */
const LIST_QUALIFIERS = new Set(['about', 'some', 'around', 'roughly', 'nearly', 'almost', 'over', 'approximately']);

/** The token before a listed count at `i`, past a qualifier: "lost about 300 tanks". */
const headOfItem = (w: TokenWindow, i: number): number => (LIST_QUALIFIERS.has(word(w, i - 1)) ? i - 2 : i - 1);

/**
 * "lost 300 tanks and 2,000 men", "killed 40 officers, 300 sergeants and 2,000 soldiers": the verb before a list of
 * counts is each one's. `k` is the joiner or comma before this count; each item before it is a count and at most
 * four words ("Kyiv said, and 12,000 …" is no list). The verb's index, or null.
 */
function listVerb(w: TokenWindow, k: number, end: number): number | null {
  if ((!JOINERS.has(word(w, k)) && word(w, k) !== ',') || OWN_VERBS.has(word(w, end))) return null;
  let i = k - 1;
  for (let items = 0; items < 6; items++) {
    for (let words = 0; i > w.floor && w.tokens[i]!.type !== NUM; words++, i--) {
      const low = word(w, i);
      if (words === 4 || CLAUSE_ENDS.has(low) || low === ',' || JOINERS.has(low)) return null;
    }
    if (i <= w.floor || w.tokens[i]!.type !== NUM) return null;
    // "lost 1 500 a day": the number's first group of digits.
    while (i - 1 > w.floor && w.tokens[i - 1]!.type === NUM && w.tokens[i]!.gap === SPACE && /^\d{3}$/.test(word(w, i)))
      i--;
    let before = headOfItem(w, i);
    // "lost 3 of its 40 tanks and 200 men": a part of a whole is one item, headed by the part.
    const of = word(w, before) === 'of' ? before : DETERMINERS.has(word(w, before)) ? before - 1 : -1;
    if (of >= 0 && word(w, of) === 'of') {
      if (w.tokens[of - 1]?.type !== NUM) return null;
      before = headOfItem(w, of - 1);
    }
    const verb = word(w, before);
    if (KILLING_VERBS.has(verb) || WOUNDING_VERBS.has(verb) || LOSING_VERBS.has(verb)) return before;
    if (verb !== ',' && !JOINERS.has(verb)) return null;
    i = before - 1;
  }
  return null;
}

/** A verb before the amount: "killed 300", "eliminate 18 fighters", "lost 1,200", "the corpses of dozens". */
export function verbBefore(w: TokenWindow, start: number, end: number): Behind | null {
  let k = start - 1;
  // "lost a total of 603,010 personnel", "lost an estimated 3,000"
  if (word(w, k) === 'of' && word(w, k - 1) === 'total' && (word(w, k - 2) === 'a' || word(w, k - 2) === 'the')) k -= 2;
  else if (word(w, k) === 'estimated' && (word(w, k - 1) === 'an' || word(w, k - 1) === 'some')) k--;
  // "lost a record 2,030 soldiers"
  if (word(w, k) === 'record') k--;
  if (FILLERS_BEFORE.has(word(w, k))) k--;
  const verb = word(w, listVerb(w, k, end) ?? k);
  if (costBefore(w, k)) return 'casualties';
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
