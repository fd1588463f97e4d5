/**
 * The date grammar: "16 January 2025", "January 16th", "Jan. 13", "December 16, 2024",
 * "2025-01-16", "early December", "mid-April 2025", "the beginning of January", "the first half
 * of January", "August 2024", "in December", "late October to early November last year",
 * "5-10 January", "since 2022". Years missing from the text are resolved afterwards (date-years.ts).
 */
import { dayFromParts, daysInMonth, partsOf } from '../core/dates.js';
import { monthNumber } from '../core/parse/days.js';
import {
  AMBIGUOUS_MONTHS,
  CASUALTY_NOUNS,
  KILLED_NOUNS,
  LOOSE_YEAR_CONTEXT,
  MILITARY,
  MONTH_ABBREVIATIONS,
  MONTH_CONTEXT,
  MONTH_WORDS,
  PEOPLE,
  STRICT_MONTH_CONTEXT,
  table,
  TIME_UNITS,
  UNITS,
  WOUNDED_NOUNS,
  YEAR_CONTEXT,
} from './lexicon.js';
import { readIso } from './iso-dates.js';
import { relationBefore, type DateMention, type Part, type Point, type PointRead, type Read } from './date-mention.js';
import { GLUED, LINE, NUM, PUNCT, WORD, type Token } from './tokens.js';
import type { DateRef, FigureQualifier } from './types.js';

export { relationBefore, type DateMention, type Part, type Point, type PointRead, type Read } from './date-mention.js';

export interface ResolvedDate extends DateMention {
  ref: DateRef;
}

const PERIOD_WORDS = table<Part>({ beginning: 'early', start: 'early', middle: 'mid', end: 'late' });
const RANGE_JOINS = new Set(['to', 'until', 'till', 'through', '-', '–', '—']);
const APPROXIMATE = new Set(['about', 'around', 'approximately', 'roughly', 'circa', 'approx']);

const DATE_STARTERS = new Set([
  'q',
  'early',
  'late',
  'mid',
  'the',
  'beginning',
  'start',
  'middle',
  'end',
  'first',
  'second',
]);

/** Whether token `k` names a month: capitalised, or in lower case where nothing else is meant ("by february"). */
function isMonth(tokens: Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.type !== WORD || !MONTH_WORDS.has(token.low)) return token.cap && monthOwning(token.low) !== undefined;
  if (token.cap) return true;
  // "may", "march": the month only after words that ask for one ("in may", "since march").
  const previous = tokens[k - 1]?.low ?? '';
  const fuzzy = previous === '-' && ['early', 'mid', 'late'].includes(tokens[k - 2]?.low ?? '');
  return !AMBIGUOUS_MONTHS.has(token.low) || STRICT_MONTH_CONTEXT.has(previous) || fuzzy;
}

/** "December's peak of more than 1,500 a day", "February's toll": a month's own count; its month, else undefined. */
function monthOwning(low: string): number | undefined {
  if (!low.endsWith("'s") && !low.endsWith('’s')) return undefined;
  const name = low.slice(0, -2);
  return name.length >= 3 && MONTH_WORDS.has(name) && !AMBIGUOUS_MONTHS.has(name) ? monthNumber(name) : undefined;
}

function monthAt(tokens: Token[], k: number, ceiling: number): Read<number> | null {
  const token = tokens[k];
  if (!token || k >= ceiling || !isMonth(tokens, k)) return null;
  const month = monthNumber(token.low) ?? monthOwning(token.low);
  if (month === undefined) return null;
  const next = tokens[k + 1];
  if (next && next.gap === GLUED && next.low === '-' && tokens[k + 2]?.type === WORD) return null; // "May-day"
  const dotted = MONTH_ABBREVIATIONS.has(token.low) && next?.low === '.' && next.gap === GLUED && k + 1 < ceiling;
  return { value: month, last: dotted ? k + 2 : k + 1 };
}

const COUNTED_NOUNS = [MILITARY, PEOPLE, CASUALTY_NOUNS, KILLED_NOUNS, WOUNDED_NOUNS];
const isCountedNoun = (word: string): boolean =>
  COUNTED_NOUNS.some((s) => s.has(word)) || TIME_UNITS[word] !== undefined;

/** A day of the month: 13, 13th; not a count ("January 12 soldiers") nor a time ("13:30"). */
function dayAt(tokens: Token[], k: number, ceiling: number, month?: number): Read<number> | null {
  const token = tokens[k];
  if (!token || k >= ceiling || token.type !== NUM || !/^\d{1,2}$/.test(token.low)) return null;
  const day = Number(token.low);
  if (day < 1 || day > (month ? daysInMonth(2024, month) : 31)) return null;
  let last = k + 1;
  const suffix = tokens[last];
  if (suffix && suffix.gap === GLUED && last < ceiling) {
    if (suffix.type === WORD && /^(st|nd|rd|th)$/.test(suffix.low)) last++;
    else if (suffix.type !== PUNCT || suffix.low === ':' || suffix.low === '%' || suffix.low === '/') return null;
  }
  const after = tokens[last];
  if (after && last < ceiling && after.type === WORD && isCountedNoun(after.low)) return null;
  return { value: day, last };
}

/** "Feb '22", "since March ’25": a year in two digits after an apostrophe. */
function shortYearAt(tokens: Token[], at: number, ceiling: number): Read<number> | null {
  const [mark, digits, after] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!mark || !digits || at + 1 >= ceiling || (mark.low !== "'" && mark.low !== '’') || mark.gap === GLUED)
    return null;
  if (digits.gap !== GLUED || digits.type !== NUM || !/^\d{2}$/.test(digits.low)) return null;
  if (after && after.gap === GLUED && after.type !== PUNCT) return null;
  const n = Number(digits.low);
  return { value: n < 50 ? 2000 + n : 1900 + n, last: at + 2 };
}

function yearAt(tokens: Token[], k: number, ceiling: number): Read<number> | null {
  let at = k;
  if (tokens[at]?.low === ',' && at < ceiling) at++;
  const short = shortYearAt(tokens, at, ceiling);
  if (short !== null) return short;
  const token = tokens[at];
  if (!token || at >= ceiling || token.type !== NUM || (token.gap === GLUED && at > 0) || token.gap > LINE) return null;
  if (!/^\d{4}$/.test(token.low)) return null;
  const year = Number(token.low);
  if (year < 1800 || year > 2100) return null;
  const after = tokens[at + 1];
  if (after && after.gap === GLUED && after.type !== PUNCT) return null;
  if (after && after.type === WORD && isCountedNoun(after.low)) return null;
  return { value: year, last: at + 1 };
}

function readPoint(tokens: Token[], i: number, ceiling: number): PointRead | null {
  const token = tokens[i];
  if (!token || i >= ceiling) return null;
  let part: Part | undefined;
  let k = i;
  if (token.low === 'early' || token.low === 'late') {
    part = token.low;
    k = tokens[i + 1]?.low === '-' && tokens[i + 1]!.gap === GLUED ? i + 2 : i + 1;
  } else if (token.low === 'mid') {
    part = 'mid';
    k = tokens[i + 1]?.low === '-' && tokens[i + 1]!.gap === GLUED ? i + 2 : i + 1;
  } else if (token.type === WORD) {
    // "the beginning of January", "the first half of January"
    const j = token.low === 'the' ? i + 1 : i;
    const word = tokens[j]?.low ?? '';
    if (PERIOD_WORDS[word] && tokens[j + 1]?.low === 'of') {
      part = PERIOD_WORDS[word];
      k = j + 2;
    } else if (
      (word === 'first' || word === 'second') &&
      tokens[j + 1]?.low === 'half' &&
      tokens[j + 2]?.low === 'of'
    ) {
      part = word === 'first' ? 'first-half' : 'second-half';
      k = j + 3;
    }
  }
  if (part) {
    const month = monthAt(tokens, k, ceiling);
    if (!month) return null;
    const year = yearAt(tokens, month.last, ceiling);
    return {
      value: { part, month: month.value, ...(year && { year: year.value }) },
      last: year?.last ?? month.last,
      bare: false,
    };
  }
  const month = monthAt(tokens, i, ceiling);
  // "30 February": a day the month does not have; not "February" alone either.
  if (month && afterDayNumber(tokens, i)) return null;
  if (month) {
    const day = dayAt(tokens, month.last, ceiling, month.value);
    const year = yearAt(tokens, day?.last ?? month.last, ceiling);
    const value: Point = { part: day ? 'day' : 'month', month: month.value };
    if (day) value.day = day.value;
    if (year) value.year = year.value;
    return { value, last: year?.last ?? day?.last ?? month.last, bare: !day && !year };
  }
  if (token.type !== NUM || (token.gap === GLUED && tokens[i - 1] !== undefined && tokens[i - 1]!.type !== PUNCT))
    return null;
  const day = dayAt(tokens, i, ceiling);
  if (!day) return null;
  let at = day.last;
  if (tokens[at]?.low === 'of') at++;
  const dayMonth = monthAt(tokens, at, ceiling);
  if (!dayMonth || day.value > daysInMonth(2024, dayMonth.value)) return null;
  const year = yearAt(tokens, dayMonth.last, ceiling);
  const value: Point = { part: 'day', month: dayMonth.value, day: day.value };
  if (year) value.year = year.value;
  return { value, last: year?.last ?? dayMonth.last, bare: false };
}

function afterDayNumber(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.low === 'of') k--;
  if (tokens[k]?.type === WORD && /^(st|nd|rd|th)$/.test(tokens[k]!.low) && tokens[k]!.gap === GLUED) k--;
  const day = tokens[k];
  return day !== undefined && day.type === NUM && /^\d{1,2}$/.test(day.low) && day.gap <= LINE;
}

/** Words a year after "over" may have after it: "over 2024 as a whole", "over 2024 alone". */
const AFTER_LOOSE_YEAR = new Set(['as', 'alone', 'and', 'compared', 'was', 'were', 'when', 'while', 'than']);

const IN_NUMBERS = new Set(['numbers', 'figures', 'review', 'data']);

function readYearOnly(tokens: Token[], i: number, ceiling: number, afterJoin: boolean, floor = -1): PointRead | null {
  const before = tokens[i - 1]?.low ?? '';
  // "2024 was the deadliest year": a year that opens its sentence as the subject.
  // "2024 in numbers: …", a headline's year before its colon.
  const inNumbers =
    tokens[i + 1]?.low === 'in' && IN_NUMBERS.has(tokens[i + 2]?.low ?? '') && tokens[i + 3]?.low === ':';
  const asSubject = i === floor && (PERIOD_AS_SUBJECT.has(tokens[i + 1]?.low ?? '') || inNumbers);
  const loose = LOOSE_YEAR_CONTEXT.has(before);
  if (!afterJoin && !asSubject && !YEAR_CONTEXT.has(before) && !loose && before !== 'between') return null;
  const year = yearAt(tokens, i, ceiling);
  if (!year || tokens[i]!.low === ',') return null;
  if (
    loose &&
    !afterJoin &&
    year.last < ceiling &&
    tokens[year.last]!.type === WORD &&
    !AFTER_LOOSE_YEAR.has(tokens[year.last]!.low)
  )
    return null;
  return { value: { part: 'year', month: 0, year: year.value }, last: year.last, bare: false };
}

/** Whether a date could start at this token: a cheap filter before the grammar runs. */
export function mayStartDate(tokens: Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.type === NUM) return true;
  if (token.type !== WORD) return false;
  return DATE_STARTERS.has(token.low) || isMonth(tokens, k);
}

const PARTS_OF_YEAR: Readonly<Record<string, Readonly<Record<string, [number, number]>>>> = {
  half: { first: [1, 6], second: [7, 12] },
  quarter: { first: [1, 3], second: [4, 6], third: [7, 9], fourth: [10, 12] },
};

/** A period read from "the" at token `i` through token `last` (exclusive), with the relation before it. */
function periodFrom(
  tokens: Token[],
  i: number,
  last: number,
  floor: number,
  ends: { from: Point; to?: Point },
): DateMention {
  const relation = relationBefore(tokens, i, floor);
  return {
    first: i,
    last,
    sentence: tokens[i]!.sentence,
    start: tokens[i]!.start,
    end: tokens[last - 1]!.end,
    ...ends,
    ...(relation && { relation }),
    qualifier: ends.to ? 'range' : 'exact',
  };
}

/** The ends of a year: "the beginning of 2025" is early January, "the end of 2024" late December. */
const ENDS_OF_YEAR: Readonly<Record<string, Point>> = {
  beginning: { part: 'early', month: 1 },
  start: { part: 'early', month: 1 },
  end: { part: 'late', month: 12 },
};

/** "the beginning of 2025", "the end of 2024": a part of a month that starts or ends a year. */
function readEndOfYear(tokens: Token[], i: number, floor: number, ceiling: number): DateMention | null {
  const [the, end, of, year] = [0, 1, 2, 3].map((k) => tokens[i + k]);
  if (the?.low !== 'the' || !end || of?.low !== 'of' || !year || i + 3 >= ceiling) return null;
  const point = ENDS_OF_YEAR[end.low];
  if (!point || year.type !== NUM || !/^(?:19|20)\d\d$/.test(year.low)) return null;
  const after = tokens[i + 4];
  if (after && i + 4 < ceiling && after.gap === GLUED && after.type !== PUNCT) return null;
  return periodFrom(tokens, i, i + 4, floor, { from: { ...point, year: Number(year.low) } });
}

/** "the turn of the year": late December to early January, the years read as for "late December to early January". */
function readTurnOfYear(tokens: Token[], i: number, floor: number, ceiling: number): DateMention | null {
  if (tokens[i + 1]?.low !== 'turn' || i + 4 >= ceiling) return null;
  if ([2, 3, 4].map((k) => tokens[i + k]!.low).join(' ') !== 'of the year') return null;
  return periodFrom(tokens, i, i + 5, floor, { from: { part: 'late', month: 12 }, to: { part: 'early', month: 1 } });
}

const NTH_WEEK: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4 };

/** "the first week of December" (1–7), "the first 10 days of January" (1–10): days of a month, from "the". */
function readDaysOfMonth(tokens: Token[], i: number, floor: number, ceiling: number): DateMention | null {
  const nth = tokens[i + 1];
  const what = tokens[i + 2];
  if (tokens[i]?.low !== 'the' || !nth || !what || i + 2 >= ceiling) return null;
  let days: [number, number] | undefined;
  let of = i + 3;
  const week = NTH_WEEK[nth.low];
  if (week !== undefined && what.low === 'week') days = [week * 7 - 6, week * 7];
  else if (
    nth.low === 'first' &&
    ((what.type === NUM && /^\d{1,2}$/.test(what.low)) || UNITS[what.low] !== undefined) &&
    tokens[i + 3]?.low === 'days'
  ) {
    // "the first 10 days", "the first ten days"
    const n = what.type === NUM ? Number(what.low) : UNITS[what.low]!;
    if (n >= 2 && n <= 28) days = [1, n];
    of = i + 4;
  }
  // "the first 100 days of 2025": 1 January to 10 April.
  const yearOf = tokens[i + 5];
  if (
    nth.low === 'first' &&
    what.type === NUM &&
    tokens[i + 3]?.low === 'days' &&
    tokens[i + 4]?.low === 'of' &&
    yearOf?.type === NUM &&
    /^(?:19|20)\d\d$/.test(yearOf.low) &&
    i + 5 < ceiling
  ) {
    const y = Number(yearOf.low);
    const n = Number(what.low);
    if (n < 2 || n > 365) return null;
    const last = partsOf(dayFromParts(y, 1, 1)! + n - 1);
    return periodFrom(tokens, i, i + 6, floor, {
      from: { part: 'day', month: 1, day: 1, year: y },
      to: { part: 'day', month: last.month, day: last.day, year: last.year },
    });
  }
  if (!days || tokens[of]?.low !== 'of') return null;
  const month = monthAt(tokens, of + 1, ceiling);
  if (!month) return null;
  const year = yearAt(tokens, month.last, ceiling);
  const at = (day: number): Point => ({ part: 'day', month: month.value, day, ...(year && { year: year.value }) });
  return periodFrom(tokens, i, year?.last ?? month.last, floor, { from: at(days[0]), to: at(days[1]) });
}

/** "the first half of 2023", "the third quarter of 2024": months of a year, from "the". */
function readPartOfYear(tokens: Token[], i: number, floor: number, ceiling: number): DateMention | null {
  const [the, nth, part, of, year] = [0, 1, 2, 3, 4].map((k) => tokens[i + k]);
  if (the?.low !== 'the' || !nth || !part || i + 2 >= ceiling) return null;
  const months = PARTS_OF_YEAR[part.low]?.[nth.low];
  if (!months) return null;
  // "in the first quarter", with no year: the publication's year, as with a month named alone.
  if (part.low === 'quarter' && (of?.low !== 'of' || i + 3 >= ceiling) && relationBefore(tokens, i, floor) === 'in')
    return periodFrom(tokens, i, i + 3, floor, {
      from: { part: 'month', month: months[0] },
      to: { part: 'month', month: months[1] },
    });
  if (of?.low !== 'of' || !year || i + 4 >= ceiling) return null;
  // "the second half of 2024, compared with … in the first half of the year": the year the sentence named.
  if (year.low === 'the' && tokens[i + 5]?.low === 'year' && i + 5 < ceiling) {
    const named = yearNamedBefore(tokens, i, floor);
    // "In the first quarter of the year, …" naming no year: the publication's, as with a month named alone.
    if (named === undefined && relationBefore(tokens, i, floor) !== 'in') return null;
    return periodFrom(tokens, i, i + 6, floor, {
      from: { part: 'month', month: months[0], ...(named !== undefined && { year: named }) },
      to: { part: 'month', month: months[1], ...(named !== undefined && { year: named }) },
    });
  }
  if (year.type !== NUM || !/^(?:19|20)\d\d$/.test(year.low)) return null;
  const y = Number(year.low);
  return periodFrom(tokens, i, i + 5, floor, {
    from: { part: 'month', month: months[0], year: y },
    to: { part: 'month', month: months[1], year: y },
  });
}

/** The last year written out before token `i` in its sentence. */
function yearNamedBefore(tokens: Token[], i: number, floor: number): number | undefined {
  for (let k = i - 1; k >= floor; k--) {
    const token = tokens[k]!;
    if (token.type === NUM && /^(?:19|20)\d\d$/.test(token.low)) return Number(token.low);
  }
  return undefined;
}

/** "Q1 2025", "in Q3": a quarter in the analysts' shorthand; with no year, the publication's. */
function readQuarterCode(tokens: Token[], i: number, floor: number, ceiling: number): DateMention | null {
  const [q, n, year] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (q?.low !== 'q' || !n || i + 1 >= ceiling || n.gap !== GLUED || !/^[1-4]$/.test(n.low)) return null;
  if (tokens[i + 2]?.gap === GLUED && tokens[i + 2]!.type !== PUNCT) return null;
  const first = (Number(n.low) - 1) * 3 + 1;
  const y =
    year && i + 2 < ceiling && year.type === NUM && /^(?:19|20)\d\d$/.test(year.low) ? Number(year.low) : undefined;
  const mention = periodFrom(tokens, i, y === undefined ? i + 2 : i + 3, floor, {
    from: { part: 'month', month: first, ...(y !== undefined && { year: y }) },
    to: { part: 'month', month: first + 2, ...(y !== undefined && { year: y }) },
  });
  // "Q1 2025: RU lost ~125k": a headline's period before its colon.
  return tokens[mention.last]?.low === ':' && !mention.relation ? { ...mention, relation: 'in' } : mention;
}

/** Reads the date that starts at token `i`; null when none does. */
export function readDate(tokens: Token[], i: number, floor: number, ceiling: number): DateMention | null {
  if (tokens[i]?.low === 'q') return readQuarterCode(tokens, i, floor, ceiling);
  if (tokens[i]?.low === 'the') {
    const part =
      readPartOfYear(tokens, i, floor, ceiling) ??
      readEndOfYear(tokens, i, floor, ceiling) ??
      readTurnOfYear(tokens, i, floor, ceiling) ??
      readDaysOfMonth(tokens, i, floor, ceiling);
    if (part) return part;
  }
  const before = tokens[i - 1]?.low ?? '';
  const between = before === 'between' && i - 1 >= floor;
  let from =
    readIso(tokens, i, ceiling) ?? readPoint(tokens, i, ceiling) ?? readYearOnly(tokens, i, ceiling, false, floor);
  let to: PointRead | null = null;
  // "5-10 January", "5 to 10 January": the first day borrows the second's month.
  const dayRange = !from ? dayAt(tokens, i, ceiling) : null;
  const joinAt = from?.last ?? dayRange?.last ?? -1;
  const join = tokens[joinAt];
  // "between 5 and 10 January", "in January and February"
  const months = join?.low === 'and' && from?.value.part === 'month';
  if (
    join &&
    joinAt < ceiling &&
    join.gap <= LINE &&
    (RANGE_JOINS.has(join.low) || (join.low === 'and' && between) || months)
  ) {
    to = readIso(tokens, joinAt + 1, ceiling) ?? readPoint(tokens, joinAt + 1, ceiling);
    if (months && !between && to?.value.part !== 'month') to = null;
    if (!to && from?.value.part === 'year') to = readYearOnly(tokens, joinAt + 1, ceiling, true);
    if (to && dayRange) {
      if (to.value.part !== 'day' || to.value.day! <= dayRange.value) to = null;
      else
        from = { value: { part: 'day', month: to.value.month, day: dayRange.value }, last: dayRange.last, bare: false };
    }
    if (to && from && !rangeFits(from.value, to.value)) to = null;
    // "from 2000 to 3000 troops" is a range of counts, not a year; "in 2024 to capture" is the year.
    if (!to && from?.value.part === 'year' && tokens[joinAt + 1]?.type === NUM) return null;
  }
  if (!from || (!to && between)) return null;
  let last = to?.last ?? from.last;
  let shift: number | undefined;
  const yearless = from.value.year === undefined && to?.value.year === undefined;
  const year = yearless ? relativeYear(tokens, last, ceiling) : null;
  if (year) {
    shift = year.value;
    last = year.last;
  }
  // "November was the deadliest month, with 45,000 casualties": a period that opens its sentence as the subject.
  const asSubject =
    (i === floor && PERIOD_AS_SUBJECT.has(tokens[last]?.low ?? '') && from.value.part !== 'day') ||
    (!to && monthOwning(tokens[i]!.low) !== undefined);
  if (!to && from.bare && shift === undefined && !asSubject && !lonelyMonthIsDate(tokens, i, floor)) return null;
  let first = i;
  let qualifier: FigureQualifier = to ? 'range' : 'exact';
  if (to && (before === 'between' || before === 'from') && i - 1 >= floor) first = i - 1;
  else if (APPROXIMATE.has(before) && i - 1 >= floor) {
    first = i - 1;
    qualifier = 'approximately';
  }
  const relation = asSubject ? 'in' : relationBefore(tokens, first, floor);
  return {
    first,
    last,
    sentence: tokens[i]!.sentence,
    start: tokens[first]!.start,
    end: tokens[last - 1]!.end,
    from: from.value,
    ...(to && { to: to.value }),
    ...(shift !== undefined && { shift }),
    ...(relation && { relation }),
    qualifier,
  };
}

function rangeFits(from: Point, to: Point): boolean {
  if ((from.part === 'year') !== (to.part === 'year')) return false;
  if (from.year !== undefined && to.year !== undefined)
    return from.year < to.year || (from.year === to.year && from.month <= to.month);
  return true;
}

/** "last year", "this year", "next year" after a date. */
function relativeYear(tokens: Token[], k: number, ceiling: number): Read<number> | null {
  const word = tokens[k]?.low;
  if (k + 1 >= ceiling || tokens[k + 1]?.low !== 'year' || tokens[k]!.gap > LINE) return null;
  const shift = word === 'last' ? -1 : word === 'this' ? 0 : word === 'next' ? 1 : undefined;
  return shift === undefined ? null : { value: shift, last: k + 2 };
}

/** Verbs after a month or year that make it its sentence's subject: "November was", "2024 saw". */
// "Feb: RU lost ~48k troops", "MARCH 2025: RUSSIA LOST 40,670": a headline's period before its colon.
const PERIOD_AS_SUBJECT = new Set(['was', 'saw', 'brought', 'proved', 'became', 'has', 'had', 'cost', ':']);

/** A month named alone is a date after "in", "since", "by", "the" …; May and March need more. */
function lonelyMonthIsDate(tokens: Token[], i: number, floor: number): boolean {
  const previous = i - 1 >= floor ? tokens[i - 1]!.low : '';
  const month = tokens[i]!.low;
  if (AMBIGUOUS_MONTHS.has(month)) return STRICT_MONTH_CONTEXT.has(previous);
  return MONTH_CONTEXT.has(previous);
}
