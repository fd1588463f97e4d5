import { dayFromParts, daysInMonth, isoDate, partsOf, type Day, type Window } from '../core/dates.js';
import { parseDay } from '../core/parse/days.js';
import type { ClaimBaseline, Reading } from './claim-types.js';
import type { DateRef, DateRelation, Figure } from './types.js';

/** What a claim's dates are read against. */
export interface DateContext {
  published: Day | undefined;
  /** The start years were resolved against: --start, else the ledger's. */
  start: Day;
  ledger: ClaimBaseline;
  figures: readonly Figure[];
}

const REINFORCEMENT_DATE = 'the date of reinforcements, which check sets aside';
const COUNTS = new Set(['casualties', 'killed', 'wounded']);
const FIRM: ReadonlySet<DateRelation | undefined> = new Set(['by', 'until', 'before']);
const dayOf = (iso: string): Day => (parseDay(iso) as { value: Day }).value;
const withoutYear = (label: string): string => label.replace(/ \d{4}$/, '');
const hasYear = (text: string): boolean => /\b\d{4}\b|\byear\b/.test(text.toLowerCase());

/**
 * The figure nearest a date in its sentence, counted in characters. Rates are passed over: "lost
 * by 10 January at 92 a day" dates what was lost, not the rate.
 */
function nearestFigure(date: Figure, all: readonly Figure[]): Figure | undefined {
  let best: { figure: Figure; distance: number } | undefined;
  for (const f of all) {
    if (f.kind === 'date' || f.kind === 'rate' || f.sentence !== date.sentence) continue;
    const distance = f.span[0] >= date.span[1] ? f.span[0] - date.span[1] : Math.max(0, date.span[0] - f.span[1]);
    if (!best || distance < best.distance) best = { figure: f, distance };
  }
  return best?.figure;
}

const sameRef = (a: DateRef | undefined, b: DateRef): boolean =>
  a !== undefined && a.first === b.first && a.last === b.last && a.label === b.label;

/** How a year the text left out was chosen. */
export function yearNote(date: Figure, context: DateContext): string | undefined {
  if (hasYear(date.text)) return undefined;
  const label = withoutYear(date.date!.label);
  if (context.published !== undefined) return `year from the publication day ${isoDate(context.published)}`;
  if (context.figures.some((f) => f.kind === 'date' && f !== date && hasYear(f.text)))
    return "year from the text's other dates";
  const starts = date.date!.relation === 'since' || date.date!.relation === 'from';
  return starts
    ? `year: the ${label} nearest the start ${isoDate(context.start)}`
    : `year: the first ${label} ending on or after the start ${isoDate(context.start)}`;
}

/**
 * A date in a claim: "since" or "from" marks the start of losses; a date nearest a count of
 * casualties, killed or wounded, or a day "on" which something was said beside such a count, is
 * the day they were counted through; any other the date the force is lost by. Dates tied by "by",
 * "until", "before" or "as of" outrank others of the same role ("on 16 January", "in April").
 */
export function datedFigure(date: Figure, all: readonly Figure[], context: DateContext): Reading {
  const ref = date.date!;
  if (ref.first === undefined || ref.last === undefined) return { aside: 'no year; give --published' };
  const window: Window = { first: dayOf(ref.first), last: dayOf(ref.last) };
  const note = yearNote(date, context);
  const base = { figure: date, used: ref.label, tier: 0, inferredYear: note !== undefined, ...(note && { note }) };
  if (ref.relation === 'since' || ref.relation === 'from') {
    const start = startOf(window, ref.label, context.ledger);
    const notes = [note, start.note].filter((n) => n !== undefined).join('; ');
    return { ...base, field: 'start', value: start.day, used: isoDate(start.day), ...(notes && { note: notes }) };
  }
  if (ref.relation === 'after') return { aside: 'a date something happens after; check takes none' };
  const tier = FIRM.has(ref.relation) || ref.relation === 'as-of' ? 2 : ref.relation === 'on' ? 0 : 1;
  // The counts this date is the date of (see figure-dates.ts), else the figure nearest it.
  const owners = all.filter((f) => f.kind !== 'date' && f.sentence === date.sentence && sameRef(f.date, ref));
  if (owners.some((f) => COUNTS.has(f.kind) && f.period === undefined))
    return { ...base, field: 'asOf', value: window, tier };
  if (owners.length > 0 && owners.every((f) => f.kind === 'reinforcement')) return { aside: REINFORCEMENT_DATE };
  const near = nearestFigure(date, all);
  const counted = all.some((f) => f.sentence === date.sentence && COUNTS.has(f.kind));
  if (ref.relation === 'as-of' || (near && COUNTS.has(near.kind)))
    return { ...base, field: 'asOf', value: window, tier };
  // "Kyiv said on 13 January": the day of a statement dates its counts, never the loss of the force.
  if (ref.relation === 'on')
    return counted
      ? { ...base, field: 'asOf', value: window, tier }
      : { aside: 'the day something was said or done; no figure of the claim is tied to it' };
  if (near?.kind === 'share') return { aside: 'the date of a share, which check does not use' };
  if (near?.kind === 'reinforcement') return { aside: REINFORCEMENT_DATE };
  return { ...base, field: 'by', value: window, tier };
}

/** A period's start of losses: the ledger's start when the period holds it, else the period's first day. */
function startOf(window: Window, label: string, ledger: ClaimBaseline): { day: Day; note?: string } {
  if (window.first === window.last) return { day: window.first };
  if (window.first <= ledger.start && ledger.start <= window.last) {
    return {
      day: ledger.start,
      note: `${label} holds the ledger's start ${isoDate(ledger.start)} (${ledger.claimant}, ${ledger.id})`,
    };
  }
  return { day: window.first, note: `the first day of ${label}` };
}

function sameDayNextYear(day: Day, endOfMonth: boolean): Day {
  const { year, month, day: d } = partsOf(day);
  const last = daysInMonth(year + 1, month);
  return dayFromParts(year + 1, month, endOfMonth ? last : Math.min(d, last))!;
}

/** The same period a year later: "mid-April 2024" → "mid-April 2025". */
export function laterYear(window: Window, label: string): { window: Window; label: string } {
  const { year, month, day } = partsOf(window.last);
  return {
    window: {
      first: sameDayNextYear(window.first, false),
      last: sameDayNextYear(window.last, day === daysInMonth(year, month)),
    },
    label: label.replace(/\b\d{4}\b/g, (y) => String(Number(y) + 1)),
  };
}
