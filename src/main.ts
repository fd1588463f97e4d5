import { Command, CommanderError } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { colorLevel } from './shell/color.js';
import type { CommandContext } from './commands/context.js';
import { COMMANDS } from './commands/registry.js';
import type { CommandSpec, Flags } from './commands/command-definition.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './shell/io.js';
import { plainStyle, type Style } from './render/style.js';
import { renderExamples, renderShortUsage } from './render/usage.js';

/** Runs attrition with the given arguments; returns the exit code. Writes only through `io`. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    if (argv.length === 0) {
      io.stdout.write(renderShortUsage(COMMANDS));
      return EXIT.ok;
    }
    let exitCode: number = EXIT.ok;
    // Only the command being run needs its flags defined; help and typos need them all.
    const named = COMMANDS.find((spec) => spec.name === argv[0]);
    const program = buildProgram(io, named ? [named] : COMMANDS, (code) => {
      exitCode = code;
    });
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

function buildProgram(io: Io, commands: readonly CommandSpec[], finish: (code: number) => void): Command {
  const program = new Command('attrition')
    .description('Casualty projections: when would a force be lost, and do quoted figures fit together?')
    .version(pkg.version, '-V, --version')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--debug', 'show the stack trace of an internal error')
    .addHelpText('after', `\n${renderExamples(COMMANDS.flatMap((c) => c.examples.slice(0, 2)))}`)
    .showSuggestionAfterError(true);
  quiet(program, io);
  for (const spec of commands) program.addCommand(buildCommand(spec, io, finish));
  return program;
}

function buildCommand(spec: CommandSpec, io: Io, finish: (code: number) => void, nested = false): Command {
  const command = spec
    .configure(new Command(spec.name).summary(spec.summary).description(spec.description))
    .addHelpText('before', `${renderExamples(spec.examples)}\n`)
    .action(async (...params: unknown[]) => {
      // commander passes declared arguments first, then the options, then the command itself.
      const self = params[params.length - 1] as Command;
      const globals = self.optsWithGlobals();
      // The program's own parse hands a parent command the options it knows (claims --ledger in
      // claims add FILE --ledger …): a sub-command takes them as its own.
      const own = nested ? globals : self.opts();
      const flags: Flags = { ...own, ...(self.args.length > 0 && { operands: [...self.args] }) };
      const ctx = await context(io, globals.color !== false, flags.json === true);
      finish(await spec.run(flags, ctx));
    });
  quiet(command, io);
  for (const sub of spec.subcommands ?? []) command.addCommand(buildCommand(sub, io, finish, true));
  return command;
}

/** Help goes to stdout; commander's own error text is replaced by attrition's single line. */
function quiet(command: Command, io: Io): void {
  command
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: () => undefined,
      outputError: () => undefined,
    });
}

async function context(io: Io, colorAllowed: boolean, json: boolean): Promise<CommandContext> {
  const level = json ? 0 : colorLevel(io.env, io.stdout.isTTY === true, colorAllowed);
  let style: Style = plainStyle;
  if (level > 0) style = (await import('./render/chalk-style.js')).chalkStyle(level as 1 | 2 | 3);
  return { io, style, json };
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    if (error.code === 'commander.help' || error.code === 'commander.executeSubCommandAsync') {
      io.stderr.write('attrition: no command given; try attrition project --force 12000 --rate 92, or attrition --help\n');
      return EXIT.usage;
    }
    io.stderr.write(`attrition: ${oneLine(error.message.replace(/^error: /, ''))}\n`);
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr.write(`attrition: ${oneLine(error.message)}\n`);
    return EXIT.usage;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    debug && error instanceof Error && error.stack
      ? `${error.stack}\n`
      : `attrition: internal error: ${oneLine(detail)}; this is a bug in attrition: please report it with the command you ran (--debug shows the stack)\n`,
  );
  return EXIT.internal;
}

const oneLine = (text: string): string =>
  text.trim().replace(/\s*\n\s*\(Did you mean/g, ' (did you mean').replace(/\s*\n\s*/g, ' ');
