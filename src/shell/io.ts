/** A place text goes: process.stdout in the shell, a string buffer in tests. Bytes are UTF-8. */
export interface Output {
  /** `done` is called once the chunk has been handed on (the bytes may be reused from then on). */
  write(chunk: string | Uint8Array, done?: (error?: Error | null) => void): boolean;
  isTTY?: boolean;
  columns?: number;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Where input comes from: process.stdin in the shell, a string in tests. */
export interface Input {
  isTTY?: boolean;
  /** Everything until the end of input, as bytes. */
  bytes(): Promise<Uint8Array>;
  /** The input as it arrives, for a long text read a piece at a time (absent: bytes() is used). */
  chunks?(): AsyncIterable<Uint8Array>;
  /** Everything until the end of input, as UTF-8 text. */
  text(): Promise<string>;
}

/** Everything the CLI needs from the outside world, passed in so tests can fake it. */
export interface Io {
  stdout: Output;
  stderr: Output;
  /** Absent: nothing can be piped in, as on a terminal. */
  stdin?: Input;
  env: Readonly<Record<string, string | undefined>>;
}

/** An Output that keeps what is written, for tests and for in-process callers. */
export function bufferOutput(isTTY = false): Output & { text(): string } {
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  return {
    isTTY,
    write(chunk: string | Uint8Array, done?: (error?: Error | null) => void) {
      chunks.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (done) queueMicrotask(() => done());
      return true;
    },
    text: () => chunks.join(''),
  };
}
