import type { LossKind } from '../core/figures/vocabulary.js';
import { boundsOf, multiply, subtract, type Stated } from '../core/figures/amount.js';
import { statedText } from '../core/figures/figure-text.js';
import { parseDay } from '../core/parse/days.js';
import { parseDuration } from '../core/parse/durations.js';
import { parseNumber } from '../core/parse/numbers.js';
import { parseQualified } from '../core/parse/qualified.js';
import {
  addMonths,
  dayFromParts,
  isoDate,
  lastWeekday,
  MONTHS,
  partsOf,
  seasonIn,
  weekdayOf,
  type Day,
  type Window,
} from '../core/dates.js';
import { approximately } from '../core/check/audit-claims.js';
import type { ClaimFigure, LedgerClaimReading, ShareBasis } from '../core/check/against-ledger/types.js';
import type { LedgerView } from '../core/check/against-ledger/ledger-view.js';
import { PER_PERIOD, RATE_UNIT, statedOfFigure } from './claim-fields.js';
import { denied } from './denied.js';
import { extractFigures } from './extract.js';
import type { Figure } from './types.js';
import { figureSubjects, subjectOfDescription } from './subject.js';
import { coverage, FULL_SCALE_INVASION, subjectText } from '../core/subjects.js';
import { ratesOverCountPeriods } from './own-totals.js';
import { predictedTotals } from './predicted-totals.js';
import { WEEKDAYS } from './relative-dates.js';
import {
  anyOf,
  type Cued,
  cued,
  cuedTest,
  KILLED_NOUNS,
  lazyPattern,
  lowerWords,
  matchLowerCased,
  MONTH_WORDS,
  NOT_TROOPS,
  RECORD_WORDS,
  UNIT_NOUNS,
  UNITS,
  WOUNDED_NOUNS,
} from './lexicon.js';

/**
 * A claim read for comparison with a ledger: its counts, forces, reinforcements and rates, each
 * with the day or period it stands for; shares turned into counts with their base. Pure.
 */

export interface LedgerClaimOptions {
  published?: Day;
  /** Who made the claim: a Ukrainian source's unnamed count is of Russian forces. */
  claimant?: string;
}

/** Why a number in a claim counts neither losses nor the force deployed; the claim's own arithmetic may not use it. */
export const NOT_A_LOSS = {
  tooFew: 'too few to be a force: a person or a handful, not a contingent',
  handful: 'a person or a handful, not a running total of losses',
  unit: 'a unit, not the force: a twentieth of the smallest force the references quote, or less',
  part: 'a part of the force (officers, specialists or workers), not the force deployed',
  remains: 'the strength that remains, not the force deployed',
  added: 'troops added later, not the force first deployed',
  waves: 'a total that counts later waves: no reference sizes them',
  planned: 'troops planned or offered, not deployed',
  recruited: 'troops recruited, not the force deployed',
  recruitedRate: 'troops recruited or sent over time, not a rate of losses',
  earlier: "an earlier estimate quoted beside a later one, not a count on the claim's date",
  condition: 'troops in one condition (returned to duty, treated, captured, deserted, sick), not the force deployed',
  army: 'the whole army at home, not the force deployed',
  asked: 'asked, not stated: a question claims nothing',
  denied: 'a figure the text denies: it claims nothing about it',
} as const;
/** A sentence that ends in a question mark, before any closing quotes or brackets. */
const QUESTION_END = /\?[\s"'”’)\]]*$/;
/** The first mark that ends a sentence: "?", "!" or a full stop before white space or the end. */
const SENTENCE_MARK = /[.!?](?=[\s"'”’)\]]|$)/;
/**
 * Whether a figure stands in a question: its sentence ends with "?", or the first mark after it is one ("… in kursk??
 * nobody …").
 */
function asked(f: Figure): boolean {
  if (!f.sentence.includes('?')) return false;
  if (QUESTION_END.test(f.sentence)) return true;
  const at = f.sentence.indexOf(f.text);
  const mark = at < 0 ? null : SENTENCE_MARK.exec(f.sentence.slice(at + f.text.length));
  return mark?.[0] === '?';
}
const NOT_A_LOSS_REASONS = new Set<string>(Object.values(NOT_A_LOSS));
export const countsNoLoss = (reason: string): boolean => NOT_A_LOSS_REASONS.has(reason);

const PERIOD_DAYS = { day: 1, week: 7, month: 30 } as const;
/** "passed one million in June": a total reached in a month, not the month's losses. */
const REACHED = /^(?:passed|topped|exceeded|surpassed|crossed|reached|hit|rose to|climbed to|stood at)\b/i;
/** The verb of a total reached, just before its number: "reached", "passed about". */
const REACHED_BEFORE = new RegExp(
  // "put Russian losses at about 1,110,000 on 30 September": a level on that day.
  String.raw`\b(?:reached|hit|topped|passed|exceeded|surpassed|crossed|rose to|climbed to|stood at|` +
    String.raw`(?:puts?|putting|estimated|estimates|counted) (?:[\w'’-]+ ){1,4}at)\s+` +
    '(?:the )?(?:about |around |some |nearly |almost |roughly |more than |over )?$',
  'i',
);
/** Words that make a count dated "in February" a running total at the time rather than February's losses. */
const TOTAL_WORDS = /\b(?:in total|total|so far|to date|overall|in all(?! of)|all told|altogether|since the)\b/gi;
/** The verbs of a claimant's saying, as a pattern's alternation. */
const SAYING = 'said|says|told|reported|reports|claimed|claims|estimated|announced|stated|added';
/** A verb of saying just before: "Kyiv said last month", "the spy agency said this week". */
const SAID_JUST_BEFORE = new RegExp(String.raw`\b(?:${SAYING})\s+$`, 'i');
/** "a monthly total", "the day's total": the count of one period. */
const PERIOD_TOTAL = /\b(?:daily|weekly|monthly|annual|yearly|(?:day|week|month|year)['’]s)\s+$/i;
/** "bringing the monthly total to 41,980": a month's count, however the total is worded. */
const PERIOD_TOTAL_BEFORE = cued(
  () => /\b(?:daily|weekly|monthly) (?:total|toll|tally|count)\b[^.;]{0,15}$/i,
  'daily|weekly|monthly',
);
const periodTotalBefore = (text: string, span: [number, number]): boolean =>
  cuedTest(PERIOD_TOTAL_BEFORE, text.slice(Math.max(0, span[0] - 40), span[0]));
/** A superlative before "since the start" or "so far": a record since then ("the highest monthly toll since …"). */
const RECORD_BEFORE = cued(() => new RegExp(String.raw`\b(?:${RECORD_WORDS})\b[^.;]{0,40}$`, 'i'), RECORD_WORDS);

/** "45,720 in November, bringing the total to 740,000": the words of the figure's sentence before the new total. */
function beforeNewTotal(f: Figure): string {
  const at = f.sentence.indexOf(f.text);
  // Nor another clause's total: "…, while Russia's total losses that month came to about 48,000".
  const m =
    /,?\s*\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its|their)\b|;|,\s*(?:while|whereas|but)\b/i.exec(
      at >= 0 ? f.sentence.slice(at) : '',
    );
  return m && at >= 0 ? f.sentence.slice(0, at + m.index) : f.sentence;
}

/**
 * Whether `words` hold one of a global pattern's words of a running total: "so far", "in total", "since the start",
 * but not after a record ("the highest monthly toll since the start of the invasion", "the deadliest month so far").
 */
function saysTotal(words: string, pattern: RegExp = TOTAL_WORDS): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(words); m !== null; m = pattern.exec(words)) {
    const before = words.slice(0, m.index);
    const word = m[0].toLowerCase();
    // "its highest monthly total of the war": one period's count, not a running total.
    if (word === 'total' && PERIOD_TOTAL.test(before)) continue;
    // "the deadliest month of the war so far": a record to date, not a total to date.
    if (
      (word === 'total' || word.startsWith('since') || word === 'so far' || word === 'to date') &&
      cuedTest(RECORD_BEFORE, before)
    )
      continue;
    return true;
  }
  return false;
}

/** What one engagement or one campaign is called: a count "in" or "during" one is not a running total. */
const EVENT_NOUNS =
  'assault|attack|battle|engagement|clash|ambush|strike|raid|operation|mission|campaign|offensive|' +
  'counter-?offensive|incursion|push|siege|storming|mutiny';
const EVENT = `(?:${EVENT_NOUNS})`;
/** A day of the calendar named for what it marks: "in his Independence Day address" is no day's count. */
const NAMED_DAY =
  String.raw`(?!(?:[\w-]+ )?` +
  String.raw`(?:independence|victory|memorial|remembrance|constitution|unity|christmas|defenders['’]?) day)`;
/** Whose or which event: "a", "the", "its", "Russia's". */
const EVENT_DETERMINER = String.raw`(?:a|an|one|the|that|this|its|their|his|[a-z][\w-]*['’]s)`;
/** Not one event: "the special military operation" is the whole war in Moscow's words. */
const WHOLE_WAR_OPERATION = String.raw`(?!(?:[\w-]+ ){0,2}?(?:special )?military operation\b)`;
/**
 * "North Korea lost 13,000 in the Kursk campaign": the contingent's whole deployment, not one event of it (a Russian
 * count there is one front's, by its subject).
 */
const NORTH_KOREAN_KURSK = (clause: string, text: string): boolean =>
  /\bkursk (?:campaign|operation|offensive|counter-?offensive|incursion)\b/i.test(clause) &&
  /\b(?:north korea|pyongyang|dprk|kpa)/i.test(text);
/** A count from one engagement or one stretch of days, not a running total. */
const NOT_CUMULATIVE = lazyPattern(
  () =>
    new RegExp(
      // "in a Ukrainian missile strike": up to two words may describe it.
      String.raw`\b(?:in ${EVENT_DETERMINER} (?:single )?${WHOLE_WAR_OPERATION}${NAMED_DAY}` +
        String.raw`(?:(?!first|second|third|fourth|last|past|previous)[a-z-]+ ){0,2}?` +
        `(?:${EVENT_NOUNS}|day|week|night)` +
        // "during a 120-day mine-clearing mission": one mission's, however long.
        String.raw`|during ${EVENT_DETERMINER} (?:single )?${WHOLE_WAR_OPERATION}(?:[\w-]+ ){0,3}?${EVENT}` +
        String.raw`|in the (?:past|last) (?:day|24 hours|week|month)|(?:yesterday|overnight)|per (?:day|week)` +
        // "over the winter": a season's count, whichever months the claim means by it.
        // Not "since … entered combat last autumn": when a running total began.
        String.raw`|(?<!\bsince\b[^.;]{0,60})` +
        String.raw`(?:(?:over|during|in|throughout|through) (?:the|this|last|this past)|this|last|this past) ` +
        String.raw`(?:winter|summer|spring|autumn|fall)(?! of \d)` +
        // "according to daily figures": where the count comes from, not how often it falls.
        String.raw`|(?<!according to (?:the |its |their )?)` +
        String.raw`daily(?! (?:figures|reports?|updates?|briefings?|statistics|data|bulletins?|summar(?:y|ies))))\b`,
      'i',
    ),
);
/**
 * A count of one engagement, whatever period it falls in: "in a single assault … over the weekend", "during the
 * brigade's second mine-clearing mission", or an event that is the clause's subject ("A single strike … killed about
 * 500", "The battle for Huliaipole has cost the Russians at least 20,000").
 */
const ONE_EVENT = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:in|during|over the course of|throughout|repelling|repulsing|fending off|beating back|` +
        String.raw`beat back|repelled|repulsed) ${EVENT_DETERMINER} ` +
        String.raw`(?:single )?${WHOLE_WAR_OPERATION}${NAMED_DAY}` +
        String.raw`(?:(?!first|last|past|previous)[\w'’-]+ ){0,4}?${EVENT}\b` +
        String.raw`|(?:^\W*|\b)${EVENT_DETERMINER} (?:single )?${WHOLE_WAR_OPERATION}(?:[\w-]+ ){0,2}?${EVENT}\b` +
        String.raw`(?:\s+(?:for|of|on) [^,.;]{1,50}?)?\s+(?:has |had )?(?:killed|cost|costs|left|claimed|took)\b`,
      'i',
    ),
);
/** "During the Kursk operation, Russian losses reached almost 60,000 …, including more than 24,000 dead": its part. */
const PART_OF_IT_BEFORE = new RegExp(
  String.raw`\b(?:including|of them|of whom|killing|wounding|leaving)\s+` +
    String.raw`(?:about |some |more than |over |nearly |almost |roughly |at least )?$`,
  'i',
);
function partOfEngagement(f: Figure, text: string): boolean {
  const before = text.slice(Math.max(0, f.span[0] - 25), f.span[0]);
  // "… during their mutiny on 24 June 2023, killing at least 13 Russian airmen": what the engagement did.
  if (!PART_OF_IT_BEFORE.test(before)) return false;
  const at = f.sentence.indexOf(f.text);
  return at > 0 && notCumulative(f.sentence.slice(0, at));
}
const oneEvent = (clause: string): boolean =>
  EVENT_CUES.some((noun) => clause.includes(noun)) && ONE_EVENT().test(clause);

/**
 * "since the start of its summer offensive": a count since an event the claim does not date, no running total
 * (a date, as in "since the offensive began on 10 May", dates it).
 */
const SINCE_EVENT = lazyPattern(
  () =>
    new RegExp(
      String.raw`\bsince (?:the (?:start|beginning|launch) of )?${EVENT_DETERMINER} ${WHOLE_WAR_OPERATION}` +
        // Not "since Pyongyang's troops went into battle": when the force began to fight, a running total's start.
        String.raw`(?!(?:[\w-]+ ){0,2}?(?:went|were sent|were thrown|entered|joined|got) )` +
        // "since the offensive began on 10 May": dated by the words after it.
        String.raw`(?:[\w-]+ ){0,3}?${EVENT}\b(?![^.;]{0,40}\b(?:began|started|was launched|opened)\b)`,
      'i',
    ),
);
/** The start of the words after a share that make it one of the casualties: "of all the losses", "of them". */
const CASUALTY_BASE = lazyPattern(
  () =>
    new RegExp(
      String.raw`^\W*(?:of\s+)?(?:all\s+)?(?:the\s+|these\s+|those\s+(?=casualties|losses)|its\s+|their\s+)?` +
        String.raw`(?:(?:about|some|around|nearly|approximately|roughly|almost|over|more than|at least|close to|` +
        String.raw`(?:an )?estimated|up to)\s+)?(?:[\d,.\s]+(?:thousand\s+)?)?` +
        // "of the North Korean casualties", "of Pyongyang's losses": whose they are may stand before the noun.
        String.raw`(?:(?:north\s+korean|north\s+korea['’]s|north['’]s|pyongyang['’]s|russian|russia['’]s|ukrainian|` +
        String.raw`ukraine['’]s|` +
        String.raw`kim['’]s|wagner['’]s|wagner|enemy|dprk|kpa)\s+)?` +
        '(casualties|losses|dead and wounded|killed and wounded|them|those|total|' +
        // "of the some 4,000 North Korean soldiers killed or wounded": the casualties, named by their soldiers.
        String.raw`(?:soldiers|troops|men|servicemen|fighters|(?:north\s+)?koreans|russians|ukrainians)\s+` +
        String.raw`(?:killed (?:or|and) wounded|wounded (?:or|and) killed))\b`,
    ),
);
/** The start of the words after a share that make it one of the force: "of the troops sent". */
const FORCE_BASE = lazyPattern(
  () =>
    new RegExp(
      // A base stands in its share's clause: "a quarter of them killed, out of a force of 11,000" is not of the force.
      String.raw`^\W*(?:of\s+)?(?:all\s+)?(?:the\s+|these\s+|its\s+|their\s+)?(?:[^.;,]|(?<=\d)[.,](?=\d)){0,30}?` +
        String.raw`\b(?:troops|soldiers|force|contingent|men|personnel|fighters|sent|deployed|dispatched)\b`,
    ),
);
/** The words close around a figure, where "in one assault" or "in the past day" would qualify it. */
const around = (text: string, span: [number, number]): string => text.slice(Math.max(0, span[0] - 40), span[1] + 60);
/** Words every match of NOT_CUMULATIVE holds, in lower case. */
const NOT_CUMULATIVE_CUES = [
  'in a',
  'in one',
  'in the',
  'in that',
  'in this',
  'in its',
  'in their',
  'in his',
  'during',
  'yesterday',
  'overnight',
  'per day',
  'per week',
  'daily',
  'winter',
  'summer',
  'spring',
  'autumn',
  'fall',
];
/** "in Russia's offensive": an event named by whose it is. */
const IN_WHOSE = lazyPattern(() => /\bin [a-z]+['’]s /);
/** Words one of which a count since an event holds. */
const EVENT_CUES = EVENT_NOUNS.split('|').map((noun) => noun.replace('-?', ''));
/**
 * Whether a count is one engagement's or period's. Compiling the pattern costs about 1 ms on its
 * first use, so words near a figure that hold none of its cues are answered without it.
 */
export const notCumulative = (words: string): boolean => {
  const lower = words.toLowerCase();
  return (
    ((NOT_CUMULATIVE_CUES.some((cue) => lower.includes(cue)) ||
      ((lower.includes("'s ") || lower.includes('’s ')) && IN_WHOSE().test(lower))) &&
      NOT_CUMULATIVE().test(words)) ||
    (lower.includes('since') && EVENT_CUES.some((noun) => lower.includes(noun)) && SINCE_EVENT().test(words))
  );
};

const dayOf = (iso: string): Day => (parseDay(iso) as { value: Day }).value;

const COUNTS_FROM = new Set(['since', 'from', 'after']);

/** A date of the text a count can run through: a day or period with a year, not one it counts from. */
const throughDate = (d: Figure['date']): d is NonNullable<Figure['date']> & { first: string; last: string } =>
  d?.first !== undefined && d.last !== undefined && !COUNTS_FROM.has(d.relation ?? '');

/**
 * The window a figure counts through: its sentence's date, unless that marks where it counts from
 * ("since December"), in which case the sentence's latest other date (the day it was said); else
 * the publication day.
 */
function dateOf(
  f: Figure,
  all: readonly Figure[],
  published: Day | undefined,
): Pick<ClaimFigure, 'asOf' | 'asOfText' | 'asOfFrom'> {
  const own = throughDate(f.date) ? f.date : undefined;
  // Not another count's own date: "…, while Moscow's toll remains the 5,937 dead it announced in September 2022".
  const othersOwn = new Set(
    all.flatMap((o) => (o !== f && o.kind !== 'date' && o.sentence === f.sentence && o.date ? [o.date.label] : [])),
  );
  const said = all
    .filter(
      (o) =>
        o.kind === 'date' &&
        o.sentence === f.sentence &&
        throughDate(o.date) &&
        !othersOwn.has(o.date.label) &&
        // Not a month's own count: "…, a little more than February's roughly 37,000".
        !o.text.endsWith("'s") &&
        !o.text.endsWith('’s') &&
        // Not a day before the one the count runs from: "since … 7 February, …, five times their toll in December".
        !(f.date?.first !== undefined && o.date!.last! < f.date.first),
    )
    .map((o) => o.date!)
    .sort((x, y) => (x.last! < y.last! ? 1 : -1))[0];
  const d = own ?? (f.date && COUNTS_FROM.has(f.date.relation ?? '') ? said : undefined);
  if (d && throughDate(d))
    return { asOf: { first: dayOf(d.first), last: dayOf(d.last) }, asOfText: d.label, asOfFrom: 'text' };
  if (published !== undefined)
    return { asOf: { first: published, last: published }, asOfText: isoDate(published), asOfFrom: 'published' };
  return {};
}

/** Whether the figure's date range opens with "from" or "between" in its sentence. */
const openedRange = (f: Figure, all: readonly Figure[], label: string | undefined): boolean =>
  label !== undefined &&
  all.some(
    (o) =>
      o.kind === 'date' &&
      o.sentence === f.sentence &&
      o.date?.label === label &&
      (o.text.toLowerCase().startsWith('from ') || o.text.toLowerCase().startsWith('between ')),
  );

/** The sentence around [start, end) of a text, by its full stops: for figures read apart from extract's. */
function sentenceAround(text: string, start: number, end: number): string {
  const first = Math.max(text.lastIndexOf('. ', start) + 2, 0);
  const stop = text.indexOf('. ', end);
  return text.slice(first === 1 ? 0 : first, stop < 0 ? text.length : stop + 1);
}

/** `denied` for a figure read apart from extract's. */
const deniedAt = (text: string, figureText: string, span: [number, number]): boolean =>
  denied(text, sentenceAround(text, span[0], span[1]), figureText, span);

/** "from January to May", "1–15 January": a date of two ends; not "last week (27 January to 2 February)". */
const RANGE_LABEL = /^(?!last |this )(?:from |between )?\S.*\b(?:to|until|till|through|and)\b|^\d{1,2}–\d{1,2} /i;

/**
 * A figure dated "from January to May" counts that period: it runs from the first day to the last, as
 * "since January" would with "May" as the day it was said.
 */
function rangeAsPeriod<T extends Pick<ClaimFigure, 'asOf' | 'asOfText' | 'asOfFrom'>>(
  base: T,
  opened: boolean,
): T & Pick<ClaimFigure, 'since' | 'sinceText' | 'sinceSaid'> {
  const { asOf, asOfText } = base;
  // Five days or more: "by 16–17 January" is when a total was counted, "between 1 and 15 January" a period;
  // "from 14 to 16 December", "between 14 and 16 December" are periods however short.
  const long = asOf !== undefined && (opened || asOf.last - asOf.first >= 4);
  if (!asOf || base.asOfFrom !== 'text' || !long || !asOfText || !RANGE_LABEL.test(asOfText)) return base;
  return {
    ...base,
    since: { first: asOf.first, last: asOf.first },
    sinceText: asOfText,
    sinceSaid: true,
    asOf: { first: asOf.last, last: asOf.last },
  };
}

const BOTH_OUTCOMES = new RegExp(
  String.raw`(?:killed|dead|deaths?|wounded|injured|injury|injuries) (?:or|and) ` +
    String.raw`(?:wounded|injured|injury|injuries|killed|dead|deaths?)|casualt|lost|out of action|put out`,
);

/** Verbs that put soldiers out of action without saying whether they died. */
const OUT_OF_ACTION = /\b(?:eliminated|eliminating|liquidated|neutrali[sz]ed|destroyed|taken out|put out of action)\b/i;
/** Words that say soldiers died. */
const SAYS_KILLED = /\b(?:killed|died|dead|deaths?|perished|fatal|fatalities)\b/i;

/** The loss words say: killed and wounded alike, killed, wounded, or none. */
function outcomeIn(words: string): LossKind | undefined {
  if (BOTH_OUTCOMES.test(words)) return 'casualties';
  if (SAYS_KILLED.test(words)) return 'killed';
  return /\b(?:wounded|injured)\b/.test(words) ? 'wounded' : undefined;
}

/**
 * What a share is of and what it counts, from the words around it; undefined when no word of a loss goes
 * with it ("40 % of the casualties are caused by drones", "about 60 % are special forces").
 */
function shareSense(
  f: Figure,
  hasCasualties: boolean,
  hasForce = false,
): { of: 'force' | 'casualties'; counts: LossKind } | undefined {
  const start = f.sentence.indexOf(f.text);
  const after = (start >= 0 ? f.sentence.slice(start + f.text.length) : f.sentence).slice(0, 90).toLowerCase();
  const before = (start >= 0 ? f.sentence.slice(0, start) : '').toLowerCase();
  const base = CASUALTY_BASE().exec(after);
  // "a tenth of the casualties were killed": what the share counts is said after its base, not by the base itself.
  const told = base && base[1] !== 'them' && base[1] !== 'those' ? after.slice(base[0].length) : after;
  // "Killed account for a quarter of the casualties": or before the share.
  const said = outcomeIn(told) ?? outcomeIn(before);
  if (said === undefined && (base || !/casualt|losses|toll/.test(f.sentence.toLowerCase()))) return undefined;
  const outcome = said ?? 'casualties';
  const ofCasualties = base
    ? base[1] === 'total'
      ? hasCasualties || /casualt|losses|toll/.test(f.sentence.toLowerCase())
      : base[1] === 'them' || base[1] === 'those'
        ? hasCasualties && !/those (?:sent|deployed|dispatched)/.test(after)
        : true
    : false;
  const forceWords =
    FORCE_BASE().test(after) && !(base && /wounded/.test(base[1]!) && !/^(?:dead|killed)/.test(base[1]!));
  if (ofCasualties && !forceWords) return { of: 'casualties', counts: outcome === 'casualties' ? 'killed' : outcome };
  // "Of the 12,000 troops sent, a third of them were killed": "them" are the troops the claim names.
  const pronoun = /^\W*(?:of\s+)?(?:them|those)\b/.test(after);
  if (!forceWords && outcome === 'killed' && !(pronoun && hasForce && !hasCasualties))
    return { of: 'casualties', counts: 'killed' };
  return { of: 'force', counts: outcome };
}

/** Reads a claim's figures for the ledger comparison; `view` gives a share its base when the claim has none. */
export function readLedgerClaim(text: string, view: LedgerView, options: LedgerClaimOptions = {}): LedgerClaimReading {
  const published = options.published;
  const read = extractFigures(text, {
    ...(published !== undefined && { published }),
    ...(view.earliestStart && { baseline: view.earliestStart.day }),
  });
  const predicted = predictedTotals(text, read, published);
  const isPredicted = (f: Figure) => predicted.some((p) => f.span[0] < p.span[1] && p.span[0] < f.span[1]);
  const extracted = [...read, ...unreadFigures(text, read)]
    .filter((f) => !isPredicted(f))
    .sort((a, b) => a.span[0] - b.span[0]);
  const figures: ClaimFigure[] = [];
  const setAside: LedgerClaimReading['setAside'] = [];
  const aside = (f: Figure, reason: string) => setAside.push({ kind: f.kind, text: f.text, span: f.span, reason });
  const counter = new Map<string, number>();
  const idFor = (kind: string) => {
    const n = (counter.get(kind) ?? 0) + 1;
    counter.set(kind, n);
    return `${kind}-${n}`;
  };
  const shares: Figure[] = [];
  const parts: ClaimFigure[] = [];
  /** The sentences with a count of one engagement, whose "N of them" counts are parts of it. */
  const engagements = new Set<string>();
  /** Where the spans of time a count was read over begin: they are not set aside. */
  const spansUsed = new Set<number>();
  for (const read of extracted) {
    if (read.kind === 'date') continue;
    // "three in four of them were killed": a share, not four killed.
    const shared = inShare(read, text) ?? read;
    // "eliminated", "liquidated": in Ukrainian officials' and the General Staff's words, killed and wounded alike;
    // not "put out of action, of whom about 1,000 were killed".
    const clause = shared.kind === 'killed' ? ownClause(text, shared.span) : '';
    const f: Figure =
      shared.kind === 'killed' && OUT_OF_ACTION.test(clause) && !SAYS_KILLED.test(clause)
        ? { ...shared, kind: 'casualties' }
        : shared;
    if (denied(text, f.sentence, f.text, f.span)) {
      aside(f, NOT_A_LOSS.denied);
      continue;
    }
    if (f.kind === 'share' && read.kind !== 'share') {
      shares.push(f);
      continue;
    }
    const stated = statedOfFigure(f);
    if (!stated) {
      aside(f, 'vague, not a number');
      continue;
    }
    // "did russia really lose a million soldiers??": a figure in a question is what someone asks about.
    if (asked(f)) {
      aside(f, NOT_A_LOSS.asked);
      continue;
    }
    const date = dateOf(f, extracted, published);
    const base = rangeAsPeriod(
      { stated, text: f.text, span: f.span, ...date },
      openedRange(f, extracted, date.asOfText),
    );
    switch (f.kind as string) {
      case 'force': {
        const other = otherTroops(f, text);
        // What remains of the force, and a total with later waves, are held to the force from one side.
        if (other === NOT_A_LOSS.remains) figures.push({ id: '', ...base, kind: 'remaining' });
        else if (other === NOT_A_LOSS.waves) figures.push({ id: '', ...base, kind: 'deployed-total' });
        else if (other) aside(f, other);
        else figures.push({ id: '', ...base, kind: 'force' });
        break;
      }
      case 'reinforcement':
        figures.push({ id: '', ...base, kind: 'reinforcement' });
        break;
      case 'casualties':
      case 'killed':
      case 'wounded': {
        const month =
          firstDaysFrom(f, extracted, text) ??
          calendarMonth(f, text, base) ??
          calendarWeekend(f, text, base) ??
          weekEnding(f, text, base) ??
          calendarSeason(f, text, base);
        // One day's, week's or month's count (as extract reads it), or one engagement's, is not a running total.
        if (handled(text, f.span)) {
          aside(f, NOT_A_LOSS.condition);
        } else if (olderEstimate(text, f.span)) {
          aside(f, NOT_A_LOSS.earlier);
        } else if (
          (oneEvent(ownClause(text, f.span).toLowerCase()) &&
            !NORTH_KOREAN_KURSK(ownClause(text, f.span), text) &&
            !runningTotal(text, f.span) &&
            !COUNTS_FROM.has(f.date?.relation ?? '')) ||
          // "… about 64,000 troops, more than 24,000 of them killed": a part of that engagement's count.
          (ofThemFollows(text, f.span) && engagements.has(f.sentence))
        ) {
          engagements.add(f.sentence);
          aside(f, 'a count from one engagement or period, not a running total');
          parts.push({ id: '', ...base, kind: bothKinds(text, f) ?? (f.kind as 'casualties') });
        } else if (everyDay(text, f.span)) {
          figures.push({ id: '', ...base, kind: 'rate' });
        } else if (month && !runningTotal(text, f.span) && !REACHED.test(f.text)) {
          figures.push({ id: '', ...base, kind: f.kind as 'casualties', ...month, sinceSaid: true });
        } else if (
          f.period !== 'cumulative' &&
          (pastPeriod(text, f.span) !== undefined ||
            f.period !== undefined ||
            oneDayAlone(f, text) ||
            dayNamedAfter(f, extracted, text)) &&
          !runningTotal(text, f.span)
        ) {
          figures.push({ id: '', ...base, kind: f.kind as 'casualties', ...periodFields(f, base, text) });
        } else if (
          ((f.period === undefined &&
            (notCumulative(ownClause(text, f.span)) || partOfEngagement(f, text)) &&
            !levelReachedWhen(f, ownClause(text, f.span)) &&
            !NORTH_KOREAN_KURSK(ownClause(text, f.span), text)) ||
            periodTotalBefore(text, f.span)) &&
          !runningTotal(text, f.span) &&
          // "Since May, Russia has lost about 12,000 soldiers in the battle for Vovchansk": a count over a period.
          !COUNTS_FROM.has(f.date?.relation ?? '')
        ) {
          aside(f, 'a count from one engagement or period, not a running total');
          parts.push({ id: '', ...base, kind: bothKinds(text, f) ?? (f.kind as 'casualties') });
        } else {
          const year = yearOfWar(f, text, published) ?? yearToDate(f, text, base, published);
          const since = year ? { ...year, sinceSaid: true as const } : sinceOf(f, extracted, base);
          figures.push({
            id: '',
            ...base,
            kind: bothKinds(text, f) ?? (f.kind as 'casualties'),
            ...since,
            ...(!since.since && !base.since && spanOfTime(f, extracted, base, spansUsed)),
          });
        }
        break;
      }
      case 'rate': {
        const [, what, period] = RATE_UNIT.exec(f.unit) ?? [];
        const lead = text.slice(Math.max(0, f.span[0] - 50), f.span[0]);
        if (cuedTest(RECRUITMENT, around(text, f.span))) aside(f, NOT_A_LOSS.recruitedRate);
        // "arriving in batches of about 1,000 a month": troops sent over time, with no loss word before the rate.
        else if (cuedTest(SENT_OVER_TIME, lead) && !LOSS_WORDS.test(lead)) aside(f, NOT_A_LOSS.recruitedRate);
        // "taking North Korean prisoners at a rate of barely one a week"
        else if (cuedTest(TAKEN_OVER_TIME, lead)) aside(f, NOT_A_LOSS.condition);
        else if (what !== 'casualties' || period === undefined)
          aside(f, `a rate of ${f.unit}; the ledger quotes casualties a day`);
        else if (period === 'day' && f.date?.relation === 'on' && f.date.first === f.date.last && base.asOf) {
          // "daily losses hit a record 2,200 on Thursday": one day's count, not an average.
          figures.push({ id: '', ...base, kind: 'casualties', ...periodFields({ ...f, period: 'day' }, base, text) });
        } else {
          const days = PER_PERIOD[period]!;
          // "North Korea's dead in Kursk are mounting by roughly 20 a day": the dead alone, which no reference rates;
          // casualties fall at least as fast.
          const words = ownLead(f);
          const deadAlone = !/\d/.test(words) && outcomeIn(words.toLowerCase()) === 'killed';
          figures.push({
            id: '',
            ...base,
            kind: 'rate',
            stated: {
              ...stated,
              ...(deadAlone && { qualifier: 'at-least' as const }),
              low: stated.low / days,
              high: stated.high / days,
            },
            // "1,271 a day in September": the average over that month.
            ...(yearOfWar(f, text, published) ??
              yearToDate(f, text, base, published) ??
              wholeWarAverage(f, text, base) ??
              monthsTo(f, text, base) ??
              averageOfTotal(f, extracted, text, base) ??
              averageOfPeriod(f, extracted, text, base, published) ??
              averageOfPastDays(f, text, base) ??
              sinceOf(f, extracted, base)),
          });
        }
        break;
      }
      case 'share':
        shares.push(f);
        break;
      default:
        aside(f, f.kind === 'duration' ? 'a span of time: only the claim’s own arithmetic uses it' : `a ${f.kind}`);
    }
  }
  for (const p of predicted) {
    if (deniedAt(text, p.text, p.span)) {
      setAside.push({ kind: 'casualties', text: p.text, span: p.span, reason: NOT_A_LOSS.denied });
      continue;
    }
    figures.push({
      id: '',
      kind: 'casualties',
      stated: p.stated,
      text: p.text,
      span: p.span,
      asOf: p.by,
      asOfText: p.byText,
      asOfFrom: 'text',
      prediction: { from: published!, pace: p.pace },
    });
  }
  figures.sort((a, b) => (a.span?.[0] ?? 0) - (b.span?.[0] ?? 0));
  // One reading of whose losses each figure counts, shares included: the claim's mentions are found once.
  const subjects = figureSubjects(
    text,
    [...figures, ...shares, ...parts].map((f) => f.span ?? [0, 0]),
    options.claimant === undefined ? {} : { claimant: options.claimant },
  );
  figures.forEach((f, i) => {
    f.subject = subjects[i]!;
  });
  parts.forEach((f, i) => {
    f.subject = subjects[figures.length + shares.length + i]!;
  });
  ratesOverCountPeriods(text, figures);
  const counted = figures.length;
  shares.forEach((f, i) => {
    const subject = subjects[counted + i]!;
    for (const count of shareCounts(f, extracted, figures, view, published, aside)) {
      // The ledger's force is a base for shares of its own subject only: not "87 % of Russia's troops".
      if (
        count.fromShare?.baseFrom === 'ledger' &&
        subject.force !== null &&
        coverage(subject, subjectOfDescription(view.subject)) !== 'same'
      )
        aside(f, `a share of ${subjectText(subject)}, whose size no reference gives`);
      else figures.push({ ...count, subject });
    }
  });
  // "the equivalent of a company every 24 hours, somewhere between 80 and 100 men": a unit of the ledger's own force.
  let ledgerSubject: ReturnType<typeof subjectOfDescription> | undefined;
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i]!;
    const unit = f.kind === 'force' && unitOfIt(f.stated, view);
    // "Two North Korean servicemen captured …, one of them wounded in the jaw": people, not a toll. Not a ratio's
    // side ("for every soldier killed, about three wounded").
    const handful = LOSS_KINDS_OF_COUNT.has(f.kind) && f.stated.high < 10 && !f.since && !RATIO_WORDS.test(text);
    if (!unit && !handful) continue;
    // A subject with no force but words of its own ("the Vietnam War", "civilians") is someone else's.
    const unnamed = !f.subject || (f.subject.force === null && f.subject.cue === undefined);
    ledgerSubject ??= subjectOfDescription(view.subject);
    const own = unnamed || (f.subject!.force !== null && coverage(f.subject!, ledgerSubject) === 'same');
    if (!own) continue;
    figures.splice(i, 1);
    setAside.push({ kind: f.kind, text: f.text, span: f.span!, reason: unit ? NOT_A_LOSS.unit : NOT_A_LOSS.handful });
  }
  figures.push(...derivedWounded(figures, text));
  for (const figure of [...figures, ...parts]) figure.id = idFor(figure.kind);
  return {
    text,
    figures,
    ...(parts.length > 0 && { parts }),
    setAside: setAside.filter((a) => !spansUsed.has(a.span[0])).sort((a, b) => a.span[0] - b.span[0]),
    ...(published !== undefined && { published }),
  };
}

/** A share as a count: the share times its base, from the claim or else the ledger. */
function shareCounts(
  f: Figure,
  extracted: readonly Figure[],
  figures: readonly ClaimFigure[],
  view: LedgerView,
  published: Day | undefined,
  aside: (f: Figure, reason: string) => void,
): ClaimFigure[] {
  const share = statedOfFigure(f)!;
  const sense = shareSense(
    f,
    figures.some((c) => c.kind === 'casualties'),
    figures.some((c) => c.kind === 'force'),
  );
  if (!sense) {
    aside(f, 'a share that counts no loss');
    return [];
  }
  // "Half of my battalion was killed": a share of one unit, whose size no reference gives.
  const at = f.sentence.indexOf(f.text);
  if (at >= 0 && ONE_UNIT.test(f.sentence.slice(at + f.text.length, at + f.text.length + 40))) {
    aside(f, 'a share of one unit, not of the force');
    return [];
  }
  const date = dateOf(f, extracted, published);
  const nearest = (kind: 'force' | 'casualties') =>
    figures
      .filter((c) => c.kind === kind && c.span)
      .sort((a, b) => Math.abs(a.span![0] - f.span[1]) - Math.abs(b.span![0] - f.span[1]))[0];
  const own = nearest(sense.of) ?? baseInText(f, sense.of);
  let basis: ShareBasis;
  if (own) {
    const noun = sense.of === 'force' ? 'troops' : 'casualties';
    basis = {
      share,
      of: sense.of,
      base: own.stated,
      baseText: `the claim's ${statedText(own.stated, 'casualties', 0)} ${noun}`,
      baseFrom: 'claim',
    };
  } else if (sense.of === 'force') {
    const force = view.baselineForce;
    if (!force) {
      aside(f, 'a share of the force, with no force to take it of');
      return [];
    }
    basis = {
      share,
      of: 'force',
      base: force.stated,
      baseText: `the ledger's ${force.ref.figure} troops (${force.ref.ids[0]}, ${force.ref.claimant})`,
      baseFrom: 'ledger',
      baseId: force.ref.ids[0]!,
    };
  } else {
    const total = ledgerCasualtiesBy(view, date.asOf);
    if (!total) {
      aside(f, 'a share of casualties, with no casualty count to take it of');
      return [];
    }
    basis = {
      share,
      of: 'casualties',
      base: total.stated,
      baseText:
        `the ledger's ${total.ref.figure} casualties ` +
        `(${total.ref.ids.join(' + ')}, ${total.ref.claimant}, ${total.ref.date})`,
      baseFrom: 'ledger',
      baseId: total.ref.ids[0]!,
    };
  }
  const product = approximately(multiply(boundsOf(share), boundsOf(basis.base)));
  const exact = share.qualifier === 'exact' && basis.base.qualifier === 'exact' && product.low === product.high;
  const count: Stated = exact ? { ...product, qualifier: 'exact' } : product;
  const baseText = basis.baseFrom === 'claim' ? basis.baseText.replace("the claim's", 'the') : basis.baseText;
  const text = `${f.text} of ${baseText}`;
  return [{ id: '', kind: sense.counts, stated: count, text, span: f.span, ...date, fromShare: basis }];
}

/** The ledger's casualty count nearest before a date (the latest, when the claim has no date). */
function ledgerCasualtiesBy(view: LedgerView, asOf: Window | undefined) {
  const counts = view.counts.filter((c) => c.kind === 'casualties' && Number.isFinite(boundsOf(c.stated).high));
  const before = asOf ? counts.filter((c) => c.window.first <= asOf.last) : counts;
  return (before.length > 0 ? before : counts).sort((a, b) => b.window.last - a.window.last)[0];
}

/** Wounded that follow from a claim's casualties and killed of one date, when it states none. */
function derivedWounded(figures: readonly ClaimFigure[], text: string): ClaimFigure[] {
  if (figures.some((f) => f.kind === 'wounded')) return [];
  const out: ClaimFigure[] = [];
  for (const killed of figures.filter((f) => f.kind === 'killed')) {
    const total = figures.find((f) => f.kind === 'casualties' && f.asOfText === killed.asOfText);
    if (!total) continue;
    // "about 2,000 have died; Ukraine's intelligence says the real toll is nearly 5,000": two claimants' counts,
    // not one's killed and casualties.
    const [a, b] = [killed.span?.[1] ?? 0, total.span?.[0] ?? 0].sort((x, y) => x - y);
    if (/;|\b(?:while|whereas|but)\b|\b(?:says|said|claims|claimed|insists|estimates)\b/i.test(text.slice(a!, b!)))
      continue;
    const wounded = subtract(boundsOf(total.stated), boundsOf(killed.stated));
    const { span: _span, fromShare: _share, ...rest } = killed;
    out.push({
      ...rest,
      id: '',
      kind: 'wounded',
      stated: approximately(wounded),
      text: `${statedText(total.stated, 'casualties', 0)} − ${statedText(killed.stated, 'casualties', 0)}`,
      derived:
        `casualties ${statedText(total.stated, 'casualties', 0)} − ` +
        `killed ${statedText(killed.stated, 'casualties', 0)}`,
    });
  }
  return out;
}

/**
 * A count of one day, week or month ("in the past day", "over the past week alone"): it counts the days
 * that end on its date. Said "yesterday", or as of the day a daily report appears, the day may be the one
 * before.
 */
function periodFields(
  f: Figure,
  base: Pick<ClaimFigure, 'asOf' | 'asOfFrom'>,
  text: string,
): Pick<ClaimFigure, 'periodDays' | 'asOf' | 'sinceText'> {
  const days = pastPeriod(text, f.span) ?? PERIOD_DAYS[f.period as keyof typeof PERIOD_DAYS] ?? 1;
  if (!base.asOf) return { periodDays: days };
  // A date the text gives for "yesterday" is yesterday already; the publication day may be the day after. So may
  // "the past week", counted to the last report before the claim or to the day it was made.
  const yesterday =
    base.asOfFrom !== 'text' &&
    (days === 1
      ? /\b(?:yesterday|overnight|past day|last day|24 hours)\b/i.test(around(text, f.span))
      : /\b(?:past|last|previous|preceding)\b/i.test(around(text, f.span)));
  // A day's losses named by their day ("2,200 on Thursday") are reported the day after: either may be the count's.
  const named = days === 1 && base.asOfFrom === 'text' && base.asOf.first === base.asOf.last;
  const asOf = yesterday
    ? { first: base.asOf.first - 1, last: base.asOf.last }
    : named
      ? { first: base.asOf.first, last: base.asOf.last + 1 }
      : base.asOf;
  return { periodDays: days, asOf, sinceText: `the ${days === 1 ? 'day' : `${days} days`} through` };
}

/**
 * The start of the period a count covers, when its words give one: "since December" counts from the start of
 * December; "in February 2024", after the figure, counts February's losses alone.
 */
function sinceOf(
  f: Figure,
  all: readonly Figure[],
  base: Pick<ClaimFigure, 'asOf'>,
): Pick<ClaimFigure, 'since' | 'sinceText' | 'asOf' | 'sinceSaid'> {
  const d = f.date;
  if (!d || d.first === undefined || d.last === undefined) return {};
  if (COUNTS_FROM.has(d.relation ?? '')) {
    // "their fastest pace since 2022": a record since then, not what the count counts from.
    const mention = all.find((o) => o.kind === 'date' && o.sentence === f.sentence && o.date?.label === d.label);
    const lead = mention ? f.sentence.slice(0, Math.max(0, f.sentence.indexOf(mention.text))) : '';
    if (cuedTest(RECORD_BEFORE, lead)) return {};
    let first = dayOf(d.first);
    let last = dayOf(d.last);
    // "since October", said in August, counts from the October before.
    if (base.asOf && first > base.asOf.last && !f.sentence.includes(d.first.slice(0, 4))) {
      first = addMonths(first, -12);
      last = addMonths(last, -12);
    }
    // "since January" counts from the month's first day; "since early December" from some day of it.
    return { since: { first, last: last - first >= 27 ? first : last }, sinceText: d.label, sinceSaid: true };
  }
  // "losses in January alone topped 4,000": that month's, however the count is reached.
  const alone = f.sentence.toLowerCase().includes('alone') && /\balone\b/i.test(f.sentence);
  if (d.relation !== 'in' || d.first === d.last || saysTotal(beforeNewTotal(f)) || (REACHED.test(f.text) && !alone))
    return {};
  const mention = all.find((o) => o.kind === 'date' && o.sentence === f.sentence && o.date?.label === d.label);
  if (!mention || !base.asOf) return {};
  // "In February 2024 alone, Russia lost 28,000": a period before the count, with no one's words between.
  const between = f.sentence.slice(0, Math.max(0, f.sentence.indexOf(f.text)));
  const before = mention.span[0] < f.span[1];
  // Words of saying between the period and the count; not before both ("Kyiv says losses in December were 49,000").
  const offset = f.span[0] - f.sentence.indexOf(f.text);
  const afterMention = f.sentence.slice(Math.max(0, mention.span[1] - offset), Math.max(0, f.sentence.indexOf(f.text)));
  if (
    before &&
    !/\balone\b/i.test(f.sentence) &&
    /\b(?:said|says|told|reported|claimed|estimated)\b/i.test(afterMention)
  )
    return {};
  // "… in 2024, and it now loses about 1,500 a day": the present, not the period named before.
  if (before && /[,;]\s+(?:and|but|while)\b[^,;]*\b(?:now|currently|at present|these days)\b/i.test(afterMention))
    return {};
  // "losses reached 750,000 in November": a total reached then, when the month comes after the number.
  if (!before && REACHED_BEFORE.test(between)) return {};
  // "climbed past 1.1 million, up from about 1 million in mid-June": the level then.
  // A rate's earlier level is that period's average: "down from roughly 1,580 a day in December".
  if (!before && f.kind !== 'rate' && UP_FROM.test(between)) return {};
  // "the 3,000 casualties Seoul counted in mid-January": when it was counted, not a count of those days.
  const countEnd = f.sentence.indexOf(f.text) + f.text.length;
  if (!before && COUNTED_THEN.test(f.sentence.slice(countEnd, Math.max(countEnd, mention.span[0] - offset)))) return {};
  const first = dayOf(d.first);
  const last = dayOf(d.last);
  // "lost 4,000 in January", "In January alone, …": the month's losses; not "pulled back in mid-January after
  // suffering 4,000", where the month dates another verb.
  // Nor "up from 3,800 in early January", a level then.
  const level = /\bfrom\s+(?:the |its |their )?(?:about |around |some |nearly |roughly )?$/i.test(between);
  // "Over January the losses … amounted to 4,500": words of a whole period, as "alone" is.
  const over = /\b(?:over|during|throughout|across)\s+$/i.test(
    f.sentence.slice(0, Math.max(0, mention.span[0] - offset)),
  );
  const said = (!before || alone || over) && !level && (alone || over || !REACHED.test(f.text));
  return {
    since: { first, last: first },
    sinceText: d.label,
    asOf: { first: last, last },
    ...(said && { sinceSaid: true }),
  };
}

/** Each unit of a span of time, in days or in calendar months. */
const SPAN_UNITS: Readonly<Record<string, { days: number } | { months: number }>> = {
  days: { days: 1 },
  weeks: { days: 7 },
  months: { months: 1 },
  years: { months: 12 },
};
const SPAN_LEAD = /\b(?:in|over|during|within)\s+(?:the\s+(?:first|past|last)\s+)?$/i;

/**
 * "killed in three years of full-scale war", "In two years of fighting, …": a count over a span of time that
 * ends on its date. Months and years are calendar ones, counted back from that date.
 */
function spanOfTime(
  f: Figure,
  all: readonly Figure[],
  base: Pick<ClaimFigure, 'asOf'>,
  used: Set<number>,
): Pick<ClaimFigure, 'periodDays' | 'sinceText'> | undefined {
  if (!base.asOf) return undefined;
  const offset = f.span[0] - f.sentence.indexOf(f.text);
  for (const d of all) {
    if (d.kind !== 'duration' || d.sentence !== f.sentence || d.value === undefined || !SPAN_UNITS[d.unit]) continue;
    const lead = SPAN_LEAD.exec(f.sentence.slice(0, d.span[0] - offset));
    if (!lead) continue;
    const after = d.span[0] > f.span[1];
    const between = after ? f.sentence.slice(f.span[1] - offset, lead.index) : '';
    // After the count in its own clause, or opening the sentence before it, or right before it: "has lost more soldiers
    // in the past six weeks, some 60,000 killed and wounded, than …".
    const rightBefore = !after && /^\s*,\s*$/.test(f.sentence.slice(d.span[1] - offset, f.span[0] - offset));
    if (after ? /[,;:]/.test(between) || between.length > 60 : lead.index !== 0 && !rightBefore) continue;
    const unit = SPAN_UNITS[d.unit]!;
    const last = base.asOf.last;
    const days =
      'days' in unit
        ? Math.round(d.value * unit.days)
        : Number.isInteger(d.value * unit.months)
          ? last - addMonths(last, -d.value * unit.months)
          : Math.round(d.value * unit.months * 30.44);
    if (days < 1) continue;
    used.add(d.span[0]);
    return { periodDays: days, sinceText: `${d.text} through` };
  }
  return undefined;
}

const YEAR_TO_DATE = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:(?:so far |thus far )?this year|since the (?:start|beginning|turn) of (?:the|this) year|` +
        String.raw`since (?:the )?new year(?:['’]s(?: day)?)?|` +
        String.raw`year to date|so far in (\d{4})|in (\d{4}) so far|(last year))\b`,
      'i',
    ),
);

/**
 * The first match of `pattern` in the figure's own clause (not another figure's in the same sentence), or in
 * the phrase that opens its sentence: "Since the start of the year, Russia has lost …".
 */
function inOwnClause(f: Figure, text: string, pattern: RegExp): RegExpExecArray | null {
  const before = text.slice(0, f.span[0]);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('. ')) + 1;
  const rest = text.slice(f.span[1]);
  const stop = rest.search(/[,;]|\.(?:\s|$)/);
  const clause = text.slice(from, stop < 0 ? text.length : f.span[1] + stop);
  const opening = f.sentence.slice(0, Math.max(0, f.sentence.indexOf(',')));
  return pattern.exec(clause) ?? (f.sentence.indexOf(f.text) > opening.length ? pattern.exec(opening) : null);
}

/**
 * The words of a calendar period in the figure's own clause (`cue` is a word every match holds), and the claim's day;
 * not after a verb of saying ("said last month" dates the saying).
 */
function periodWords(
  f: Figure,
  text: string,
  base: Pick<ClaimFigure, 'asOf'>,
  cue: string,
  pattern: () => RegExp,
): { m: RegExpExecArray; day: Day } | undefined {
  if (!base.asOf || !f.sentence.toLowerCase().includes(cue)) return undefined;
  const m = inOwnClause(f, text, pattern());
  if (!m || SAID_JUST_BEFORE.test(m.input.slice(0, m.index))) return undefined;
  return { m, day: base.asOf.last };
}

const COUNTED_THEN = new RegExp(
  String.raw`\b(?:${SAYING}|counted|put|tallied|recorded|cited|gave|confirmed|published)\b`,
  'i',
);
const UP_FROM = new RegExp(
  String.raw`(?:\b(?:up|down)|,) from\s+(?:the |its |their )?` +
    String.raw`(?:about |some |around |roughly |nearly |almost |over |more than )?$`,
  'i',
);

/** The days a count or an average covers: from `since` through `asOf`, with the words that name them. */
type Stretch = Pick<ClaimFigure, 'since' | 'sinceText' | 'asOf'>;

/** A count from the start of day `first` through the end of day `last`. */
const stretch = (first: Day, last: Day, sinceText: string): Stretch => ({
  since: { first, last: first },
  sinceText,
  asOf: { first: last, last },
});

const SEASON_WORDS = ['winter', 'summer', 'spring', 'autumn', 'fall'];
/** "over the winter", "this summer", "last autumn": a season's name after its words of time (the name captured). */
const SEASON_PHRASE =
  String.raw`(?:(?:over|during|in|throughout|through) (?:the|this|last|this past)|this|last|this past) ` +
  String.raw`(${SEASON_WORDS.join('|')})\b`;
const SEASON_PERIOD = lazyPattern(
  () => new RegExp(String.raw`\b${SEASON_PHRASE}(?! of \d)(?!\s+(?:campaign|offensive|counter-?offensive))`, 'i'),
);

/**
 * "nearly 160,000 over the winter", said on 3 March: the last meteorological season of that name to begin by the
 * claim's day (1 December to 28 February), through the claim's day if it has not ended; "last winter", the last to
 * have ended. Not "since … last autumn", which says when a running total began.
 */
function calendarSeason(f: Figure, text: string, base: Pick<ClaimFigure, 'asOf'>): Stretch | undefined {
  const lower = f.sentence.toLowerCase();
  const cue = SEASON_WORDS.find((season) => lower.includes(season));
  if (cue === undefined) return undefined;
  const found = periodWords(f, text, base, cue, SEASON_PERIOD);
  if (!found) return undefined;
  const { m, day } = found;
  if (/\bsince\b/i.test(m.input.slice(Math.max(0, m.index - 60), m.index))) return undefined;
  const name = m[1]!.toLowerCase();
  const { year } = partsOf(day);
  const seasons = [year - 2, year - 1, year].map((y) => seasonIn(name, y)!);
  let i = seasons.findLastIndex((season) => season.first <= day);
  if (/^last\b|\blast\s/i.test(m[0]) && seasons[i]!.last >= day) i--;
  const first = seasons[i]!.first;
  const last = Math.min(seasons[i]!.last, day);
  const y = partsOf(first).year;
  return stretch(first, last, `${name} ${y}${name === 'winter' ? `–${String(y + 1).slice(2)}` : ''}`);
}

/** A period right after a rate: "1,550 a day last month", "1,500 a day over the winter" (in lower case). */
const PERIOD_AFTER_RATE = lazyPattern(
  () => new RegExp(String.raw`^\s*(?:a|per) day,?\s+(?:last month\b|this month\b|${SEASON_PHRASE})`),
);
/** Words one of which a period after a rate or at a sentence's opening holds. */
const PERIOD_CUES = ['month', ...SEASON_WORDS];
const holdsPeriodCue = (lower: string): boolean => PERIOD_CUES.some((cue) => lower.includes(cue));

/**
 * The average of a calendar period a rate names: right after it ("about 1,550 a day last month"), or at the opening
 * of its sentence with no other figure before it ("Over the winter, Russian losses averaged some 1,500 a day").
 */
function averageOfPeriod(
  f: Figure,
  all: readonly Figure[],
  text: string,
  base: Pick<ClaimFigure, 'asOf'>,
  published: Day | undefined,
): Stretch | undefined {
  const after = text.slice(f.span[1], f.span[1] + 50).toLowerCase();
  const right = holdsPeriodCue(after) && PERIOD_AFTER_RATE().test(after);
  const comma = f.sentence.indexOf(',');
  const opening =
    comma > 0 &&
    f.sentence.indexOf(f.text) > comma &&
    holdsPeriodCue(f.sentence.slice(0, comma).toLowerCase()) &&
    !all.some((o) => o.kind !== 'date' && o.sentence === f.sentence && o.span[0] < f.span[0]);
  if (!right && !opening) return undefined;
  // "from 840 a day in January 2024 to about 1,550 a day last month": last month is the claim's, not January 2024's.
  const day = right && published !== undefined ? { asOf: { first: published, last: published } } : base;
  return calendarMonth(f, text, day) ?? calendarSeason(f, text, day);
}

/** "The seven-day average … about 1,800 a day", "1,800 a day over the past week": the average of the last days. */
const ROLLING_AVERAGE = /\b(\w+)[-\s]day (?:rolling |moving )?average\b/i;
function averageOfPastDays(f: Figure, text: string, base: Pick<ClaimFigure, 'asOf'>): Stretch | undefined {
  if (!base.asOf) return undefined;
  const lead = ownLead(f);
  const rolling = lead.includes('day ') && lead.includes('average') ? ROLLING_AVERAGE.exec(lead) : null;
  const span = rolling ? parseDuration(`${rolling[1]} days`) : undefined;
  const days = span ? (span.ok ? span.value.amount.low : undefined) : pastPeriod(text, f.span);
  if (days === undefined || days < 2) return undefined;
  const last = base.asOf.last;
  return stretch(last - days + 1, last, rolling ? rolling[0] : `the ${days} days to ${isoDate(last)}`);
}

/** "since the full-scale invasion began", "over four years of war": an average over the whole war. */
const WHOLE_WAR_SPAN = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:since the (?:start|beginning|outbreak) of (?:the|its|russia['’]s) (?:full[\s-]scale )?` +
        String.raw`(?:war|invasion)|since (?:the |its |russia['’]s |moscow['’]s )?(?:full[\s-]scale )?invasion|` +
        String.raw`since the war (?:began|started)|throughout the war|over the course of the war|` +
        // "divided over the 1,097 days of full-scale war"
        String.raw`(?:over|across|by|in) the [\d,]+ days of (?:the )?(?:full[\s-]scale )?(?:war|invasion|fighting)|` +
        String.raw`(?:over|across|in|during|throughout) the (?:whole|entire|full) (?:war|invasion)|` +
        // "Over the first 100 days of the invasion, to 3 June 2022", "the first two years of full-scale war"
        String.raw`the first (?:\d+ |one |two |three |four |hundred )?(?:days?|weeks?|months?|years?) of ` +
        String.raw`(?:the )?(?:full[\s-]scale )?(?:war|invasion|fighting)|` +
        // "A thousand days after the invasion began, … on average some 850 a day"
        String.raw`(?:a|one) thousand days (?:after|since|into) (?:the|its) (?:full[\s-]scale )?(?:war|invasion)|` +
        String.raw`since (?:it|russia|moscow|putin) (?:launched|began|started) (?:its|the|his) (?:full[\s-]scale )?` +
        String.raw`(?:war|invasion)|` +
        // "over nearly three and a half years of war", "in 3.5 years of fighting"
        String.raw`(?:(?:over|in|across) (?:the )?(?:(?:nearly|almost|more than|over|about|some|roughly) )?)?` +
        String.raw`(?:two|three|four|five|\d(?:\.\d)?)(?: and a half)? years of (?:the )?` +
        String.raw`(?:full[\s-]scale )?(?:war|fighting|invasion))\b`,
      'i',
    ),
);

/** "In the twelve months to 24 February 2023": the months that end on the figure's day. */
const MONTHS_TO = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:in|over|during) the (?:past |last )?(\d{1,2}|three|six|nine|twelve|eighteen) months ` +
        String.raw`(?:to|through|until|ending)\b`,
      'i',
    ),
);
function monthsTo(f: Figure, text: string, base: Pick<ClaimFigure, 'asOf'>): Stretch | undefined {
  const found = periodWords(f, text, base, 'months', MONTHS_TO);
  if (!found) return undefined;
  const span = parseDuration(`${found.m[1]} months`);
  const months = span.ok ? span.value.amount.low : NaN;
  if (!(months >= 1 && months <= 60)) return undefined;
  return stretch(addMonths(found.day, -months) + 1, found.day, `the ${months} months through`);
}

const NOW_AFTER_RATE = /^\s*(?:a|per) day,?\s+(?:now|currently|at present|these days|at the moment)\b/i;

/** A rate averaged over the whole war: from the first day of the full-scale invasion to the claim's day. */
function wholeWarAverage(f: Figure, text: string, base: Pick<ClaimFigure, 'asOf'>): Stretch | undefined {
  // "…, against more than 1,500 a day now": the current pace, whatever period the sentence opens with.
  if (NOW_AFTER_RATE.test(text.slice(f.span[1], f.span[1] + 30))) return undefined;
  const found =
    periodWords(f, text, base, 'war', WHOLE_WAR_SPAN) ?? periodWords(f, text, base, 'invasion', WHOLE_WAR_SPAN);
  return found && stretch(FULL_SCALE_INVASION, found.day, 'the full-scale invasion');
}

/** Words between a running total and a rate beside it: "868,000 personnel, about 790 a day", "…, Kyiv says, 850". */
const BESIDE_TOTAL = /^[^.;:\d()]{0,60},\s*(?:or |that is |an average of |on average |averaging )?$/i;
/** Words between them that make the rate another period's: "…, and about 1,500 a day in January". */
const OTHER_PERIOD = new RegExp(
  String.raw`\b(?:but|while|whereas|now|recently|currently|lately|still|losing|loses|last|this|in|since|over|` +
    String.raw`during|and (?:is|are|was|were|has|have))\b`,
  'i',
);

const ofThemFollows = (text: string, span: [number, number]): boolean =>
  /^\s+of (?:them|those)\b/i.test(text.slice(span[1], span[1] + 12));

/** A date that is a period of days, not the day a figure was said or stood. */
const aPeriodOf = (d: Figure['date']): boolean =>
  d !== undefined && d.relation !== 'as-of' && d.relation !== 'on' && d.first !== d.last;

/**
 * "Russia has lost some 868,000 personnel, about 790 a day": a rate beside a running total, with no period of its own,
 * is the total's average: over the whole war when the total counts from its start.
 */
function averageOfTotal(
  f: Figure,
  all: readonly Figure[],
  text: string,
  base: Pick<ClaimFigure, 'asOf'>,
): Stretch | undefined {
  // A date of the rate's own is its period; the day the sentence was said is not ("…, Kyiv said on Monday").
  if (!base.asOf || aPeriodOf(f.date)) return undefined;
  const total = all.filter((o) => o.kind !== 'date' && o.sentence === f.sentence && o.span[1] <= f.span[0]).at(-1);
  const ownPeriod = total?.period !== undefined && total.period !== 'cumulative';
  if (!total || (total.kind !== 'casualties' && total.kind !== 'killed') || ownPeriod || aPeriodOf(total.date))
    return undefined;
  const between = text.slice(total.span[1], f.span[0]);
  if (!BESIDE_TOTAL.test(between) || OTHER_PERIOD.test(between)) return undefined;
  const after = text.slice(f.span[1], f.span[1] + 40);
  // "…, an average of about 400 a day over the year": the year the total counts.
  const sameSpan = /^\s*(?:a|per) day\s+(?:over|in|during|across) (?:the|that|this) (?:year|war|period)\b/i.test(after);
  if (
    !/^\s*(?:a|per) day\b/i.test(after) ||
    (/^\s*(?:a|per) day\s+(?:in|since|over|during|this|last)\b/i.test(after) && !sameSpan)
  )
    return undefined;
  // "Over the winter Russia lost about 134,000 soldiers, some 1,500 a day": the total's own season or month.
  const own = holdsPeriodCue(f.sentence.toLowerCase())
    ? (calendarMonth(total, text, base) ?? calendarSeason(total, text, base))
    : undefined;
  return own ?? stretch(FULL_SCALE_INVASION, base.asOf.last, 'the full-scale invasion');
}

const MONTH_TO_DATE = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:(?:so far |thus far )?this month|since the (?:start|beginning) of (?:the|this) month|` +
        String.raw`month to date|(?<!\b(?:the|in|over|during|within) )(last month))\b`,
      'i',
    ),
);

/**
 * "48,000 this month": from the first day of the claim's month to its day; "last month": the whole calendar
 * month before it, not the 30 days before the claim. Not "said last month", which dates the saying.
 */
function calendarMonth(f: Figure, text: string, base: Pick<ClaimFigure, 'asOf'>): Stretch | undefined {
  const found = periodWords(f, text, base, 'month', MONTH_TO_DATE);
  if (!found) return undefined;
  const { m, day } = found;
  const { year, month } = partsOf(day);
  const first = dayFromParts(year, month, 1)!;
  if (!m[1]) return stretch(first, day, `${MONTHS[month - 1]} ${year}`);
  const before = addMonths(first, -1);
  const { year: y, month: mo } = partsOf(before);
  return stretch(before, first - 1, `${MONTHS[mo - 1]} ${y}`);
}

const FIRST_DAYS_FROM = lazyPattern(
  () => /\b(?:in )?the first (\d{1,3}) days of [^,.;]{1,60}?,? (?:which|that) (?:began|started|opened) (?:on )?/i,
);

/**
 * "In the first 100 days of Donald Trump's presidency, which began on 20 January": the days from that date on,
 * however many the claim says.
 */
function firstDaysFrom(f: Figure, all: readonly Figure[], text: string): Stretch | undefined {
  if (!f.sentence.includes('first') || !f.sentence.includes('days')) return undefined;
  const at = text.indexOf(f.sentence);
  const m = FIRST_DAYS_FROM().exec(f.sentence);
  if (!m || at < 0) return undefined;
  const end = at + m.index + m[0].length;
  const start = all.find((o) => o.kind === 'date' && o.span[0] === end && o.date?.first === o.date?.last);
  const n = Number(m[1]);
  if (!start?.date?.first || n < 2) return undefined;
  const first = dayOf(start.date.first);
  return stretch(first, first + n - 1, `the first ${n} days from ${start.date.label}`);
}

const WEEKEND = lazyPattern(() => /\b(?:(?:over|during|at|on) the weekend|(?:this|last|this past) weekend)\b/i);
const WEEK_TO = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:in|over|during) the (week|seven days|fortnight|two weeks) (?:to|ending|through|up to) ` +
        String.raw`(?:last |this )?(${WEEKDAYS.join('|')})\b`,
      'i',
    ),
);

/** "12,500 in the week to Sunday": the seven days that end on the last such weekday, the claim's day at the latest. */
function weekEnding(f: Figure, text: string, base: Pick<ClaimFigure, 'asOf'>): Stretch | undefined {
  const found = periodWords(f, text, base, 'the week', WEEK_TO);
  if (!found) return undefined;
  const { m, day } = found;
  const last = lastWeekday(day, WEEKDAYS.indexOf(m[2]!.toLowerCase() as (typeof WEEKDAYS)[number]));
  const span = m[1]!.toLowerCase();
  const first = last - (span === 'week' || span === 'seven days' ? 7 : 14) + 1;
  return stretch(first, last, isoDate(first));
}

/**
 * "2,400 over the weekend": the Saturday and Sunday before the claim's day, or up to it on a Sunday. Not on a
 * Saturday (this weekend's day so far, or the last?), nor "said over the weekend", which dates the saying.
 */
function calendarWeekend(f: Figure, text: string, base: Pick<ClaimFigure, 'asOf'>): Stretch | undefined {
  const day = periodWords(f, text, base, 'weekend', WEEKEND)?.day;
  if (day === undefined) return undefined;
  if (weekdayOf(day) === 6) return undefined;
  const sunday = lastWeekday(day, 0);
  return stretch(sunday - 1, sunday, `the weekend of ${isoDate(sunday - 1)}`);
}

/**
 * "200,000 this year", "so far in 2024": a count since the first day of the year, in the figure's own
 * clause (not another figure's in the same sentence).
 */
function yearToDate(
  f: Figure,
  text: string,
  base: Pick<ClaimFigure, 'asOf'>,
  published: Day | undefined,
): Stretch | undefined {
  const lowerSentence = f.sentence.toLowerCase();
  if (!base.asOf || !(lowerSentence.includes('year') || lowerSentence.includes('so far'))) return undefined;
  const m = inOwnClause(f, text, YEAR_TO_DATE());
  if (!m) return undefined;
  // "Last year Russia lost about 430,000": the whole of the year before the one it is said in.
  if (m[3]) {
    // "in December last year" is a month, read with the dates.
    const wordBefore = /([a-z]+)\s+$/i.exec((m.input ?? '').slice(0, m.index))?.[1]?.toLowerCase() ?? '';
    if (published === undefined || MONTH_WORDS.has(wordBefore)) return undefined;
    const last = partsOf(published).year - 1;
    const end = dayFromParts(last, 12, 31)!;
    return {
      since: { first: dayFromParts(last, 1, 1)!, last: dayFromParts(last, 1, 1)! },
      sinceText: `${last}`,
      asOf: { first: end, last: end },
    };
  }
  const year = Number(m[1] ?? m[2] ?? partsOf(base.asOf.last).year);
  const first = dayFromParts(year, 1, 1)!;
  if (first > base.asOf.last) return undefined;
  // "so far in 2024", said in October 2024, runs to the day it was said, not to the year's end.
  const end = dayFromParts(year, 12, 31)!;
  const through = published !== undefined && published >= first && published <= end ? published : undefined;
  return {
    since: { first, last: first },
    sinceText: `${year}`,
    ...(through !== undefined && { asOf: { first: through, last: through } }),
  };
}

const YEAR_OF_WAR = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:in|over|during|throughout|for) the (first|second|third|fourth|fifth) (?:full )?year of ` +
        String.raw`(?:the )?(?:full[\s-]scale )?(?:war|invasion|fighting)\b`,
      'i',
    ),
);
const ORDINAL_YEARS: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

/** "In the second year of the war, Russia lost some 260,000": from one anniversary of the invasion to the next. */
function yearOfWar(
  f: Figure,
  text: string,
  published: Day | undefined,
): Pick<ClaimFigure, 'since' | 'sinceText' | 'asOf' | 'asOfText' | 'asOfFrom'> | undefined {
  if (!f.sentence.toLowerCase().includes('year of')) return undefined;
  const m = YEAR_OF_WAR().exec(ownClause(text, f.span));
  if (!m) return undefined;
  const n = ORDINAL_YEARS[m[1]!.toLowerCase()]!;
  const first = addMonths(FULL_SCALE_INVASION, 12 * (n - 1));
  const end = addMonths(FULL_SCALE_INVASION, 12 * n) - 1;
  // A year still running when the claim was made runs to that day.
  const last = published !== undefined && published >= first && published < end ? published : end;
  return {
    since: { first, last: first },
    sinceText: `the ${m[1]!.toLowerCase()} year of the war, from ${isoDate(first)}`,
    asOf: { first: last, last },
    asOfText: isoDate(last),
    asOfFrom: 'text',
  };
}

/** Words around a troop count that make it recruitment or deployment over time, not losses. */
const RECRUITMENT = cued(
  () => /\b(?:recruit\w*|mobili[sz]\w*|conscript\w*|enlist\w*|sign(?:s|ed|ing)? (?:up|contracts?)|contracts?)\b/i,
  'recruit|mobili|conscript|enlist|sign|contract',
);
/** The words before a count that make it a part of the force: "among them 500 officers". */
const PART_BEFORE = cued(
  () => /\b(?:among them|including|of whom|of them)\W*(?:some |about |around |roughly |nearly )?$/,
  'among them|including|of whom|of them',
);
const REMAIN_AFTER = cued(
  // "about 8,000 soldiers left in Kursk"
  () =>
    new RegExp(
      String.raw`\b(?:remain|remaining|still (?:at|on|in)|are left|were left|left at|` +
        String.raw`(?:soldiers|troops|men|fighters|servicemen) left)\b`,
    ),
  'remain|still |left',
);
/** "keeps some 1.2 million troops under arms", "a standing army of 1.2 million": the whole army, not a contingent. */
const WHOLE_ARMY_AFTER = cued(
  () =>
    new RegExp(
      String.raw`^\s*(?:[a-z-]+\s+){0,2}?(?:under arms|on active duty|active[- ]duty|in uniform|` +
        String.raw`active (?:troops|soldiers|personnel|servicemen)|` +
        String.raw`in (?:its|their|the) (?:army|armed forces|military))\b`,
    ),
  'under arms|active|uniform|army|armed forces|military',
);
const WHOLE_ARMY_BEFORE = cued(
  () => /\b(?:standing|active[- ]duty|regular|entire|whole) (?:army|military|armed forces)\b[^.;\d]{0,16}$/,
  'army|military|armed forces',
);
// "still has nearly 11,000 soldiers at the front"
const REMAIN_BEFORE = cued(
  () => /\b(?:remaining|surviving|still (?:has|have|had|fields?|keeps?|numbers?))\s*$/,
  'remaining|surviving|still',
);
const ADDED_BEFORE = cued(
  () => /\b(?:newly|fresh|another|additional|additionally|further|more|new)\b/,
  'new|fresh|another|additional|further|more',
);
const ADDED_AFTER = cued(() => /\b(?:newly|new(?:ly)? (?:brought|arrived|sent))\b/, 'new');
/** The nouns of a force's later waves: "a second rotation", "a new contingent". */
const WAVE_WORDS = ['wave', 'rotation', 'contingent', 'batch', 'group', 'deployment'];
const WAVES = cued(
  () => /\b(?:second|third|new|later|another) (?:wave|contingent|batch|rotation|group)\b/,
  WAVE_WORDS.join('|'),
);
const ONE_UNIT = new RegExp(
  String.raw`^\s+of\s+(?:my|our|his|her|their|its|the|a|one|this|that)\s+(?:[\w-]+\s+)?` +
    String.raw`(?:${UNIT_NOUNS})\b`,
  'i',
);
/** "A second rotation of about 2,500 men": the later wave itself, troops added to the force. */
const WAVE_OF = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:second|third|fourth|later|next|new|fresh)\s+(?:wave|rotation|contingent|batch|group|deployment)` +
        String.raw`\s+of\s+(?:about |some |around |roughly |nearly |up to |an estimated )?$`,
    ),
);
const waveOf = (before: string): boolean => WAVE_WORDS.some((w) => before.includes(w)) && WAVE_OF().test(before);
const BROUGHT_TO = new RegExp(
  String.raw`\b(?:brought|bringing|raised|raising|taking|took|pushed|pushing)\b[^.;]*\bto\s+` +
    String.raw`(?:about |some |around |roughly |nearly |an estimated )?$`,
);
const IN_ALL = cued(() => /\bin all\b|\bin total\b/, 'in all|in total');
/** "Counting the reinforcements that followed, some 15,000 …", "15,000, including reinforcements": a total of waves. */
const WITH_REINFORCEMENTS = cued(
  () => /\b(?:including|counting|with|plus)\s+(?:the\s+|its\s+|their\s+|later\s+)*reinforcements\b/,
  'reinforcements',
);
/** "Counting a second wave that arrived in January, … between 14,000 and 15,000": a total with a later wave. */
const WITH_WAVE = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:including|counting|with|plus)\s+(?:the\s+|a\s+|its\s+|their\s+)*` +
        String.raw`(?:second|third|later|new|subsequent)\s+(?:waves?|rotations?|contingents?|deployments?)\b`,
    ),
);
const PLANNED = cued(
  () => /\b(?:plans?|planned|planning|(?:ready|prepared|expected|set) to (?:send|deploy))\b/,
  'plan|to send|to deploy',
);

const LOSS_KINDS_OF_COUNT = new Set(['casualties', 'killed', 'wounded']);
const RATIO_WORDS = /\b(?:for every|for each|ratio|to every|in every)\b|\bone (?:dead|killed) to\b/i;

/** "the equivalent of a company every 24 hours, somewhere between 80 and 100 men": a unit's strength. */
function unitOfIt(stated: Stated, view: LedgerView): boolean {
  const smallest = Math.min(...view.forces.map((f) => f.stated.low));
  return Number.isFinite(smallest) && stated.high * 20 <= smallest;
}

/**
 * Why a count of troops is not the force deployed: a part of it ("among them 500 officers"), what is
 * left of it ("7,000 remain"), a later wave or a total counting one, a plan, workers, recruits, or a
 * number too small to be a force ("one officer said").
 */
function otherTroops(f: Figure, text: string): string | undefined {
  const value = f.value ?? f.high ?? 0;
  if (value < 10) return NOT_A_LOSS.tooFew;
  const before = text.slice(Math.max(0, f.span[0] - 30), f.span[0]).toLowerCase();
  const after = text.slice(f.span[1], f.span[1] + 70).toLowerCase();
  const near = `${before} ${after}`;
  // Each pattern is tried only on words that hold its cues (the words are in lower case already).
  const test = (c: Cued, words: string) => cuedTest(c, words, words);
  if (test(PART_BEFORE, before) || test(PARTS_OF_FORCE, after)) return NOT_A_LOSS.part;
  // "Of the roughly 12,000 soldiers first dispatched, no more than 7,000 remain": the remaining are the next count's.
  const ownAfter = after.split(/\d/)[0]!;
  if (test(REMAIN_AFTER, ownAfter) || test(REMAIN_BEFORE, before)) return NOT_A_LOSS.remains;
  // "Pyongyang's 1.2 million-strong army": the army is the noun of a "-strong" figure.
  const strongArmy =
    /-strong$/i.test(f.text) && /^\s*(?:standing |regular )?(?:army|military|armed forces)\b/.test(after);
  if (strongArmy || test(WHOLE_ARMY_AFTER, after) || test(WHOLE_ARMY_BEFORE, before)) return NOT_A_LOSS.army;
  if (test(ADDED_BEFORE, before) || test(ADDED_AFTER, after) || waveOf(before)) return NOT_A_LOSS.added;
  // "the first 1,500 North Korean special forces soldiers were shipped …, with more to follow": a first wave.
  if (/\bthe first\s+(?:about |some |around |roughly |nearly )?$/.test(before)) return NOT_A_LOSS.part;
  if (test(WAVES, near) || test(IN_ALL, after)) return NOT_A_LOSS.waves;
  const clause = text.slice(Math.max(0, f.span[0] - 160), f.span[0]).toLowerCase();
  const lead = clause.slice(clause.search(/[.!?;](?=[^.!?;]*$)/) + 1);
  const sentenceOfIt = `${lead} ${after.split(/[.;]/)[0]}`;
  if (test(WITH_REINFORCEMENTS, sentenceOfIt)) return NOT_A_LOSS.waves;
  if (WAVE_WORDS.some((w) => sentenceOfIt.includes(w)) && WITH_WAVE().test(sentenceOfIt)) return NOT_A_LOSS.waves;
  // "A second rotation of about 2,500 men has brought the number … to some 14,500": the total the wave brought.
  if (test(WAVES, lead) && BROUGHT_TO.test(lead)) return NOT_A_LOSS.waves;
  if (test(PLANNED, near) || test(MAY_BE_SENT, near)) return NOT_A_LOSS.planned;
  // "at a pace of some 1 500 soldiers every four weeks": troops arriving over time.
  if (!/-strong$/i.test(f.text) && /\b(?:pace|rate)\b/.test(before) && EVERY_SPAN_AFTER.test(after))
    return NOT_A_LOSS.recruitedRate;
  if (test(RECRUITMENT, near)) return NOT_A_LOSS.recruited;
  if (test(IN_A_CONDITION, after)) return NOT_A_LOSS.condition;
  return undefined;
}

/** The words of a figure's sentence before it. */
const ownLead = (f: Figure): string => f.sentence.slice(0, Math.max(0, f.sentence.indexOf(f.text)));
/** Words before a rate that say it counts losses. */
const LOSS_WORDS = /\b(?:lose|loses|losing|lost|loss|losses|casualt\w*|killed|wounded|dead|deaths|toll)\b/i;
const SENT_OVER_TIME = cued(
  () =>
    new RegExp(
      String.raw`\b(?:arriv\w*|batch(?:es)?|rotations?|deploy\w*|send(?:s|ing)?|sent|dispatch\w*|transferr\w*|` +
        String.raw`shipp\w*|reinforc\w*)\b`,
      'i',
    ),
  'arriv|batch|rotat|deploy|send|sent|dispatch|transfer|shipp|reinforc',
);
const TAKEN_OVER_TIME = cued(
  () => /\b(?:prisoners?|captives?|pows?|surrender\w*|defect\w*|desert\w*)\b/i,
  'prisoner|captive|pow|surrender|defect|desert',
);

const EVERY_SPAN_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:every|each|per)\s+(?:\w+\s+)?(?:days?|weeks?|months?)\b/;

/** "2,000 soldiers have returned to duty", "were treated in hospital", "were captured": troops in one condition. */
const IN_A_CONDITION = cued(
  new RegExp(
    String.raw`^(?:\s+[a-z-]+){0,6}?\s+(?:(?:(?:have|has|had|were|was|are|been|being)\s+)+` +
      String.raw`(?:returned to (?:duty|the front|service)|recovered|treated|hospitali[sz]ed|captured|taken prisoner|` +
      String.raw`taken captive|surrendered|deserted|defected|evacuated|missing|trained|training|` +
      // "have contacted a surrender hotline", "have asked to stay in Ukraine"
      String.raw`contacted|called|asked|applied|registered)|` +
      String.raw`returned to (?:duty|the front)|in hospital|(?:are|were) training|in training)\b`,
  ),
  'returned|recovered|treated|hospital|captured|taken|surrendered|deserted|defected|evacuated|missing|trained|' +
    'training|contacted|called|asked|applied|registered',
);

/** "captured two wounded soldiers", "carried about 200 wounded": the wounded moved or held, not a count of losses. */
const HANDLED_BEFORE = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:captured|capturing|took prisoner|taken prisoner|carried|carrying|flew|flown|evacuated|` +
        String.raw`evacuating|transported|treated|treating|brought|exchanged|repatriated|handed over)\s+` +
        String.raw`(?:about |some |around |nearly |roughly |more than |over |up to )?$`,
      'i',
    ),
);
/** "took two wounded soldiers prisoner": the count between the verb and "prisoner". */
const TAKEN_PRISONER = lazyPattern(() => /\b(?:took|take|takes|taking|taken)\s+$/);
const PRISONER_AFTER = lazyPattern(() => /^(?:\s+[\w-]+){0,4}\s+(?:prisoners?|captives?)\b/);
/** "lost about 200 men to frostbite and illness": losses that are not combat's. */
const NOT_COMBAT_AFTER = lazyPattern(
  () => /^(?:\s+[\w-]+){0,3}?\s+to\s+(?:frostbite|illness(?:es)?|diseases?|sickness|hypothermia|the cold|accidents?)\b/,
);
const NOT_COMBAT_CUES = ['frostbite', 'illness', 'disease', 'sickness', 'hypothermia', 'the cold', 'accident'];
const handled = (text: string, span: [number, number]): boolean => {
  const before = text.slice(Math.max(0, span[0] - 40), span[0]).toLowerCase();
  const after = text.slice(span[1], span[1] + 60).toLowerCase();
  if (
    (before.includes('tak') || before.includes('took')) &&
    (after.includes('prisoner') || after.includes('captive'))
  ) {
    if (TAKEN_PRISONER().test(before) && PRISONER_AFTER().test(after)) return true;
  }
  if (NOT_COMBAT_CUES.some((cue) => after.includes(cue)) && NOT_COMBAT_AFTER().test(after)) return true;
  return HANDLED_WORDS.some((w) => before.includes(w)) && HANDLED_BEFORE().test(before);
};
const HANDLED_WORDS = [
  'captur',
  'prisoner',
  'carr',
  'flew',
  'flown',
  'evacuat',
  'transport',
  'treat',
  'brought',
  'exchang',
  'repatriat',
  'handed',
];

/** "could be sent", "may deploy": troops not yet deployed. */
const MAY_BE_SENT = cued(
  () =>
    /\b(?:could|may|might|would|will|to)\s+(?:also\s+)?(?:be\s+)?(?:send|sent|deploy|deployed|dispatch|dispatched)\b/,
  'send|sent|deploy|dispatch',
);
const PARTS_OF_FORCE = cued(
  () =>
    new RegExp(
      // Up to three words before the noun, none of them a joiner: "5,000 North Korean military builders".
      String.raw`^\s*(?:of (?:them|whom) )?(?:(?!and |or |of )[\w-]+ ){0,3}(?:officers|commanders|generals|officials|` +
        String.raw`instructors|specialists|engineers|workers|labou?rers|pilots|advisers|advisors|sappers|deminers|` +
        String.raw`builders|construction|medics|doctors)\b`,
    ),
  'officer|commander|general|official|instructor|specialist|engineer|worker|labo|pilot|advis|sapper|deminer|' +
    'builder|construction|medic|doctor',
);
const OLDER_ESTIMATE = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:earlier|previous|prior|initial|older|first|original|past|preliminary|provisional) ` +
        String.raw`(?:estimate|figure|count|tally|assessment|forecast|projection)s?\b`,
    ),
);

/** "offered an earlier estimate of roughly 900": an older figure quoted beside a newer one. */
function olderEstimate(text: string, span: [number, number]): boolean {
  const before = text.slice(Math.max(0, span[0] - 45), span[0]).toLowerCase();
  if (!/estimate|figure|count|tally|assessment/.test(before)) return false;
  return OLDER_ESTIMATE().test(before);
}

/** "losing roughly 90 men killed or wounded every day": a count with "every day" after it is a daily rate. */
function everyDay(text: string, span: [number, number]): boolean {
  const after = text.slice(span[1], span[1] + 45).toLowerCase();
  if (!after.includes('day')) return false;
  return (
    // Not another number's "a day": "868,230 troops — about 800 a day".
    /^[^.;,\d—–]*?\b(?:every|each|a|per) day\b|^[^.;,\d—–]*?\bdaily\b/.test(after) &&
    !/\bin a day\b|\bin one day\b/.test(after)
  );
}

const RUNNING_TOTAL_WORDS = /\b(?:so far|to date|in total|in all|overall|all told|since the (?:start|beginning))\b/g;

/** "Yesterday Kyiv said", "Last month officials estimated": when the words were said, not a period of losses. */
const SAID_WHEN_BEFORE = new RegExp(
  String.raw`\b(?:yesterday|last (?:week|month)|earlier this (?:week|month)),?\s+(?:[\w'’]+\s+){1,4}?` +
    String.raw`(?:${SAYING})\b`,
);
/** "Kyiv said yesterday", "officials estimated last month". */
const SAID_WHEN_AFTER = new RegExp(
  String.raw`\b(?:${SAYING})\s+(?:on\s+)?` +
    String.raw`(?:yesterday|this week|last (?:week|month)|earlier this (?:week|month))\b`,
);

const NEW_TOTAL_VERBS = ['bringing', 'taking', 'raising', 'pushing', 'lifting'];
const NEW_TOTAL_AFTER = lazyPattern(() => /,\s*(?:bringing|taking|raising|pushing|lifting)\b/i);

/** "had so far been killed", "in total": the words mark a running total, whatever else the sentence says. */
function runningTotal(text: string, span: [number, number]): boolean {
  // "970 over the past day, bringing their total since the start … to 997,120": the total is the next figure's.
  const ahead = text.slice(span[1], span[1] + 60);
  const next = NEW_TOTAL_VERBS.some((verb) => ahead.includes(verb)) ? ahead.search(NEW_TOTAL_AFTER()) : -1;
  // Not past the start of another clause: "…, while Russia's total losses that month came to about 48,000".
  const clauseEnd = ahead.search(/;|,\s*(?:while|whereas|but)\b/);
  const reach = Math.min(next < 0 ? 60 : next, clauseEnd < 0 ? 60 : clauseEnd);
  const words = text.slice(Math.max(0, span[0] - 30), span[1] + reach).toLowerCase();
  if (saysTotal(words, RUNNING_TOTAL_WORDS)) return true;
  // "Yesterday Kyiv said 3,000 …": "yesterday" dates the statement, not a day's losses.
  const before = text.slice(Math.max(0, span[0] - 60), span[0]).toLowerCase();
  return (
    (SAID_WHEN_BEFORE.test(before) || SAID_WHEN_AFTER.test(before)) &&
    !/\b(?:past|last) (?:day|24 hours)\b|\bin a day\b/.test(words)
  );
}

/** The words of a figure's clause, back to the sentence start or a semicolon: "In a single assault near …, 45". */
function clauseAround(text: string, span: [number, number]): string {
  const from = Math.max(0, span[0] - 90);
  const before = text.slice(from, span[0]);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'));
  // Forward as far as 120 characters, to the sentence's end or a semicolon.
  const after = text.slice(span[1], span[1] + 120);
  const stop = after.search(/\.\s|;/);
  return text.slice(cut >= 0 ? from + cut + 1 : from, span[1] + (stop < 0 ? after.length : stop));
}

/** A count of a hundred or more that is not a year. */
const COUNT_NOT_YEAR = /\b\d{1,3}(?:,\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{3,}\b/;
/** "… to about 179,000": a level reached, whose period words, if any, come after it. */
const LEVEL_REACHED = /\bto\s+(?:about |around |some |nearly |almost |roughly |more than |over )?$/i;

/** A count of three or more digits: where another figure's words begin; not a span of time ("a 120-day mission"). */
const OTHER_COUNT = /(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{3,}(?!\d))(?!-?\s?(?:days?|weeks?|months?|years?|hours?)\b)/g;

/** The figure's clause without the words of the counts beside it: "719,000 …, including 1,530 in the past day". */
function ownClause(text: string, span: [number, number]): string {
  const clause = clauseAround(text, span);
  const figure = text.slice(span[0], span[1]);
  const at = clause.indexOf(figure);
  if (at < 0) return clause;
  let from = 0;
  let to = clause.length;
  // "rose by 500 in a day to about 179,000": the words before a level reached are the rise's, not the level's.
  if (matchLowerCased(LEVEL_REACHED, clause.slice(0, at)) !== undefined) from = at;
  OTHER_COUNT.lastIndex = 0;
  for (let m = OTHER_COUNT.exec(clause); m !== null; m = OTHER_COUNT.exec(clause)) {
    if (m.index + m[0].length <= at) from = Math.max(from, m.index + m[0].length);
    else if (m.index >= at + figure.length) {
      to = m.index;
      break;
    }
  }
  return clause.slice(from, to);
}

const PAST_CUES = anyOf(
  'past',
  'last',
  'previous',
  'preceding',
  'yesterday',
  'overnight',
  'same day',
  'that day',
  'single day',
  'one day',
  'in a day',
  'this week',
  'today',
);
const PAST_PERIOD = new RegExp(
  String.raw`\b(?:(?:in|over|during|within) the (?:past|last|previous|preceding) ` +
    String.raw`(day|24 hours|48 hours|72 hours|week|seven days|7 days|month|30 days|two weeks|fortnight)` +
    String.raw`( and a half)?|` +
    String.raw`(yesterday|overnight|today|on the same day|on that day|in a single day|in one day|in a day)|` +
    String.raw`(this week|this past week))\b`,
  'i',
);
/** A count of things that are not troops: "3 tanks", "41 artillery systems". Made on first use. */
let equipmentCounts: RegExp | undefined;
const withoutEquipment = (words: string): string =>
  words.replace(
    (equipmentCounts ??= new RegExp(
      String.raw`\d[\d,]*\s+(?:[a-z-]+\s+){0,2}?(?:${[...NOT_TROOPS].join('|')})\b`,
      'gi',
    )),
    '',
  );
const PAST_DAYS: Readonly<Record<string, number>> = {
  day: 1,
  '24 hours': 1,
  '48 hours': 2,
  '72 hours': 3,
  week: 7,
  'seven days': 7,
  '7 days': 7,
  month: 30,
  '30 days': 30,
  'two weeks': 14,
  fortnight: 14,
};

/**
 * "killed about 50 North Korean soldiers near Makhnovka on Saturday": one day named after the count, in its
 * own clause, is the day's count. Not "said on Saturday", which dates the saying, nor "by Saturday".
 */
function dayNamedAfter(f: Figure, all: readonly Figure[], text: string): boolean {
  const d = f.date;
  if (!d || d.relation !== 'on' || d.first === undefined || d.first !== d.last) return false;
  const mention = all.find((o) => o.kind === 'date' && o.sentence === f.sentence && o.date?.label === d.label);
  // A weekday ("on Saturday") is dated from the publication day and listed with no span of its own.
  const at = mention ? mention.span[0] : text.slice(f.span[1]).search(WEEKDAY_AFTER) + f.span[1];
  if (at < f.span[1]) return false;
  const between = text.slice(f.span[1], at);
  // "101 soldiers killed in Kursk, whose portraits lined the hall at a ceremony on Thursday": the day is another
  // clause's.
  if (/[\d;.,]/.test(between) || between.length > 60 || SAID_OR_ACCORDING.test(between)) return false;
  // "175,000 … by the war's first anniversary on 24 February 2023": a total by that day.
  if (/\bby\b/i.test(between)) return false;
  // "losses reached 1,050,000 on Friday" is the level that day; "18 killed in one assault on 12 January" an
  // engagement's count.
  const before = text.slice(Math.max(0, f.span[0] - 40), f.span[0]);
  // "up from 1,253,000 on 17 February": the level that day, too.
  return (
    !REACHED_BEFORE.test(before) &&
    !UP_FROM.test(before) &&
    !REACHED.test(f.text) &&
    !notCumulative(ownClause(text, f.span))
  );
}
const WEEKDAY_AFTER = new RegExp(String.raw`\bon (?:${WEEKDAYS.join('|')})\b`, 'i');
const SAID_OR_ACCORDING = new RegExp(String.raw`\b(?:${SAYING}|according)\b`, 'i');

/** "passed 100,000 overnight": a total reached then, not a night's count (unlike "daily losses hit 2,200 today"). */
const levelReachedWhen = (f: Figure, clause: string): boolean =>
  REACHED.test(f.text) && /\b(?:overnight|yesterday|today)\b/i.test(clause) && !/\bdaily\b|\ba day\b/i.test(clause);

/** "2,030 on Tuesday alone": one day's count, dated to that day. */
function oneDayAlone(f: Figure, text: string): boolean {
  return (
    f.date?.first !== undefined &&
    f.date.first === f.date.last &&
    // Not the day it was said ("…in the Pokrovsk direction alone, the commander said on Monday"), nor the day a count
    // runs from ("Since Ukraine's incursion began on 6 August, … in the Kursk region alone").
    f.date.relation !== 'as-of' &&
    f.date.relation !== 'since' &&
    f.date.relation !== 'from' &&
    /\balone\b/.test(clauseAround(text, f.span).toLowerCase())
  );
}

/**
 * "over the past week alone": the days a count covers, when the words name the last day, week or month, and no other
 * count stands between them and this one ("719,000 since 2022, including 1,530 in the past 24 hours").
 */
function pastPeriod(text: string, span: [number, number]): number | undefined {
  const clause = clauseAround(text, span);
  if (!PAST_CUES(clause.toLowerCase())) return undefined;
  const at = clause.indexOf(text.slice(span[0], span[1]));
  const pattern = new RegExp(PAST_PERIOD.source, 'gi');
  for (let m = pattern.exec(clause); m !== null; m = pattern.exec(clause)) {
    const between =
      at < 0
        ? ''
        : m.index >= at
          ? clause.slice(at + span[1] - span[0], m.index)
          : clause.slice(m.index + m[0].length, at);
    // Counts of equipment between a count of soldiers and its period leave it theirs: "1,430 personnel, 3 tanks and
    // 41 artillery systems over the past day".
    if (
      (/\d/.test(between) && /\d/.test(withoutEquipment(between))) ||
      (m.index < at && matchLowerCased(LEVEL_REACHED, clause.slice(0, at)) !== undefined)
    )
      continue;
    // "lost about 1,500 in a day, while North Korea's own losses have reached some 3,000": the period follows
    // another count, whose it is.
    if (m.index < at && COUNT_NOT_YEAR.test(clause.slice(0, m.index))) continue;
    // "the spy agency said this week", "Kyiv said yesterday": the words date the statement, not the losses.
    if (SAID_JUST_BEFORE.test(clause.slice(0, m.index))) return undefined;
    // "lost 1,410 soldiers today" is the day's count; "as of today", "today stand at 892,840" date a total.
    // "passed 100,000 overnight": a level reached, whenever it was.
    // "passed 1.5 million this week" too.
    if ((m[3] !== undefined || m[4] !== undefined) && REACHED.test(text.slice(span[0], span[1]))) continue;
    if (m[3]?.toLowerCase() === 'today' && (m.index < at || /\bas (?:of|at)\s*$/i.test(clause.slice(0, m.index))))
      continue;
    // "the past week and a half": ten days, the fewer the claim's count has to fit in.
    return m[4] ? 7 : m[3] ? 1 : Math.floor(PAST_DAYS[m[1]!.toLowerCase()]! * (m[2] ? 1.5 : 1));
  }
  return undefined;
}

const SHARE_BASE_WORDS = lazyPattern(
  () =>
    new RegExp(
      String.raw`^\s*of (?:the |its |their |all )?(about |around |roughly |some |nearly |approximately |more than )?` +
        String.raw`(\d{1,3}(?:,\d{3})+|\d+)\s+(\S+)`,
      'i',
    ),
);

/** "half of the roughly 11,000 North Koreans deployed": the share's own base, read from its words. */
function baseInText(f: Figure, of: 'force' | 'casualties'): Pick<ClaimFigure, 'stated'> | undefined {
  const start = f.sentence.indexOf(f.text);
  const after = start >= 0 ? f.sentence.slice(start + f.text.length, start + f.text.length + 60) : '';
  const m = SHARE_BASE_WORDS().exec(after);
  if (!m) return undefined;
  const noun = m[3]!.toLowerCase();
  const forceNoun = /^(?:troops|soldiers|north|men|personnel|servicemen|fighters|forces|korean|russian|ukrainian)/.test(
    noun,
  );
  if ((of === 'force') !== forceNoun) return undefined;
  const amount = parseQualified(`${m[1] ?? ''}${m[2]!}`, parseNumber);
  return amount.ok ? { stated: amount.value } : undefined;
}

const numberWord = (w: string): number => UNITS[w.toLowerCase()] ?? Number(w);

/** "three in four of them were killed", "one out of five": a count read from such words is a share. */
function inShare(f: Figure, text: string): Figure | undefined {
  if (f.kind !== 'killed' && f.kind !== 'wounded' && f.kind !== 'casualties') return undefined;
  if ((f.value ?? 11) > 10) return undefined;
  const m = /\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out of)\s+$/i.exec(
    text.slice(Math.max(0, f.span[0] - 20), f.span[0]),
  );
  const of = f.value;
  if (!m || of === undefined || of > 10) return undefined;
  const part = numberWord(m[1]!);
  if (!(part > 0 && part < of)) return undefined;
  const start = f.span[0] - m[0].length;
  return {
    ...f,
    kind: 'share',
    value: part / of,
    qualifier: 'exact',
    unit: 'share',
    counts: f.kind,
    span: [start, f.span[1]],
    text: text.slice(start, f.span[1]),
  };
}

/** "soldiers killed and wounded … has passed 2,800": a count after both words counts casualties, not one of them. */
function bothKinds(text: string, f: Figure): 'casualties' | undefined {
  if (f.kind !== 'killed' && f.kind !== 'wounded') return undefined;
  const lower = text.toLowerCase();
  if (!lower.includes('wounded') && !lower.includes('injured')) return undefined;
  // "…killed or wounded, including some 600 deaths": a count with a noun of its own keeps it.
  const noun = /^\s+([a-z]+)/i.exec(text.slice(f.span[1], f.span[1] + 20))?.[1]?.toLowerCase();
  if (noun !== undefined && (KILLED_NOUNS.has(noun) || WOUNDED_NOUNS.has(noun))) return undefined;
  const before = text.slice(Math.max(0, f.span[0] - 200), f.span[0]);
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  return /\b(?:killed|dead) (?:and|or) (?:wounded|injured)\b|\b(?:wounded|injured) (?:and|or) (?:killed|dead)\b/i.test(
    clause,
  ) && !/\d/.test(clause)
    ? 'casualties'
    : undefined;
}

/** A count as parseQualified reads it: "about 620,000", "some 5,000", "more than 1.1 million". */
const AMOUNT =
  String.raw`(?:(?:about|around|nearly|almost|more than|over|some|roughly|approximately)\s+)?` +
  String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|thousand))?`;
/** "bringing the total to about 620,000", "a total of 5,000", and "some 5,000 in total". */
const RUNNING_TOTALS = [
  new RegExp(
    String.raw`\b(?:(?:bringing|taking|pushing|raising|lifting)\s+(?:the|its|their)\s+(?:overall\s+)?` +
      String.raw`(?:total|tally|toll|losses|count)(?:\s+[a-z-]+){0,8}?\s+to|a total of|in total,?)\s+(${AMOUNT})`,
    'gi',
  ),
  new RegExp(String.raw`\b(${AMOUNT})(?=\s+(?:in total|in all|so far|to date)\b)`, 'gi'),
];
/** "the roughly 1,100 it loses every day": a number with no noun, the object of "lose" with a period after it. */
const LOST_EACH_DAY = new RegExp(
  String.raw`\b(?:the|some|about|around|roughly|nearly)\s+(${AMOUNT})(?=\s+(?:(?:it|they|[A-Z][\w'’]+)\s+)` +
    String.raw`(?:(?:is|are|was|were|has been|have been)\s+)?(?:lose|loses|losing|lost)\s+` +
    String.raw`(?:every|each|a|per)\s+day\b)`,
  'g',
);
/** "some 7,000 remain at the front": what is left of a force, with no noun of its own. */
const REMAINING = new RegExp(
  String.raw`\b(${AMOUNT})(?=\s+(?:of them\s+|troops\s+|soldiers\s+)?` +
    String.raw`(?:remain|are left|are still (?:at|on|in|fighting)|still (?:remain|fight|serve)))`,
  'gi',
);
/** "Pyongyang's force in the region numbers about 11,000": a force's size after its noun. */
const FORCE_SIZE = new RegExp(
  String.raw`\b(?:force|contingent|deployment|expeditionary corps|presence)\b[^.;:]{0,40}?\b` +
    String.raw`(?:numbers?|numbered|totals?|totalled|totaled|stands? at|stood at|is estimated at|amounts? to)` +
    String.raw`\s+(${AMOUNT})`,
  'gi',
);

/** "Russia's average daily casualties in November were 1,523": a rate named before its number. */
const DAILY_AVERAGE = new RegExp(
  String.raw`\b(?:average\s+)?daily\s+(?:casualties|losses|casualty (?:rate|figures?)|death toll)\b[^.;]{0,40}?\b` +
    String.raw`(?:were|was|of|at|stood at|reached|hit|averaged|rose to|fell to)\s+(${AMOUNT})`,
  'gi',
);

/** "Russian losses in 2023 were about 250,000": a count named before its number. */
const LOSSES_WERE = new RegExp(
  String.raw`\b(?:losses|casualties|death toll|toll)\b[^.;,]{0,40}?\b(?:were|was|stood at|totalled|totaled|` +
    String.raw`amounted to|came to)\s+(${AMOUNT})`,
  'gi',
);

/** "Russian casualties in 2024 reached 430,000": a total named before its verb and number. */
const LOSSES_REACHED = new RegExp(
  String.raw`\b(?:losses|casualties|death toll|toll)\b[^.;,]{0,40}?\b(?:reached|hit|topped|passed|exceeded|surpassed|` +
    String.raw`crossed|rose to|climbed to)\s+(${AMOUNT})`,
  'gi',
);

interface Unread {
  pattern: RegExp;
  /** Whether only a date inside the words matched dates the figure ("in 2024" before "reached"), not one after it. */
  ownDateOnly?: true;
  kind: 'casualties' | 'force' | 'rate';
  /** Whether the figure is a running total; a daily loss is read as a rate by the words after it. */
  cumulative: boolean;
  /** Words without which the pattern cannot match, in the lower-case text: a text that holds none skips it. */
  cue: (lower: string) => boolean;
}

const UNREAD: readonly Unread[] = [
  ...RUNNING_TOTALS.map((pattern) => ({
    pattern,
    kind: 'casualties' as const,
    cumulative: true,
    cue: anyOf('total', 'tally', 'toll', 'in all', 'so far', 'to date'),
  })),
  {
    pattern: LOST_EACH_DAY,
    kind: 'casualties',
    cumulative: false,
    cue: (lower) => lower.includes('day') && /\blos(?:e|es|t|ing)\b[^.]*\bday\b/.test(lower),
  },
  { pattern: REMAINING, kind: 'force', cumulative: false, cue: anyOf('remain', 'are left', 'still') },
  {
    pattern: FORCE_SIZE,
    kind: 'force',
    cumulative: false,
    cue: anyOf('force', 'contingent', 'deployment', 'corps', 'presence'),
  },
  { pattern: DAILY_AVERAGE, kind: 'rate', cumulative: false, cue: anyOf('daily') },
  {
    pattern: LOSSES_WERE,
    kind: 'casualties',
    cumulative: false,
    cue: cued(LOSSES_WERE, 'losses|casualties|toll', 'were|was|stood at|total|amounted to|came to').may,
  },
  // "… reached 700,000 in November" is the total then; "casualties in 2024 reached 430,000", 2024's losses.
  {
    pattern: LOSSES_REACHED,
    kind: 'casualties',
    cumulative: false,
    cue: cued(
      LOSSES_REACHED,
      'losses|casualties|toll',
      'reached|hit|topped|passed|exceeded|surpassed|crossed|rose to|climbed to',
    ).may,
    ownDateOnly: true,
  },
];

/**
 * "bringing the total to about 620,000", "the roughly 1,100 it loses every day", "some 7,000 remain":
 * figures the grammar leaves unread when they have no noun of their own, read where no figure
 * stands already.
 */
function unreadFigures(text: string, read: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  const lower = text.toLowerCase();
  for (const { pattern, kind, cumulative, cue, ownDateOnly } of UNREAD) {
    if (!cue(lower)) continue;
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      const start = end - m[1]!.length;
      if ([...read, ...out].some((f) => f.span[0] < end && start < f.span[1])) continue;
      const amount = parseQualified(m[1]!, parseNumber);
      if (!amount.ok) continue;
      // "The tally of Russian tanks destroyed since 2022 has passed 10,000": a count of things, not troops.
      if (
        lowerWords(
          text
            .slice(Math.max(0, start - 60), start)
            .split(/[.;]/)
            .at(-1)!,
        ).some((w) => NOT_TROOPS.has(w))
      )
        continue;
      // "the lowest month of 2025 so far": a year, not a count.
      if (/^(?:19|20)\d\d$/.test(m[1]!.trim()) && /\b(?:of|in|since|for|during)\s+$/i.test(text.slice(0, start)))
        continue;
      const sentence = sentenceAround(text, start, end);
      const neighbour = read.find((f) => f.sentence === sentence && f.kind !== 'date');
      // "daily casualties in November 2024 were 1,523": a date inside the match is the figure's own.
      const inside = read.find((f) => f.kind === 'date' && f.span[0] >= m.index && f.span[1] <= start);
      out.push({
        kind,
        value: amount.value.low,
        qualifier: amount.value.qualifier,
        unit: kind === 'force' ? 'troops' : kind === 'rate' ? 'casualties per day' : 'casualties',
        ...(cumulative && { period: 'cumulative' as const }),
        span: [start, end],
        text: text.slice(start, end),
        sentence: neighbour?.sentence ?? sentence,
        ...(inside?.date
          ? { date: inside.date }
          : !ownDateOnly &&
            neighbour?.date &&
            !COUNTS_FROM.has(neighbour.date.relation ?? '') && { date: neighbour.date }),
      });
    }
  }
  return out;
}
