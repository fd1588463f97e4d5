import type { OwnTotal } from '../core/check/against-ledger/comparisons/own-total.js';
import type { ClaimFigure, LedgerClaimReading } from '../core/check/against-ledger/types.js';
import type { Window } from '../core/dates.js';
import { cued, cuedTest } from './lexicon.js';

/**
 * The rate and count pairs a claim gives for one subject over one period, found from its words. Pure.
 *
 * A rate with a period ("since March", "from January to May") and a count with the same period, or one
 * marked as the period's total ("some 9,000 in all"), are held to each other both ways. A count with no
 * words for its period is a running total: it holds at least what the rate adds over the rate's period.
 * A count over a span ("in three years of war") and a rate with no period of its own, in one sentence,
 * are the average and the total of that span, unless the rate is marked as today's ("now").
 */

const PERIOD_TOTAL = /\b(?:in all|in total|altogether|all told)\b/i;
const CURRENT = cued(
  () => /\b(?:now|currently|at present|these days|lately|recently|at the moment|this week|today)\b/i,
  'now|currently|at present|these days|lately|recently|at the moment|this week|today',
);
const SENTENCE_END = /[.!?]\s/;
const COUNT_WORDS: readonly [RegExp, ClaimFigure['kind']][] = [
  [/\b(?:casualt\w*|losses|killed (?:or|and) wounded|dead and wounded)\b/i, 'casualties'],
  [/\b(?:killed|dead|deaths?|died)\b/i, 'killed'],
  [/\b(?:wounded|injured)\b/i, 'wounded'],
];

/** The days a figure covers, when its words give a start. */
function periodOf(f: ClaimFigure): Window | undefined {
  if (!f.asOf) return undefined;
  if (f.since) return { first: f.since.first, last: f.asOf.last };
  if (f.periodDays !== undefined) return { first: f.asOf.last - f.periodDays + 1, last: f.asOf.last };
  return undefined;
}

const sameSubject = (a: ClaimFigure, b: ClaimFigure): boolean =>
  a.subject?.force === b.subject?.force &&
  (a.subject?.force !== null || a.subject?.cue === b.subject?.cue) &&
  a.subject?.scope === b.subject?.scope &&
  a.subject?.place === b.subject?.place;

/** What a rate counts by its own words ("40 killed a day"), when it says. */
function rateKind(text: string, rate: ClaimFigure): ClaimFigure['kind'] | undefined {
  const after = text.slice(rate.span![1], rate.span![1] + 40);
  const upTo = after.slice(0, Math.max(0, after.search(/\b(?:a|per|each|every) (?:day|week|month)|\bdaily\b/)));
  return COUNT_WORDS.find(([words]) => words.test(upTo))?.[1];
}

function pairOf(text: string, rate: ClaimFigure, count: ClaimFigure): OwnTotal | undefined {
  const [from, to] = rate.span![0] < count.span![0] ? [rate.span!, count.span!] : [count.span!, rate.span!];
  if (SENTENCE_END.test(text.slice(from[1], to[0])) || !sameSubject(rate, count)) return undefined;
  const own = rateKind(text, rate);
  if (own !== undefined && own !== count.kind) return undefined;
  const ratePeriod = periodOf(rate);
  const countPeriod = periodOf(count);
  const words = text.slice(Math.max(0, count.span![0] - 30), count.span![1] + 30);
  if (ratePeriod && countPeriod) {
    if (ratePeriod.first !== countPeriod.first || ratePeriod.last !== countPeriod.last) return undefined;
    return { rate, count, period: ratePeriod, sided: 'both' };
  }
  if (ratePeriod && count.asOf && count.asOf.last >= ratePeriod.last) {
    const total = PERIOD_TOTAL.test(words) && count.asOf.last === ratePeriod.last;
    // A running total may count killed or wounded only where the rate counts the same.
    if (!total && count.kind !== 'casualties' && own !== count.kind) return undefined;
    return { rate, count, period: ratePeriod, sided: total ? 'both' : 'at-least' };
  }
  if (countPeriod && !ratePeriod) {
    const rateWords = text.slice(Math.max(0, rate.span![0] - 40), rate.span![1] + 30);
    if (cuedTest(CURRENT, rateWords)) return undefined;
    return { rate, count, period: countPeriod, sided: 'both' };
  }
  return undefined;
}

/**
 * A rate with no period of its own, in the sentence of a count over a period, is that period's average ("some
 * 430,000 in 2024, an average of about 1,180 a day"), unless its words make it today's ("now"). The rate takes the
 * count's period, so a reference compares it with its own average over the same days.
 */
export function ratesOverCountPeriods(text: string, figures: ClaimFigure[]): void {
  const counts = figures.filter(
    (f) => (f.kind === 'casualties' || f.kind === 'killed' || f.kind === 'wounded') && f.span && !f.derived,
  );
  for (const rate of figures) {
    if (rate.kind !== 'rate' || !rate.span || periodOf(rate) || rate.prediction) continue;
    const rateWords = text.slice(Math.max(0, rate.span[0] - 40), rate.span[1] + 30);
    if (cuedTest(CURRENT, rateWords)) continue;
    const count = counts.find((c) => {
      const [from, to] = rate.span![0] < c.span![0] ? [rate.span!, c.span!] : [c.span!, rate.span!];
      const own = rateKind(text, rate);
      return (
        c.since !== undefined &&
        periodOf(c) !== undefined &&
        !SENTENCE_END.test(text.slice(from[1], to[0])) &&
        sameSubject(rate, c) &&
        (own === undefined || own === c.kind)
      );
    });
    if (!count) continue;
    rate.since = count.since!;
    if (count.sinceText !== undefined) rate.sinceText = count.sinceText;
    rate.asOf = count.asOf!;
    if (count.asOfText !== undefined) rate.asOfText = count.asOfText;
    rate.asOfFrom = 'text';
  }
}

/** Each rate of the claim with the count of its own sentence it can be held to, if any. */
export function ownTotals(reading: LedgerClaimReading, rates: readonly ClaimFigure[]): OwnTotal[] {
  const counts = reading.figures.filter(
    (f) =>
      (f.kind === 'casualties' || f.kind === 'killed' || f.kind === 'wounded') && f.span && !f.derived && !f.fromShare,
  );
  return rates.flatMap((rate) => {
    if (rate.kind !== 'rate' || !rate.span) return [];
    const pair = counts.map((count) => pairOf(reading.text, rate, count)).find((p) => p !== undefined);
    return pair ? [pair] : [];
  });
}
