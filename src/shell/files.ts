import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Io } from './io.js';
import { echo } from '../core/wording.js';

/**
 * A file a command reads or writes, as its errors name it. Every file error reads
 * `NAME "value" cannot be read: WHY; give ACCEPTS` (or `cannot be written`).
 */
export interface FileArgument {
  /** The flag or operand: `--ledger`, `--text`, `FILE`. */
  name: string;
  /** What is accepted, after "give": `a text file, or - to read piped text`. */
  accepts: string;
}

/** A file argument that reads standard input for "-". */
export interface PipedArgument extends FileArgument {
  /** What to try instead when standard input is a terminal, after "; ": `try … | attrition extract -`. */
  instead: string;
}

/**
 * UTF-8 text from a file, refused when it cannot be read or is not text. Read synchronously: a run
 * reads one file, then works on it, and fs/promises would load readline and the file watchers and
 * start libuv's thread pool for it.
 */
export async function readTextFile(path: string, argument: FileArgument): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw fileError(argument, path, 'cannot be read', readProblem(error));
  }
  return asText(bytes, path, argument);
}

/** A text file, or standard input for "-" (or nothing); a terminal on stdin is refused rather than waited on. */
export async function readTextArgument(file: string | undefined, io: Io, argument: PipedArgument): Promise<string> {
  if (file !== undefined && file !== '-') return readTextFile(file, argument);
  const stdin = io.stdin;
  if (!stdin || stdin.isTTY) {
    throw new UsageError(`${argument.name} - reads piped text, but stdin is a terminal; ${argument.instead}`);
  }
  return asText(Buffer.from(await stdin.bytes()), '-', argument);
}

/** Writes a file, refused in the same words when it cannot be written. */
export function writeTextFile(path: string, text: string, argument: FileArgument): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw fileError(argument, path, 'cannot be written', writeProblem(error));
  }
}

/** The one wording of a file error. */
export function fileError(argument: FileArgument, path: string, what: string, why: string): UsageError {
  return new UsageError(`${argument.name} ${echo(path)} ${what}: ${why}; give ${argument.accepts}`);
}

/** UTF-8 text; a NUL byte in the first 8 KB means a binary file, whose "figures" would be noise. */
function asText(bytes: Buffer, path: string, argument: FileArgument): string {
  if (bytes.subarray(0, 8192).includes(0))
    throw fileError(argument, path, 'cannot be read', 'it has NUL bytes, not text');
  return bytes.toString('utf8');
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? '';
const otherProblem = (error: unknown): string => errorCode(error) || (error as Error).message;

const COMMON_PROBLEMS: Record<string, string> = {
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'its name is too long',
  ENOTDIR: 'part of the path is not a directory',
};

export const readProblem = (error: unknown): string =>
  ({ ...COMMON_PROBLEMS, ENOENT: 'no such file' })[errorCode(error)] ?? otherProblem(error);

const WRITE_PROBLEMS: Record<string, string> = {
  ...COMMON_PROBLEMS,
  ENOENT: 'no such folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/** Why a file could not be written, in the words every write error uses. */
export const writeProblem = (error: unknown): string => WRITE_PROBLEMS[errorCode(error)] ?? otherProblem(error);
