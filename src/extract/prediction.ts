import type { Day, Window } from '../core/dates.js';
import type { CheckField } from '../core/check/run-checks.js';
import type { Candidate } from './claim-types.js';
import type { Figure } from './types.js';

/** A word or phrase that makes a claim a prediction, and where it stands in the text. */
export interface Cue {
  text: string;
  span: [number, number];
  /** A modal or future phrase ("could", "at this rate"), or the claim's own date or time of full loss. */
  reason: 'modal' | 'date-of-loss' | 'time-to-loss';
}

const MODALS = new RegExp(
  String.raw`\b(?:could|would|might|may|will|shall|should|going to` +
    '|(?:expected|set|likely|projected|forecast|predicted|poised) to|on (?:track|course) to' +
    '|at (?:this|that|the current|the present|such a) (?:rate|pace)' +
    String.raw`|if (?:the|that|this) (?:rate|pace|trend) (?:holds|continues|persists))\b`,
  'gi',
);

/**
 * Words every match of MODALS holds, in lower case. Compiling MODALS costs up to 1 ms on its first
 * use, so a text holding none of them (a statement, mostly) is answered without it.
 */
const MODAL_CUES = ['could', 'would', 'might', 'may', 'will', 'shall', 'should', ' to', 'rate', 'pace', 'trend'];

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

/**
 * Modal and future phrases in a text: "could", "would", "may", "is expected to", "at this rate".
 * Words inside a date ("in May") are the month, and a capitalised "May" inside a sentence is taken
 * for the month too.
 */
export function modalCues(text: string, figures: readonly Figure[]): Cue[] {
  const lower = text.toLowerCase();
  if (!MODAL_CUES.some((cue) => lower.includes(cue))) return [];
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

/**
 * The claim's own date or time of full loss makes it a projection, unless the date had passed when it was published.
 */
export function lossCues(
  text: string,
  used: Partial<Record<CheckField, Candidate>>,
  published: Day | undefined,
): Cue[] {
  const cues: Cue[] = [];
  const by = used.by;
  if (by && (published === undefined || (by.value as Window).last >= published)) {
    cues.push({ ...withLeadingWord(text, by.figure.span, by.figure.date?.relation), reason: 'date-of-loss' });
  }
  const within = used.within;
  if (within) cues.push({ ...withLeadingWord(text, within.figure.span, /^(?:in|within)$/i), reason: 'time-to-loss' });
  return cues;
}

/** "by mid-April" rather than "mid-April": the word that ties a date to the claim, when it stands right before it. */
function withLeadingWord(
  text: string,
  span: [number, number],
  lead: string | RegExp | undefined,
): { text: string; span: [number, number] } {
  const match = /(\S+)\s+$/.exec(text.slice(Math.max(0, span[0] - 12), span[0]));
  const fits =
    match && lead !== undefined && (typeof lead === 'string' ? match[1]!.toLowerCase() === lead : lead.test(match[1]!));
  const start = fits ? span[0] - match[0].length : span[0];
  return { text: text.slice(start, span[1]), span: [start, span[1]] };
}
