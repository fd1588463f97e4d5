import type { Figure } from './types.js';

/** A word or phrase that makes a claim a prediction, and where it stands in the text. */
export interface Cue {
  text: string;
  span: [number, number];
  /** A modal or future phrase ("could", "at this rate"), or the claim's own date or time of full loss. */
  reason: 'modal' | 'date-of-loss' | 'time-to-loss';
}

const MODALS =
  /\b(?:could|would|might|may|will|shall|should|going to|(?:expected|set|likely|projected|forecast|predicted|poised) to|on (?:track|course) to|at (?:this|that|the current|the present|such a) (?:rate|pace)|if (?:the|that|this) (?:rate|pace|trend) (?:holds|continues|persists))\b/gi;

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

/**
 * Modal and future phrases in a text: "could", "would", "may", "is expected to", "at this rate".
 * Words inside a date ("in May") are the month, and a capitalised "May" inside a sentence is taken
 * for the month too.
 */
export function modalCues(text: string, figures: readonly Figure[]): Cue[] {
  const dates = figures.filter((f) => f.kind === 'date').map((f) => f.span);
  const cues: Cue[] = [];
  for (const match of text.matchAll(MODALS)) {
    const span: [number, number] = [match.index, match.index + match[0].length];
    if (dates.some((d) => overlaps(d, span))) continue;
    if (match[0] === 'May' && !/(?:^|[.!?]\s*)$/.test(text.slice(0, match.index))) continue;
    cues.push({ text: match[0], span, reason: 'modal' });
  }
  return cues;
}
