/**
 * What a count takes from the counts before it in its sentence and the words around them: a
 * running total ("taking the total to 403,720"), a list ("including about 4,000 North Koreans"),
 * troops sent to join a force (reinforcements), and the period a count covers ("in the past day").
 */
import type { Amount } from './amounts.js';
import { headNoun, word, type TokenWindow } from './clause.js';
import type { Classified } from './kind-rules.js';
import { DEPLOY_VERBS, MONTH_WORDS, NOT_TROOPS } from './lexicon.js';
import { NUM, PUNCT } from './tokens.js';
import type { CountPeriod, FigureKind } from './types.js';

const TOTAL_WORDS = new Set(['total', 'totals', 'totalled', 'totaled', 'cumulative', 'overall', 'tally']);
const BRINGING = new Set([
  'bringing',
  'brings',
  'brought',
  'taking',
  'takes',
  'took',
  'raising',
  'raises',
  'raised',
  'pushing',
]);
const ADDED_BEFORE = new Set(['additional', 'another', 'further', 'extra']);
const ADDED_AFTER = new Set(['more', 'additional', 'extra', 'fresh']);
const REINFORCING = new Set([
  'reinforcements',
  'reinforcement',
  'reinforce',
  'reinforcing',
  'replenish',
  'replenishment',
]);
const CHANGED = new Set(['up', 'down', 'compared', 'rising', 'falling']);
const LOSS_KINDS = new Set<FigureKind>(['casualties', 'killed', 'wounded']);
const PERIOD_UNITS: Readonly<Record<string, CountPeriod>> = { day: 'day', week: 'week', month: 'month' };

const isDateNumber = (w: TokenWindow, k: number): boolean =>
  [k - 2, k - 1, k + 1, k + 2].some((i) => MONTH_WORDS.has(word(w, i)));

/** "taking the total to 403,720", "for a total of 690,000", "bringing its losses to 702,000". */
export function cumulativeBefore(w: TokenWindow, start: number): boolean {
  const to = word(w, start - 1) === 'to';
  // "bringing Russian losses over the first ten days of March to roughly 14,000": the words of a period with its
  // month stand between, and reach further.
  let reach = 9;
  for (let k = start - 1, steps = 0; k >= w.floor && steps < reach; k--, steps++) {
    const token = w.tokens[k]!;
    if (MONTH_WORDS.has(token.low)) reach = 13;
    if ((token.type === NUM && !isDateNumber(w, k)) || (token.type === PUNCT && token.low !== '-')) return false;
    // "bringing the month's total to some 49,000": one month's count, not a running total.
    if (TOTAL_WORDS.has(token.low) && /(?:day|week|month|year)['’]s$|^(?:daily|weekly|monthly)$/.test(word(w, k - 1)))
      return false;
    if (TOTAL_WORDS.has(token.low) || (to && BRINGING.has(token.low))) return true;
  }
  return false;
}

/** "from N to": "to" after "from" and a count, within a few words. */
export function toAfterFrom(w: TokenWindow, to: number): boolean {
  let counted = false;
  for (let k = to - 1, steps = 0; k >= w.floor && steps < 7; k--, steps++) {
    if (w.tokens[k]!.type === NUM) counted = true;
    if (word(w, k) === 'from') return counted;
  }
  return false;
}

/**
 * Another level of the same count: "up from 1,000", "compared with 3,000", "against 1,000 a week
 * earlier", "rose from 1,000 in mid-December to 3,000".
 */
const REVISED = new Set([
  'raised',
  'revised',
  'increased',
  'lowered',
  'cut',
  'upgraded',
  'updated',
  'lifted',
  'raises',
]);
const revisedBefore = (w: TokenWindow, k: number): boolean => {
  for (let i = k - 1; i >= w.floor && i >= k - 30; i--) if (REVISED.has(word(w, i))) return true;
  return false;
};

function earlierLevel(w: TokenWindow, start: number): boolean {
  const one = word(w, start - 1);
  const two = word(w, start - 2);
  // "raised its estimate … to about 4,700, including some 600 dead, from 3,000 in January"
  if (one === 'from' && two === ',') return revisedBefore(w, start - 2);
  if (one === 'from') return CHANGED.has(two);
  if ((one === 'with' || one === 'to') && two === 'compared') return true;
  return one === 'against' || one === 'versus' || (one === 'to' && toAfterFrom(w, start - 1));
}

/**
 * A count with no words of its own, read from the count before it in the sentence: "lost 1,240,
 * taking the total to 403,720" (casualties), "sent 1,000 more, bringing the total to 13,000" (the
 * force), "30,000 troops, including about 4,000 North Koreans", "risen to 3,000, up from 1,000" (the
 * same kind).
 */
export function kindFromPrevious(
  w: TokenWindow,
  amount: Amount,
  start: number,
  previous: { classified: Classified; amount: Amount } | undefined,
): Classified | null {
  if (amount.share) return null;
  // "risen to 3,000, up from 1,000": an earlier level of the same count.
  const including = word(w, start - 1) === 'including' || earlierLevel(w, start);
  if (!including && !cumulativeBefore(w, start)) return null;
  const noun = headNoun(w, amount.last);
  if (noun && noun.category !== 'military' && noun.category !== 'people') return null;
  // "shipments now total some 12 million artillery rounds": things, not losses.
  if (NOT_TROOPS.has(word(w, amount.last))) return null;
  // "bringing the total sent to roughly 14,000": troops sent, not losses.
  const sent = word(w, start - 1) === 'to' && DEPLOY_VERBS.has(word(w, start - 2));
  const kind = previous
    ? previous.classified.kind === 'reinforcement'
      ? 'force'
      : previous.classified.kind
    : including
      ? null
      : sent
        ? 'force'
        : 'casualties';
  // "fell to about 1,320 a day, down from roughly 1,550": a rate's earlier level is a rate; the total it brings is not.
  // Not "about 1,140 a day and down from 36,730 in April", a month's count: a level of the rate's own size.
  if (kind === 'rate') {
    const size = amount.value ?? amount.high;
    const rate = previous!.amount.value ?? previous!.amount.high;
    const alike = size !== undefined && rate !== undefined && size <= rate * 3 && size * 3 >= rate;
    return earlierLevel(w, start) && alike
      ? { kind: 'rate', unit: previous!.classified.unit, last: noun?.end ?? amount.last }
      : { kind: 'casualties', unit: 'casualties', last: noun?.end ?? amount.last };
  }
  if (kind !== 'force' && (kind === null || !LOSS_KINDS.has(kind))) return null;
  return { kind, unit: kind === 'force' ? 'troops' : kind, last: noun?.end ?? amount.last };
}

/** "an additional 3,000 troops", "2,000 more troops", "sent as reinforcements": troops joining a force. */
export function isReinforcement(w: TokenWindow, amount: Amount, start: number, classified: Classified): boolean {
  if (classified.kind !== 'force') return false;
  const before = word(w, start - 1);
  if (ADDED_BEFORE.has(before) || (before === 'a' && ADDED_BEFORE.has(word(w, start - 2)))) return true;
  const nounEnd = classified.nounEnd ?? amount.last;
  // "up to 3,000 more arrived": no noun, "more" right after the count.
  if (nounEnd === amount.last && ADDED_AFTER.has(word(w, amount.last))) return true;
  for (let k = amount.last; k < nounEnd; k++)
    if (ADDED_AFTER.has(word(w, k)) || REINFORCING.has(word(w, k))) return true;
  for (let k = nounEnd, steps = 0; k < w.ceiling && steps < 8; k++, steps++) {
    const token = w.tokens[k]!;
    if (token.type === NUM || (token.type === PUNCT && token.low !== '-')) return false;
    if (REINFORCING.has(token.low)) return true;
  }
  return false;
}

interface Marker {
  period: CountPeriod;
  first: number;
  last: number;
}

/** "in the past day", "over the last 24 hours", "in the previous week": the period a count covers. */
function periodMarkers(w: TokenWindow): Marker[] {
  const markers: Marker[] = [];
  for (let k = w.floor; k < w.ceiling; k++) {
    const low = w.tokens[k]!.low;
    if (low !== 'past' && low !== 'last' && low !== 'previous' && low !== 'single') continue;
    const next = word(w, k + 1);
    if (PERIOD_UNITS[next]) markers.push({ period: PERIOD_UNITS[next]!, first: k, last: k + 2 });
    else if (next === '24' && word(w, k + 2) === 'hours') markers.push({ period: 'day', first: k, last: k + 3 });
    else if (next === 'seven' && word(w, k + 2) === 'days') markers.push({ period: 'week', first: k, last: k + 3 });
  }
  return markers;
}

const SEGMENT_ENDS = new Set([',', ';', ':', '—', '–', '(', ')']);

/** The comma-separated stretch of the sentence around token k: [first, last). */
function segmentOf(w: TokenWindow, k: number): [number, number] {
  let first = k;
  while (first > w.floor && !SEGMENT_ENDS.has(w.tokens[first - 1]!.low)) first--;
  let last = k;
  while (last < w.ceiling && !SEGMENT_ENDS.has(w.tokens[last]!.low)) last++;
  return [first, last];
}

/** Whether tokens [first, last) hold a number outside [skipFirst, skipLast). */
function holdsCount(w: TokenWindow, first: number, last: number, skip: Marker): boolean {
  for (let k = first; k < last; k++) if (w.tokens[k]!.type === NUM && (k < skip.first || k >= skip.last)) return true;
  return false;
}

/**
 * The period a marker gives the count at `at`: one in the same stretch of the sentence ("lost
 * 1,240 in the past day"), or a marker standing in a stretch of its own just before the count's
 * ("In the past 24 hours, the enemy lost 1,550").
 */
function periodAt(w: TokenWindow, at: number): CountPeriod | undefined {
  const [first, last] = segmentOf(w, at);
  for (const marker of periodMarkers(w)) {
    if (marker.first >= first && marker.first < last) return marker.period;
    const [mFirst, mLast] = segmentOf(w, marker.first);
    if (mLast + 1 === first && !holdsCount(w, mFirst, mLast, marker)) return marker.period;
  }
  return undefined;
}

/** A loss count's period: cumulative after "the total to", else the period its stretch of the sentence names. */
export function countPeriod(w: TokenWindow, start: number, kind: FigureKind): CountPeriod | undefined {
  if (kind !== 'force' && !LOSS_KINDS.has(kind)) return undefined;
  if (cumulativeBefore(w, start)) return 'cumulative';
  return LOSS_KINDS.has(kind) ? periodAt(w, start) : undefined;
}
