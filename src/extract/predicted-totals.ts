import type { Stated } from '../core/figures/amount.js';
import { addMonths, dayFromParts, isoDate, partsOf, seasonIn, type Day, type Window } from '../core/dates.js';
import { parseDay } from '../core/parse/days.js';
import { parseDuration } from '../core/parse/durations.js';
import { parseNumber } from '../core/parse/numbers.js';
import { parseQualified } from '../core/parse/qualified.js';
import { lazyPattern, UNITS } from './lexicon.js';
import type { Figure } from './types.js';

/**
 * "Russian losses will pass one million by the end of June": a total a claim predicts for a later
 * day, with the day or period it is predicted by. Pure.
 */
export interface PredictedTotal {
  span: [number, number];
  text: string;
  /** "pass", "top", "exceed": more than the amount; "reach", "hit": about it. */
  stated: Stated;
  by: Window;
  byText: string;
  /** "at the current pace", "if the current rate holds": the recent rate, kept. */
  pace: 'current' | 'open';
}

const WORD_NUMBER = String.raw`(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten)(?: and a half)?|half a)`;
const AMOUNT =
  String.raw`(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|thousand))?|` +
  String.raw`${WORD_NUMBER}\s+(?:million|thousand)|millionth)`;
const PREDICTED = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:will|would|could|may|might|` +
        String.raw`(?:is|are)\s+(?:set|on course|on track|expected|likely|projected|poised)\s+to)\s+` +
        String.raw`(?:soon\s+|likely\s+|probably\s+|already\s+)?(?:have\s+)?` +
        String.raw`(pass|top|exceed|surpass|cross|break|reach|hit|near|approach|climb to|rise to|grow to|` +
        String.raw`lose|suffer|lost|suffered)\s+` +
        // "will lose their millionth soldier"
        String.raw`(?:the\s+|their\s+|its\s+)?(${AMOUNT})(?:\s*(?:-|\s)mark)?`,
      'gi',
    ),
);
const CURRENT_PACE = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:at (?:the|this|its|their) (?:current|present|same) (?:pace|rate)|at this (?:pace|rate)|` +
        String.raw`if (?:the |this )?(?:current |present )?(?:pace|rate|trend)s? (?:holds?|continues?|persists?)|` +
        String.raw`if current (?:trends?|rates?) (?:hold|continue))`,
      'i',
    ),
);
/** The least a number "lost by" a day must be to be a war's running total rather than the losses until then. */
const LOST_TOTAL_AT_LEAST = 100_000;
const MORE_THAN = new Set(['pass', 'top', 'exceed', 'surpass', 'cross', 'break']);
const SEASON = lazyPattern(
  () =>
    new RegExp(
      String.raw`\b(?:by|before|until|in)\s+(?:(next|this|the coming)\s+)?(?:the\s+)?` +
        String.raw`(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?\b`,
      'i',
    ),
);
/** "within a month", "in the next two weeks": a span of days from the day it is said. */
const WITHIN =
  /\b(?:within|in)\s+(?:the\s+(?:next|coming)\s+)?(a|one|two|three|four|five|six|\d{1,3})\s+(days?|weeks?|months?)\b/i;
/** "by mid-2025", "by the middle of 2025": June and July of that year. */
const MID_YEAR = /\b(?:by|before|until)\s+(?:mid-?\s*|the\s+middle\s+of\s+)(\d{4})\b/i;
const YEAR_END = /\b(?:by|before)\s+(?:the\s+end\s+of\s+(this|next|the)\s+year|year[- ]end|the\s+new\s+year)\b/i;

/** "one and a half million": the amount, from digits or words. */
function amountOf(words: string): number | undefined {
  if (words.toLowerCase() === 'millionth') return 1e6;
  const parsed = parseQualified(words, parseNumber);
  if (parsed.ok) return parsed.value.low;
  const m = /^(.+?)\s+(million|thousand)$/i.exec(words.trim());
  if (!m) return undefined;
  const scale = m[2]!.toLowerCase() === 'million' ? 1e6 : 1e3;
  const head = m[1]!.toLowerCase();
  if (head === 'half a') return scale / 2;
  const [unit, half] = head.split(' and a half');
  const n = unit === 'a' ? 1 : UNITS[unit!];
  return n === undefined ? undefined : (n + (half === undefined ? 0 : 0.5)) * scale;
}

/** The window a prediction is made for: a date the text gives after the amount, a season, or the year's end. */
function byWindow(
  text: string,
  after: number,
  sentenceEnd: number,
  dates: readonly Figure[],
  published: Day,
): { by: Window; byText: string } | undefined {
  const dated = dates.find(
    (d) =>
      d.span[0] >= after &&
      d.span[0] < sentenceEnd &&
      d.date?.first !== undefined &&
      ['by', 'before', 'until', 'in'].includes(d.date.relation ?? ''),
  );
  const rest = text.slice(after, sentenceEnd);
  const { year } = partsOf(published);
  if (dated?.date?.first && dated.date.last) {
    let first = (parseDay(dated.date.first) as { value: Day }).value;
    let last = (parseDay(dated.date.last) as { value: Day }).value;
    // A prediction is about days to come: "by September", said in February 2025, is September 2025.
    let byText = dated.date.label;
    if (last < published && !/\d{4}/.test(dated.text)) {
      first = addMonths(first, 12);
      last = addMonths(last, 12);
      byText = byText.replace(/\d{4}/, String(partsOf(last).year));
    }
    return { by: { first, last }, byText };
  }
  const season = SEASON().exec(rest);
  if (season) {
    const windowIn = (y: number): Window => seasonIn(season[2]!, y)!;
    const candidates = [year - 1, year, year + 1].map(windowIn);
    // "next spring" is the first to begin after the day it is said; "by spring", the first not yet over; "the summer
    // of 2025", that year's.
    const next = /next|coming/i.test(season[1] ?? '');
    const by = season[3]
      ? windowIn(Number(season[3]))
      : candidates.find((w) => (next ? w.first > published : w.last >= published))!;
    const name = season[2]!.toLowerCase();
    return { by, byText: `${name} ${partsOf(by.first).year} (${isoDate(by.first)} to ${isoDate(by.last)})` };
  }
  const mid = MID_YEAR.exec(rest);
  if (mid) {
    const y = Number(mid[1]);
    const by = { first: dayFromParts(y, 6, 1)!, last: dayFromParts(y, 7, 31)! };
    return { by, byText: `mid-${y} (${isoDate(by.first)} to ${isoDate(by.last)})` };
  }
  const within = WITHIN.exec(rest);
  const span = within && parseDuration(`${within[1]} ${within[2]}`);
  if (span?.ok) {
    // Calendar months from the day it is said: "within a month" of 20 May is 20 June.
    const { unit, amount } = span.value;
    const day = unit === 'months' ? addMonths(published, amount.low) : published + span.value.low;
    return { by: { first: day, last: day }, byText: `${within![0].trim()} (${isoDate(day)})` };
  }
  const end = YEAR_END.exec(rest);
  if (end) {
    const y = end[1]?.toLowerCase() === 'next' ? year + 1 : year;
    const day = dayFromParts(y, 12, 31)!;
    return { by: { first: day, last: day }, byText: `the end of ${y}` };
  }
  return undefined;
}

/** Every total the claim predicts for a later day, with the day or period it names. */
export function predictedTotals(text: string, read: readonly Figure[], published: Day | undefined): PredictedTotal[] {
  if (
    published === undefined ||
    !/\b(?:will|would|could|may|might|set|course|track|expected|likely|projected|poised)\b/i.test(text)
  )
    return [];
  const dates = read.filter((f) => f.kind === 'date');
  const out: PredictedTotal[] = [];
  PREDICTED().lastIndex = 0;
  for (let m = PREDICTED().exec(text); m !== null; m = PREDICTED().exec(text)) {
    const value = amountOf(m[2]!);
    if (value === undefined || value < 1000) continue;
    // "on course to lose 1.25 million by the end of the year": a war's running total. A smaller number lost by a
    // day ("could lose 5,000 by March") may be the losses until then, not the total: not read as a level.
    if (/^(?:lose|suffer|lost|suffered)$/i.test(m[1]!) && value < LOST_TOTAL_AT_LEAST) continue;
    const end = m.index + m[0].length;
    const start = m.index + m[0].lastIndexOf(m[2]!);
    const stop = text.slice(end).search(/[.!?](?:\s|$)/);
    const window = byWindow(text, end, stop < 0 ? text.length : end + stop, dates, published);
    if (!window || window.by.last <= published) continue;
    const verb = m[1]!.toLowerCase();
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', m.index) + 1);
    const pace = CURRENT_PACE().test(text.slice(sentenceStart, stop < 0 ? text.length : end + stop))
      ? 'current'
      : 'open';
    out.push({
      span: [start, start + m[2]!.length],
      text: m[2]!,
      stated: MORE_THAN.has(verb)
        ? { qualifier: 'at-least', low: value, high: value }
        : { qualifier: 'approximately', low: value, high: value },
      ...window,
      pace,
    });
  }
  return out;
}
