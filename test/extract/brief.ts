import { dayFromParts } from '../../src/core/dates.js';
import { extractFigures } from '../../src/extract/extract.js';
import type { Figure } from '../../src/extract/types.js';

/**
 * A figure in one line: "force 12000", "rate 80–90", "killed vague", "share 0.5 up-to", "date 2025-04-11..2025-04-20".
 */
export function brief(f: Figure): string {
  if (f.kind === 'date') {
    const d = f.date!;
    const when = d.first === undefined ? `? ${d.label}` : d.first === d.last ? d.first : `${d.first}..${d.last}`;
    return `date ${when}${f.qualifier === 'exact' || f.qualifier === 'range' ? '' : ` ${f.qualifier}`}`;
  }
  const round = (x: number) => String(Math.round(x * 1e6) / 1e6);
  const amount =
    f.value !== undefined ? round(f.value) : f.low !== undefined ? `${round(f.low)}–${round(f.high!)}` : 'vague';
  const qualifier = ['exact', 'range', 'vague'].includes(f.qualifier) ? '' : ` ${f.qualifier}`;
  return `${f.kind} ${amount}${qualifier}`;
}

export const PUBLISHED = dayFromParts(2025, 1, 20)!;

/** The figures of a text, in brief, dates resolved against 20 January 2025. */
export const figures = (text: string, published: number | undefined = PUBLISHED): string[] =>
  extractFigures(text, published === undefined ? {} : { published }).map(brief);

/** The figures of a text other than dates. */
export const counts = (text: string): string[] => figures(text).filter((f) => !f.startsWith('date'));
