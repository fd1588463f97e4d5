import type { Figure } from '../../src/extract/types.js';

/** One figure of a gold file: what a careful reader finds at that place in the article. */
export interface GoldFigure {
  kind: Figure['kind'];
  value?: number;
  low?: number;
  high?: number;
  unit?: string;
  first?: string;
  last?: string;
  qualifier: Figure['qualifier'];
  span: [number, number];
}

export interface GoldFile {
  document: string;
  published: string;
  publishedNote: string;
  figures: GoldFigure[];
}

const round = (x: number | undefined): string => (x === undefined ? '' : String(Math.round(x * 1e6) / 1e6));

/** The (kind, value) pair scored: the value is the number, the range, the date's window or "vague". */
export function pairOf(f: GoldFigure | Figure): string {
  if (f.kind === 'date') {
    const window = 'date' in f && f.date ? f.date : (f as GoldFigure);
    return `date ${window.first ?? '?'}..${window.last ?? '?'}`;
  }
  const value =
    f.value !== undefined ? round(f.value) : f.low !== undefined ? `${round(f.low)}–${round(f.high)}` : 'vague';
  return `${f.kind} ${value}${f.kind === 'duration' ? ` ${f.unit}` : ''}`;
}

export interface Score {
  matched: number;
  missed: GoldFigure[];
  extra: Figure[];
}

/** Matches extracted figures to gold ones: the same (kind, value) pair, with overlapping spans, each used once. */
export function score(gold: GoldFigure[], found: Figure[]): Score {
  const used = new Set<number>();
  const missed: GoldFigure[] = [];
  for (const g of gold) {
    const key = pairOf(g);
    const at = found.findIndex(
      (f, i) => !used.has(i) && pairOf(f) === key && f.span[0] < g.span[1] && g.span[0] < f.span[1],
    );
    if (at < 0) missed.push(g);
    else used.add(at);
  }
  return { matched: used.size, missed, extra: found.filter((_, i) => !used.has(i)) };
}
