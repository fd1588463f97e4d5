import type { Window } from '../core/dates.js';
import { parseDay } from '../core/parse/days.js';
import type { Candidate } from './claim-types.js';
import type { Figure } from './types.js';

const COUNT_FIELDS = ['casualties', 'killed', 'wounded'] as const;
const dayOf = (iso: string): number => (parseDay(iso) as { value: number }).value;

/** The day or period a count refers to, when the text dates it; a "since" date is where it starts, not when. */
export function countWindow(f: Figure): Window | undefined {
  const ref = f.date;
  if (!ref?.first || !ref.last || ref.relation === 'since' || ref.relation === 'from' || ref.relation === 'after')
    return undefined;
  return { first: dayOf(ref.first), last: dayOf(ref.last) };
}

const sameWindow = (a: Window | undefined, b: Window | undefined): boolean =>
  a?.first === b?.first && a?.last === b?.last;

export interface LatestCounts {
  /** The candidates left: earlier counts and the dates that only they stood on are gone. */
  candidates: Candidate[];
  /** The claim's counts have no date of their own, and the text none for them: they stand as of the publication day. */
  undated: boolean;
}

/**
 * "has passed 4,000, up from about 3,000 in mid-January": several counts of one kind at different
 * dates give the claim's count (the latest; one with no date of its own is the current one) and
 * earlier levels of it, which are set aside with the dates that belong to them only.
 */
export function keepLatestCounts(candidates: Candidate[], aside: (f: Figure, reason: string) => void): LatestCounts {
  const earlier = new Set<Candidate>();
  const kept: (Window | undefined)[] = [];
  for (const field of COUNT_FIELDS) {
    const mine = candidates.filter((c) => c.field === field);
    const windows = mine.map((c) => countWindow(c.figure));
    const undated = mine.filter((_, i) => windows[i] === undefined);
    if (mine.length < 2 || undated.length > 1 || windows.every((w) => sameWindow(w, windows[0]))) {
      kept.push(...windows);
      continue;
    }
    const latest = undated[0] ?? mine.reduce((a, b, i) => (windows[i]!.last > countWindow(a.figure)!.last ? b : a));
    const ties = mine.filter(
      (c, i) => c !== latest && windows[i] !== undefined && sameWindow(windows[i], countWindow(latest.figure)),
    );
    if (ties.length > 0) {
      kept.push(...windows);
      continue;
    }
    kept.push(countWindow(latest.figure));
    for (const c of mine) {
      if (c === latest) continue;
      earlier.add(c);
      aside(c.figure, `an earlier count (${c.figure.date!.label}); the claim's is "${latest.figure.text}"`);
    }
  }
  const datesCounts = candidates.some((c) => c.field === 'asOf');
  if (earlier.size === 0)
    return { candidates, undated: !datesCounts && kept.length > 0 && kept.every((w) => w === undefined) };
  const earlierWindows = [...earlier].map((c) => countWindow(c.figure));
  const onlyEarlier = (c: Candidate): boolean =>
    c.field === 'asOf' &&
    earlierWindows.some((w) => sameWindow(w, c.value as Window)) &&
    !kept.some((w) => sameWindow(w, c.value as Window));
  for (const c of candidates)
    if (onlyEarlier(c)) aside(c.figure, 'the date of an earlier count, not of the one checked');
  return {
    candidates: candidates.filter((c) => !earlier.has(c) && !onlyEarlier(c)),
    undated: kept.every((w) => w === undefined),
  };
}
