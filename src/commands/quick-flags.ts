import { flagName } from '../errors.js';
import { collect } from './flag-table.js';
import type { CommandSpec, Flags } from './command-definition.js';

/** One long option of a command, as its definition declares it to commander. */
interface OptionShape {
  /** The flags object's key: --as-of gives asOf. */
  key: string;
  value: 'none' | 'required' | 'optional';
  /** A repeatable option's collector, called as commander calls it: (value, previous). */
  parse?: (value: string, previous: unknown) => unknown;
}

interface CommandShape {
  options: ReadonlyMap<string, OptionShape>;
  /** How many arguments the command declares, each optional: [file], [claim]. */
  operands: number;
}

/** The options and arguments a command's flag table declares. */
export function commandShape(spec: CommandSpec): CommandShape {
  const options = new Map<string, OptionShape>();
  for (const [key, flag] of Object.entries(spec.flags)) {
    const value = flag.value === undefined ? 'none' : flag.value.startsWith('<') ? 'required' : 'optional';
    options.set(flagName(key), { key, value, ...(flag.repeatable && { parse: collect }) });
  }
  return { options, operands: spec.operand === undefined ? 0 : 1 };
}

/**
 * The flags commander would hand the command's action for these arguments, read without commander,
 * when they are plain: known long options, with their values, and no more operands than declared.
 * Anything else (help, the version, a global option, an unknown option, a value that starts with a
 * dash, `--`, too many operands) gives null, and commander reads the arguments, with its help and
 * its messages. A test compares both on generated arguments.
 */
export function quickFlags(spec: CommandSpec, args: readonly string[]): Flags | null {
  const shape = commandShape(spec);
  const flags: Flags = {};
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.length < 2 || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const option = shape.options.get(equals > 0 ? arg.slice(0, equals) : arg);
    if (option === undefined) return null;
    let value: string | true;
    if (equals > 0) {
      if (option.value === 'none') return null;
      value = arg.slice(equals + 1);
    } else if (option.value === 'none') {
      value = true;
    } else if (args[i + 1] === undefined) {
      if (option.value === 'required') return null;
      value = true;
    } else {
      value = args[i + 1]!;
      if (value.startsWith('-')) return null;
      i += 1;
    }
    flags[option.key] = option.parse !== undefined && value !== true ? option.parse(value, flags[option.key]) : value;
  }
  if (operands.length > shape.operands) return null;
  return operands.length > 0 ? { ...flags, operands } : flags;
}

/**
 * The command (or sub-command, named by the first argument: duel fit) and its flags, read without
 * commander as quickFlags reads them; null when commander must read the arguments.
 */
export function quickCommand(spec: CommandSpec, args: readonly string[]): { spec: CommandSpec; flags: Flags } | null {
  const sub = spec.subcommands?.find((s) => s.name === args[0]);
  const target = sub ?? spec;
  const flags = quickFlags(target, sub === undefined ? args : args.slice(1));
  return flags === null ? null : { spec: target, flags };
}
