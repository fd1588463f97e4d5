import type { CommandSummary } from '../render/usage.js';
import type { CommandContext } from './context.js';
import {
  readFlags,
  type FlagsOf,
  type FlagTable,
  type GivenFlags,
  type GivenOf,
  type ModeSpec,
  type OperandSpec,
} from './flag-table.js';

export type Flags = Record<string, unknown>;

interface CommandBase extends CommandSummary {
  description: string;
  /** Commands under this one: `claims add`. */
  subcommands?: readonly CommandSpec[];
}

/**
 * One sub-command as the shell sees it: its help, its flags (one table: flag-table.ts), and how to
 * run it. Its run receives the flags read as the table says, and the flags as given (as typed,
 * before `prepare`), for messages that quote them. The module that does the work is imported inside
 * `run`, so one command's code never slows another's start-up.
 */
export interface TableCommand<T extends FlagTable = FlagTable> extends CommandBase {
  operand?: OperandSpec;
  flags: T;
  mode?: ModeSpec;
  /**
   * What the command does with the flags as given before its table reads them, where a flag's reading
   * depends on the others (check: a period without its year takes one from the start) or a
   * combination is refused before any value is read. The table reads what it returns.
   */
  prepare?(given: GivenOf<T>): GivenOf<T> | Promise<GivenOf<T>>;
  run(flags: FlagsOf<T>, ctx: CommandContext, given: GivenOf<T>): Promise<number>;
}

/** A command as the registry holds it: its run takes what its own table reads. */
export type CommandSpec = Omit<TableCommand, 'run' | 'prepare'> & {
  prepare?(given: never): GivenFlags | Promise<GivenFlags>;
  run(flags: never, ctx: CommandContext, given: never): Promise<number>;
};

/**
 * A command with a flag table: its run's flags are typed from the table. Every definition.ts has
 * one shape (its table, its flags type, then defineCommand), which reads as repeated lines from one
 * command to the next: deliberately, so that each command reads the same.
 */
export const defineCommand = <T extends FlagTable>(spec: TableCommand<T>): TableCommand<T> => spec;

/** Runs a command on the flags as given: prepared, where it says how, then read against its table. */
export async function runCommand(spec: CommandSpec, given: Flags, ctx: CommandContext): Promise<number> {
  const { prepare, run } = spec as unknown as {
    prepare?: (given: GivenFlags) => GivenFlags | Promise<GivenFlags>;
    run: (flags: unknown, ctx: CommandContext, given: GivenFlags) => Promise<number>;
  };
  const prepared = prepare === undefined ? given : await prepare(given);
  return run(await readFlags(spec.flags, prepared, spec.mode), ctx, given);
}
