import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandSpec, Flags } from '../../src/commands/command-definition.js';
import { commandShape, quickCommand, quickFlags } from '../../src/commands/quick-flags.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { plainStyle } from '../../src/render/style.js';
import { bufferOutput } from '../../src/shell/io.js';
import { runProgram } from '../../src/program.js';

/**
 * The command with its run replaced by `record`, which receives the flags as commander gives them:
 * a flag table's readers, required flags, modes and preparation are left out.
 */
function unread(spec: CommandSpec, record: (flags: Flags) => Promise<number>): CommandSpec {
  const flags = Object.fromEntries(
    Object.entries(spec.flags).map(([key, { read: _, required: __, mode: ___, ...f }]) => [key, f]),
  );
  const { mode: _mode, prepare: _prepare, ...rest } = spec;
  return { ...rest, flags, run: (_flags: never, _ctx: unknown, given: Flags) => record(given) };
}

/** The flags commander hands the command's action for these arguments, or the code of its error. */
async function commanderFlags(spec: CommandSpec, argv: string[]): Promise<Flags | string> {
  let seen: Flags | undefined;
  const io = { stdout: bufferOutput(false), stderr: bufferOutput(false), env: {} };
  const stub = unread(spec, async (flags: Flags) => {
    seen = flags;
    return 0;
  });
  try {
    await runProgram([spec.name, ...argv], io, {
      commands: [stub],
      topExamples: [],
      width: 80,
      context: async (_colour, json) => ({ io, style: plainStyle, json, width: 80 }),
    });
  } catch (error) {
    return String((error as { code?: string }).code ?? error);
  }
  return seen ?? 'no action';
}

const plainCommands = COMMANDS.filter((spec) => spec.subcommands === undefined);
const VALUES = ['12000', 'about 92', '2025-01-16', '', 'a=b', 'x y', '80..92:4'];
const ODD = ['-', '-5', '--nope', '-h', '--help', '--no-color', '--debug', '--', '-V', '--json=1'];

/** Arguments for a command: its own options with values, operands, and now and then something odd. */
function argvFor(spec: CommandSpec, odd: boolean) {
  const shape = commandShape(spec);
  const options = [...shape.options.entries()];
  const token = fc.oneof(
    fc.constantFrom(...options).chain(([name, option]) =>
      option.value === 'none'
        ? fc.constant([name])
        : fc.oneof(
            fc.constantFrom(...VALUES).map((value) => [name, value]),
            fc.constantFrom(...VALUES).map((value) => [`${name}=${value}`]),
            ...(option.value === 'optional' ? [fc.constant([name])] : []),
          ),
    ),
    fc.constantFrom(['claim text'], ['file.csv']),
    ...(odd ? [fc.constantFrom(...ODD).map((t) => [t])] : []),
  );
  return fc.array(token, { maxLength: 6 }).map((tokens) => tokens.flat());
}

describe('reading plain arguments without commander', () => {
  it("knows every command's options from its definition", () => {
    expect(commandShape(COMMANDS.find((c) => c.name === 'project')!).options.get('--as-of')).toEqual({
      key: 'asOf',
      value: 'required',
    });
  });

  it('hands a command the flags commander would, or leaves the arguments to commander', async () => {
    for (const spec of plainCommands) {
      await fc.assert(
        fc.asyncProperty(argvFor(spec, true), async (argv) => {
          const quick = quickFlags(spec, argv);
          if (quick === null) return;
          const commander = await commanderFlags(spec, argv);
          expect(commander, `${spec.name} ${JSON.stringify(argv)}`).toEqual(quick);
          expect(Object.keys(commander)).toEqual(Object.keys(quick));
        }),
        { numRuns: 150 },
      );
    }
  });

  it('collects a repeated flag as commander does, a ledger given without a file first as true', async () => {
    const check = COMMANDS.find((c) => c.name === 'check')!;
    expect(quickFlags(check, ['x', '--ledger', 'a.json', '--ledger', 'b.json'])).toEqual({
      ledger: ['a.json', 'b.json'],
      operands: ['x'],
    });
    expect(await commanderFlags(check, ['x', '--ledger', '--ledger', 'a.json'])).toEqual({
      ledger: [true, 'a.json'],
      operands: ['x'],
    });
  });

  it('reads the usual forms itself', () => {
    const project = COMMANDS.find((c) => c.name === 'project')!;
    expect(quickFlags(project, ['--force', '12000', '--rate', '92', '--json'])).toEqual({
      force: '12000',
      rate: '92',
      json: true,
    });
    expect(quickFlags(project, ['--phase', '2025-01-01=50', '--phase=2025-02-01=0', '--force', '1'])).toEqual({
      phase: ['2025-01-01=50', '2025-02-01=0'],
      force: '1',
    });
    const check = COMMANDS.find((c) => c.name === 'check')!;
    expect(quickFlags(check, ['All 12,000 could be lost by mid-April', '--ledger'])).toEqual({
      ledger: true,
      operands: ['All 12,000 could be lost by mid-April'],
    });
    for (const odd of [['--help'], ['--no-color'], ['--rate', '-5'], ['a', 'b'], ['--ledger', '-']]) {
      expect(quickFlags(check, odd), JSON.stringify(odd)).toBeNull();
    }
    expect(quickFlags(COMMANDS.find((c) => c.name === 'claims')!, ['add', 'x.txt'])).toBeNull();
  });
});

describe('reading a sub-command’s plain arguments without commander', () => {
  /** The flags commander hands a sub-command's action (without the program's own --no-color default). */
  async function commanderSubFlags(parent: CommandSpec, sub: CommandSpec, argv: string[]): Promise<Flags | string> {
    let seen: Flags | undefined;
    const io = { stdout: bufferOutput(false), stderr: bufferOutput(false), env: {} };
    const record = async (flags: Flags) => {
      seen = flags;
      return 0;
    };
    const stub: CommandSpec = { ...unread(parent, record), subcommands: [unread(sub, record)] };
    try {
      await runProgram([parent.name, sub.name, ...argv], io, {
        commands: [stub],
        topExamples: [],
        width: 80,
        context: async (_colour, json) => ({ io, style: plainStyle, json, width: 80 }),
      });
    } catch (error) {
      return String((error as { code?: string }).code ?? error);
    }
    if (seen === undefined) return 'no action';
    const { color: _color, ...flags } = seen;
    return flags;
  }

  it('hands duel fit the flags commander would, or leaves the arguments to commander', async () => {
    const duel = COMMANDS.find((c) => c.name === 'duel')!;
    const fit = duel.subcommands![0]!;
    await fc.assert(
      fc.asyncProperty(argvFor(fit, true), async (argv) => {
        const quick = quickCommand(duel, [fit.name, ...argv]);
        if (quick === null) return;
        expect(quick.spec).toBe(fit);
        expect(await commanderSubFlags(duel, fit, argv), JSON.stringify(argv)).toEqual(quick.flags);
      }),
      { numRuns: 150 },
    );
  });
});
