import { isoDate, type Day } from '../dates.js';
import { parseDay } from '../parse/days.js';
import type { Report } from './fit.js';

/**
 * A series with one count per reported day, oldest first: where a day has several reports the
 * last one given is kept. `days` are day numbers; `counts` the cumulative counts through them.
 */
export interface DailySeries {
  days: Day[];
  counts: number[];
}

export function dailySeries(reports: readonly Report[]): DailySeries {
  const byDay = new Map<Day, number>();
  for (const r of reports) {
    const day = parseDay(r.date);
    if (day.ok) byDay.set(day.value, r.casualties);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  return { days, counts: days.map((d) => byDay.get(d)!) };
}

/** A fall in a cumulative count: the report before and the one after. */
export interface Fall {
  from: string;
  to: string;
  before: number;
  after: number;
}

export function fallingCounts(series: DailySeries): Fall[] {
  const falls: Fall[] = [];
  for (let i = 1; i < series.days.length; i++) {
    if (series.counts[i]! < series.counts[i - 1]!) {
      falls.push({
        from: isoDate(series.days[i - 1]!),
        to: isoDate(series.days[i]!),
        before: series.counts[i - 1]!,
        after: series.counts[i]!,
      });
    }
  }
  return falls;
}

/**
 * The increase on each day after the first report: element i is the increase during day
 * days[0] + i + 1. An increase over a gap between reports is spread evenly over its days.
 */
export function dailyIncrements(series: DailySeries): number[] {
  const { days, counts } = series;
  const increments: number[] = [];
  for (let i = 1; i < days.length; i++) {
    const gap = days[i]! - days[i - 1]!;
    const each = (counts[i]! - counts[i - 1]!) / gap;
    for (let k = 0; k < gap; k++) increments.push(each);
  }
  return increments;
}

/** The index of the last report dated on or before `day` (−1 when none): binary search. */
export function lastIndexOnOrBefore(days: readonly Day[], day: Day): number {
  let low = 0;
  let high = days.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (days[mid]! <= day) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
