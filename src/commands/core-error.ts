import { flagName, UsageError } from '../errors.js';
import type { Flags } from './command-definition.js';
import { echo } from '../core/wording.js';

/** What the core's errors carry: the field to blame (null: none) and a problem completing "FIELD VALUE …". */
export interface FieldProblem {
  readonly field: string | null;
  readonly problem: string;
  /** The problem worded with other names for the fields it mentions (the core's errors have it). */
  problemNaming?(name: (field: string) => string): string;
}

/** Names who is blamed for a field in a message, or undefined to give the problem alone. */
export type Blame = (field: string) => string | undefined;

/** A flag's text as the user gave it: a repeated flag's values joined by spaces. */
export function flagText(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : String(value ?? '');
}

/** The field's flag and the value given to it (`--as-of "2025-01-16"`), or the flag alone when none was given. */
export const givenFlag =
  (raw: Flags): Blame =>
  (field) => {
    const flag = field.startsWith('--') ? field : flagName(field);
    const value = raw[field.startsWith('--') ? fieldOf(field) : field];
    return value === undefined ? flag : `${flag} ${echo(flagText(value))}`;
  };

/**
 * The one way an error from the core becomes a usage error: who is blamed for the field (by
 * default its flag and value), then the problem. The core speaks of fields (asOf); this is where
 * one becomes its flag (--as-of). A field given as a flag, or a problem that starts by naming its
 * flag, is left as it is.
 */
export function usageErrorFrom(error: FieldProblem, blame: Blame): UsageError {
  const problem = error.problemNaming ? error.problemNaming(flagName) : error.problem;
  if (error.field === null || problem.startsWith('--')) return new UsageError(problem);
  const who = blame(error.field);
  return new UsageError(who === undefined ? problem : `${who} ${problem}`);
}

/** "--as-of" → "asOf". */
const fieldOf = (flag: string): string => flag.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
