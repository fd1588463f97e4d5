import { dayFromParts, MONTHS, partsOf, type Day } from '../../core/dates.js';

/** A linear map from a domain (days, troops) to a range (columns, rows, pixels), and back. */
export interface LinearScale {
  (x: number): number;
  invert(y: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // A domain of one value would divide by zero; centre it in the range instead.
  const span = d1 - d0;
  const map = (x: number): number => (span === 0 ? (r0 + r1) / 2 : r0 + ((x - d0) / span) * (r1 - r0));
  const invert = (y: number): number => (r1 === r0 ? d0 : d0 + ((y - r0) / (r1 - r0)) * span);
  return Object.assign(map, { invert, domain: [d0, d1] as const, range: [r0, r1] as const });
}

/** A step of 1, 2 or 5 × 10^k giving about `count` intervals over `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1;
  return factor * power;
}

/** Round values from at or below `min` to at or above `max`, about `count` intervals apart. */
export function niceTicks(min: number, max: number, count: number): number[] {
  const step = niceStep(max - min, count);
  const first = Math.floor(min / step);
  const last = Math.ceil(max / step);
  const ticks: number[] = [];
  // Multiplying rather than adding keeps 0.1-sized steps free of accumulated float noise.
  for (let i = first; i <= Math.max(last, first + 1); i++) ticks.push(Number((i * step).toPrecision(15)));
  return ticks;
}

export type DayTickUnit = 'day' | 'week' | 'month' | 'year';

export interface DayTicks {
  unit: DayTickUnit;
  /** How many units apart: 1, 2 or 7 days; 1 or 2 weeks; 1, 2, 3 or 6 months; 1, 2, 5… years. */
  every: number;
  days: Day[];
}

const DAY_STEPS: [DayTickUnit, number][] = [
  ['day', 1],
  ['day', 2],
  ['week', 1],
  ['week', 2],
  ['month', 1],
  ['month', 2],
  ['month', 3],
  ['month', 6],
];

const APPROX_DAYS: Record<DayTickUnit, number> = { day: 1, week: 7, month: 31, year: 366 };

/** 1970-01-05 was a Monday: weeks are counted from it, so week ticks fall on Mondays. */
const FIRST_MONDAY: Day = 4;

/**
 * Calendar-aligned days within [first, last], at most `maxTicks` of them: every day, every
 * Monday, the first of every month or quarter, 1 January of every year or decade. UTC days only.
 */
export function dayTicks(first: Day, last: Day, maxTicks: number): DayTicks {
  const lo = Math.ceil(first);
  const hi = Math.floor(last);
  const limit = Math.max(1, Math.floor(maxTicks));
  for (const [unit, every] of DAY_STEPS) {
    // Skip steps that obviously give too many ticks before listing them (spans can be millennia).
    if ((hi - lo) / (APPROX_DAYS[unit] * every) > limit + 1) continue;
    const days = unitTicks(lo, hi, unit, every);
    if (days.length <= limit) return { unit, every, days };
  }
  for (let every = 1; ; every = nextYearStep(every)) {
    if ((hi - lo) / (APPROX_DAYS.year * every) > limit + 1) continue;
    const days = unitTicks(lo, hi, 'year', every);
    if (days.length <= limit) return { unit: 'year', every, days };
  }
}

const nextYearStep = (every: number): number => {
  const power = 10 ** Math.floor(Math.log10(every));
  const lead = every / power;
  return (lead === 1 ? 2 : lead === 2 ? 5 : 10) * power;
};

function unitTicks(lo: Day, hi: Day, unit: DayTickUnit, every: number): Day[] {
  const days: Day[] = [];
  if (hi < lo) return days;
  if (unit === 'day' || unit === 'week') {
    const step = unit === 'day' ? every : 7 * every;
    const anchor = unit === 'day' ? 0 : FIRST_MONDAY;
    const offset = (((lo - anchor) % step) + step) % step;
    for (let d = offset === 0 ? lo : lo + step - offset; d <= hi; d += step) days.push(d);
    return days;
  }
  const { year, month } = partsOf(lo);
  if (unit === 'month') {
    // Months counted from January of year 1, so 3-month ticks fall on quarters.
    let index = Math.ceil((year * 12 + month - 1) / every) * every;
    for (let d = monthStart(index); d !== null && d <= hi; d = monthStart((index += every))) {
      if (d >= lo) days.push(d);
    }
    return days;
  }
  for (let y = Math.ceil(year / every) * every; y <= 9999; y += every) {
    const d = dayFromParts(y, 1, 1);
    if (d === null || d > hi) break;
    if (d >= lo) days.push(d);
  }
  return days;
}

const monthStart = (index: number): Day | null => dayFromParts(Math.floor(index / 12), (index % 12) + 1, 1);

/** A short label for a tick of the given unit: "6 Dec", "Feb 2025", "2026". */
export function dayTickLabel(day: Day, unit: DayTickUnit): string {
  const { year, month, day: d } = partsOf(day);
  const name = MONTHS[month - 1]!.slice(0, 3);
  if (unit === 'year') return String(year);
  if (unit === 'month') return `${name} ${year}`;
  return `${d} ${name}`;
}
