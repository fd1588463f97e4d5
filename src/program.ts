import { Command } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import type { CommandContext } from './commands/context.js';
import { runCommand, type CommandSpec, type Flags } from './commands/command-definition.js';
import { collect, optionSyntax } from './commands/flag-table.js';
import { EXIT } from './errors.js';
import type { Io } from './shell/io.js';
import { renderExamples } from './render/usage.js';

type MakeContext = (colorAllowed: boolean, json: boolean) => Promise<CommandContext>;

/** What main() hands the program: the commands to define, the top help's examples, the width, the context. */
export interface ProgramParts {
  commands: readonly CommandSpec[];
  topExamples: readonly string[];
  /** The columns help fits. */
  width: number;
  context: MakeContext;
}

/**
 * Runs attrition through commander: help, the version, global options, and every argument list
 * main() does not read itself. Returns the command's exit code; commander's errors are thrown.
 */
export async function runProgram(argv: readonly string[], io: Io, parts: ProgramParts): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, parts, (code) => {
    exitCode = code;
  });
  await program.parseAsync([...argv], { from: 'user' });
  return exitCode;
}

function buildProgram(io: Io, parts: ProgramParts, finish: (code: number) => void): Command {
  const program = new Command('attrition')
    .description('Casualty projections: when would a force be lost, and do quoted figures fit together?')
    .version(pkg.version, '-V, --version')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--debug', 'show the stack trace of an internal error')
    .addHelpText('after', () => `\n${renderExamples(parts.topExamples, parts.width)}`)
    .showSuggestionAfterError(true);
  quiet(program, io, parts.width);
  for (const spec of parts.commands) program.addCommand(buildCommand(spec, io, parts, finish));
  return program;
}

function buildCommand(
  spec: CommandSpec,
  io: Io,
  parts: ProgramParts,
  finish: (code: number) => void,
  nested = false,
): Command {
  const { width, context } = parts;
  const command = withOptions(spec, new Command(spec.name).summary(spec.summary).description(spec.description))
    .addHelpText('after', () => `\n${renderExamples(spec.examples, width)}`)
    .action(async (...params: unknown[]) => {
      // commander passes declared arguments first, then the options, then the command itself.
      const self = params[params.length - 1] as Command;
      const globals = self.optsWithGlobals();
      // The program's own parse hands a parent command the options it knows (claims --ledger in
      // claims add FILE --ledger …): a sub-command takes them as its own.
      const own = nested ? globals : self.opts();
      const flags: Flags = { ...own, ...(self.args.length > 0 && { operands: [...self.args] }) };
      const ctx = await context(globals.color !== false, flags.json === true);
      finish(await runCommand(spec, flags, ctx));
    });
  quiet(command, io, width);
  for (const sub of spec.subcommands ?? []) command.addCommand(buildCommand(sub, io, parts, finish, true));
  return command;
}

/** The command's argument and options, from its flag table. */
function withOptions(spec: CommandSpec, command: Command): Command {
  if (spec.operand) command.argument(spec.operand.name, spec.operand.help);
  for (const [key, flag] of Object.entries(spec.flags)) {
    if (flag.repeatable) command.option(optionSyntax(key, flag), flag.help, collect);
    else command.option(optionSyntax(key, flag), flag.help);
  }
  return command;
}

/** Help goes to stdout; commander's own error text is replaced by attrition's single line. */
function quiet(command: Command, io: Io, width: number): void {
  command.exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    getOutHelpWidth: () => width,
    writeErr: () => undefined,
    outputError: () => undefined,
  });
}
