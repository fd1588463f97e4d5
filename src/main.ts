import { colorLevel } from './shell/color.js';
import type { CommandContext } from './commands/context.js';
import { COMMANDS, TOP_EXAMPLES } from './commands/registry.js';
import { quickCommand } from './commands/quick-flags.js';
import { runCommand } from './commands/command-definition.js';
import { EXIT, isUsageError } from './errors.js';
import type { Io } from './shell/io.js';
import { plainStyle, type Style } from './render/style.js';
import { renderShortUsage } from './render/usage.js';
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
    const named = COMMANDS.find((spec) => spec.name === argv[0]);
    // Plain arguments are read without commander, which is loaded for help, errors and anything else.
    const quick = named === undefined ? null : quickCommand(named, argv.slice(1));
    if (quick !== null)
      return await runCommand(quick.spec, quick.flags, await context(io, true, quick.flags.json === true));
    const { runProgram } = await import('./program.js');
    // Only the command being run needs its flags defined; help and typos need them all.
    return await runProgram(argv, io, {
      commands: named ? [named] : COMMANDS,
      topExamples: TOP_EXAMPLES,
      width: widthOf(io),
      context: (colorAllowed, json) => context(io, colorAllowed, json),
    });
  } catch (error) {
    return reportError(error, io, debug);
  }
}

async function context(io: Io, colorAllowed: boolean, json: boolean): Promise<CommandContext> {
  const level = json ? 0 : colorLevel(io.env, io.stdout.isTTY === true, colorAllowed);
  let style: Style = plainStyle;
  if (level > 0) style = (await import('./render/chalk-style.js')).chalkStyle(level as 1 | 2 | 3);
  return { io, style, json, width: widthOf(io) };
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  const commander = commanderExit(error, io);
  if (commander !== undefined) return commander;
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

/**
 * The exit code of one of commander's own errors (help or the version shown, no command, a usage
 * error), with its line written; undefined for any other error. Told by their code: commander is in
 * a bundle of its own.
 */
function commanderExit(error: unknown, io: Io): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('commander.')) return undefined;
  if (code === 'commander.helpDisplayed' || code === 'commander.version') return EXIT.ok;
  if (code === 'commander.help' || code === 'commander.executeSubCommandAsync') {
    io.stderr.write(
      'attrition: no command given; try attrition project --force 12000 --rate 92, or attrition --help\n',
    );
  } else {
    io.stderr.write(`attrition: ${oneLine((error as Error).message.replace(/^error: /, ''))}\n`);
  }
  return EXIT.usage;
}

const oneLine = (text: string): string =>
  text
    .trim()
    .replace(/\s*\n\s*\(Did you mean/g, ' (did you mean')
    .replace(/\s*\n\s*/g, ' ');
