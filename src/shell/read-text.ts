import { readFile } from 'node:fs/promises';
import { isUsageError, UsageError } from '../errors.js';
import type { Io } from './io.js';

/** How a command names the text it reads in its errors: `FILE` for extract, `--text` for check. */
export interface TextArgument {
  name: string;
  /** The one line shown when standard input is a terminal and nothing is piped. */
  terminalHint: string;
}

const TRY = 'give a text file, or - to read piped text';

/** A text file, or standard input for "-" (or nothing). */
export async function readTextArgument(file: string | undefined, io: Io, argument: TextArgument): Promise<string> {
  return file === undefined || file === '-' ? readPiped(io, argument) : readTextFile(file, argument);
}

/** Standard input, unless it is a terminal: then nobody is piping anything, and waiting would hang. */
async function readPiped(io: Io, argument: TextArgument): Promise<string> {
  const stdin = io.stdin;
  if (!stdin || stdin.isTTY) throw new UsageError(argument.terminalHint);
  return asText(Buffer.from(await stdin.bytes()), '-', argument);
}

async function readTextFile(file: string, argument: TextArgument): Promise<string> {
  try {
    return asText(await readFile(file), file, argument);
  } catch (error) {
    if (isUsageError(error)) throw error;
    throw new UsageError(`${argument.name} ${JSON.stringify(file)} ${whyUnreadable(error)}; ${TRY}`);
  }
}

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'ENAMETOOLONG') return 'is too long for a file name';
  return `cannot be read${code ? ` (${code})` : ''}`;
}

/** UTF-8 text; a NUL byte in the first 8 KB means a binary file, whose "figures" would be noise. */
function asText(bytes: Buffer, file: string, argument: TextArgument): string {
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new UsageError(`${argument.name} ${JSON.stringify(file)} is not text (it has NUL bytes); ${TRY}`);
  }
  return bytes.toString('utf8');
}
