/**
 * Windows, labels and years for date mentions: a year the text leaves out comes from "last/this/next
 * year", or from an anchor (the publication day, else the nearest date in the text with a year).
 */
import {
  dayFromParts,
  daysInMonth,
  isoDate,
  MONTHS,
  partsOf,
  periodWindow,
  type Day,
  type Window,
} from '../core/dates.js';
import type { DateMention, Point, ResolvedDate } from './dates.js';
import { relativeRef } from './relative-dates.js';
import type { DateRef } from './types.js';

function windowOfPoint(point: Point, year: number): Window | null {
  switch (point.part) {
    case 'day': {
      const day = dayFromParts(year, point.month, point.day!);
      return day === null ? null : { first: day, last: day };
    }
    case 'year':
      return { first: dayFromParts(year, 1, 1)!, last: dayFromParts(year, 12, 31)! };
    case 'first-half':
      return { first: dayFromParts(year, point.month, 1)!, last: dayFromParts(year, point.month, 15)! };
    case 'second-half':
      return {
        first: dayFromParts(year, point.month, 16)!,
        last: dayFromParts(year, point.month, daysInMonth(year, point.month))!,
      };
    default:
      return periodWindow(year, point.month, point.part);
  }
}

/** The years of a mention's ends when its last end falls in `year`. */
function yearsOf(mention: DateMention, year: number): [number, number] {
  const { from, to } = mention;
  if (!to) return [from.year ?? year, from.year ?? year];
  const toYear = to.year ?? (from.year !== undefined && to.month < from.month ? from.year + 1 : (from.year ?? year));
  const fromYear = from.year ?? (from.month > to.month ? toYear - 1 : toYear);
  return [fromYear, toYear];
}

function windowOf(mention: DateMention, year: number): Window | null {
  const [fromYear, toYear] = yearsOf(mention, year);
  const first = windowOfPoint(mention.from, fromYear);
  const last = windowOfPoint(mention.to ?? mention.from, toYear);
  return first && last && first.first <= last.last ? { first: first.first, last: last.last } : null;
}

const explicitYear = (m: DateMention): number | undefined => m.to?.year ?? m.from.year;

function pointLabel(point: Point, year: number | undefined): string {
  const y = year === undefined ? '' : ` ${year}`;
  const month = MONTHS[point.month - 1];
  switch (point.part) {
    case 'day':
      return `${point.day} ${month}${y}`;
    case 'mid':
      return `mid-${month}${y}`;
    case 'early':
    case 'late':
      return `${point.part} ${month}${y}`;
    case 'first-half':
    case 'second-half':
      return `${point.part === 'first-half' ? 'first' : 'second'} half of ${month}${y}`;
    case 'year':
      return `${point.year}`;
    default:
      return `${month}${y}`;
  }
}

function labelOf(mention: DateMention, year: number | undefined): string {
  const { from, to } = mention;
  if (!to) return pointLabel(from, year === undefined ? undefined : yearsOf(mention, year)[0]);
  if (from.part === 'day' && to.part === 'day' && from.month === to.month && from.year === to.year) {
    return `${from.day}–${pointLabel(to, year === undefined ? to.year : yearsOf(mention, year)[1])}`;
  }
  if (year === undefined) return `${pointLabel(from, from.year)} to ${pointLabel(to, to.year)}`;
  const [fromYear, toYear] = yearsOf(mention, year);
  const fromLabel = pointLabel(from, fromYear === toYear && from.part !== 'year' ? undefined : fromYear);
  return `${fromLabel} to ${pointLabel(to, toYear)}`;
}

/**
 * Reports look back more often than ahead: a day after the publication day costs two days before
 * it. A date in the text is no such edge, so around it both directions cost the same.
 */
const FUTURE_WEIGHT = 2;

/** Days from an anchor to a window; days after the anchor cost `futureWeight` each. */
function distance(anchor: Day, window: Window, futureWeight: number): number {
  if (anchor < window.first) return (window.first - anchor) * futureWeight;
  return anchor > window.last ? anchor - window.last : 0;
}

/**
 * Gives each mention its window. A year the text leaves out comes from "last/this/next year", else
 * it is the year that puts the date nearest an anchor: the publication day when known (days after
 * it count double), else the closest date in the text that has a year. With no anchor at all but a
 * `baseline` day (when losses began), a "since" or "from" date takes the year nearest it, and any
 * other date the first year in which it ends on or after it.
 */
export function resolveDates(mentions: DateMention[], published?: Day, baseline?: Day): ResolvedDate[] {
  const anchors: { at: number; day: Day }[] = [];
  for (const m of mentions) {
    if (m.relative) continue;
    const year = explicitYear(m);
    const window = year === undefined ? null : windowOf(m, year);
    if (window) anchors.push({ at: m.start, day: window.first });
  }
  const resolved: ResolvedDate[] = [];
  for (const m of mentions) {
    // "on Monday" says nothing without the day it was written on.
    if (m.relative) {
      if (published !== undefined) resolved.push({ ...m, ref: relativeRef(m.relative, published, m.relation) });
      continue;
    }
    let year = explicitYear(m);
    if (year === undefined) {
      const anchor = published ?? nearestAnchor(anchors, m.start);
      if (anchor !== undefined) {
        const anchorYear = partsOf(anchor).year;
        const weight = published !== undefined ? FUTURE_WEIGHT : 1;
        year = m.shift !== undefined ? anchorYear + m.shift : bestYear(m, anchor, anchorYear, weight);
      } else if (baseline !== undefined && m.shift === undefined) {
        const starts = m.relation === 'since' || m.relation === 'from';
        year = starts ? bestYear(m, baseline, partsOf(baseline).year, 1) : firstYearEndingOnOrAfter(m, baseline);
      }
    }
    if (year === undefined) {
      resolved.push({ ...m, ref: refOf(m, undefined, null) });
      continue;
    }
    const window = windowOf(m, year);
    if (window) resolved.push({ ...m, ref: refOf(m, year, window) });
  }
  return resolved;
}

/** The anchor nearest a position; anchors are in text order, so a binary search finds it. */
function nearestAnchor(anchors: { at: number; day: Day }[], at: number): Day | undefined {
  if (anchors.length === 0) return undefined;
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  const after = anchors[lo]!;
  const before = anchors[lo - 1];
  return before && at - before.at <= Math.abs(after.at - at) ? before.day : after.day;
}

function bestYear(m: DateMention, anchor: Day, anchorYear: number, futureWeight: number): number | undefined {
  let best: { year: number; cost: number } | undefined;
  for (const year of [anchorYear - 1, anchorYear, anchorYear + 1]) {
    const window = windowOf(m, year);
    if (!window) continue;
    const cost = distance(anchor, window, futureWeight);
    if (!best || cost < best.cost) best = { year, cost };
  }
  return best?.year;
}

function firstYearEndingOnOrAfter(m: DateMention, day: Day): number | undefined {
  const year = partsOf(day).year;
  return [year, year + 1].find((y) => {
    const window = windowOf(m, y);
    return window !== null && window.last >= day;
  });
}

function refOf(m: DateMention, year: number | undefined, window: Window | null): DateRef {
  return {
    ...(window && { first: isoDate(window.first), last: isoDate(window.last) }),
    label: labelOf(m, year),
    ...(m.relation && { relation: m.relation }),
  };
}
