// What the date grammar reads, shared by its parts (dates.ts, iso-dates.ts, relative-dates.ts).
import { DATE_RELATIONS } from './lexicon.js';
import { WORD, type Token } from './tokens.js';
import type { DateRelation, FigureQualifier } from './types.js';

/** "on Thursday", "last week": a date counted back from the publication day. */
export type Relative = { weekday: number } | { weeksBack: 1 } | { daysBack: number };

export type Part = 'day' | 'early' | 'mid' | 'late' | 'month' | 'first-half' | 'second-half' | 'year';

export interface Point {
  part: Part;
  /** 1–12; 0 for a whole year. */
  month: number;
  day?: number;
  year?: number;
}

export interface DateMention {
  /** Token indices [first, last) of the figure's span: qualifier and range opener included. */
  first: number;
  last: number;
  sentence: number;
  start: number;
  end: number;
  from: Point;
  to?: Point;
  /** "last year" = -1, "this year" = 0, "next year" = 1. */
  shift?: number;
  relation?: DateRelation;
  qualifier: FigureQualifier;
  /** "on Thursday", "last week": a date counted back from the publication day. */
  relative?: Relative;
}

export interface Read<T> {
  value: T;
  last: number;
}

export interface PointRead extends Read<Point> {
  /** A month alone, with nothing around it yet that makes it a date. */
  bare: boolean;
}

export function relationBefore(tokens: Token[], first: number, floor: number): DateRelation | undefined {
  const previous = first - 1 >= floor ? tokens[first - 1]!.low : '';
  if (previous === 'of' && first - 2 >= floor && tokens[first - 2]!.low === 'as') return 'as-of';
  // "in all of January", "over all of 2024": the whole period, tied by the word before "all of".
  if (previous === 'of' && first - 3 >= floor && tokens[first - 2]!.low === 'all') {
    const whole = DATE_RELATIONS[tokens[first - 3]!.low];
    if (whole !== undefined) return whole;
  }
  const relation = DATE_RELATIONS[previous];
  // "since the Istanbul talks of 16 May": the day of the event the count runs from.
  if (previous === 'of') return startedBefore(tokens, first - 1, floor) ?? relation;
  return relation === 'in' || relation === 'on' ? (startedBefore(tokens, first - 1, floor) ?? relation) : relation;
}

/**
 * "since beginning combat operations in early December", "since it entered the war in October":
 * the event the date marks is the start the "since" counts from.
 */
function startedBefore(tokens: Token[], at: number, floor: number): DateRelation | undefined {
  for (let k = at - 1, steps = 0; k >= floor && steps < 9; k--, steps++) {
    const token = tokens[k]!;
    if (token.type !== WORD) return undefined;
    if (token.low === 'since') return 'since';
  }
  return undefined;
}
