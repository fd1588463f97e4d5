/**
 * Dates named relative to the day a text was published: "on Thursday", "said Monday", "last week",
 * "yesterday". They need the publication day: without it they are not read.
 */
import { isoDate, lastWeekday, MONTHS, partsOf, weekdayOf, type Day, type Window } from '../core/dates.js';
import { relationBefore, type DateMention, type Relative } from './date-mention.js';
import { set } from './lexicon.js';
import { WORD, type Token } from './tokens.js';
import type { DateRef } from './types.js';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Words before a bare weekday that make it the day something was said or done: "said Thursday". */
const WEEKDAY_CONTEXT = set('on said says told reported announced estimated added wrote last since by');

/** What a relative date names: a weekday (0 = Sunday), the week before the publication week, or a day back. */
export type { Relative };

export function mayStartRelative(token: Token): boolean {
  return (
    token.type === WORD &&
    (token.low === 'last' || token.low === 'yesterday' || (token.cap && WEEKDAYS.includes(token.low as never)))
  );
}

/** "on Thursday", "last week", "yesterday" at token `i`, as a date mention with no calendar point of its own. */
export function readRelativeDate(tokens: Token[], i: number, floor: number, ceiling: number): DateMention | null {
  const read = readRelative(tokens, i, floor, ceiling);
  if (!read) return null;
  const relation = relationBefore(tokens, read.first, floor);
  // The calendar point is a placeholder: the window comes from `relative` and the publication day.
  return { ...read, from: { part: 'day', month: 0 }, qualifier: 'exact', ...(relation && { relation }) };
}

/** Reads "Thursday", "last Thursday", "last week" or "yesterday" at token `i`: its span and what it names. */
function readRelative(tokens: Token[], i: number, floor: number, ceiling: number) {
  const token = tokens[i]!;
  const next = i + 1 < ceiling ? tokens[i + 1]!.low : '';
  const previous = i - 1 >= floor ? tokens[i - 1]!.low : '';
  const at = (last: number, relative: Relative) => ({
    first: i,
    last,
    sentence: token.sentence,
    start: token.start,
    end: tokens[last - 1]!.end,
    relative,
  });
  if (token.low === 'yesterday') return at(i + 1, { daysBack: 1 });
  if (token.low === 'last') {
    if (next === 'week' && previous !== 'the') return at(i + 2, { weeksBack: 1 });
    const weekday = WEEKDAYS.indexOf(next as never);
    return weekday >= 0 && tokens[i + 1]!.cap ? at(i + 2, { weekday }) : null;
  }
  const weekday = WEEKDAYS.indexOf(token.low as never);
  if (weekday < 0 || !WEEKDAY_CONTEXT.has(previous)) return null;
  // "Thursday, 16 January": the date that follows says it all.
  return at(i + 1, { weekday });
}

const dayLabel = (day: Day): string => {
  const { year, month, day: d } = partsOf(day);
  return `${d} ${MONTHS[month - 1]} ${year}`;
};

/** "6–12 January 2025", "27 January to 2 February 2025". */
function spanLabel(window: Window): string {
  const a = partsOf(window.first);
  const b = partsOf(window.last);
  if (a.year !== b.year) return `${dayLabel(window.first)} to ${dayLabel(window.last)}`;
  return a.month === b.month
    ? `${a.day}–${dayLabel(window.last)}`
    : `${a.day} ${MONTHS[a.month - 1]} to ${dayLabel(window.last)}`;
}

/** The window a relative date names from the publication day, and its label. */
export function relativeRef(relative: Relative, published: Day, relation: DateRef['relation']): DateRef {
  const window = relativeWindow(relative, published);
  const name =
    'weekday' in relative ? WEEKDAY_NAMES[relative.weekday]! : 'weeksBack' in relative ? 'last week' : 'yesterday';
  const label = window.first === window.last ? `${name} ${dayLabel(window.first)}` : `${name} (${spanLabel(window)})`;
  return {
    first: isoDate(window.first),
    last: isoDate(window.last),
    label,
    ...(relation && { relation }),
  };
}

/** A weekday is the latest such day on or before publication; last week runs Monday to Sunday. */
function relativeWindow(relative: Relative, published: Day): Window {
  if ('weekday' in relative) {
    const day = lastWeekday(published, relative.weekday);
    return { first: day, last: day };
  }
  if ('daysBack' in relative) return { first: published - relative.daysBack, last: published - relative.daysBack };
  const monday = published - ((weekdayOf(published) + 6) % 7) - 7;
  return { first: monday, last: monday + 6 };
}
