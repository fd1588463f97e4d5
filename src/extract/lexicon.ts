/** The words the figure grammar knows, all lower case. */

/** A set of words written as one string, separated by white space. */
export const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));
/** Whether a lower-case text holds any of the words: a check cheaper at start-up than compiling a pattern. */
export const anyOf =
  (...words: string[]) =>
  (lower: string): boolean =>
    words.some((w) => lower.includes(w));
/**
 * A pattern and the words every match of it holds, as groups of alternatives in lower case: a match
 * holds a word of each group ("losses|casualties|toll", "were|was|stood at"). Compiling a pattern
 * costs far more at start-up than looking for a few words, and most texts hold none of a pattern's
 * words, so `may` tells whether the pattern is worth trying. Every such pattern is listed in `CUED`
 * for the test that holds each pattern to its words.
 */
export interface Cued {
  /** The pattern, made on its first use: a text without its words never makes it. */
  readonly pattern: RegExp;
  /** Whether a lower-case text holds a word of each group: when it does not, the pattern cannot match. */
  readonly may: (lower: string) => boolean;
  readonly groups: readonly (readonly string[])[];
}
export const CUED: Cued[] = [];
/**
 * A pattern made on first use: V8 parses a pattern when it is made, so one a run never needs costs nothing at load.
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let made: RegExp | undefined;
  return () => (made ??= make());
}

/**
 * A pattern (or what makes it, when first used: V8 parses a pattern when it makes it, a cost a run that
 * never tries it need not pay) with the words every match of it holds.
 */
export function cued(pattern: RegExp | (() => RegExp), ...groups: string[]): Cued {
  const words = groups.map((group) => group.split('|'));
  let made = typeof pattern === 'function' ? undefined : pattern;
  const c: Cued = {
    get pattern() {
      made ??= (pattern as () => RegExp)();
      return made;
    },
    may: (lower) => words.every((group) => group.some((w) => lower.includes(w))),
    groups: words,
  };
  CUED.push(c);
  return c;
}
/** A pattern's `test`, skipped for a text without its words. Not for a global or sticky pattern (its lastIndex). */
export const cuedTest = (c: Cued, text: string, lower: string = text.toLowerCase()): boolean =>
  c.may(lower) && c.pattern.test(text);
/** A pattern's `exec`, skipped for a text without its words. Not for a global or sticky pattern (its lastIndex). */
export const cuedExec = (c: Cued, text: string, lower: string = text.toLowerCase()): RegExpExecArray | null =>
  c.may(lower) ? c.pattern.exec(text) : null;
/** Each case-insensitive pattern as a case-sensitive one, for the text in lower case. */
const LOWER_CASED = new WeakMap<RegExp, RegExp>();

/**
 * The text a case-insensitive pattern matches, found by the pattern without its `i` flag in the text
 * in lower case: V8 compiles that for less (a long alternation of words, 0.9 million instructions
 * fewer). The same match for a pattern whose source has no capital letter (but in \W, \S, \D, \B):
 * a letter's case is all the flag changes. A text that is another length in lower case, or that holds
 * the Kelvin sign (which lower-cases to the word character "k"), is tried against the pattern itself.
 * Not for a global or sticky pattern (its lastIndex).
 */
export function matchLowerCased(pattern: RegExp, text: string, lower: string = text.toLowerCase()): string | undefined {
  if (lower.length !== text.length || text.includes('\u212a')) return pattern.exec(text)?.[0];
  let cased = LOWER_CASED.get(pattern);
  if (cased === undefined) {
    if (/[A-Z]/.test(pattern.source.replace(/\\[WSDB]/g, ''))) throw new Error(`${pattern} has capital letters`);
    cased = new RegExp(pattern.source, pattern.flags.replace('i', ''));
    LOWER_CASED.set(pattern, cased);
  }
  const m = cased.exec(lower);
  return m === null ? undefined : text.slice(m.index, m.index + m[0].length);
}

/** A word table without a prototype: looking up "constructor" or "__proto__" finds nothing. */
export const table = <T>(entries: Record<string, T>): Readonly<Record<string, T>> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));

export { TENS, UNITS } from '../core/number-words.js';
/** Scale words after a number and a space: "4 thousand", "1.2 million", and the abbreviations "1 mln", "3 bn". */
export const SCALES = table<number>({
  hundred: 100,
  thousand: 1e3,
  // "12 thous.", as translated statements abbreviate it.
  thous: 1e3,
  million: 1e6,
  billion: 1e9,
  mln: 1e6,
  mn: 1e6,
  // "1.25 mil", as posts write it; "0,95 Mio.", as German-language copy does.
  mil: 1e6,
  mio: 1e6,
  bln: 1e9,
  bn: 1e9,
});
/** Letters written straight after digits: 12k, 1.2m, 3bn, 1mln. */
export const SUFFIX_SCALES = table<number>({ k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, bn: 1e9, bln: 1e9 });

/** Denominators of spelled fractions, singular and plural. */
export const DENOMINATORS = table<number>({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
});

/** Words before "one" that make it a pronoun: "no one", "the one". */
export const NOT_NUMERAL_ONE = set('no any every each some the this that which another someone anyone');

export const MONTH_ABBREVIATIONS = set('jan feb mar apr jun jul aug sep sept oct nov dec');
/** Nouns straight after a number that count no troops: "180 drones a night", "27 square kilometres a day". */
export const NOT_TROOPS = set(`
  drones drone missiles missile shells shell rockets rocket bombs bomb munitions rounds tanks tank vehicles
  aircraft helicopters jets planes ships boats guns launchers artillery systems square kilometres kilometers km miles
  hectares villages settlements towns dollars euros rubles roubles tonnes tons uavs
`);
/** Month names and their abbreviations: a cheap test before monthNumber reads one. */
export const MONTH_WORDS = new Set([
  ...set('january february march april may june july august september october november december'),
  ...MONTH_ABBREVIATIONS,
]);
/** Nouns of one unit of a force, as a pattern's alternation: "half of my battalion", "one company". */
export const UNIT_NOUNS = 'battalion|company|platoon|brigade|regiment|squad|unit|division|detachment';
/** Words that ask for a month after them: "in may", "since march", "Kyiv's tally for May". */
export const STRICT_MONTH_CONTEXT = new Set([
  'for',
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'through',
  'throughout',
  'during',
  'before',
  'after',
]);
/** Month names that are also common English words: they need a day, a year or a preposition. */
export const AMBIGUOUS_MONTHS = set('may march mar jun');

/** Superlatives that make a period a record: "the deadliest month since …", "their fastest pace since 2022". */
export const RECORD_WORDS =
  'highest|largest|biggest|heaviest|worst|deadliest|bloodiest|costliest|fastest|lowest|slowest|smallest|fewest|' +
  'most|record';
/** Nouns of reports: "its 19 January assessment", "the two daily tallies". */
export const REPORT_NOUNS = set(
  'assessment assessments briefing briefings report reports update updates statement statements interview ' +
    'interviews tally tallies estimate estimates analysis summary summaries bulletin bulletins',
);

/** Words before a month that make a lone month a date: "in December", "the June meeting". */
export const MONTH_CONTEXT = set(
  'in for since by until till from to through throughout during before after of the last this next around about ' +
    'early late mid over across',
);

export const DATE_RELATIONS = table<'on' | 'in' | 'by' | 'since' | 'from' | 'until' | 'before' | 'after'>({
  on: 'on',
  in: 'in',
  during: 'in',
  throughout: 'in',
  // "lost 17,000 over January", "across 2024": that period's.
  over: 'in',
  across: 'in',
  // "Kyiv's tally for May", "the losses for January": that month's.
  for: 'in',
  by: 'by',
  since: 'since',
  from: 'from',
  until: 'until',
  till: 'until',
  through: 'until',
  before: 'before',
  after: 'after',
});

/** Words before a bare year that make it a year: "in 2024", "since 2022". */
export const YEAR_CONTEXT = set('in since by until till through throughout during before after from');
/** Words before a bare year that make it one only with no noun after: "over 2024 as a whole", not "over 2000 men". */
export const LOOSE_YEAR_CONTEXT = set('over across for');

/** Nouns for soldiers: a count of them is a force unless the sentence says they were lost. */
export const MILITARY = set(`
  troops soldiers personnel contingent servicemen servicemembers men fighters forces members marines paratroopers
  bayonets infantrymen infantry conscripts recruits mercenaries combatants militants officers commandos sailors
  airmen reservists volunteers gunners operators sappers riflemen troopers reinforcements
  occupiers invaders orcs
  soldier serviceman servicemember fighter marine paratrooper infantryman conscript recruit mercenary
  combatant militant officer commando sailor airman reservist volunteer gunner
`);
/** Nouns for people in general: counted only when the sentence says what happened to them. */
export const PEOPLE = set('people individuals persons civilians prisoners captives person individual civilian man');

// With the misspellings posts make: "casualites", "causalities".
export const CASUALTY_NOUNS = set(
  'casualties losses cas k/w kia+wia kia/wia casualites casualities causalities casulties',
);
export const KILLED_NOUNS = set('dead deaths killed fatalities kia bodies corpses');
export const WOUNDED_NOUNS = set('wounded injured injuries wia');

/** Verbs after a count of soldiers that say they died or were wounded. */
export const KILLED_VERBS = set(
  'killed died dead perished slain eliminated liquidated neutralized neutralised destroyed',
);
export const WOUNDED_VERBS = set('wounded injured hurt');
/** Verbs after a count of soldiers that say where they are: the count is a force. */
export const DEPLOY_VERBS = set(`
  deployed deploy sent dispatched stationed based arrived transferred committed mobilized mobilised
  massed serving fighting participating strong contingent moved redeployed relocated
`);
/** Verbs before a count that say what happened to it: "killed 300", "lost 1,200 soldiers". */
export const KILLING_VERBS = set(
  'killed kill kills killing eliminated eliminate eliminates eliminating liquidated neutralized neutralised destroyed',
);
export const WOUNDING_VERBS = set('wounded wounding wounds injured injuring');
export const LOSING_VERBS = set('lost lose loses losing');
/** Nouns before "of": "the corpses of dozens of soldiers", "the deaths of 70,000 soldiers". */
export const REMAINS = set('bodies corpses remains deaths death');

/** Words between a count and its verb that do not change it: "had been", "were reportedly". */
export const AUXILIARIES = set(`
  had have has been were was are is be being reportedly also later allegedly since then now already
  more of them those these whom which all could would may might will become became becoming
  others believed thought reported said known feared presumed understood to
`);
/** The words of a text in lower case, letters only. */
export const lowerWords = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];
export const MODALS = set('could would may might will');
/** Words that say a count is the whole force: "all 12,000", "the entire contingent of 12,000". */
export const WHOLE = set('all entire whole');

/** Words between a noun and a count that tie them: "casualties reaching 4,000", "a force of 12,000". */
export const LINKS = set(`
  came come comes reaching reached reach reaches rose risen rising climbed climbing grew jumped
  rise rises fell fall falls falling dropped declined increased decreased down
  to at of from was is were are
  stood stands standing total totalled totaled totalling totaling totals numbering numbered number numbers
  figure figures count tally hit hits estimated put now already had has have been reportedly probably likely
  amount amounts amounted amounting range ranges ranged ranging be could may might would will
  record high all-time new
`);
/** Nouns before a link that give a count its kind. */
export const FORCE_NOUNS = set('contingent force forces deployment strength garrison troops soldiers personnel');

/** Modifiers allowed between a count and its noun: "12,000 North Korean soldiers". */
export const MODIFIERS = set(`
  more additional other new elite enemy foreign allied regular special combat frontline active fresh extra
  military armed trained experienced young reserve infantry ground assault korean russian ukrainian
  troop war battle battlefield army service duty
`);

export const TIME_UNITS = table<string>({
  day: 'days',
  days: 'days',
  week: 'weeks',
  weeks: 'weeks',
  month: 'months',
  months: 'months',
  year: 'years',
  years: 'years',
  hour: 'hours',
  hours: 'hours',
});
/** Per-period markers of a rate: "a day", "per week". */
export const RATE_PERIODS = table<string>({ day: 'day', week: 'week', month: 'month' });
export const RATE_ADVERBS = table<string>({ daily: 'day', weekly: 'week', monthly: 'month' });
export const RATE_ARTICLES = set('a per each every an /');
/** Nouns after "daily" that make the count after them a rate: "the daily casualty rate could reach 92". */
export const RATE_NOUNS = set('rate rates average toll losses casualties deaths');

/** Words after a number that make it a clock time or an age, never a figure. */
export const TIME_OF_DAY = set("pm am p.m a.m noon midnight gmt utc cet est o’clock o'clock hrs h");
export const AGE_WORDS = set('aged age ages');
export const PAGE_WORDS = set('page pages p pp chapter section paragraph article clause line');
/** Words a number labels rather than counts: "day 1", "phase 2", "Brigade 155", "Resolution 2231". */
export const LABELS = set(`
  day week phase stage round number no unit brigade battalion division regiment corps army group item step
  level version resolution route highway hill height point sector grid zone
`);

/** Verbs that make "from X to Y" a change, not a range: "rose from 300 to 1,200". */
export const CHANGE_VERBS = set(`
  rose risen rising grew grown growing increased increasing climbed climbing jumped fell fallen falling
  dropped dropping declined declining decreased decreasing went going cut reduced raised
`);
/** Adverbs allowed between a range's two ends: "from one-third to potentially 50 percent". */
export const RANGE_ADVERBS = set('potentially possibly perhaps maybe probably even');
