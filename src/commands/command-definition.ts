import type { Command } from 'commander';
import type { CommandSummary } from '../render/usage.js';
import type { CommandContext } from './context.js';
import {
  readFlags,
  type FlagsOf,
  type FlagTable,
  type GivenFlags,
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
 * run it. Its run receives the flags read as the table says, and the flags as given, for messages
 * that quote them. The module that does the work is imported inside `run`, so one command's code
 * never slows another's start-up.
 */
export interface TableCommand<T extends FlagTable = FlagTable> extends CommandBase {
  operand?: OperandSpec;
  flags: T;
  mode?: ModeSpec;
  run(flags: FlagsOf<T>, ctx: CommandContext, given: GivenFlags): Promise<number>;
}

/** A command that declares its options to commander itself, and validates them in its run (check). */
export interface ConfiguredCommand extends CommandBase {
  configure(command: Command): Command;
  run(flags: Flags, ctx: CommandContext): Promise<number>;
}

/** A command with a flag table as the registry holds it: its run takes what its own table reads. */
export type AnyTableCommand = Omit<TableCommand, 'run'> & {
  run(flags: never, ctx: CommandContext, given: GivenFlags): Promise<number>;
};

export type CommandSpec = AnyTableCommand | ConfiguredCommand;

/**
 * A command with a flag table: its run's flags are typed from the table. Every definition.ts has
 * one shape (its table, its flags type, then defineCommand), which reads as repeated lines from one
 * command to the next: deliberately, so that each command reads the same.
 */
export const defineCommand = <T extends FlagTable>(spec: TableCommand<T>): TableCommand<T> => spec;

/** Runs a command on the flags as given: read against its table first, where it has one. */
export async function runCommand(spec: CommandSpec, given: Flags, ctx: CommandContext): Promise<number> {
  if ('flags' in spec) {
    const run = spec.run as (flags: unknown, ctx: CommandContext, given: GivenFlags) => Promise<number>;
    return run(await readFlags(spec.flags, given, spec.mode), ctx, given);
  }
  return spec.run(given, ctx);
}
