import { readFileSync } from 'node:fs';
import { parseDay } from '../../src/core/parse/days.js';
import { extractFigures } from '../../src/extract/extract.js';
import type { Figure } from '../../src/extract/types.js';

/** One expected figure of a corpus sentence: what a careful reader takes from it. */
export interface ExpectedFigure {
  kind: Figure['kind'];
  value?: number;
  low?: number;
  high?: number;
  qualifier: Figure['qualifier'];
  period?: Figure['period'];
  /**
   * The day (YYYY-MM-DD) or period (YYYY-MM-DD/YYYY-MM-DD) the figure refers to; null when the text
   * does not say. Absent in corpora that do not score dates.
   */
  date?: string | null;
  /** A share: what it is a share of, and what it counts. */
  of?: Figure['of'];
  counts?: Figure['counts'];
}

export interface CorpusLine {
  text: string;
  published: string;
  figures: ExpectedFigure[];
  /** Numbers in the text that are no loss (prisoners, captured): none may be read as casualties, killed or wounded. */
  apart?: number[];
}

/** The kinds the accuracy target speaks of: counts of people and rates. */
export const TARGET_KINDS: readonly Figure['kind'][] = ['force', 'casualties', 'killed', 'wounded', 'rate'];

export function readCorpus(file: string): CorpusLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusLine);
}

const close = (a: number | undefined, b: number | undefined): boolean =>
  a === undefined ? b === undefined : b !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

/** The same value: the same number, the same range, or both vague. */
export function sameValue(expected: ExpectedFigure, found: Figure): boolean {
  if (expected.qualifier === 'vague' || found.qualifier === 'vague') return expected.qualifier === found.qualifier;
  return close(expected.value, found.value) && close(expected.low, found.low) && close(expected.high, found.high);
}

export interface Miss {
  text: string;
  expected: ExpectedFigure;
  found?: Figure;
}

export interface CorpusScore {
  figures: number;
  values: number;
  kinds: number;
  qualifiers: number;
  /** Figures the corpus marks as one period's or a cumulative count, and how many read so. */
  periods: number;
  periodsRight: number;
  /** Figures the corpus dates, and how many were read with that date (see `datedAs`). */
  dates: number;
  datesRight: number;
  /** Shares, and how many say what they are a share of and what they count. */
  shares: number;
  sharesRight: number;
  /** Numbers that are no loss, and how many were kept out of the losses. */
  apart: number;
  apartRight: number;
  misses: Miss[];
  dateMisses: Miss[];
}

/**
 * Each expected figure is matched to an unused figure of its sentence with the same value,
 * preferring one of the same kind: a value is right when such a figure exists, its kind when
 * that figure's kind is the expected one. Dates and durations are not scored here.
 */
export function scoreCorpus(lines: CorpusLine[], kinds?: readonly Figure['kind'][]): CorpusScore {
  const s: CorpusScore = {
    figures: 0,
    values: 0,
    kinds: 0,
    qualifiers: 0,
    periods: 0,
    periodsRight: 0,
    dates: 0,
    datesRight: 0,
    shares: 0,
    sharesRight: 0,
    apart: 0,
    apartRight: 0,
    misses: [],
    dateMisses: [],
  };
  for (const line of lines) {
    const published = parseDay(line.published);
    const found = extractFigures(line.text, published.ok ? { published: published.value } : {}).filter(
      (f) => f.kind !== 'date' && f.kind !== 'duration',
    );
    for (const value of line.apart ?? []) {
      s.apart++;
      if (!found.some((f) => f.value === value && LOSSES.includes(f.kind))) s.apartRight++;
    }
    const used = new Set<number>();
    for (const expected of line.figures) {
      if (kinds && !kinds.includes(expected.kind)) continue;
      s.figures++;
      const candidates = found.map((f, i) => ({ f, i })).filter(({ f, i }) => !used.has(i) && sameValue(expected, f));
      const pick = candidates.find(({ f }) => f.kind === expected.kind) ?? candidates[0];
      if (!pick) {
        s.misses.push({ text: line.text, expected });
        continue;
      }
      used.add(pick.i);
      s.values++;
      if (pick.f.kind === expected.kind) s.kinds++;
      else s.misses.push({ text: line.text, expected, found: pick.f });
      if (pick.f.qualifier === expected.qualifier) s.qualifiers++;
      if (expected.period) {
        s.periods++;
        if (pick.f.period === expected.period) s.periodsRight++;
      }
      if (expected.date !== undefined && expected.date !== null) {
        s.dates++;
        if (datedAs(pick.f, line.published) === expected.date) s.datesRight++;
        else s.dateMisses.push({ text: line.text, expected, found: pick.f });
      }
      if (expected.kind === 'share' && expected.of !== undefined) {
        s.shares++;
        if (pick.f.of === expected.of && pick.f.counts === expected.counts) s.sharesRight++;
      }
    }
  }
  return s;
}

const LOSSES: readonly Figure['kind'][] = ['casualties', 'killed', 'wounded'];

/**
 * The day or period a figure refers to: the date its text ties it to, else the day of its
 * statement (the publication day). A date it counts "since" or "from" is where it starts, not when
 * it was counted, so such a figure, too, is dated by its statement.
 */
export function datedAs(f: Figure, published: string): string {
  const ref = f.date;
  if (!ref?.first || !ref.last || ref.relation === 'since' || ref.relation === 'from' || ref.relation === 'after')
    return published;
  return ref.first === ref.last ? ref.first : `${ref.first}/${ref.last}`;
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

export function describeScore(name: string, s: CorpusScore): string {
  return (
    `${name}: ${s.figures} figures, values ${pct(s.values, s.figures)}, kinds ${pct(s.kinds, s.figures)}, ` +
    `qualifiers ${pct(s.qualifiers, s.figures)}, day/cumulative ${pct(s.periodsRight, s.periods)} of ${s.periods}` +
    (s.dates > 0 ? `, dates ${pct(s.datesRight, s.dates)} of ${s.dates}` : '') +
    (s.shares > 0 ? `, shares of/counts ${pct(s.sharesRight, s.shares)} of ${s.shares}` : '') +
    (s.apart > 0 ? `, no-loss numbers kept apart ${pct(s.apartRight, s.apart)} of ${s.apart}` : '')
  );
}

export function describeMiss(m: Miss): string {
  const want = m.expected.value ?? (m.expected.low !== undefined ? `${m.expected.low}–${m.expected.high}` : 'vague');
  const got = m.found ? `read as ${m.found.kind}` : 'not read';
  return `  ${m.expected.kind} ${want}: ${got} — ${m.text}`;
}
