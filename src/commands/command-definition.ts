import type { Command } from 'commander';
import type { CommandSummary } from '../render/usage.js';
import type { CommandContext } from './context.js';

export type Flags = Record<string, unknown>;

/**
 * One sub-command as the shell sees it: its help, its flags, and how to run it. The module that
 * does the work is imported inside `run`, so one command's code never slows another's start-up.
 */
export interface CommandSpec extends CommandSummary {
  description: string;
  configure(command: Command): Command;
  run(flags: Flags, ctx: CommandContext): Promise<number>;
  /** Commands under this one: `claims add`. */
  subcommands?: readonly CommandSpec[];
}
