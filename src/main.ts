import { Command, CommanderError } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { colorLevel } from './shell/color.js';
import type { CommandContext } from './commands/context.js';
import { COMMANDS, TOP_EXAMPLES } from './commands/registry.js';
import type { CommandSpec, Flags } from './commands/command-definition.js';
import { EXIT, isUsageError } from './errors.js';
import type { Io } from './shell/io.js';
import { plainStyle, type Style } from './render/style.js';
import { renderExamples, renderShortUsage } from './render/usage.js';
import { reportWidth } from './render/wrap.js';

/** The columns human output fits: the terminal's, or 80 when not a terminal. */
const widthOf = (io: Io): number => reportWidth(io.stdout.isTTY === true ? io.stdout.columns : undefined);

/** Options of attrition itself, which alone ask for no command. */
const GLOBAL_FLAGS: ReadonlySet<string> = new Set(['--no-color', '--debug']);

/** Runs attrition with the given arguments; returns the exit code. Writes only through `io`. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    // Bare `attrition`, with or without global options such as --no-color: what it is and what to try.
    if (argv.every((arg) => GLOBAL_FLAGS.has(arg))) {
      io.stdout.write(renderShortUsage(COMMANDS, TOP_EXAMPLES, widthOf(io)));
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
    .addHelpText('after', () => `\n${renderExamples(TOP_EXAMPLES, widthOf(io))}`)
    .showSuggestionAfterError(true);
  quiet(program, io);
  for (const spec of commands) program.addCommand(buildCommand(spec, io, finish));
  return program;
}

function buildCommand(spec: CommandSpec, io: Io, finish: (code: number) => void, nested = false): Command {
  const command = spec
    .configure(new Command(spec.name).summary(spec.summary).description(spec.description))
    .addHelpText('after', () => `\n${renderExamples(spec.examples, widthOf(io))}`)
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
  command.exitOverride().configureOutput({
    writeOut: (text) => io.stdout.write(text),
    getOutHelpWidth: () => widthOf(io),
    writeErr: () => undefined,
    outputError: () => undefined,
  });
}

async function context(io: Io, colorAllowed: boolean, json: boolean): Promise<CommandContext> {
  const level = json ? 0 : colorLevel(io.env, io.stdout.isTTY === true, colorAllowed);
  let style: Style = plainStyle;
  if (level > 0) style = (await import('./render/chalk-style.js')).chalkStyle(level as 1 | 2 | 3);
  return { io, style, json, width: widthOf(io) };
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    if (error.code === 'commander.help' || error.code === 'commander.executeSubCommandAsync') {
      io.stderr.write(
        'attrition: no command given; try attrition project --force 12000 --rate 92, or attrition --help\n',
      );
      return EXIT.usage;
    }
    io.stderr.write(`attrition: ${oneLine(error.message.replace(/^error: /, ''))}\n`);
    return EXIT.usage;
  }
  if (isUsageError(error)) {
    io.stderr.write(`attrition: ${oneLine(error.message)}\n`);
    return EXIT.usage;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(
    debug && error instanceof Error && error.stack
      ? `${error.stack}\n`
      : `attrition: internal error: ${oneLine(detail)}; this is a bug in attrition: please report it with the ` +
          `command you ran (--debug shows the stack)\n`,
  );
  return EXIT.internal;
}

const oneLine = (text: string): string =>
  text
    .trim()
    .replace(/\s*\n\s*\(Did you mean/g, ' (did you mean')
    .replace(/\s*\n\s*/g, ' ');
