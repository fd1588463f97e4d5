import type * as z from 'zod/mini';
import { flagName, UsageError } from '../errors.js';

/** Every reader a flag's text can be read with (flag-readers.ts), loaded only when a run gives such a flag. */
export type FlagReaders = typeof import('./flag-readers.js')['READERS'];

/**
 * One flag of a command, declared once: its commander option, its help, how its text is read and
 * so the type the command's run receives all come from here. Its name is its key in the table:
 * `dateColumn` is `--date-column`.
 */
export interface FlagSpec {
  /** What follows the flag: `<n>` a value, `[file]` a value or none; a switch when left out. */
  value?: `<${string}>` | `[${string}]`;
  help: string;
  /** A value the flag accepts, as typed: a test reads it with `read`. */
  example?: string;
  /**
   * The zod schema its text is read with, built from the readers (each value of a repeatable flag
   * on its own); the text as given when left out. Built only when a run gives the flag.
   */
  read?: (r: FlagReaders, mode: string | undefined) => z.ZodMiniType;
  /** May be given more than once: the values come as a list, in order. */
  repeatable?: true;
  /** What a run is told when it leaves the flag out: the flag is then required. */
  required?: string;
  /** The mode of the command that uses it (project: montecarlo, with --samples); every mode when left out. */
  mode?: string;
}

/**
 * A mode of a command that one flag turns on (project: Monte Carlo, with --samples). Flags marked
 * with the mode are refused without it, and a flag's reader is told which mode the run is in.
 */
export interface ModeSpec {
  name: string;
  /** The flag that turns it on. */
  flag: string;
  /** What a run is told when it gives a flag of the mode without that flag, after the flag's name. */
  outside: string;
}

/** The mode a run is in, if any. */
export const modeOf = (mode: ModeSpec | undefined, given: GivenFlags): string | undefined =>
  mode !== undefined && given[mode.flag] !== undefined ? mode.name : undefined;

/** The argument a command takes besides its flags: `[file]`, always optional (the run says what is missing). */
export interface OperandSpec {
  name: `[${string}]`;
  help: string;
}

export type FlagTable = Readonly<Record<string, FlagSpec>>;

/**
 * The value of one flag as typed: a switch is true, a flag with an optional value true when given
 * without one. A repeatable flag's values are a list, except that one with an optional value given
 * last without it is true (as commander reads it).
 */
type TextOf<F extends FlagSpec> = F['value'] extends `[${string}]`
  ? F['repeatable'] extends true
    ? true | (string | true)[]
    : string | true
  : F['value'] extends `<${string}>`
    ? F['repeatable'] extends true
      ? string[]
      : string
    : boolean;

/** The value of one flag as its run receives it. */
type ValueOf<F extends FlagSpec> = F['read'] extends ((r: FlagReaders, mode: never) => infer S extends z.ZodMiniType)
  ? F['repeatable'] extends true
    ? z.output<S>[]
    : z.output<S>
  : TextOf<F>;

/** The flags a command's run receives: each read as its table says, required ones always there. */
export type FlagsOf<T extends FlagTable> = {
  -readonly [K in keyof T as T[K]['required'] extends string ? K : never]: ValueOf<T[K]>;
} & {
  -readonly [K in keyof T as T[K]['required'] extends string ? never : K]?: ValueOf<T[K]>;
} & { operands?: string[] };

/** The flags as given on the command line, before reading: for messages that quote what was typed. */
export type GivenFlags = Readonly<Record<string, unknown>> & { operands?: string[] };

/** A command's flags as given on the command line, before reading, each as typed. */
export type GivenOf<T extends FlagTable> = { -readonly [K in keyof T]?: TextOf<T[K]> } & { operands?: string[] };

/**
 * The values of a repeatable flag so far, with one more (commander calls it for each value given):
 * a flag with an optional value given before without one stands in the list as true.
 */
export const collect = (value: string, previous: unknown): (string | true)[] => [
  ...(Array.isArray(previous) ? (previous as (string | true)[]) : previous === true ? [true as const] : []),
  value,
];

/** `--date-column <name>` for dateColumn. */
export const optionSyntax = (key: string, spec: FlagSpec): string =>
  spec.value === undefined ? flagName(key) : `${flagName(key)} ${spec.value}`;

/**
 * Reads the flags a run gave against their table: each flag with a reader is validated (the
 * readers, and zod, are loaded only when one is given, or required), the others are taken as given.
 * The first problem is one line naming the flag.
 */
export async function readFlags<T extends FlagTable>(
  table: T,
  given: GivenFlags,
  mode?: ModeSpec,
): Promise<FlagsOf<T>> {
  const inMode = modeOf(mode, given);
  const stray = Object.keys(table).find(
    (key) => mode !== undefined && given[key] !== undefined && (table[key]!.mode ?? inMode) !== inMode,
  );
  if (stray !== undefined) throw new UsageError(`${flagName(stray)} ${mode!.outside}`);
  const read = Object.keys(table).filter(
    (key) => table[key]!.read !== undefined && (given[key] !== undefined || table[key]!.required !== undefined),
  );
  const missing = Object.keys(table).find((key) => table[key]!.required !== undefined && given[key] === undefined);
  if (read.length === 0 && missing === undefined) return given as FlagsOf<T>;
  const { readGiven } = await import('./flag-readers.js');
  return readGiven(table, given, inMode) as FlagsOf<T>;
}
