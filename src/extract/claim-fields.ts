import type { Stated } from '../core/figures/amount.js';
import type { CheckField } from '../core/check/run-checks.js';
import { isoDate, type Day, type Window } from '../core/dates.js';
import { statedText } from '../core/figures/figure-text.js';
import { DAYS_PER_UNIT, DURATION_UNITS, type DurationUnit } from '../core/figures/vocabulary.js';
import type { StatedDuration } from '../core/parse/durations.js';
import { datedFigure, laterYear, type DateContext } from './claim-dates.js';
import { ClaimTextError } from './claim-error.js';
import type { Candidate, Reading } from './claim-types.js';
import type { Figure } from './types.js';
import { UNIT_NOUNS } from './lexicon.js';

/**
 * Each figure of a claim read as one of `check`'s inputs, or set aside with the reason, and the
 * one figure chosen for each input when the text gives several.
 */

const ONE_UNIT_BEFORE = new RegExp(
  String.raw`\b(?:my|our|his|her|this|that|one)\s+(?:[\w-]+\s+)?(?:${UNIT_NOUNS})\b`,
  'i',
);
/** Words that say the force is lost, which a time until it is lost goes with. */
const FORCE_LOST = new RegExp(
  String.raw`\b(?:lost|lose|losing|gone|wiped out|destroyed|killed|wounded|dead|out of action|exhausted|depleted|` +
    String.raw`eliminated|spent|annihilated|ground down|used up|casualties|losses)\b`,
  'i',
);

const PLURALS: Record<CheckField, string> = {
  force: 'force sizes',
  rate: 'daily rates',
  start: 'start dates',
  casualties: 'casualty counts',
  killed: 'counts of killed',
  wounded: 'counts of wounded',
  asOf: 'days the casualties were counted through',
  by: 'dates the force would be lost by',
  within: 'times until the force is lost',
};

/** A figure's amount as checks take it; a vague amount ("hundreds") is none. */
export function statedOfFigure(f: Figure): Stated | null {
  if (f.qualifier === 'vague') return null;
  const low = f.value ?? f.low;
  const high = f.value ?? f.high;
  if (low === undefined || high === undefined) return null;
  return { qualifier: f.qualifier === 'nearly' ? 'approximately' : f.qualifier, low, high };
}

/** A rate's unit ("casualties per week") and the days in each period it names. */
export const RATE_UNIT = /^(\w+) per (day|week|month)$/;
export const PER_PERIOD: Record<string, number> = { day: 1, week: 7, month: DAYS_PER_UNIT.months };
/** "in 12 weeks", "within three months", "in the next six weeks": a time until the force is lost. */
const WITHIN_BEFORE =
  /\b(?:in|within|inside(?:\s+of)?|after)\s+(?:(?:the|a)\s+)?(?:(?:next|coming|another|further)\s+)?$/i;

export function readFigure(f: Figure, text: string, dates: DateContext): Reading {
  if (f.kind === 'date') return datedFigure(f, dates.figures, dates);
  const stated = statedOfFigure(f);
  if (!stated) return { aside: 'vague, not a number' };
  const base = { figure: f, tier: 0 };
  switch (f.kind) {
    case 'force':
      return { ...base, field: 'force', value: stated, used: statedText(stated, 'troops', 0) };
    case 'casualties':
    case 'killed':
    case 'wounded':
      if (f.period !== undefined && f.period !== 'cumulative')
        return { aside: `one ${f.period}'s losses, not a count since the start` };
      return { ...base, field: f.kind, value: stated, used: statedText(stated, 'casualties', 0) };
    case 'reinforcement':
      return { aside: 'reinforcements: troops sent to join the force, counted apart from it' };
    case 'rate': {
      const [, what, period] = RATE_UNIT.exec(f.unit) ?? [];
      if (what !== 'casualties' || period === undefined)
        return { aside: `a rate of ${f.unit}; check takes casualties a day` };
      const days = PER_PERIOD[period]!;
      const rate: Stated = { ...stated, low: stated.low / days, high: stated.high / days };
      const used = statedText(rate, 'per-day');
      return {
        ...base,
        field: 'rate',
        value: rate,
        used,
        ...(days !== 1 && { note: `${f.text} a ${period}, ÷ ${period === 'week' ? 7 : 30.44} days` }),
      };
    }
    case 'duration': {
      const unit = f.unit as DurationUnit;
      if (!DURATION_UNITS.includes(unit)) return { aside: `a duration in ${f.unit}` };
      // "in six weeks of fighting": the time the losses took, not the time until the force is lost.
      const elapsed = /^\s+(?:of|into)\s+(?:the\s+)?(?:fighting|combat|war|battle|deployment|the war)\b/i.test(
        text.slice(f.span[1], f.span[1] + 30),
      );
      // "whose construction he ordered finished within a year": a time with no loss in its clause.
      const clause = text
        .slice(Math.max(0, f.span[0] - 80), f.span[0])
        .split(/[,;:]/)
        .at(-1)!;
      // "Half of my platoon could be dead within a week": one unit's time, not the force's.
      const lossless = !FORCE_LOST.test(clause) || ONE_UNIT_BEFORE.test(text.slice(0, f.span[0]));
      if (elapsed || lossless || !WITHIN_BEFORE.test(text.slice(Math.max(0, f.span[0] - 40), f.span[0]))) {
        return { aside: 'a span of time, not the time until the force is lost ("in 12 weeks")' };
      }
      const per = DAYS_PER_UNIT[unit];
      // "within four months" bounds the time from above: losses that end sooner fall within it too.
      const bound =
        stated.qualifier === 'exact' &&
        /\b(?:within|inside(?:\s+of)?)\s+(?:the\s+)?(?:next\s+)?$/i.test(
          text.slice(Math.max(0, f.span[0] - 40), f.span[0]),
        );
      const within: StatedDuration = {
        ...stated,
        ...(bound && { qualifier: 'up-to' as const }),
        low: stated.low * per,
        high: stated.high * per,
        unit,
        amount: { low: stated.low, high: stated.high },
      };
      return { ...base, field: 'within', value: within, used: f.text };
    }
    case 'share':
      return { aside: 'a share; check compares counts, rates and dates' };
  }
}

const keyOf = (value: unknown): string => JSON.stringify(value);

/** The text's figure for a field; several that differ are for the user to choose between. */
export function choose(
  field: CheckField,
  mine: Candidate[],
  aside: (f: Figure, reason: string) => void,
): Candidate | undefined {
  if (mine.length === 0) return undefined;
  const top = Math.max(...mine.map((c) => c.tier));
  const pool = mine.filter((c) => c.tier === top);
  const first = pool[0]!;
  for (const c of mine)
    if (c.tier < top) aside(c.figure, `a date beside "${first.figure.text}", which the claim ties more firmly`);
  const distinct = [...new Map(pool.map((c) => [keyOf(c.value), c])).values()];
  if (distinct.length > 1) {
    const texts = distinct.map((c) => `"${c.figure.text}"`);
    const gives = `the claim gives ${distinct.length} ${PLURALS[field]} (${texts.join(', ')})`;
    throw new ClaimTextError((name) => `${gives}; choose the one to check with ${name(field)}`);
  }
  for (const c of pool.slice(1)) aside(c.figure, `repeats "${first.figure.text}"`);
  return first;
}

/** A prediction's date of loss, written without a year, lies after the day it was published. */
export function lookAhead(candidates: Candidate[], published: Day): void {
  for (const c of candidates) {
    if (c.field !== 'by' || !c.inferredYear) continue;
    const window = c.value as Window;
    if (window.last >= published) continue;
    const later = laterYear(window, c.used);
    c.value = later.window;
    c.used = later.label;
    c.note =
      `year: the first ${later.label.replace(/ \d{4}$/, '')} after the publication day ${isoDate(published)}, as ` +
      `a prediction looks ahead`;
  }
}
