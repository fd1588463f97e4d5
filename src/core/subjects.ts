/**
 * Whose losses or force a figure counts, and over what scope: the forces attrition's references
 * speak of, and the whole war (or deployment) against one front or town. A figure is compared only
 * with references of its own subject.
 */
import { dayFromParts, type Day } from './dates.js';

/** The day Russia's full-scale invasion of Ukraine began: the whole war's first day. */
export const FULL_SCALE_INVASION: Day = dayFromParts(2022, 2, 24)!;

export const FORCES = ['north-korean', 'russian', 'ukrainian', 'wagner'] as const;
export type Force = (typeof FORCES)[number];

export const FORCE_NAMES: Readonly<Record<Force, string>> = {
  'north-korean': 'North Korean forces',
  russian: 'Russian forces',
  ukrainian: 'Ukrainian forces',
  wagner: 'the Wagner Group',
};

/** whole: the whole war, or the whole deployment of a contingent; local: one front, direction or town. */
export type Scope = 'whole' | 'local';

export interface Subject {
  /** Null when the words name no force. */
  force: Force | null;
  scope: Scope;
  /** The front or town of a local scope: "Avdiivka", "Kursk". */
  place?: string;
  /** The words the force was read from: "North Korean soldiers", "the enemy". */
  cue?: string;
}

/** "Russian forces, whole war", "Russian forces near Avdiivka", "a force the claim does not name". */
export function subjectText(subject: Subject): string {
  if (subject.force === null) return 'a force the claim does not name';
  const name = FORCE_NAMES[subject.force];
  if (subject.scope === 'local') return `${name}${subject.place ? ` around ${subject.place}` : ' on one front'}`;
  return `${name}, whole war`;
}

/**
 * Whether a reference about `reference` covers a figure about `figure` directly (same force and
 * scope, or the same place), as a bound only (a local figure against the whole war), or not at all.
 */
export function coverage(figure: Subject, reference: Subject): 'same' | 'bound' | 'none' {
  if (figure.force === null || figure.force !== reference.force) return 'none';
  if (figure.scope === reference.scope) {
    if (figure.scope === 'whole') return 'same';
    return samePlace(figure.place, reference.place) ? 'same' : 'none';
  }
  if (figure.scope === 'local' && reference.scope === 'whole') return 'bound';
  // A whole-war figure says nothing checkable about one town's reference.
  return 'none';
}

const samePlace = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
