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

/**
 * Modal and future phrases, word by word, each place's words as alternatives: "could", "going to",
 * "at the current pace", "if this trend holds". Matched a word at a time, not as one pattern: a large
 * case-insensitive alternation costs up to 1 ms to compile on its first use, on every run.
 */
const MODAL_FORMS: readonly (readonly string[])[][] = [
  [['could', 'would', 'might', 'may', 'will', 'shall', 'should']],
  [['going'], ['to']],
  [['expected', 'set', 'likely', 'projected', 'forecast', 'predicted', 'poised'], ['to']],
  [['on'], ['track', 'course'], ['to']],
  [['at'], ['this', 'that', 'the current', 'the present', 'such a'], ['rate', 'pace']],
  [['if'], ['the', 'that', 'this'], ['rate', 'pace', 'trend'], ['holds', 'continues', 'persists']],
];

/** Every phrase MODAL_FORMS spells, as lower-case words, by its first word. */
const MODAL_PHRASES: ReadonlyMap<string, readonly string[][]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const form of MODAL_FORMS) {
    const phrases = form.reduce<string[][]>(
      (heads, place) => heads.flatMap((head) => place.map((words) => [...head, ...words.split(' ')])),
      [[]],
    );
    for (const phrase of phrases) byFirst.set(phrase[0]!, [...(byFirst.get(phrase[0]!) ?? []), phrase]);
  }
  return byFirst;
})();

/** The words of a text as \w runs (what \b bounds), with where each starts and ends. */
const WORD = /\w+/g;

/** Where the phrase starting at word `at` ends, when its words follow one another with one space between. */
function phraseEnd(text: string, words: readonly RegExpExecArray[], at: number, phrase: readonly string[]) {
  let end = -1;
  for (let k = 0; k < phrase.length; k++) {
    const word = words[at + k];
    if (word === undefined || word[0].toLowerCase() !== phrase[k]) return -1;
    if (k > 0 && word.index !== end + 1) return -1;
    if (k > 0 && text[end] !== ' ') return -1;
    end = word.index + word[0].length;
  }
  return end;
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

/**
 * Modal and future phrases in a text: "could", "would", "may", "is expected to", "at this rate".
 * Words inside a date ("in May") are the month, and a capitalised "May" inside a sentence is taken
 * for the month too.
 */
export function modalCues(text: string, figures: readonly Figure[]): Cue[] {
  const dates = figures.filter((f) => f.kind === 'date').map((f) => f.span);
  const words = [...text.matchAll(WORD)];
  const cues: Cue[] = [];
  for (let at = 0; at < words.length; at++) {
    const start = words[at]!.index;
    const phrases = MODAL_PHRASES.get(words[at]![0].toLowerCase()) ?? [];
    for (const phrase of phrases) {
      const end = phraseEnd(text, words, at, phrase);
      if (end < 0) continue;
      at += phrase.length - 1;
      const span: [number, number] = [start, end];
      const found = text.slice(start, end);
      if (dates.some((d) => overlaps(d, span))) break;
      if (found === 'May' && !/(?:^|[.!?]\s*)$/.test(text.slice(0, start))) break;
      cues.push({ text: found, span, reason: 'modal' });
      break;
    }
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
