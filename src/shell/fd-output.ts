import { fstatSync, statSync, writeSync } from 'node:fs';
import type { Output } from './io.js';

/**
 * Standard output or error for the real process. Written to a file, a pipe, a socket or /dev/null
 * (what a script calling attrition gives it), text goes straight to the file descriptor, as Node's own
 * stream does there (synchronously): creating process.stdout would load Node's stream modules,
 * about 2 ms of every run. A terminal, or anything else, gets Node's stream, made on first use.
 */
export function fdOutput(fd: 1 | 2, openStream: () => Output, onReaderGone: () => void): Output {
  let stream: Output | undefined = direct(fd) ? undefined : openStream();
  if (stream !== undefined) return stream;
  let closed = false;
  return {
    isTTY: false,
    write(chunk, done) {
      if (stream !== undefined) return stream.write(chunk, done);
      let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      try {
        while (bytes.length > 0 && !closed) bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (readerGone(code)) {
          closed = true;
          onReaderGone();
        } else if (code === 'EAGAIN') {
          // A descriptor another program left non-blocking: the stream waits for the reader.
          stream = openStream();
          return stream.write(bytes, done);
        } else {
          throw error;
        }
      }
      if (done) queueMicrotask(() => done());
      return true;
    },
  };
}

function direct(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() || stat.isFIFO() || stat.isSocket()) return true;
    return stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/** The reader went away: a closed pipe (EPIPE), or a socket its peer closed (ECONNRESET, as Node 24 spawns). */
export const readerGone = (code: string | undefined): boolean => code === 'EPIPE' || code === 'ECONNRESET';
