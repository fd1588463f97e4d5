import type { CheckField } from '../core/check/run-checks.js';
import type { FieldNamer } from './claim-error.js';
import type { Candidate, FieldValues, GivenFigures, SetAside, Source } from './claim-types.js';
import type { Figure } from './types.js';

/**
 * What a claim needs before `check` can run on it, worded for the one line a user reads when a
 * sentence gives too little: which figures it has, and which it lacks for the nearest check.
 */

export type Piece = Exclude<CheckField, 'start'>;
export type Presence = Partial<Record<Piece, boolean>>;

export const PIECE_WORDS: Record<Piece, string> = {
  force: 'a force size',
  rate: 'a daily rate',
  casualties: 'a casualty count',
  killed: 'the number killed',
  wounded: 'the number wounded',
  asOf: 'the day the casualties were counted through',
  by: 'the date the force would be lost by',
  within: 'the time until the force is lost',
};

/** The flags `check` takes each input as: how a figure given beside the text is named. */
export const FLAGS: Record<CheckField, string> = {
  force: '--force',
  rate: '--rate',
  start: '--start',
  casualties: '--casualties',
  killed: '--killed',
  wounded: '--wounded',
  asOf: '--as-of',
  by: '--by',
  within: '--within',
};

/** The count a check can use is the casualties, or killed with wounded; else what completes it. */
function countNeeds(p: Presence): Piece[] {
  if (p.casualties || (p.killed && p.wounded)) return [];
  if (p.killed) return ['wounded'];
  if (p.wounded) return ['killed'];
  return ['casualties'];
}

const COUNT_FIELDS = ['casualties', 'killed', 'wounded'] as const;

const lacking = (p: Presence, pieces: Piece[]): Piece[] => pieces.filter((piece) => !p[piece]);

/** The checks that give a verdict, nearest first, each with what it still lacks. */
export function missingByCheck(p: Presence): Piece[][] {
  const count = countNeeds(p);
  return [
    lacking(p, ['force', 'rate', 'by']),
    ...(p.within ? [lacking(p, ['force', 'rate', 'within'])] : []),
    [...lacking(p, ['rate']), ...count, ...lacking(p, ['asOf'])],
    // Casualties beside a rate need their date before anything can use them.
    [...lacking(p, ['force']), ...count, ...(p.rate ? lacking(p, ['asOf']) : [])],
    ...(p.killed || p.wounded ? [lacking(p, ['killed', 'wounded', 'casualties'])] : []),
  ];
}

export const canCheck = (p: Presence): boolean => missingByCheck(p).some((missing) => missing.length === 0);

/** The one or two checks that lack the fewest pieces. */
export function nearestNeeds(p: Presence): Piece[][] {
  const all = missingByCheck(p);
  const fewest = Math.min(...all.map((m) => m.length));
  return all.filter((m) => m.length === fewest).slice(0, 2);
}

export const listText = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** "the claim gives …, but checking it needs … as well: add it to the text or give asOf" (or the flag). */
export function needsMessage(found: readonly string[], alternatives: readonly Piece[][], name: FieldNamer): string {
  if (found.length === 0) {
    return (
      'the claim gives no figures to check: it needs a force size, a daily rate and the date the force would ' +
      'be lost by ' +
      `(as in "12,000 troops could be lost by mid-April at 92 casualties a day"), or ` +
      `give ${name('force')}, ${name('rate')} and ${name('by')}`
    );
  }
  const gives = `the claim gives ${listText(found)}, but checking it needs`;
  const flags = (pieces: Piece[]) => listText(pieces.map((p) => name(p)));
  if (alternatives.length === 1) {
    const pieces = alternatives[0]!;
    const them = pieces.length === 1 ? 'it' : 'them';
    return (
      `${gives} ${listText(pieces.map((p) => PIECE_WORDS[p]))} as well: add ${them} to the text or ` +
      `give ${flags(pieces)}`
    );
  }
  const options = alternatives.map((pieces) => `${listText(pieces.map((p) => PIECE_WORDS[p]))} (${flags(pieces)})`);
  return `${gives} ${options.join(', or ')}, as well: add them to the text or give the flags`;
}

export function presenceOf(values: Partial<FieldValues>): Presence {
  const p: Presence = {};
  for (const piece of Object.keys(PIECE_WORDS) as Piece[]) p[piece] = values[piece] !== undefined;
  return p;
}

/**
 * Figures from the text that no check can take are set aside rather than refused: a lone killed or
 * wounded count, a count beside a rate with no day it was counted through, and that day without its count.
 */
export function setAsideUnusable(
  values: Partial<FieldValues>,
  sources: { [F in CheckField]?: Source },
  used: Partial<Record<CheckField, Candidate>>,
  textual: (field: CheckField) => boolean,
  aside: (f: Figure, reason: string) => void,
): void {
  const drop = (field: CheckField, reason: string) => {
    // A day read from a relative word ("on Wednesday") has no figure of its own to set aside.
    const figure = used[field]?.figure;
    if (figure) aside(figure, reason);
    delete values[field];
    delete sources[field];
  };
  if ((values.killed === undefined) !== (values.wounded === undefined)) {
    const lone = values.killed !== undefined ? 'killed' : 'wounded';
    if (textual(lone)) drop(lone, `${lone} alone: a check needs killed and wounded together, or a casualty count`);
  }
  const counted = values.casualties !== undefined || (values.killed !== undefined && values.wounded !== undefined);
  if (counted && values.rate !== undefined && values.asOf === undefined) {
    for (const field of COUNT_FIELDS) {
      if (textual(field)) drop(field, 'no day it was counted through; give --as-of to check it against the rate');
    }
  }
  const stillCounted = values.casualties !== undefined || (values.killed !== undefined && values.wounded !== undefined);
  if (!stillCounted && values.asOf !== undefined && textual('asOf'))
    drop('asOf', 'the date of a count the check does not use');
}

/** "a force size (12,000)", "a daily rate (92 a day)": what the claim and the flags give, for the needs message. */
export function foundWords(
  values: Partial<FieldValues>,
  used: Partial<Record<CheckField, Candidate>>,
  given: GivenFigures,
  sources: { [F in CheckField]?: Source } = {},
): string[] {
  const words: string[] = [];
  for (const piece of Object.keys(PIECE_WORDS) as Piece[]) {
    if (values[piece] === undefined) continue;
    const source = sources[piece];
    const shown =
      used[piece]?.used ?? given[piece]?.text ?? (source?.from === 'flag' ? source.text : source?.used) ?? '';
    words.push(`${PIECE_WORDS[piece]} (${shown})`);
  }
  return words;
}

export function nothingMessage(setAside: readonly SetAside[], name: FieldNamer): string {
  const message = needsMessage([], [], name);
  if (setAside.length === 0) return message;
  const first = setAside[0]!;
  return message.replace('no figures to check', `no figures to check ("${first.text}": ${first.reason})`);
}
