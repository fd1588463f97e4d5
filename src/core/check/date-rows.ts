import { boundsOf, divide, figureOf, subtract, type Stated } from '../figures/amount.js';
import { isoDate, type Day, type Window } from '../dates.js';
import {
  boundsText,
  dayText,
  dayWindowText,
  deviationText,
  periodText,
  statedText,
  weeksText,
} from '../figures/figure-text.js';
import { formatNumber } from '../figures/format.js';
import type { Range } from '../figures/range.js';
import type { StatedDuration } from '../parse/durations.js';
import {
  dayAfter,
  dayFromStart,
  daysWord,
  expectedOf,
  judge,
  windowAt,
  windowFigure,
  type CheckRow,
} from './check-rows.js';
import { deviation } from '../figures/verdict.js';

/** Rows about time: when a force is lost at a rate, against a claimed date or a claimed duration. */

/** Casualties counted through an as-of day or period; losses go on from the day after it. */
export interface Counted {
  casualties: Stated;
  asOf: Window;
  asOfText: string;
}

interface Projection {
  days: Range;
  window: Window;
  arithmetic: string;
  from: string;
}

/** The constant-rate projection: whole force ÷ rate from the start, or what remains ÷ rate after the as-of date. */
export function projectLoss(force: Stated, rate: Stated, start: Day, counted?: Counted): Projection {
  const f = boundsOf(force);
  const r = boundsOf(rate);
  const forceText = statedText(force, 'troops', 0);
  const rateText = statedText(rate, 'per-day');
  if (counted) {
    const days = divide(subtract(f, boundsOf(counted.casualties)), r);
    const window = { first: dayAfter(counted.asOf.first, days.low), last: dayAfter(counted.asOf.last, days.high) };
    return {
      days,
      window,
      from: `after ${periodText(counted.asOfText, counted.asOf)}`,
      arithmetic:
        `(${forceText} − ${statedText(counted.casualties, 'casualties', 0)}) ÷ ${rateText} ` +
        `= ${boundsText(days, 'days')}`,
    };
  }
  const days = divide(f, r);
  // With no upper bound on the rate the force could be lost on any day from the start on.
  const first = Number.isFinite(r.high) ? dayFromStart(start, days.low) : -Infinity;
  const window = { first, last: dayFromStart(start, days.high) };
  return {
    days,
    window,
    from: `from ${isoDate(start)} (day 1)`,
    arithmetic: `${forceText} ÷ ${rateText} = ${boundsText(days, 'days')}`,
  };
}

export interface ProjectedDateInput {
  id: string;
  tolerance: number;
  force: Stated;
  rate: Stated;
  start: Day;
  counted?: Counted;
  claimed: Window;
  claimedText: string;
}

/**
 * A claimed date or period against the projection: inside the window is consistent; otherwise the
 * days between the projected date and the window, divided by the projected days of losses.
 */
export function projectedDateRow(input: ProjectedDateInput): CheckRow {
  const p = projectLoss(input.force, input.rate, input.start, input.counted);
  const claimed = periodText(input.claimedText, input.claimed);
  let dev = 0;
  let relation = `${p.window.first === p.window.last ? 'falls within' : 'overlaps'} ${claimed}`;
  if (p.window.first > input.claimed.last) {
    const gap = p.window.first - input.claimed.last;
    dev = gap / Math.max(p.days.low, 1);
    relation = Number.isFinite(gap)
      ? `is ${daysWord(gap)} after the end of ${claimed}: ${formatNumber(gap)} ÷ ${formatNumber(p.days.low, 1)} ` +
        `days = ${deviationText(dev)}`
      : `never comes: the force is not lost by 9999-12-31`;
  } else if (p.window.last < input.claimed.first) {
    const gap = input.claimed.first - p.window.last;
    dev = -gap / Math.max(p.days.high, 1);
    relation =
      `is ${daysWord(gap)} before the start of ${claimed}: ${formatNumber(gap)} ` +
      `÷ ${formatNumber(p.days.high, 1)} days = ${deviationText(dev)}`;
  }
  const { verdict } = judge(dev, input.tolerance);
  return {
    id: input.id,
    verdict,
    value: windowFigure(p.window),
    expected: windowFigure(input.claimed),
    deviation: dev,
    explanation: `The projected date ${dayWindowText(p.window)} ${relation}.`,
    title: 'projected date',
    unit: 'date',
    qualifier: input.claimed.first === input.claimed.last ? 'exact' : 'range',
    stated: input.claimedText,
    arithmetic: `${p.arithmetic} ${p.from} → ${dayWindowText(p.window, false)}`,
  };
}

export interface DurationInput {
  id: string;
  tolerance: number;
  force: Stated;
  rate: Stated;
  start: Day;
  /** Where the duration counts from, with the casualties counted by then; without it, from the start. */
  from?: Counted;
  claimed: StatedDuration;
  claimedText: string;
}

/** A claimed time until the force is lost against the projected days of losses. */
export function durationRow(input: DurationInput): CheckRow {
  const p = projectLoss(input.force, input.rate, input.start, input.from);
  const claimedDays = boundsOf(input.claimed);
  const dev = deviation(p.days, claimedDays);
  const { verdict, phrase } = judge(dev, input.tolerance);
  const inWeeks = input.claimed.unit === 'weeks';
  const weeksNote = inWeeks && p.days.low === p.days.high ? ` (${weeksText(p.days.low)})` : '';
  const projectedText = `${boundsText(p.days, 'days')}${weeksNote}`;
  const fromDay = input.from?.asOf.first ?? input.start - 1;
  const claimedEnd =
    input.claimed.low === input.claimed.high && Number.isFinite(input.claimed.low)
      ? `; ${input.claimedText} ${input.from ? `from ${dayText(fromDay)}` : `from the start`} ` +
        `ends ${dayWindowText(windowAt(fromDay + Math.round(input.claimed.low)))}`
      : '';
  return {
    id: input.id,
    verdict,
    value: figureOf(p.days),
    expected: expectedOf(input.claimed),
    deviation: dev,
    explanation:
      `Losses run ${projectedText} ${p.from}, to ${dayWindowText(p.window)}${claimedEnd}. ` +
      `${projectedText} against the stated ${input.claimedText}: ${phrase}.`,
    title: 'time until the force is lost',
    unit: 'days',
    qualifier: input.claimed.qualifier,
    stated: input.claimedText,
    arithmetic: `${p.arithmetic}${inWeeks && p.days.low === p.days.high ? ` = ${weeksText(p.days.low)}` : ''}`,
  };
}
