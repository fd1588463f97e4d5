import { readFileSync } from 'node:fs';
import { parseDay } from '../../src/core/parse/index.js';
import { extractFigures, type Figure } from '../../src/extract/index.js';

/** One expected figure of a corpus sentence: what a careful reader takes from it. */
export interface ExpectedFigure {
  kind: Figure['kind'];
  value?: number;
  low?: number;
  high?: number;
  qualifier: Figure['qualifier'];
  period?: Figure['period'];
}

export interface CorpusLine {
  text: string;
  published: string;
  figures: ExpectedFigure[];
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
  misses: Miss[];
}

/**
 * Each expected figure is matched to an unused figure of its sentence with the same value,
 * preferring one of the same kind: a value is right when such a figure exists, its kind when
 * that figure's kind is the expected one. Dates and durations are not scored here.
 */
export function scoreCorpus(lines: CorpusLine[], kinds?: readonly Figure['kind'][]): CorpusScore {
  const s: CorpusScore = { figures: 0, values: 0, kinds: 0, qualifiers: 0, periods: 0, periodsRight: 0, misses: [] };
  for (const line of lines) {
    const published = parseDay(line.published);
    const found = extractFigures(line.text, published.ok ? { published: published.value } : {}).filter(
      (f) => f.kind !== 'date' && f.kind !== 'duration',
    );
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
    }
  }
  return s;
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

export function describeScore(name: string, s: CorpusScore): string {
  return (
    `${name}: ${s.figures} figures, values ${pct(s.values, s.figures)}, kinds ${pct(s.kinds, s.figures)}, ` +
    `qualifiers ${pct(s.qualifiers, s.figures)}, day/cumulative ${pct(s.periodsRight, s.periods)} of ${s.periods}`
  );
}

export function describeMiss(m: Miss): string {
  const want = m.expected.value ?? (m.expected.low !== undefined ? `${m.expected.low}–${m.expected.high}` : 'vague');
  const got = m.found ? `read as ${m.found.kind}` : 'not read';
  return `  ${m.expected.kind} ${want}: ${got} — ${m.text}`;
}
