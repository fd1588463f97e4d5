/**
 * Which date a count refers to. A date belongs to the counts of its own stretch of the sentence
 * (between commas, and apart from an earlier figure brought in by "up from", "compared with",
 * "against" or "from … to"): in "passed 4,000, up from 3,000 in mid-January" only the 3,000 is
 * mid-January's. The day a statement was made ("an official said on 20 January", "NIS said on
 * Thursday", "according to a report published on 16 January") dates every count that has no date
 * of its own: the count stood as of that day.
 */
import type { ResolvedDate } from './dates.js';
import { RECORD_WORDS, REPORT_NOUNS, set } from './lexicon.js';
import { toAfterFrom } from './sentence-context.js';
import { GLUED, NUM, WORD, type Token } from './tokens.js';
import type { DateRef } from './types.js';

export interface Placed {
  first: number;
  last: number;
  sentence: number;
  /** What the figure counts, when known: a span of time is no count of its own stretch. */
  classified?: { kind: string };
}

export interface FigureDates {
  /** The date the count refers to: its own, else the statement's (as of that day). */
  date?: DateRef;
  /** The day the statement was made, when the sentence says. */
  stated?: DateRef;
}

const STRETCH_ENDS = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Words that bring in an earlier level of a count: "compared with 3,000", "against 1,000". */
const EARLIER = set('compared against versus');
/** Words of saying and reporting: a date they govern is the statement's. */
const SAYING = set(`
  said says say told tells reported reports report announced estimated estimates assessed assessment wrote
  warned claimed stated released published briefing briefed update interview statement tally noted added
  confirmed disclosed revealed according believes believed testified posted cited citing quoted analysis
  estimate concluded
`);
/** Nouns of reports a date may stand before. */
/**
 * Words that may stand between a saying word and its date: "told lawmakers on", "said in its intelligence update on".
 */
const BETWEEN = set(`
  on in at its his her their a an the lawmakers reporters parliament journalists intelligence daily latest
  closed-door closed door - news conference press last to
`);

const low = (tokens: Token[], k: number, s: { first: number; last: number }): string =>
  k >= s.first && k < s.last ? tokens[k]!.low : '';

/** "said on 20 January", "in its 19 January assessment", "told lawmakers on Thursday". */
function isStatementDate(tokens: Token[], d: ResolvedDate, s: { first: number; last: number }): boolean {
  if (d.relation && d.relation !== 'on' && d.relation !== 'in') return false;
  for (let k = d.first - 1, steps = 0; k >= s.first && steps < 6; k--, steps++) {
    const word = tokens[k]!.low;
    if (SAYING.has(word)) return true;
    // "told Reuters on Monday", "told the BBC on Friday": whom it was told, by name.
    if (!BETWEEN.has(word) && !(tokens[k]!.cap && tokens[k]!.type === WORD && k > s.first)) break;
  }
  // "its 19 January assessment", "the 13 January briefing"
  return REPORT_NOUNS.has(low(tokens, d.last, s));
}

const COMPARING = set('times twice thrice double triple tenfold fivefold than again');
const RECORDS = new Set(RECORD_WORDS.split('|'));

/** "the deadliest month for the Russian army since February 2022": a record since then, which dates no count. */
function recordSince(tokens: Token[], d: ResolvedDate, s: { first: number; last: number }): boolean {
  if (d.relation !== 'since') return false;
  for (let k = d.first - 2, steps = 0; k >= s.first && steps < 8; k--, steps++) {
    if (tokens[k]!.type === NUM || STRETCH_ENDS.has(tokens[k]!.low)) return false;
    if (RECORDS.has(tokens[k]!.low)) return true;
  }
  return false;
}

/** Indices of the tokens that start a stretch of the sentence [first, last). */
function stretchStarts(tokens: Token[], s: { first: number; last: number }): number[] {
  const starts = [s.first];
  for (let k = s.first; k < s.last; k++) {
    const word = tokens[k]!.low;
    const next = low(tokens, k + 1, s);
    // "KYIV, Dec 2 - Russia lost …": a hyphen with spaces round it is a dash.
    const dash =
      word === '-' && tokens[k]!.gap !== GLUED && tokens[k + 1] !== undefined && tokens[k + 1]!.gap !== GLUED;
    if (STRETCH_ENDS.has(word) || dash) starts.push(k + 1);
    else if (((word === 'up' || word === 'down') && next === 'from') || EARLIER.has(word)) starts.push(k);
    else if (word === 'to' && toAfterFrom({ tokens, floor: s.first, ceiling: s.last }, k)) starts.push(k);
  }
  return starts;
}

/** The stretch a token stands in: the number of stretch starts at or before it. */
function stretchOf(starts: number[], k: number): number {
  let lo = 0;
  for (let hi = starts.length - 1; lo < hi; ) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The date of each counted figure of one sentence (figures in text order). */
export function datesOfSentence(
  tokens: Token[],
  s: { first: number; last: number },
  dates: readonly ResolvedDate[],
  figures: readonly Placed[],
): FigureDates[] {
  if (dates.length === 0) return figures.map(() => ({}));
  const starts = stretchStarts(tokens, s);
  const statement = dates.find((d) => isStatementDate(tokens, d, s));
  const others = dates.filter((d) => d !== statement && !recordSince(tokens, d, s));
  // "In the five months since … 6 August, Russia has lost about 40,000": a span of time leaves its date to the count.
  const counts = new Set(
    figures.filter((f) => f.classified?.kind !== 'duration').map((f) => stretchOf(starts, f.first)),
  );
  const stated = statement && { ...statement.ref };
  const inStretch = (at: number) => others.filter((d) => stretchOf(starts, d.first) === at);
  // "868,000 troops, more than four times the force Russia massed in 2022": a comparison's date is its own.
  const comparing = (at: number) => {
    for (let k = starts[at] ?? s.last; k < (starts[at + 1] ?? s.last); k++)
      if (COMPARING.has(tokens[k]!.low)) return true;
    return false;
  };
  // "…, while Moscow's toll remains the 5,937 dead it announced in September 2022": a statement in a stretch with a
  // count of its own dates that count, not the counts of other stretches.
  const statedAt = statement && stretchOf(starts, statement.first);
  const statedOwn = statedAt !== undefined && counts.has(statedAt);
  return figures.map((f) => {
    const at = stretchOf(starts, f.first);
    if (statedOwn && at !== statedAt) {
      const mine = nearest(inStretch(at), f);
      return mine ? { date: { ...mine.ref } } : {};
    }
    // "As of 31 December, North Korea had suffered …": a date in a stretch of its own beside the count's;
    // "lost 30 a day in late March, and a few hundred were wounded": the time of the clause it continues.
    // Not across a semicolon: "… in September 2022; Ukraine's General Staff now counts nearly 749,000".
    const joined = (k: number) => low(tokens, starts[Math.max(k, at)]! - 1, s) !== ';';
    const beside = [at - 1, at + 1].flatMap((k) => (counts.has(k) || !joined(k) || comparing(k) ? [] : inStretch(k)));
    const continued = at > 0 && low(tokens, starts[at]!, s) === 'and' ? inStretch(at - 1).at(-1) : undefined;
    // "On 24 February 2023, the war's first anniversary, Ukraine's General Staff put … at 146,820": the date that opens
    // the sentence dates its counts, when nothing nearer does.
    const opening = at > 0 ? inStretch(0).find((d) => d.first <= s.first + 2) : undefined;
    const mine = nearest(inStretch(at), f) ?? nearest(beside, f) ?? continued ?? opening;
    const date = mine ? { ...mine.ref } : stated && { ...stated, relation: 'as-of' as const };
    return { ...(date && { date }), ...(stated && { stated }) };
  });
}

function nearest(dates: readonly ResolvedDate[], f: Placed): ResolvedDate | undefined {
  let best: { d: ResolvedDate; distance: number } | undefined;
  for (const d of dates) {
    const distance = d.first >= f.last ? d.first - f.last : f.first - d.last;
    if (!best || distance < best.distance) best = { d, distance };
  }
  return best?.d;
}
