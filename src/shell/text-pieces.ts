import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { cutPiece } from '../extract/pieces.js';
import { UsageError } from '../errors.js';
import { fileError, readProblem, type PipedArgument } from './files.js';
import type { Io } from './io.js';

/** Bytes read at a time from a file. */
const READ_SIZE = 1 << 20;

/** A piece of a long text and where it starts in the whole text (in UTF-16 code units, as spans count). */
export interface TextPiece {
  text: string;
  offset: number;
}

/**
 * A text argument read a piece at a time: `first` is the whole text when it is no longer than
 * `size` characters (read as before), else the first piece, with `rest` yielding the others. Memory
 * stays near `size` whatever the length of the text.
 */
export interface PiecedText {
  first: string;
  /** Whether the text goes on past `first`. */
  more: boolean;
  rest: AsyncIterable<TextPiece>;
}

/**
 * The bytes of a file, READ_SIZE at a time; a file that cannot be opened or read is refused. Read
 * synchronously, as every file the CLI reads: the command works on one file at a time, and reading
 * through fs/promises would load it and start libuv's thread pool (about 3 ms of a short `extract`).
 */
async function* fileBytes(path: string, argument: PipedArgument): AsyncGenerator<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fileError(argument, path, 'cannot be read', readProblem(error));
  }
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(READ_SIZE);
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buffer, 0, READ_SIZE, null);
      } catch (error) {
        throw fileError(argument, path, 'cannot be read', readProblem(error));
      }
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
  }
}

async function* stdinBytes(io: Io, argument: PipedArgument): AsyncGenerator<Uint8Array> {
  const stdin = io.stdin;
  if (!stdin || stdin.isTTY) {
    throw new UsageError(`${argument.name} - reads piped text, but stdin is a terminal; ${argument.instead}`);
  }
  if (stdin.chunks) yield* stdin.chunks();
  else yield await stdin.bytes();
}

/**
 * A text file, or standard input for "-" (or nothing), read in pieces of at most `size` characters
 * cut where a sentence ends (cutPiece). A NUL byte in the first 8 KB means a binary file, refused.
 */
export async function readTextPieces(
  file: string | undefined,
  io: Io,
  argument: PipedArgument,
  size: number,
): Promise<PiecedText> {
  const path = file === undefined || file === '-' ? '-' : file;
  const bytes = path === '-' ? stdinBytes(io, argument) : fileBytes(path, argument);
  const decoder = new StringDecoder('utf8');
  let buffer = '';
  let checked = 0;
  let ended = false;
  /** Reads on until the buffer holds more than `size` characters or the text ends. */
  const fill = async (): Promise<void> => {
    while (!ended && buffer.length <= size) {
      const next = await bytes.next();
      if (next.done) {
        buffer += decoder.end();
        ended = true;
        return;
      }
      if (checked < 8192) {
        const head = next.value.subarray(0, 8192 - checked);
        if (head.includes(0)) throw fileError(argument, path, 'cannot be read', 'it has NUL bytes, not text');
        checked += head.length;
      }
      buffer += decoder.write(next.value as Buffer);
    }
  };
  try {
    await fill();
  } catch (error) {
    // The file is closed when its reading stops early, not left for the garbage collector.
    await bytes.return(undefined);
    throw error;
  }
  if (ended && buffer.length <= size) return { first: buffer, more: false, rest: (async function* () {})() };
  const cut = cutPiece(buffer, size);
  const first = buffer.slice(0, cut);
  buffer = buffer.slice(cut);
  let offset = cut;
  async function* rest(): AsyncGenerator<TextPiece> {
    try {
      for (;;) {
        await fill();
        if (buffer.length === 0) return;
        const at = cutPiece(buffer, size);
        const text = buffer.slice(0, at);
        buffer = buffer.slice(at);
        yield { text, offset };
        offset += at;
      }
    } finally {
      // A reader that stops early (a page over the limit, a closed pipe) closes the file too.
      await bytes.return(undefined);
    }
  }
  return { first, more: true, rest: rest() };
}
